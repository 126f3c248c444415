/**
 * Every story, tested: checked with axe as it renders, played (its play function is a test of
 * its own), and checked with axe again in the state it ends in.
 */
import { expect } from '@open-wc/testing';
import { describeStories, storyModules } from './support/story-runner.js';

it('finds the stories', () => {
  expect(Object.keys(storyModules)).to.have.length.above(0);
});

describeStories('every story', {
  rendered: (canvas) => expect(canvas).to.be.accessible(),
  played: (canvas) => expect(canvas).to.be.accessible(), // the state the play ends in
});
