import { expect, waitUntil } from '@open-wc/testing';
import type * as Kit from '../../src/index.js';
import { errorBody, fakeFetch, json, rejection } from '../api/fake-fetch.js';
import { samples } from '../api/samples.js';
import { elementTags } from '../support/element-tags.js';

/** The built drop-in file, loaded the way a host page loads it. */
async function loadDropIn(): Promise<typeof Kit> {
  const url = '/dist/cdn/two-factor-recovery.js';
  const found = await fetch(url, { method: 'HEAD' });
  if (!found.ok) throw new Error(`${url} is missing: run \`npm run build\` first`);
  return import(url);
}

describe('the drop-in bundle', () => {
  it('defines every element and the steps they show', async () => {
    await loadDropIn();
    for (const tag of ['recovery-provider', ...elementTags, 'tfr-redeem-form']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
    // The steps shown only after an answer come with an element's first call.
    const element = document.createElement('backup-method-manager');
    element.client = { getStatus: async () => samples.getStatus.response } as never;
    document.body.append(element);
    await element.updateComplete;
    for (const tag of ['tfr-code-entry', 'tfr-step-up', 'tfr-recovery-key'])
      await waitUntil(() => customElements.get(tag), `${tag} is defined`);
    element.remove();
  });

  it('exports registerLocale and the event classes', async () => {
    const kit = await loadDropIn();
    expect(kit.registerLocale).to.be.a('function');
    expect(new kit.StepUpRequiredEvent({ operation: 'removeDevice' }).cancelable).to.equal(true);
  });

  it('exports a working createHttpClient and RecoveryError', async () => {
    const kit = await loadDropIn();
    const { fetch, requests } = fakeFetch(
      json(samples.getStatus.response),
      errorBody('no_backup_method', {}, 409),
    );
    const client = kit.createHttpClient({ baseUrl: '/api/2fa', fetch });

    expect(await client.getStatus({})).to.deep.equal(samples.getStatus.response);
    const error = await rejection(client.startBackupRecovery({}));
    expect(error).to.be.instanceOf(kit.RecoveryError);
    expect(error.code).to.equal('no_backup_method');
    expect(requests.map((r) => r.url)).to.deep.equal([
      '/api/2fa/status',
      '/api/2fa/recovery/challenge',
    ]);
  });
});
