/**
 * The built Storybook as a designer opens it: every story in plain headless Chromium (no media
 * emulation), each played by Storybook's own preview, which reports how the play and the a11y
 * check went; every step of every element ends one story; and every element and the provider
 * have a docs page whose table and controls show their public API and nothing else.
 * `STORY=<part of an id>` plays only the stories whose id has it.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath, installHint } from './browsers.js';

interface Entry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}
interface Finished {
  storyId: string;
  status: 'success' | 'error';
  reporters: { type: string; status: string }[];
  error?: string;
  /** The `data-step` of each public element in the story's canvas, by tag. */
  steps: Record<string, string>;
}
interface Declaration {
  tagName?: string;
  members?: { name: string; kind: string; privacy?: string }[];
  attributes?: { name: string }[];
  events?: { name: string }[];
  slots?: { name: string }[];
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
}
type Manifest = { modules: { declarations?: Declaration[] }[] };

const declarations = (manifest: Manifest) =>
  manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);

/** Which flow in src/flows/ each element renders. */
const flows: Record<string, string> = {
  'account-protection': 'account-protection',
  'authenticator-setup': 'authenticator-setup',
  'backup-method-manager': 'backup-method',
  'recovery-key-panel': 'recovery-key',
  'two-factor-admin-reset': 'admin-reset',
  'two-factor-reset': 'two-factor-reset',
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** Serves `root` as static files on 127.0.0.1. */
function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) return void res.writeHead(404).end();
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    res.writeHead(200, {
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The step each public element in the canvas shows (its `data-step`), by tag. */
function stepsShown(): Record<string, string> {
  const root = document.querySelector('#storybook-root') ?? document.body;
  return Object.fromEntries(
    [...root.querySelectorAll('[data-step]')]
      .filter((element) => element.localName.includes('-') && !element.localName.startsWith('tfr-'))
      .map((element) => [element.localName, element.getAttribute('data-step')!]),
  );
}

describe('the built Storybook', { skip: !chromiumPath && `no Chromium: ${installHint}` }, () => {
  const out = mkdtempSync(join(tmpdir(), 'storybook-test-'));
  let server: Server;
  let browser: Browser;
  let page: Page;
  let pages: Page[];
  let entries: Entry[];
  const finished = new Map<string, Finished>();
  let origin: string;

  before(async () => {
    // The manifests come from `npm run manifest` (`npm run build` runs it): made here if missing.
    if (
      !existsSync('dist/custom-elements.json') ||
      !existsSync('node_modules/.cache/two-factor-recovery/shared-steps.json')
    )
      execFileSync('npm', ['run', '--silent', 'manifest'], { stdio: 'ignore' });
    // Into a folder of its own, so `npm run build-storybook`'s storybook-static is left alone.
    execFileSync(
      process.execPath,
      [
        'node_modules/storybook/dist/bin/dispatcher.js',
        'build',
        '--disable-telemetry',
        '--quiet',
        '-o',
        out,
      ],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      },
    );
    entries = Object.values(
      (
        JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {
          entries: Record<string, Entry>;
        }
      ).entries,
    );
    server = await serve(out);
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const context = await browser.newContext();
    // tsx names the functions it compiles with a helper the page does not have.
    await context.addInitScript('globalThis.__name = (f) => f');
    // Storybook's preview reports on its channel; listen from the moment the channel is made.
    await context.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      let channel: unknown;
      w.__played = [];
      w.__docs = [];
      w.__errors = {};
      Object.defineProperty(w, '__STORYBOOK_ADDONS_CHANNEL__', {
        configurable: true,
        get: () => channel,
        set(value: { on(event: string, listener: (payload: never) => void): void }) {
          channel = value;
          const errors = w.__errors as Record<string, string>;
          let current = '';
          value.on(
            'storyRenderPhaseChanged',
            ({ storyId }: { storyId: string }) => (current = storyId),
          );
          value.on('playFunctionThrewException', ({ message }: { message: string }) => {
            errors[current] = message;
          });
          value.on('storyThrewException', ({ message }: { message: string }) => {
            errors[current] = message;
          });
          value.on('storyFinished', (payload: Omit<Finished, 'steps' | 'error'>) => {
            (w.__played as Finished[]).push({
              storyId: payload.storyId,
              status: payload.status,
              reporters: payload.reporters.map(({ type, status }) => ({ type, status })),
              error: errors[payload.storyId],
              steps: {},
            });
          });
          value.on('docsRendered', (id: string) => (w.__docs as string[]).push(id));
        },
      });
    });
    pages = await Promise.all([1, 2, 3].map(() => context.newPage()));
    page = pages[0]!;
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  after(async () => {
    await browser?.close();
    server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  const opened = new WeakMap<Page, string>();

  /**
   * Shows `id` in the page's preview and waits for the preview's report: the first by its URL,
   * the next as Storybook's sidebar does, by asking the preview for it.
   */
  async function show(tab: Page, id: string, viewMode: 'story' | 'docs'): Promise<void> {
    if (!opened.has(tab)) await tab.goto(`${origin}/iframe.html?id=${id}&viewMode=${viewMode}`);
    else if (opened.get(tab) !== id)
      await tab.evaluate(
        ({ id, viewMode }) => {
          const w = window as unknown as Record<string, unknown>;
          w.__played = (w.__played as Finished[]).filter((f) => f.storyId !== id);
          w.__docs = (w.__docs as string[]).filter((d) => d !== id);
          const channel = w.__STORYBOOK_ADDONS_CHANNEL__ as {
            emit(event: string, payload: unknown): void;
          };
          channel.emit('setCurrentStory', { storyId: id, viewMode });
        },
        { id, viewMode },
      );
    opened.set(tab, id);
    await tab.waitForFunction(
      ({ id, viewMode }) => {
        const w = window as unknown as Record<string, unknown>;
        return viewMode === 'docs'
          ? (w.__docs as string[]).includes(id)
          : (w.__played as Finished[]).some((f) => f.storyId === id);
      },
      { id, viewMode },
      { timeout: 30_000 },
    );
  }

  it('plays every story in plain Chromium, each passing its play and its a11y check', async () => {
    const stories = entries.filter((entry) => entry.type === 'story');
    assert.ok(stories.length > 100, `${stories.length} stories`);
    const queue = stories.filter((story) => story.id.includes(process.env.STORY ?? ''));
    const count = queue.length;
    // A few previews side by side: the plays mostly wait for the memory client's latency.
    await Promise.all(
      pages.map(async (tab) => {
        for (let story = queue.shift(); story; story = queue.shift()) {
          await show(tab, story.id, 'story');
          const result = await tab.evaluate(
            (id) =>
              (window as unknown as { __played: Finished[] }).__played.find(
                (f) => f.storyId === id,
              )!,
            story.id,
          );
          // A story without a play may finish while its status loads: the step it shows comes after.
          await tab
            .waitForFunction(
              () => !document.querySelector('#storybook-root [data-step="loading"]'),
              null,
              {
                timeout: 1500,
              },
            )
            .catch(() => {}); // a Loading story stays so
          finished.set(story.id, { ...result, steps: await tab.evaluate(stepsShown) });
        }
      }),
    );
    // A play that throws is reported on the channel; the story may still "finish" as a success.
    const failed = [...finished.values()]
      .filter((f) => f.status !== 'success' || f.error)
      .map((f) => {
        const reports = f.reporters.filter((r) => r.status !== 'passed');
        return `${f.storyId}: ${f.error ?? reports.map((r) => `${r.type} ${r.status}`).join(', ')}`;
      });
    assert.deepEqual(failed, []);
    assert.equal(finished.size, count);
    const withPlay = stories.filter(
      (story) => finished.has(story.id) && story.tags?.includes('play-fn'),
    ).length;
    const checked = [...finished.values()].filter((f) =>
      f.reporters.some((r) => r.type === 'a11y'),
    );
    console.log(
      `${finished.size} stories rendered, ${withPlay} played, ${checked.length} checked by axe: all passed`,
    );
  });

  it('ends a story on every step of every element', { skip: !!process.env.STORY }, () => {
    const missing: string[] = [];
    for (const [tag, flow] of Object.entries(flows)) {
      const source = readFileSync(`src/flows/${flow}.ts`, 'utf8');
      const steps = new Set([...source.matchAll(/step: '([a-z-]+)'/g)].map((match) => match[1]!));
      const shown = new Set(
        entries
          .filter((entry) => entry.type === 'story' && entry.title.endsWith(`/${tag}`))
          .map((entry) => finished.get(entry.id)?.steps[tag]),
      );
      for (const step of steps) if (!shown.has(step)) missing.push(`<${tag}> ${step}`);
    }
    assert.deepEqual(missing, []);
  });

  it('has a docs page for every element and the provider, with the public API only', async () => {
    const publicManifest = JSON.parse(
      readFileSync('dist/custom-elements.json', 'utf8'),
    ) as Manifest;
    const raw = JSON.parse(
      readFileSync('node_modules/.cache/two-factor-recovery/custom-elements.json', 'utf8'),
    ) as Manifest;
    const tags = declarations(publicManifest).map((d) => d.tagName!);
    assert.ok(tags.includes('recovery-provider'));
    for (const tag of tags) {
      const docs = entries.find(
        (entry) => entry.type === 'docs' && entry.title.endsWith(`/${tag}`),
      );
      assert.ok(docs, `a docs page for <${tag}>`);
      const element = declarations(publicManifest).find((d) => d.tagName === tag)!;
      const publicNames = new Set([
        ...(element.members ?? []).map((m) => m.name),
        ...[
          element.attributes,
          element.events,
          element.slots,
          element.cssProperties,
          element.cssParts,
        ]
          .flatMap((list) => list ?? [])
          .map((item) => item.name),
      ]);
      const internal = declarations(raw)
        .filter((d) => d.tagName === tag)
        .flatMap((d) => d.members ?? [])
        .filter((m) => m.privacy === 'private' || m.privacy === 'protected')
        .map((m) => m.name);
      assert.ok(internal.length > 0, `<${tag}> has internal members to keep out`);

      await show(page, docs.id, 'docs');
      // The table on the docs page: one row per argument, each named in its first cell.
      const rows = await page
        .locator('#storybook-docs table.docblock-argstable tbody tr td:first-child')
        .evaluateAll((cells) => cells.map((cell) => cell.textContent!.replace(/\*$/, '').trim()));
      assert.ok(rows.length > 0, `<${tag}>'s docs page has its table`);
      // The controls: what the story's argTypes are, each in its category.
      const argTypes = await page.evaluate(
        async (id) => {
          const preview = (
            window as unknown as {
              __STORYBOOK_PREVIEW__: {
                storyStoreValue: {
                  loadStory(options: { storyId: string }): Promise<{
                    argTypes: Record<string, { table?: { category?: string; disable?: boolean } }>;
                  }>;
                };
              };
            }
          ).__STORYBOOK_PREVIEW__;
          const story = await preview.storyStoreValue.loadStory({ storyId: id });
          return Object.entries(story.argTypes).map(([name, { table }]) => ({
            name,
            category: table?.category,
            hidden: table?.disable === true,
          }));
        },
        entries.find((entry) => entry.type === 'story' && entry.title === docs.title)!.id,
      );
      const offApi = argTypes
        .filter((arg) => !arg.hidden && arg.category !== 'story' && !publicNames.has(arg.name))
        .map((arg) => arg.name);
      assert.deepEqual(offApi, [], `<${tag}>: controls outside its public API`);
      for (const name of internal) {
        assert.ok(!rows.includes(name), `<${tag}>'s docs show ${name}`);
        assert.ok(!argTypes.some((arg) => arg.name === name), `<${tag}>'s controls offer ${name}`);
      }
    }
  });
});
