// Browser tests in real, headless Chromium and Firefox ESR: the browsers Debian packages.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
// TypeScript: `npm run test:browser` runs the runner under tsx's loader.
import { createReferenceHandler } from './demo/server/handler.ts';
import { chromiumArgs, chromiumPath, firefoxPath, installHint } from './test/browsers.ts';
import { storyFiles } from './stories/support/story-files.ts';

const required = process.env.CI === 'true';

const browsers = [];
const missing = [];
if (chromiumPath) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
      // A window of its own for each test page: as a tab behind another it would be hidden,
      // and a hidden page gets no animation frames and slowed timers.
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => void context.close().catch(() => {}));
        return page;
      },
    }),
  );
} else missing.push('Chromium (or set CHROME_PATH to it)');
if (firefoxPath) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
      // Firefox gives real key presses and clicks to its front tab only: one test file at a time.
      concurrency: 1,
    }),
  );
} else missing.push('Firefox ESR (or set FIREFOX_PATH to it)');

if (missing.length > 0 && (required || browsers.length === 0)) {
  throw new Error(`No ${missing.join(' and no ')} for the browser tests: ${installHint}`);
}
for (const browser of missing) console.warn(`Skipping ${browser}: not installed. ${installHint}`);

/** The reference backend on the tests' own origin, as the demo mounts it: made once the port is known. */
let reference;
const referenceBackend = {
  name: 'reference-backend',
  serverStart({ config }) {
    reference = createReferenceHandler({ origin: `http://${config.hostname}:${config.port}` });
  },
};

/** `/__stories__.js`: every story module, so the story test cannot miss one. */
const storyIndex = {
  name: 'story-index',
  serve({ path }) {
    if (path !== '/__stories__.js') return undefined;
    const files = storyFiles();
    const imports = files.map((file, i) => `import * as story${i} from '/${file}';`).join('\n');
    const index = files.map((file, i) => `${JSON.stringify(file)}: story${i}`).join(', ');
    return { body: `${imports}\nexport default { ${index} };`, type: 'js' };
  },
};

const cdpSessions = new WeakMap();

/** `emulate-media-features` (forced-colors included) and the print media type, where the browser can: Chromium, through CDP. */
const mediaFeatures = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    if (session.browser.name !== 'Chrome') return false;
    // One CDP call for both (puppeteer's two setters each reset what the other set), on a session
    // kept open: emulation ends with the session that set it.
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
      media: payload.media ?? '',
      features: payload.features,
    });
    return true;
  },
};

/**
 * `accessibility-snapshot`: the page's accessibility tree as the browser built it, for the tests
 * of what a screen reader gets. Chromium gives it; elsewhere the tree is `null`.
 */
const accessibilitySnapshot = {
  name: 'accessibility-snapshot',
  async executeCommand({ command, session }) {
    if (command !== 'accessibility-snapshot') return undefined;
    if (session.browser.name !== 'Chrome') return { tree: null };
    const page = session.browser.getPage(session.id);
    return { tree: (await page.accessibility.snapshot({ interestingOnly: true })) ?? null };
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts', '!test/frameworks/**'],
  nodeResolve: true,
  middleware: [
    async (ctx, next) => {
      if (await reference(ctx.req, ctx.res)) ctx.respond = false;
      else await next();
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    referenceBackend,
    storyIndex,
    mediaFeatures,
    accessibilitySnapshot,
  ],
  browsers,
  concurrentBrowsers: 2,
  concurrency: 2,
  // Real browsers on two cores, axe included: generous, but a hang still fails fast.
  testFramework: { config: { timeout: 10000 } },
  // Firefox with axe on two cores takes a couple of minutes for the whole suite.
  testsFinishTimeout: 300_000,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};
