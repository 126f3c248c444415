/**
 * Every story, tested: rendered with its args as Storybook renders it, checked with axe, played
 * (its play function is a test of its own), and checked with axe again in the state it ends in.
 * Stories import nothing from Storybook at run time, so this needs no Storybook in the browser.
 */
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { emulateMedia, type MediaFeature } from './support/media.js';

interface Story {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void>;
  parameters?: { emulate?: MediaFeature[] };
}
type StoryModule = { default: Story & { title: string } } & Record<string, Story>;

const indexUrl = '/__stories__.js';
const modules = (await import(indexUrl)).default as Record<string, StoryModule>;

describe('every story', function () {
  this.timeout(20_000);

  it('finds the stories', () => {
    expect(Object.keys(modules)).to.have.length.above(0);
  });

  for (const [file, module] of Object.entries(modules)) {
    const meta = module.default;
    describe(`${meta.title} (${file})`, () => {
      for (const [name, story] of Object.entries(module).filter(([key]) => key !== 'default')) {
        it(name, async function () {
          const emulate = story.parameters?.emulate;
          if (emulate && !(await emulateMedia(emulate))) this.skip(); // media emulation is Chromium's only
          const canvas = document.body.appendChild(document.createElement('div'));
          try {
            const args = { ...meta.args, ...story.args };
            render((story.render ?? meta.render)!(args), canvas);
            await new Promise((resolve) => setTimeout(resolve, 50));
            await expect(canvas).to.be.accessible();
            if (story.play) {
              await story.play({ canvasElement: canvas, args });
              await expect(canvas).to.be.accessible(); // the state the play ends in
            }
          } finally {
            render(null, canvas);
            canvas.remove();
            if (emulate) await emulateMedia([]);
          }
        });
      }
    });
  }
});
