/**
 * Every story in the dark scheme, checked for contrast with axe in the state it ends in. The
 * scheme is forced with `--tfr-color-scheme: dark`, which every browser honours (media
 * emulation is Chromium's only), on a dark page.
 */
import { expect } from '@open-wc/testing';
import { describeStories } from './support/story-runner.js';

describeStories('every story, dark', {
  emulate: false, // the theming stories that emulate a scheme of their own are light's concern
  prepare: (canvas) => {
    canvas.style.setProperty('--tfr-color-scheme', 'dark');
    canvas.style.background = '#010409';
    canvas.style.colorScheme = 'dark';
  },
  played: (canvas) =>
    expect(canvas).to.be.accessible({ runOnly: { type: 'rule', values: ['color-contrast'] } }),
});
