/**
 * Every story, as the checks on stories see it: rendered with its args as Storybook renders it,
 * then played. Each check is its own test file (stories.test.ts, stories-layout.test.ts,
 * stories-dark.test.ts) and calls `describeStories` with what to do before and after the play.
 * Stories import nothing from Storybook at run time, so this needs no Storybook in the browser.
 */
import { render, type TemplateResult } from 'lit';
import { emulateMedia, type MediaFeature } from './media.js';

export interface Story {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void>;
  parameters?: {
    emulate?: MediaFeature[];
    /** The story sets its own width (or zoom): checks at a given width leave its edges alone. */
    ownWidth?: boolean;
    /** The story sets its own language: checks of the page's language leave its words alone. */
    ownLang?: boolean;
  };
}
type StoryModule = { default: Story & { title: string } } & Record<string, Story>;

const indexUrl = '/__stories__.js';
export const storyModules = (await import(indexUrl)).default as Record<string, StoryModule>;

export interface StoryChecks {
  /** Before the story renders: styles on the canvas, say. */
  prepare?: (canvas: HTMLElement) => void | Promise<void>;
  /** Once rendered, before the play. */
  rendered?: (canvas: HTMLElement) => Promise<unknown>;
  /** Once played: the state the story ends in. */
  played: (canvas: HTMLElement, story: Story) => Promise<unknown>;
  /** Stories that need media emulation are skipped where the browser cannot emulate. */
  emulate?: boolean;
}

export function describeStories(label: string, checks: StoryChecks): void {
  describe(label, function () {
    this.timeout(20_000);
    for (const [file, module] of Object.entries(storyModules)) {
      const meta = module.default;
      describe(`${meta.title} (${file})`, () => {
        for (const [name, story] of Object.entries(module).filter(([key]) => key !== 'default')) {
          it(name, async function () {
            const emulate = story.parameters?.emulate;
            if (emulate && (checks.emulate === false || !(await emulateMedia(emulate))))
              this.skip(); // media emulation is Chromium's only
            const canvas = document.body.appendChild(document.createElement('div'));
            try {
              await checks.prepare?.(canvas);
              const args = { ...meta.args, ...story.args };
              render((story.render ?? meta.render)!(args), canvas);
              await new Promise((resolve) => setTimeout(resolve, 50));
              await checks.rendered?.(canvas);
              await story.play?.({ canvasElement: canvas, args });
              await checks.played(canvas, story);
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
}
