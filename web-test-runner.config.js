// Browser tests in real, headless Chromium and Firefox ESR: the browsers Debian packages.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';

const required = process.env.CI === 'true';
const install = 'apt-get install -y chromium firefox-esr';

/** The browser named by `variable`, else the first usual install path; only if it exists. */
function locate(variable, paths) {
  const named = process.env[variable];
  return (named ? [named] : paths).find((path) => existsSync(path));
}

const chromium = locate('CHROME_PATH', [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
]);
const firefox = locate('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox']);

const browsers = [];
const missing = [];
if (chromium) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: chromium,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
        ],
      },
    }),
  );
} else missing.push('Chromium (or set CHROME_PATH to it)');
if (firefox) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
    }),
  );
} else missing.push('Firefox ESR (or set FIREFOX_PATH to it)');

if (missing.length > 0 && (required || browsers.length === 0)) {
  throw new Error(`No ${missing.join(' and no ')} for the browser tests: ${install}`);
}
for (const browser of missing) console.warn(`Skipping ${browser}: not installed. ${install}`);

export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers,
  concurrentBrowsers: 2,
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};
