/**
 * The drop-in's lazy chunks, the phone-number library and the QR code: neither is fetched when
 * the page loads, each only when it is needed, and a failed fetch is an error the user can retry.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { chromiumPath, installHint } from '../browsers.js';
import { hostedInChromium, page } from './drop-in-server.js';

const chunk = /\/cdn\/chunks\/phone-numbers-[\w-]+\.js$/;
const qrChunk = /\/cdn\/chunks\/qr-code-[\w-]+\.js$/;

describe('the phone-number library in the drop-in', { skip: !chromiumPath && installHint }, () => {
  const site = hostedInChromium({
    '/': page(
      'Account',
      '<backup-method-manager api-base="/api/2fa" start="choose"></backup-method-manager>',
      '/cdn/two-factor-recovery.js',
    ),
    '/setup.html': page(
      'Set up 2FA',
      '<authenticator-setup api-base="/api/2fa"></authenticator-setup>',
      '/cdn/two-factor-recovery.js',
    ),
  });

  /** A fresh page, and the phone chunk's requests as they happen. */
  async function open(): Promise<{ tab: Page; fetched: string[] }> {
    const tab = await site.newPage();
    const fetched: string[] = [];
    tab.on('request', (request) => chunk.test(request.url()) && fetched.push(request.url()));
    await tab.goto(site.origin);
    await tab.getByRole('heading', { name: 'Select a backup method' }).waitFor();
    return { tab, fetched };
  }

  it('is fetched only once the phone field is used; the QR code, never here', async () => {
    const { tab, fetched } = await open();
    const qrFetched: string[] = [];
    tab.on('request', (request) => qrChunk.test(request.url()) && qrFetched.push(request.url()));
    await tab.getByRole('radio', { name: 'Email address' }).check();
    await tab.getByRole('textbox', { name: 'Email address' }).fill('someone@example.org');
    assert.deepEqual(fetched, []);
    await tab.getByRole('radio', { name: 'Phone number' }).check();
    await tab.getByRole('textbox', { name: 'Phone number' }).focus();
    for (let tries = 0; fetched.length === 0 && tries < 100; tries++) await tab.waitForTimeout(50);
    assert.equal(fetched.length, 1, 'focusing the phone field fetches the library');
    await tab.getByRole('textbox', { name: 'Phone number' }).fill('+44 7700 900999');
    await tab.getByRole('button', { name: 'Send code' }).click();
    await tab.getByText('Enter the 6-digit code sent to •••• 0999').waitFor();
    assert.equal(fetched.length, 1);
    assert.deepEqual(qrFetched, []);
    await tab.close();
  });

  it('says so when it cannot be fetched, and "Try again" carries on once it can', async () => {
    const tab = await site.newPage();
    await tab.route(chunk, (route) => route.abort('internetdisconnected'));
    await tab.goto(site.origin);
    await tab.getByRole('radio', { name: 'Phone number' }).check();
    await tab.getByRole('textbox', { name: 'Phone number' }).fill('+44 7700 900999');
    await tab.getByRole('button', { name: 'Send code' }).click();
    await tab
      .getByText("Part of this page didn't load. Check your connection and try again.")
      .waitFor();
    assert.equal(
      await tab.getByRole('textbox', { name: 'Phone number' }).inputValue(),
      '+44 7700 900999',
    );
    await tab.unroute(chunk);
    await tab.getByRole('button', { name: 'Try again' }).click();
    await tab.getByText('Enter the 6-digit code sent to •••• 0999').waitFor();
    await tab.close();
  });

  it('draws the QR code once the set-up shows it, and offers to try again when it cannot', async () => {
    const tab = await site.newPage();
    await tab.route(qrChunk, (route) => route.abort('internetdisconnected'));
    await tab.goto(`${site.origin}/setup.html`);
    // The account has an app: not fetched until the user sets up a new one.
    await tab.getByRole('heading', { name: 'Set up a new authenticator app?' }).waitFor();
    await tab.getByRole('button', { name: 'Continue' }).click();
    await tab
      .getByText("The QR code didn't load. You can enter the key below instead, or try again.")
      .waitFor();
    await tab.locator('#manual-key').waitFor();
    await tab.unroute(qrChunk);
    const fetched = tab.waitForRequest(qrChunk);
    await tab.getByRole('button', { name: 'Try again' }).click();
    await fetched;
    await tab.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    await tab.close();
  });
});
