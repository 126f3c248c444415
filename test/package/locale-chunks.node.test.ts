/**
 * The drop-in's shipped locales: a page in English fetches none; a page in French fetches its
 * chunk together with the element's first request, shows no text until both are here, then
 * French; Canadian French adds its own chunk on top; a failed fetch shows English; and a
 * change of `<html lang>` switches a live element.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import frShared from '../../src/locales/fr/shared.js';
import deShared from '../../src/locales/de/shared.js';
import { chromiumPath, installHint } from '../browsers.js';
import { hostedInChromium, page } from './drop-in-server.js';

const localeChunk = /\/cdn\/locales\/([\w-]+)-[\w-]+\.js$/;
const manager = '<backup-method-manager api-base="/api/2fa"></backup-method-manager>';
const script = '/cdn/two-factor-recovery.js';

describe('the shipped locales in the drop-in', { skip: !chromiumPath && installHint }, () => {
  const site = hostedInChromium({
    '/': page('Account', manager, script),
    '/fr.html': page('Compte', manager, script, 'fr'),
    '/fr-ca.html': page('Compte', manager, script, 'fr-CA'),
  });

  /** A fresh page, with the locale chunks and API requests in the order they start. */
  async function open(path: string, prepare?: (tab: Page) => Promise<unknown>) {
    const tab = await site.newPage();
    const requests: string[] = [];
    tab.on('request', (request) => {
      const url = request.url();
      const locale = localeChunk.exec(url)?.[1];
      if (locale) requests.push(`locale ${locale}`);
      else if (url.includes('/api/2fa/')) requests.push(`api ${new URL(url).pathname}`);
    });
    await prepare?.(tab);
    await tab.goto(`${site.origin}${path}`);
    return { tab, requests };
  }

  it('fetches no locale for an English page', async () => {
    const { tab, requests } = await open('/');
    await tab.getByRole('heading', { name: 'Backup method' }).waitFor();
    assert.deepEqual(requests, ['api /api/2fa/status']);
    await tab.close();
  });

  it('fetches the language with the first request, shows no text until both are here, then speaks it', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { tab, requests } = await open('/fr.html', (tab) =>
      tab.route(localeChunk, async (route) => {
        await held;
        await route.continue();
      }),
    );
    await tab.waitForResponse((response) => response.url().includes('/api/2fa/status'));
    await tab.waitForTimeout(100);
    const element = tab.locator('backup-method-manager');
    assert.equal(
      (await element.innerText()).trim(),
      '',
      'no text while the words are on their way',
    );
    assert.equal(await element.getAttribute('data-step'), 'loading');
    release();
    await tab.getByRole('heading', { name: frShared.backupHeading }).waitFor();
    assert.deepEqual(requests.sort(), ['api /api/2fa/status', 'locale fr']);
    await tab.close();
  });

  it('adds a regional locale on top of its language', async () => {
    const { tab, requests } = await open('/fr-ca.html');
    await tab.getByRole('heading', { name: frShared.backupHeading }).waitFor();
    assert.deepEqual(requests.sort(), ['api /api/2fa/status', 'locale fr', 'locale fr-CA']);
    await tab.close();
  });

  it('shows English when the language cannot be fetched', async () => {
    const { tab } = await open('/fr.html', (tab) =>
      tab.route(localeChunk, (route) => route.abort('internetdisconnected')),
    );
    await tab.getByRole('heading', { name: 'Backup method' }).waitFor();
    await tab.close();
  });

  it('switches a live element when the page changes language', async () => {
    const { tab, requests } = await open('/');
    await tab.getByRole('heading', { name: 'Backup method' }).waitFor();
    await tab.evaluate(() => (document.documentElement.lang = 'de'));
    await tab.getByRole('heading', { name: deShared.backupHeading }).waitFor();
    assert.deepEqual(requests, ['api /api/2fa/status', 'locale de']);
    await tab.close();
  });
});
