/**
 * The drop-in's later steps (core/later-steps.ts): an element's steps past its first answer,
 * and how every element shows the shared steps, are not fetched when the page loads; an
 * element's first call fetches its own (and no other element's) before its request goes; a
 * chunk that cannot be fetched is a fault the user can retry, with nothing sent meanwhile.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { chromiumPath, installHint } from '../browsers.js';
import { hostedInChromium, page } from './drop-in-server.js';

const laterSteps = /\/cdn\/chunks\/([\w-]+)\.later-steps-[\w-]+\.js$/;
const api = /\/api\/2fa\//;

describe('the later steps in the drop-in', { skip: !chromiumPath && installHint }, () => {
  const site = hostedInChromium({
    '/': page(
      'Sign in',
      '<two-factor-reset api-base="/api/2fa" open></two-factor-reset>',
      '/cdn/two-factor-recovery.js',
    ),
  });

  /** A fresh page on the sign-in, and its later-steps chunks' and backend requests in order. */
  async function open(): Promise<{ tab: Page; requests: string[] }> {
    const tab = await site.newPage();
    const requests: string[] = [];
    tab.on('request', (request) => {
      const chunk = laterSteps.exec(request.url());
      if (chunk) requests.push(chunk[1]!);
      else if (api.test(request.url())) requests.push(new URL(request.url()).pathname);
    });
    await tab.goto(site.origin);
    await tab.getByRole('heading', { name: 'Authenticate a different way' }).waitFor();
    return { tab, requests };
  }

  it('fetches an element’s own with its first call, before the request goes', async () => {
    const { tab, requests } = await open();
    await tab.waitForTimeout(200);
    assert.equal(requests.length, 0, 'nothing when the page loads');
    await tab.getByRole('button', { name: 'Use backup method' }).click();
    await tab.getByRole('heading', { name: 'Enter the verification code' }).waitFor();
    const backend = requests.indexOf('/api/2fa/recovery/challenge');
    assert.ok(backend > 0, `requests in order: ${requests.join(', ')}`);
    assert.deepEqual(
      requests.slice(0, backend).sort(),
      ['recovery-element', 'two-factor-reset'],
      'the shared steps and the element’s own, no other element’s',
    );
    await tab.close();
  });

  it('is a fault the user can retry when it cannot be fetched, and sends nothing', async () => {
    const { tab, requests } = await open();
    await tab.route(laterSteps, (route) => route.abort('internetdisconnected'));
    await tab.getByRole('button', { name: 'Use backup method' }).click();
    await tab.getByText("Can't reach the server. Check your connection and try again.").waitFor();
    assert.ok(!requests.some((request) => api.test(request)), 'no request without its steps');
    await tab.unroute(laterSteps);
    await tab.getByRole('button', { name: 'Try again' }).click();
    await tab.getByRole('heading', { name: 'Enter the verification code' }).waitFor();
    await tab.close();
  });
});
