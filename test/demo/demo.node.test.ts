/**
 * `npm start` as a visitor meets it: the demo site on Vite's dev server with the reference
 * backend mounted, driven in Chromium by role and label, with axe-core on each page.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import arProtection from '../../src/locales/ar/account-protection.js';
import deProtection from '../../src/locales/de/account-protection.js';
import { chromiumArgs, chromiumPath, installHint } from '../browsers.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe(
  'the demo site (npm start)',
  { skip: !chromiumPath && `no Chromium: ${installHint}` },
  () => {
    let server: ViteDevServer;
    let browser: Browser;
    let page: Page;
    let origin: string;

    before(async () => {
      server = await createServer({
        configFile: 'vite.config.ts',
        logLevel: 'silent',
        server: { port: 0, strictPort: false },
      });
      await server.listen();
      origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
      browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
      page = await browser.newPage();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    /** The panel's current authenticator code, as a visitor reads it. */
    const currentCode = async () => {
      const text = await page.getByText(/^Current code:/).textContent({ timeout: 10_000 });
      return text!.replace(/\D/g, '');
    };
    /** The account page's summary of the 2FA method, the backup method and the recovery key. */
    const summary = () => page.locator('account-protection').locator('dl');
    /** The demo controls' outbox. */
    const outbox = () => page.getByRole('list', { name: 'Messages sent, newest first' });
    /** The newest code in the outbox, once one has gone to `to`. */
    async function newestCode(to: string): Promise<string> {
      await outbox().getByText(`to ${to}`).waitFor({ timeout: 10_000 });
      return (await outbox().getByRole('listitem').first().locator('.code').textContent())!.replace(
        /\D/g,
        '',
      );
    }

    /** Switches the demo account to the set-up labelled `label`, with the demo controls. */
    async function resetDemoAccount(label: string) {
      await page.getByLabel('Reset ada@example.com to').selectOption({ label });
      await page.getByRole('button', { name: 'Reset the demo account' }).click();
      await page.getByText(`Reset: ${label}.`).waitFor();
    }

    async function expectNoAxeViolations() {
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const { violations } = await (
          window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }
        ).axe.run();
        return violations.map((violation) => violation.id);
      });
      assert.deepEqual(violations, []);
    }

    it('serves every page, with the backend under /api/2fa', async () => {
      for (const path of [
        '/',
        '/sign-in.html',
        '/account.html',
        '/setup.html',
        '/admin.html',
        '/help.html',
      ]) {
        const response = await page.goto(`${origin}${path}`);
        assert.equal(response?.status(), 200, path);
        await expectNoAxeViolations();
      }
      const status = await page.evaluate(async () => (await fetch('/api/2fa/status')).json());
      assert.equal(status.primary.type, 'totp');
    });

    it('signs in at the 2FA prompt with the code the demo controls show', async () => {
      await page.goto(`${origin}/sign-in.html`);
      const field = page.getByLabel('Authentication code');
      const verify = page.getByRole('button', { name: 'Verify' });

      await field.fill('12');
      await verify.click();
      await page.getByText('Enter the 6 digits from your authenticator app.').waitFor();
      assert.equal(await field.getAttribute('aria-invalid'), 'true');

      const code = await currentCode();
      await field.fill(`${code.slice(0, 3)} ${code.slice(3)}`);
      await verify.click();
      await page.getByText('Signed in.').waitFor();
      await page.getByRole('link', { name: 'Go to your account' }).click();
      await page.getByRole('heading', { name: 'Your account', exact: true }).waitFor();
      await summary().getByText('a•••@example.net').waitFor();
    });

    it('resets 2FA at sign-in with the code from the outbox, as the help article describes', async () => {
      await page.goto(`${origin}/sign-in.html`);
      await resetDemoAccount('Authenticator app, backup email');

      const reset = page.locator('two-factor-reset');
      await reset.getByRole('button', { name: 'Authenticate a different way' }).click();
      await reset.getByRole('button', { name: 'Use backup method' }).click();
      await reset.getByText('Enter the 6-digit code sent to a•••@example.net').waitFor();
      const code = await newestCode('ada.backup@example.net');

      await reset.getByRole('textbox', { name: 'Verification code' }).fill(code);
      await reset.getByRole('button', { name: 'Verify' }).click();
      await reset.getByRole('button', { name: 'Remove the device and add new one' }).click();
      await reset.getByRole('button', { name: 'Send 2-factor authentication email' }).click();
      await reset.getByRole('heading', { name: 'Check your email' }).waitFor();
      await outbox().getByText('Set up 2FA again').waitFor({ timeout: 10_000 });
      await expectNoAxeViolations();

      await outbox()
        .getByRole('link', { name: /\/setup\.html$/ })
        .click();
      await page
        .locator('authenticator-setup')
        .getByRole('heading', { name: 'Set up your authenticator app' })
        .waitFor();
    });

    it('sets the authenticator app up, then a backup email and a first recovery key', async () => {
      await page.goto(`${origin}/setup.html`);
      await resetDemoAccount('Authenticator app, no backup method');

      const setup = page.locator('authenticator-setup');
      // The demo account has an app: the new one replaces it once verified.
      await setup.getByRole('button', { name: 'Continue' }).click();
      await setup.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
      const appCode = await page
        .locator('p', { hasText: 'App being set up:' })
        .locator('.code')
        .textContent({ timeout: 10_000 });
      await setup
        .getByRole('textbox', { name: 'Verification code' })
        .fill(appCode!.replace(/\D/g, ''));
      await setup.getByRole('button', { name: 'Verify' }).click();

      await setup.getByRole('heading', { name: 'Your authenticator app is set up' }).waitFor();
      await expectNoAxeViolations();
      await setup.getByRole('radio', { name: 'Email address' }).check();
      await setup.getByRole('textbox', { name: 'Email address' }).fill('ada.new@example.org');
      await setup.getByRole('button', { name: 'Send code' }).click();
      await setup
        .getByRole('textbox', { name: 'Verification code' })
        .fill(await newestCode('ada.new@example.org'));
      await setup.getByRole('button', { name: 'Verify' }).click();

      await setup.getByRole('heading', { name: 'Your new recovery key' }).waitFor();
      await setup.getByRole('checkbox', { name: "I've noted down my recovery key" }).check();
      await setup.getByRole('button', { name: 'Done' }).click();
      await setup.getByRole('heading', { name: '2-factor authentication is set up' }).waitFor();
      await expectNoAxeViolations();
      await page.getByRole('link', { name: 'Go to your account' }).click();
      await summary().getByText('a•••@example.org').waitFor();
      await summary().getByText('Authenticator app').waitFor();
    });

    it('sets up a backup phone on the account page, with the code from the outbox', async () => {
      await page.goto(`${origin}/account.html`);
      await resetDemoAccount('Authenticator app, no backup method');

      const manager = page.locator('backup-method-manager');
      await page.getByText('Set up a backup method, so you can reset 2FA yourself').waitFor();
      await manager.getByText("You haven't set up a backup method.").waitFor();
      await manager.getByRole('button', { name: 'Set up a backup method' }).click();
      await manager.getByRole('radio', { name: 'Phone number' }).check();
      await manager.getByRole('textbox', { name: 'Phone number' }).fill('07700 900999'); // the page's default country: GB
      await manager.getByRole('button', { name: 'Send code' }).click();
      await manager.getByText('Enter the 6-digit code sent to •••• 0999').waitFor();
      const code = await newestCode('+447700900999');
      await manager.getByRole('textbox', { name: 'Verification code' }).fill(code);
      await manager.getByRole('button', { name: 'Verify' }).click();
      await manager.getByRole('heading', { name: 'Backup method saved' }).waitFor();
      await summary().getByText('•••• 0999').waitFor();
      await page
        .getByRole('list', { name: 'Events, newest first' })
        .getByText(/^backup-method-changed/)
        .waitFor();
      await expectNoAxeViolations();
    });

    it('makes a new recovery key on the account page', async () => {
      await page.goto(`${origin}/account.html`);
      await resetDemoAccount('Authenticator app, backup email');
      const panel = page.locator('recovery-key-panel');
      await panel.getByRole('button', { name: 'Generate a new recovery key' }).click();
      await panel.getByRole('button', { name: 'Replace recovery key' }).click();
      await panel.getByRole('heading', { name: 'Your new recovery key' }).waitFor();
      await panel.getByRole('checkbox', { name: "I've noted down my recovery key" }).check();
      await panel.getByRole('button', { name: 'Done' }).click();
      await panel.getByText(/^You created your recovery key on /).waitFor();
      await outbox()
        .getByText(/a new recovery key was generated/)
        .waitFor({ timeout: 10_000 });
    });

    it('speaks the language picked in the demo controls, live, Arabic right to left', async () => {
      await page.goto(`${origin}/account.html`);
      await resetDemoAccount('Authenticator app, backup email');
      const heading = page.locator('account-protection').getByRole('heading', { level: 2 }).first();
      await heading.filter({ hasText: 'Protect your account' }).waitFor();
      await page.getByLabel('Language of the elements').selectOption({ label: 'Deutsch' });
      await heading.filter({ hasText: deProtection.protectHeading }).waitFor();
      await page.reload(); // the tab remembers it
      await heading.filter({ hasText: deProtection.protectHeading }).waitFor();
      await page.getByLabel('Language of the elements').selectOption({ label: 'العربية' });
      await heading.filter({ hasText: arProtection.protectHeading }).waitFor();
      assert.equal(await heading.evaluate((element) => getComputedStyle(element).direction), 'rtl');
      await expectNoAxeViolations();
      await page.getByLabel('Language of the elements').selectOption({ label: 'English' });
      await heading.filter({ hasText: 'Protect your account' }).waitFor();
    });

    it("has an admin reset ada's 2FA with a reason, and refuses a non-admin", async () => {
      await page.goto(`${origin}/admin.html`);
      await resetDemoAccount('Authenticator app, backup email');
      const admin = page.locator('two-factor-admin-reset');
      await admin.getByLabel('User ID').fill('ada@example.com');
      await admin.getByRole('button', { name: 'Look up' }).click();
      await admin.getByRole('heading', { name: 'Ada Lovelace' }).waitFor();
      await admin.getByLabel('Reason').fill('Lost phone, identity checked by video call');
      await admin.getByRole('button', { name: 'Reset 2FA' }).click();
      await admin.getByRole('dialog').getByRole('button', { name: 'Reset 2FA' }).click();
      await admin.getByRole('heading', { name: '2FA reset for Ada Lovelace' }).waitFor();
      await outbox().getByText('Reset by an admin').waitFor({ timeout: 10_000 });
      const log = page.getByRole('list', { name: '2FA resets by an admin, newest first' });
      await log.getByText('Lost phone, identity checked by video call').waitFor();
      assert.match(
        (await log.getByRole('listitem').first().textContent())!,
        /by grace@example\.com/,
      );
      await expectNoAxeViolations();

      await page.getByLabel('Signed in as').selectOption('ada@example.com');
      await page.waitForURL(/\?as=ada%40example\.com$/);
      await admin.getByLabel('User ID').fill('ada@example.com');
      await admin.getByRole('button', { name: 'Look up' }).click();
      await admin.getByRole('heading', { name: "You can't reset 2FA" }).waitFor();
      assert.doesNotMatch(
        await admin.evaluate((el) => el.shadowRoot!.textContent!),
        /Ada Lovelace/,
      );
      await expectNoAxeViolations();
    });

    it('after an admin reset, ada sets 2FA up again on her account page, with one warning at most', async () => {
      await page.goto(`${origin}/account.html`);
      await resetDemoAccount('Authenticator app, backup email');
      await page.evaluate(() =>
        fetch('/api/2fa/admin/reset', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Demo-User': 'grace@example.com' },
          body: JSON.stringify({ userId: 'ada@example.com', reason: 'Lost phone' }),
        }),
      );
      await page.reload();
      const protection = page.locator('account-protection');
      const banners = () => page.locator('[part~="banner"]').count();
      await protection.getByText('Set up 2-factor authentication.').waitFor();
      assert.equal(await banners(), 1);
      await expectNoAxeViolations();

      await protection.getByRole('button', { name: 'Set up 2FA' }).click();
      await protection.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
      const appCode = await page
        .locator('p', { hasText: 'App being set up:' })
        .locator('.code')
        .textContent({ timeout: 10_000 });
      await protection
        .getByRole('textbox', { name: 'Verification code' })
        .fill(appCode!.replace(/\D/g, ''));
      await protection.getByRole('button', { name: 'Verify' }).click();
      await protection.getByRole('heading', { name: 'Your new recovery key' }).waitFor();
      await protection.getByRole('checkbox', { name: "I've noted down my recovery key" }).check();
      await protection.getByRole('button', { name: 'Done' }).click();
      await protection
        .getByRole('heading', { name: '2-factor authentication is set up' })
        .waitFor();
      await protection.getByRole('button', { name: 'Done' }).click();
      await protection
        .getByText(
          'Your account is protected: 2-factor authentication, a backup method and a recovery key.',
        )
        .waitFor();
      assert.equal(await banners(), 0);
      await summary().getByText('Authenticator app').waitFor();
      await expectNoAxeViolations();
    });

    it("moves the backend's clock for the elements too, and a reset brings the real time back", async () => {
      await page.goto(`${origin}/sign-in.html`);
      await resetDemoAccount('Authenticator app, backup email');
      const reset = page.locator('two-factor-reset');
      await reset.getByRole('button', { name: 'Authenticate a different way' }).click();
      await reset.getByRole('button', { name: 'Use backup method' }).click();
      await reset.getByText(/^Available in (29|30) seconds$/).waitFor();
      const code = await newestCode('ada.backup@example.net');

      await page.getByRole('button', { name: '+10 min' }).click();
      await page.getByText('Moved the clock 10 minutes forward.').waitFor();
      await reset.getByRole('textbox', { name: 'Verification code' }).fill(code);
      await reset.getByRole('button', { name: 'Verify' }).click();
      await reset.getByText('This code has expired. Ask for a new one.').waitFor();
      const resend = reset.getByRole('button', { name: 'Resend code' });
      // "Ask for a new one" can be done at once: the countdown follows the moved clock.
      for (let tries = 0; (await resend.getAttribute('aria-disabled')) !== 'false'; tries++) {
        assert.ok(tries < 20, '"Resend code" stays blocked after the clock moved');
        await page.waitForTimeout(100);
      }

      await resetDemoAccount('Authenticator app, backup email');
      const { now } = await page.evaluate(async () =>
        (
          await fetch('/api/2fa/__dev/clock', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ advanceSeconds: 0 }),
          })
        ).json(),
      );
      assert.ok(Math.abs(Date.parse(now) - Date.now()) < 60_000, `backend time ${now}`);
    });

    it('switches the demo account, and shows what the backend sends', async () => {
      await page.goto(`${origin}/account.html`);
      await resetDemoAccount('Authenticator app, no backup method');
      await page.getByText('Set up a backup method, so you can reset 2FA yourself').waitFor();

      await resetDemoAccount('Authenticator app, backup phone');
      await page.evaluate(() =>
        fetch('/api/2fa/recovery/challenge', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        }),
      );
      await outbox().getByText('to +447700900456').waitFor({ timeout: 10_000 });
      assert.match(
        (await outbox().getByRole('listitem').first().textContent())!,
        /Recovery code[\s\S]*\d{3} \d{3}/,
      );

      await page.getByRole('button', { name: '+10 min' }).click();
      await page.getByText('Moved the clock 10 minutes forward.').waitFor();
    });
  },
);
