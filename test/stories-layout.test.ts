/**
 * Every story at 320 px, in a pinned web font (so widths do not depend on the machine), checked
 * for what looks unfinished: a control whose content overflows it or the element, an error
 * that is not right under its field, a text button off the content edge, controls that touch.
 */
import { describeStories } from './support/story-runner.js';

import {
  errorsAwayFromFields,
  overflowing,
  textButtonsOffEdge,
  touchingControls,
} from './support/layout-checks.js';

const font = document.createElement('link');
font.rel = 'stylesheet';
font.href = '/node_modules/@fontsource/inter/index.css';
document.head.append(font);

describeStories('every story at 320 px', {
  prepare: async (canvas) => {
    canvas.style.width = '320px';
    canvas.style.setProperty('--tfr-font-family', 'Inter');
    await document.fonts.load('16px Inter');
  },
  played: async (canvas, story) => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const problems = [
      ...overflowing(canvas, { edges: !story.parameters?.ownWidth }),
      ...errorsAwayFromFields(canvas),
      ...textButtonsOffEdge(canvas),
      ...touchingControls(canvas),
    ];
    if (problems.length > 0) throw new Error(problems.join('\n'));
  },
});
