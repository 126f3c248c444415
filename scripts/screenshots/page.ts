/**
 * The page the screenshot script drives: renders one story (its args, then its play) into
 * `#canvas`, in the pinned test font, as the story test does.
 */
import { render, type TemplateResult } from 'lit';

interface Story {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void>;
}

declare global {
  interface Window {
    showStory(file: string, name: string): Promise<string | null>;
  }
}

window.showStory = async (file, name) => {
  const module = (await import(/* @vite-ignore */ `/${file}`)) as Record<string, Story> & {
    default: Story;
  };
  const meta = module.default;
  const story = module[name]!;
  const canvas = document.querySelector<HTMLElement>('#canvas')!;
  render(null, canvas);
  const args = { ...meta.args, ...story.args };
  render((story.render ?? meta.render)!(args), canvas);
  await new Promise((resolve) => setTimeout(resolve, 100));
  try {
    await story.play?.({ canvasElement: canvas, args });
  } catch (error) {
    return String(error); // shown under its picture: a story that does not play is worth seeing
  }
  await document.fonts.ready;
  return null;
};
