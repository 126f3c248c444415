/**
 * How soon each element of the drop-in shows its first state after it is defined, in headless
 * Chromium: the time from `customElements.define` to the element's first `updateComplete`, and
 * how many animation frames passed meanwhile (DESIGN.md: "within one frame of being defined").
 * The page is served from memory; its backend never answers, so every element stays in its
 * first state.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/browsers.js';
import { elementTags } from '../test/support/element-tags.js';

export interface FirstRender {
  ms: number;
  frames: number;
}

const origin = 'http://bench.invalid';
const tags = elementTags;
const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>first render</title>
<script type="module" src="/cdn/two-factor-recovery.js"></script></head>
<body><recovery-provider api-base="/api/2fa">
${tags.map((tag) => `<${tag}></${tag}>`).join('\n')}
</recovery-provider></body></html>`;

/**
 * Runs in the page before anything else: times each element from its definition. A string, as
 * the TypeScript loader wraps named functions in a helper the page does not have.
 */
const instrument = `
  const times = (window.firstRender = {});
  const define = customElements.define.bind(customElements);
  let frames = -1;
  customElements.define = (name, constructor, options) => {
    if (frames < 0) {
      frames = 0;
      const tick = () => {
        frames += 1;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }
    const definedAt = performance.now();
    define(name, constructor, options);
    document.querySelector(name)?.updateComplete?.then(() => {
      times[name] = { ms: performance.now() - definedAt, frames };
    });
  };
`;

/** The median of `runs` page loads, per element; `undefined` without Chromium. */
export async function measureFirstRender(runs = 7): Promise<Map<string, FirstRender> | undefined> {
  if (!chromiumPath) return undefined;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const context = await browser.newContext();
    await context.route(`${origin}/**`, (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === '/') return route.fulfill({ contentType: 'text/html', body: page });
      if (pathname.startsWith('/cdn/')) {
        const body = readFileSync(`dist${pathname}`);
        return route.fulfill({ contentType: 'text/javascript', body });
      }
      return undefined; // the backend: never answers
    });
    await context.addInitScript({ content: instrument });
    const samples = new Map<string, FirstRender[]>(tags.map((tag) => [tag, []]));
    for (let run = 0; run < runs; run++) {
      const tab = await context.newPage();
      await tab.goto(`${origin}/`);
      const times = await tab.waitForFunction(
        (count) => {
          const times = (window as unknown as { firstRender: Record<string, FirstRender> })
            .firstRender;
          return Object.keys(times).length >= count && times;
        },
        tags.length + 1, // the provider too
      );
      const measured = (await times.jsonValue()) as Record<string, FirstRender>;
      for (const tag of tags) samples.get(tag)!.push(measured[tag]!);
      await tab.close();
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
    return new Map(
      tags.map((tag) => {
        const all = samples.get(tag)!;
        return [
          tag,
          { ms: median(all.map((s) => s.ms)), frames: Math.max(...all.map((s) => s.frames)) },
        ];
      }),
    );
  } finally {
    await browser.close();
  }
}
