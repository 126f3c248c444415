import { expect } from '@open-wc/testing';
import { operationNames } from '../../src/api/contract.js';
import {
  isRecoveryError,
  RecoveryError,
  withValidation,
  type RecoveryClient,
} from '../../src/api/client.js';
import { createHttpClient } from '../../src/api/http-client.js';
import { rejection } from './fake-fetch.js';
import { samples } from './samples.js';

/** A hand-written client whose every method answers `answer(name)`. */
function customClient(answer: (name: string) => Promise<unknown>): RecoveryClient {
  return Object.fromEntries(
    operationNames.map((name) => [name, () => answer(name)]),
  ) as unknown as RecoveryClient;
}

describe('RecoveryError', () => {
  it('carries the code, the details and a developer message', () => {
    const error = new RecoveryError('rate_limited', { retryAfterSeconds: 30 });
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('RecoveryError');
    expect(error.code).to.equal('rate_limited');
    expect(error.retryAfterSeconds).to.equal(30);
    expect(error.message).to.equal('rate_limited');
    expect(new RecoveryError('timeout').message).to.match(/too long/);
  });

  it('is recognised when it comes from another copy of the kit', () => {
    const foreign = Object.assign(new Error('x'), { name: 'RecoveryError', code: 'network' });
    expect(isRecoveryError(foreign)).to.equal(true);
    expect(isRecoveryError(new Error('x'))).to.equal(false);
    expect(isRecoveryError({ code: 'network' })).to.equal(false);
  });
});

describe('withValidation', () => {
  it("passes on every operation's contract answer", async () => {
    const client = withValidation(
      customClient(async (name) => samples[name as keyof typeof samples].response),
    );
    for (const name of operationNames) {
      const call = client[name] as (body: unknown) => Promise<unknown>;
      expect(await call(samples[name].request)).to.deep.equal(samples[name].response);
    }
  });

  it('turns an off-contract answer into "bad_response"', async () => {
    const client = withValidation(customClient(async () => ({ removed: 'yes' })));
    const error = await rejection(client.removeDevice({}));
    expect(error).to.be.instanceOf(RecoveryError);
    expect(error.code).to.equal('bad_response');
    expect(error.message).to.contain('removed');
  });

  it('turns a plain { code } rejection into a RecoveryError with its details', async () => {
    const client = withValidation(
      customClient(() =>
        Promise.reject({ code: 'invalid_code', message: 'Nope', attemptsRemaining: 2 }),
      ),
    );
    const error = await rejection(client.stepUp({ code: '123456' }));
    expect(error).to.be.instanceOf(RecoveryError);
    expect(error.code).to.equal('invalid_code');
    expect(error.attemptsRemaining).to.equal(2);
    expect(error.message).to.equal('Nope');
  });

  it('passes a RecoveryError on as it is', async () => {
    const original = new RecoveryError('no_backup_method');
    const client = withValidation(customClient(() => Promise.reject(original)));
    expect(await rejection(client.startBackupRecovery({}))).to.equal(original);
  });

  it('turns any other failure into "network", keeping it as the cause', async () => {
    const cause = new TypeError('Failed to fetch');
    const client = withValidation(customClient(() => Promise.reject(cause)));
    const error = await rejection(client.getStatus({}));
    expect(error.code).to.equal('network');
    expect(error.cause).to.equal(cause);
  });

  it("rejects with the caller's abort reason once aborted", async () => {
    const controller = new AbortController();
    const client = withValidation(
      customClient(() => {
        controller.abort();
        return Promise.reject(new Error('cancelled'));
      }),
    );
    const error = await rejection(client.getStatus({}, { signal: controller.signal }));
    expect(error.name).to.equal('AbortError');
  });

  it('fails with "bad_response" for a missing method', async () => {
    const { getStatus: _, ...incomplete } = customClient(async () => ({}));
    const error = await rejection(withValidation(incomplete as RecoveryClient).getStatus({}));
    expect(error.code).to.equal('bad_response');
    expect(error.message).to.contain('getStatus');
  });

  it('wraps a client once, and never the HTTP client, which checks its answers itself', () => {
    const wrapped = withValidation(customClient(async () => ({})));
    expect(withValidation(wrapped)).to.equal(wrapped);
    const http = createHttpClient();
    expect(withValidation(http)).to.equal(http);
  });

  it("passes on a client's now(), and adds none where it has none", () => {
    const timed = Object.assign(
      customClient(async () => ({})),
      { now: () => 42 },
    );
    expect(withValidation(timed).now!()).to.equal(42);
    expect(withValidation(customClient(async () => ({}))).now).to.equal(undefined);
  });

  it('passes the body and the signal to the wrapped method', async () => {
    const seen: unknown[] = [];
    const inner = customClient(async () => samples.stepUp.response);
    inner.stepUp = async (body, options) => {
      seen.push(body, options?.signal);
      return samples.stepUp.response;
    };
    const { signal } = new AbortController();
    await withValidation(inner).stepUp({ code: '123456' }, { signal });
    expect(seen).to.deep.equal([{ code: '123456' }, signal]);
  });
});
