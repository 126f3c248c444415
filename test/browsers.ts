// Where the browsers the tests drive are: named by CHROME_PATH / FIREFOX_PATH, else the usual
// install paths. Never a downloaded browser. Shared by the test runner and the Node tests.
import { existsSync } from 'node:fs';

export const installHint = 'apt-get install -y chromium firefox-esr';

/** The browser named by `variable`, else the first usual install path; only if it exists. */
function locate(variable: string, paths: string[]): string | undefined {
  const named = process.env[variable];
  return (named ? [named] : paths).find((path) => existsSync(path));
}

export const chromiumPath = locate('CHROME_PATH', [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
]);
export const firefoxPath = locate('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox']);

/** Headless Chromium that stays off the network and needs no sandbox privileges. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Test pages run side by side and for minutes: no page's timers may be slowed as a hidden tab's.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
