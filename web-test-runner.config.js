// Browser tests in real, headless Chromium and Firefox ESR: the browsers Debian packages.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
// TypeScript: `npm run test:browser` runs the runner under tsx's loader.
import { createReferenceHandler } from './demo/server/handler.ts';
import { chromiumArgs, chromiumPath, firefoxPath, installHint } from './test/browsers.ts';

const required = process.env.CI === 'true';

const browsers = [];
const missing = [];
if (chromiumPath) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  );
} else missing.push('Chromium (or set CHROME_PATH to it)');
if (firefoxPath) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
  );
} else missing.push('Firefox ESR (or set FIREFOX_PATH to it)');

if (missing.length > 0 && (required || browsers.length === 0)) {
  throw new Error(`No ${missing.join(' and no ')} for the browser tests: ${installHint}`);
}
for (const browser of missing) console.warn(`Skipping ${browser}: not installed. ${installHint}`);

// The reference backend on the tests' own origin, as the demo mounts it.
const reference = createReferenceHandler();

export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: true,
  middleware: [
    async (ctx, next) => {
      if (await reference(ctx.req, ctx.res)) ctx.respond = false;
      else await next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers,
  concurrentBrowsers: 2,
  concurrency: 2,
  // Real browsers on two cores, axe included: generous, but a hang still fails fast.
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};
