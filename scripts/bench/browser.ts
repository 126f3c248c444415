/**
 * The timed goals and the heap, in headless Chromium, against a lit-only baseline
 * (bench/lit-only.ts) built the way the drop-in is:
 * - load: main-thread script time (the DevTools protocol's `ScriptDuration`) to load a bundle
 *   and define its elements, each load in a fresh browser context, the two bundles interleaved;
 * - mount: 100 mounts of `<two-factor-reset open>` to their first render against 100 of the
 *   lit-only element, interleaved in one page;
 * - heap: 1,000 mount/unmount cycles of each element (after 100 to warm up) on a zero-latency
 *   stub client, the garbage collected through the protocol before each reading.
 * The page and the bundles are served from memory; nothing reaches a network.
 */
import { elementTags } from '../../test/support/element-tags.js';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type CDPSession } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { samples } from '../../test/api/samples.js';
import { chromiumArgs, chromiumPath } from '../../test/browsers.js';

// A loopback origin is a secure context, which cross-origin isolation needs; every request to it
// is answered from memory (or never), none reaches a socket.
const origin = 'http://127.0.0.1:9';
const dropIn = '/cdn/two-factor-recovery.js';
const litOnly = '/lit-only.js';

/** The lit-only baseline, minified by the same build and minifier as the drop-in. */
export async function buildLitOnly(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      target: 'es2022',
      minify: true,
      write: false,
      lib: { entry: { 'lit-only': 'bench/lit-only.ts' }, formats: ['es'] },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const entry = outputs
    .flatMap((output) => output.output)
    .find((file): file is Rolldown.OutputChunk => file.type === 'chunk' && file.isEntry);
  if (!entry) throw new Error('the lit-only baseline did not build');
  return entry.code;
}

/** Serves the blank page, the drop-in with its chunks, and the baseline; the backend never answers. */
async function serve(context: BrowserContext, litOnlyCode: string): Promise<void> {
  await context.route(`${origin}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/')
      return route.fulfill({
        contentType: 'text/html',
        // Cross-origin isolated: performance.now() to 5 µs rather than 100 µs.
        headers: {
          'Cross-Origin-Opener-Policy': 'same-origin',
          'Cross-Origin-Embedder-Policy': 'require-corp',
        },
        body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,"></head><body></body></html>',
      });
    if (pathname === litOnly)
      return route.fulfill({ contentType: 'text/javascript', body: litOnlyCode });
    if (pathname.startsWith('/cdn/'))
      return route.fulfill({
        contentType: 'text/javascript',
        body: readFileSync(`dist${pathname}`),
      });
    return undefined;
  });
}

async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

async function heapBytes(cdp: CDPSession): Promise<number> {
  // Twice: what the first collection frees can hold more that only a second one finds.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Main-thread script time (ms) of loading `url` and running it, in a fresh context. */
async function loadOnce(browser: Browser, litOnlyCode: string, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    await serve(context, litOnlyCode);
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await scriptMs(cdp);
    await page.evaluate(async (url) => {
      await import(url);
      await new Promise((resolve) => setTimeout(resolve)); // and what the import queued
    }, url);
    return (await scriptMs(cdp)) - before;
  } finally {
    await context.close();
  }
}

/**
 * What the page runs: both bundles, a zero-latency stub client answering every operation with a
 * valid sample, and the two loops the bench times. A string, as the TypeScript loader wraps named
 * functions in a helper the page does not have.
 */
function harness(responses: Record<string, unknown>): string {
  return `
    const responses = ${JSON.stringify(responses)};
    const client = Object.fromEntries(
      Object.keys(responses).map((name) => [name, async () => structuredClone(responses[name])]),
    );
    // A task, not a timer: timers nested a few deep wait 4 ms each.
    const yieldTask = () =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
    // ms to mount \`count\` of \`tag\` to their first render; then they go.
    window.mountMany = async (tag, count) => {
      const host = document.body.appendChild(document.createElement('div'));
      const start = performance.now();
      for (let index = 0; index < count; index++) {
        const element = document.createElement(tag);
        if (tag !== 'lit-only') element.client = client;
        element.open = true;
        host.append(element);
        await element.updateComplete;
      }
      const ms = performance.now() - start;
      host.remove();
      return ms;
    };
    // \`count\` cycles of mounting \`tag\`, letting its first answers come, and removing it.
    window.cycle = async (tag, count) => {
      for (let index = 0; index < count; index++) {
        const element = document.createElement(tag);
        element.client = client;
        document.body.append(element);
        await element.updateComplete;
        await yieldTask();
        element.remove();
      }
      await yieldTask();
    };
    Promise.all(['${dropIn}', '${litOnly}'].map((url) => import(url))).then(() => {
      window.benchReady = true;
    });
  `;
}

export interface BrowserFigures {
  load: { dropIn: number[]; litOnly: number[] };
  mount: { twoFactorReset: number[]; litOnly: number[] };
  /** Per element: the heap after the warm-up and after the 1,000 cycles, in bytes. */
  heap: Map<string, { start: number; end: number }>;
}

/** Everything timed, or `undefined` without Chromium. */
export async function measureInBrowser(
  litOnlyCode: string,
  { loads = 31, mounts = 31 } = {},
): Promise<BrowserFigures | undefined> {
  if (!chromiumPath) return undefined;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const figures: BrowserFigures = {
      load: { dropIn: [], litOnly: [] },
      mount: { twoFactorReset: [], litOnly: [] },
      heap: new Map(),
    };
    await loadOnce(browser, litOnlyCode, litOnly); // the browser's own first-time costs
    for (let run = 0; run < loads; run++) {
      // Interleaved, and in turn first, so drift over the run falls on both alike.
      const order = run % 2 ? [dropIn, litOnly] : [litOnly, dropIn];
      for (const url of order) {
        const ms = await loadOnce(browser, litOnlyCode, url);
        (url === dropIn ? figures.load.dropIn : figures.load.litOnly).push(ms);
      }
    }

    const context = await browser.newContext();
    await serve(context, litOnlyCode);
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const responses = Object.fromEntries(
      Object.entries(samples).map(([name, { response }]) => [name, response]),
    );
    await page.addScriptTag({ content: harness(responses) });
    await page.waitForFunction(() => 'benchReady' in window);
    const mountMany = (tag: string): Promise<number> =>
      page.evaluate(`mountMany(${JSON.stringify(tag)}, 100)`);
    await mountMany('two-factor-reset');
    await mountMany('lit-only');
    for (let run = 0; run < mounts; run++) {
      const order = run % 2 ? ['two-factor-reset', 'lit-only'] : ['lit-only', 'two-factor-reset'];
      for (const tag of order) {
        const ms = await mountMany(tag);
        (tag === 'lit-only' ? figures.mount.litOnly : figures.mount.twoFactorReset).push(ms);
      }
    }

    const cdp = await context.newCDPSession(page);
    const cycle = (tag: string, count: number): Promise<void> =>
      page.evaluate(`cycle(${JSON.stringify(tag)}, ${count})`);
    for (const tag of elementTags) {
      await cycle(tag, 100);
      const start = await heapBytes(cdp);
      await cycle(tag, 1000);
      figures.heap.set(tag, { start, end: await heapBytes(cdp) });
    }
    await context.close();
    return figures;
  } finally {
    await browser.close();
  }
}
