/**
 * The built drop-in under a strict Content-Security-Policy with Trusted Types, as a host page
 * with strict security serves it: a shared step is rendered and used, and nothing is blocked.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { chromiumPath, installHint } from '../browsers.js';
import { hostedInChromium, page } from './drop-in-server.js';

const policy = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The page's own script: the drop-in, a code-entry and a recovery-key step, every violation recorded. */
const pageScript = `
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    window.violations.push(event.violatedDirective + ' ' + event.blockedURI));
  window.print = () => { window.printed = true; };
  await import('/cdn/two-factor-recovery.js');
  // The steps shown after an answer load with an element's first call (a chunk, under the policy).
  const manager = document.createElement('backup-method-manager');
  manager.client = { getStatus: async () => ({ primary: null, backupMethod: null, recoveryKey: null }) };
  document.body.append(manager);
  await customElements.whenDefined('tfr-code-entry');
  await customElements.whenDefined('tfr-recovery-key');
  manager.remove();
  const code = document.createElement('tfr-code-entry');
  code.challenge = {
    challengeId: 'ch_1', channel: 'email', maskedDestination: 'a•••@example.net', codeLength: 6,
    expiresAt: new Date(Date.now() + 600000).toISOString(), resendAvailableAt: new Date(Date.now() + 30000).toISOString(),
  };
  code.addEventListener('tfr-submit', () => (window.submitted = code.code));
  const key = document.createElement('tfr-recovery-key');
  key.recoveryKey = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  document.body.append(code, key);
  window.ready = true;
`;

describe(
  'the drop-in under a strict Content-Security-Policy and Trusted Types',
  { skip: !chromiumPath && installHint },
  () => {
    const site = hostedInChromium(
      { '/': page('Strict host', ''), '/page.js': pageScript },
      { 'Content-Security-Policy': policy },
    );

    it('renders and uses the shared steps with nothing blocked', async () => {
      const tab = await site.newPage();
      const errors: string[] = [];
      tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      tab.on('pageerror', (error) => errors.push(String(error)));
      await tab.goto(site.origin);
      await tab.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);

      await tab.getByRole('textbox', { name: 'Verification code' }).fill('123 456');
      await tab.getByRole('button', { name: 'Verify' }).click();
      await tab.waitForFunction(
        () => (window as unknown as { submitted?: string }).submitted === '123456',
      );

      await tab.getByRole('button', { name: 'Print' }).click();
      await tab.waitForFunction(
        () => (window as unknown as { printed?: boolean }).printed === true,
      );
      await tab.getByRole('button', { name: 'Download' }).click();
      await tab.getByRole('checkbox', { name: "I've noted down my recovery key" }).check();
      await tab.getByRole('button', { name: 'Done' }).click();
      await tab
        .getByRole('heading', { name: 'Your new recovery key' })
        .waitFor({ state: 'detached' });

      const violations = await tab.evaluate(
        () => (window as unknown as { violations: string[] }).violations,
      );
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
    });

    it('notices a violation (the check itself works)', async () => {
      const tab = await site.newPage();
      await tab.goto(site.origin);
      await tab.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
      const blocked = await tab.evaluate(() => {
        try {
          document.body.innerHTML = '<b>not trusted</b>';
          return false;
        } catch {
          return true;
        }
      });
      assert.equal(blocked, true);
    });
  },
);
