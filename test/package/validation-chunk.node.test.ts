/**
 * The drop-in's validation chunk (zod and the contract's schemas): not fetched when the page
 * loads, requested before or with the first call to the backend, and no answer is used before
 * it has been checked by it. (An element's first call waits for it before it calls the client;
 * `withValidation` on its own fetches it with the call and holds the answer until it is in.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page, Route } from 'playwright-core';
import { samples } from '../api/samples.js';
import { chromiumPath, installHint } from '../browsers.js';
import { hostedInChromium, page } from './drop-in-server.js';

const chunk = /\/cdn\/chunks\/validation-[\w-]+\.js$/;
const api = /\/api\/2fa\//;
const offContract = {
  ...samples.getStatus.response,
  backupMethod: { type: 'fax', maskedValue: 'unchecked@example.org' },
};

/** A client of the page's own: `getStatus` answers what `?answer=` names, at once. */
const customClientPage = `
  import '/cdn/two-factor-recovery.js';
  const answers = { good: ${JSON.stringify(samples.getStatus.response)}, bad: ${JSON.stringify(offContract)} };
  const answer = answers[new URLSearchParams(location.search).get('answer')];
  window.calls = 0;
  document.querySelector('backup-method-manager').client = {
    getStatus: async () => {
      window.calls += 1;
      return structuredClone(answer);
    },
  };
`;

describe('the validation chunk of the drop-in', { skip: !chromiumPath && installHint }, () => {
  const site = hostedInChromium({
    '/': page(
      'Account',
      '<backup-method-manager api-base="/api/2fa"></backup-method-manager>',
      '/cdn/two-factor-recovery.js',
    ),
    '/sign-in.html': page(
      'Sign in',
      '<two-factor-reset api-base="/api/2fa"></two-factor-reset>',
      '/cdn/two-factor-recovery.js',
    ),
    '/custom.html': page(
      'Custom client',
      '<backup-method-manager></backup-method-manager>',
      '/custom.js',
    ),
    '/custom.js': customClientPage,
  });

  /** A fresh page, and the chunk's and the backend's requests in the order they were made. */
  async function open(): Promise<{ tab: Page; requests: string[] }> {
    const tab = await site.newPage();
    const requests: string[] = [];
    tab.on('request', (request) => {
      if (chunk.test(request.url())) requests.push('chunk');
      else if (api.test(request.url())) requests.push(new URL(request.url()).pathname);
    });
    return { tab, requests };
  }

  const calls = (tab: Page) => tab.evaluate(() => (window as unknown as { calls: number }).calls);

  /** Holds the chunk back until `release()`; the route remembers whether it was asked for. */
  async function holdChunk(tab: Page) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held: Route | undefined;
    await tab.route(chunk, async (route) => {
      held = route;
      await released;
      await route.continue();
    });
    return { release, requested: () => held !== undefined };
  }

  it('is not fetched while no element has called the backend', async () => {
    const { tab, requests } = await open();
    await tab.goto(`${site.origin}/sign-in.html`);
    await tab.getByRole('button', { name: 'Authenticate a different way' }).waitFor();
    await tab.waitForTimeout(200);
    assert.deepEqual(requests, []);
    await tab.close();
  });

  it('is requested before the first request to the backend, and only once', async () => {
    const { tab, requests } = await open();
    await tab.goto(site.origin);
    await tab.getByText('a•••@example.net', { exact: false }).first().waitFor();
    assert.equal(requests[0], 'chunk', `requests in order: ${requests.join(', ')}`);
    assert.equal(requests.filter((request) => request === 'chunk').length, 1);
    assert.ok(requests.includes('/api/2fa/status'));
    await tab.close();
  });

  it("checks the HTTP client's answer before the element uses it", async () => {
    const { tab } = await open();
    await tab.route(/\/api\/2fa\/status$/, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(offContract) }),
    );
    await tab.goto(site.origin);
    await tab.getByText("The server's answer didn't make sense. Try again.").waitFor();
    assert.equal(await tab.getByText('unchecked@example.org', { exact: false }).count(), 0);
    await tab.close();
  });

  it("checks a custom client's answers too, loading before it is called", async () => {
    for (const answer of ['good', 'bad']) {
      const { tab } = await open();
      const chunkRoute = await holdChunk(tab);
      await tab.goto(`${site.origin}/custom.html?answer=${answer}`);
      await tab.waitForFunction(() => 'calls' in window);
      await tab.waitForTimeout(300);
      assert.ok(chunkRoute.requested(), 'the chunk is requested for the first call');
      assert.equal(await calls(tab), 0, 'the client waits for the chunk');
      assert.equal(await tab.getByText('Loading…').count(), 1, `${answer}: still loading`);
      chunkRoute.release();
      if (answer === 'good')
        await tab.getByText('a•••@example.net', { exact: false }).first().waitFor();
      else {
        await tab.getByText("The server's answer didn't make sense. Try again.").waitFor();
        assert.equal(await tab.getByText('unchecked@example.org', { exact: false }).count(), 0);
      }
      assert.equal(await calls(tab), 1);
      await tab.close();
    }
  });

  it('holds an answer that comes before it until it has checked it', async () => {
    // What withValidation promises any caller, elements or not: here the page's own script.
    const { tab } = await open();
    const chunkRoute = await holdChunk(tab);
    await tab.goto(`${site.origin}/sign-in.html`);
    // A string: the TypeScript loader wraps named functions in a helper the page does not have.
    const result = tab.evaluate(`(async () => {
      const kit = await import('/cdn/two-factor-recovery.js');
      const client = kit.withValidation({ getStatus: async () => (${JSON.stringify(offContract)}) });
      return client.getStatus({}).then(() => 'used', (error) => error.code);
    })()`);
    await tab.waitForTimeout(300);
    assert.ok(chunkRoute.requested(), 'the chunk is requested with the call');
    chunkRoute.release();
    assert.equal(await result, 'bad_response');
    await tab.close();
  });

  it('is a fault the user can retry when it cannot be fetched', async () => {
    const { tab } = await open();
    await tab.route(chunk, (route) => route.abort('internetdisconnected'));
    await tab.goto(site.origin);
    await tab.getByText("Can't reach the server. Check your connection and try again.").waitFor();
    await tab.unroute(chunk);
    await tab.getByRole('button', { name: 'Try again' }).click();
    await tab.getByText('a•••@example.net', { exact: false }).first().waitFor();
    await tab.close();
  });
});
