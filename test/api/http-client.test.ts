import { expect } from '@open-wc/testing';
import { operationNames, operations } from '../../src/api/contract.js';
import { RecoveryError } from '../../src/api/client.js';
import { createHttpClient, type HttpClientOptions } from '../../src/api/http-client.js';
import {
  errorBody,
  fakeFetch,
  hang,
  json,
  offline,
  raw,
  rejection,
  stall,
  type Answer,
} from './fake-fetch.js';
import { samples } from './samples.js';

const status = samples.getStatus.response;

function clientWith(answers: Answer[], options: HttpClientOptions = {}) {
  const fake = fakeFetch(...answers);
  const client = createHttpClient({ baseUrl: '/api/2fa', fetch: fake.fetch, ...options });
  return { client, requests: fake.requests };
}

describe('createHttpClient', () => {
  describe('requests', () => {
    for (const name of operationNames) {
      it(`${name}: ${operations[name].method} ${operations[name].path}, checked both ways`, async () => {
        const { request, response } = samples[name];
        const { client, requests } = clientWith([json(response)]);
        const call = client[name] as (body: unknown) => Promise<unknown>;

        expect(await call(request)).to.deep.equal(response);
        expect(requests).to.have.length(1);
        expect(requests[0]!.method).to.equal(operations[name].method);
        expect(requests[0]!.url).to.equal(`/api/2fa${operations[name].path}`);
        expect(requests[0]!.headers.get('Accept')).to.equal('application/json');
        if (operations[name].method === 'GET') {
          expect(requests[0]!.body).to.equal(undefined);
        } else {
          expect(requests[0]!.headers.get('Content-Type')).to.equal('application/json');
          expect(requests[0]!.body).to.deep.equal(request);
        }
      });
    }

    it('sends credentials "same-origin" by default and the configured mode otherwise', async () => {
      const same = clientWith([json(status)]);
      await same.client.getStatus({});
      expect(same.requests[0]!.credentials).to.equal('same-origin');

      const include = clientWith([json(status)], { credentials: 'include' });
      await include.client.getStatus({});
      expect(include.requests[0]!.credentials).to.equal('include');
    });

    it('joins the base URL and the path whatever their slashes', async () => {
      const { client, requests } = clientWith([json(status)], {
        baseUrl: 'https://auth.example.com/2fa/',
      });
      await client.getStatus({});
      expect(requests[0]!.url).to.equal('https://auth.example.com/2fa/status');
    });

    it('uses an endpoint path in place of the default, after the base URL', async () => {
      const { client, requests } = clientWith([json(samples.stepUp.response)], {
        endpoints: { stepUp: '/verify-identity', resendCode: 'codes/again' },
      });
      await client.stepUp({ code: '123456' });
      await client.resendCode({ challengeId: 'ch_1' }).catch(() => {});
      expect(requests.map((r) => r.url)).to.deep.equal([
        '/api/2fa/verify-identity',
        '/api/2fa/codes/again',
      ]);
    });

    it('uses an absolute endpoint URL as it is', async () => {
      const { client, requests } = clientWith([json(status)], {
        endpoints: { getStatus: 'https://status.example.com/me/2fa' },
      });
      await client.getStatus({});
      expect(requests[0]!.url).to.equal('https://status.example.com/me/2fa');
    });

    it('adds headers from an object', async () => {
      const { client, requests } = clientWith([json(status)], {
        headers: { 'X-CSRF-Token': 'abc' },
      });
      await client.getStatus({});
      expect(requests[0]!.headers.get('X-CSRF-Token')).to.equal('abc');
    });

    it('calls a headers function, possibly async, for every request', async () => {
      let calls = 0;
      const { client, requests } = clientWith([json(status)], {
        headers: async () => ({ Authorization: `Bearer token-${++calls}` }),
      });
      await client.getStatus({});
      await client.getStatus({});
      expect(requests.map((r) => r.headers.get('Authorization'))).to.deep.equal([
        'Bearer token-1',
        'Bearer token-2',
      ]);
    });

    it('lets the headers replace the defaults', async () => {
      const { client, requests } = clientWith([json(samples.stepUp.response)], {
        headers: () => ({ Accept: 'application/vnd.example+json' }),
      });
      await client.stepUp({ code: '123456' });
      expect(requests[0]!.headers.get('Accept')).to.equal('application/vnd.example+json');
    });

    it('fails with "network" and sends nothing when the headers function fails', async () => {
      const { client, requests } = clientWith([json(samples.stepUp.response)], {
        headers: () => Promise.reject(new Error('token refresh failed')),
      });
      const error = await rejection(client.stepUp({ code: '123456' }));
      expect(error).to.be.instanceOf(RecoveryError);
      expect(error.code).to.equal('network');
      expect(requests).to.have.length(0);
    });

    it('sends nothing for an off-contract body, and names the field, not its value', async () => {
      const { client, requests } = clientWith([json(samples.stepUp.response)]);
      const error = await rejection(client.stepUp({ code: 'secret-ish' }));
      expect(error.code).to.equal('invalid_request');
      expect(error.message).to.contain('code');
      expect(error.message).not.to.contain('secret-ish');
      expect(requests).to.have.length(0);
    });

    it("sends only the contract's fields", async () => {
      const { client, requests } = clientWith([json(samples.stepUp.response)]);
      await client.stepUp({ code: '123456', extra: 'dropped' } as never);
      expect(requests[0]!.body).to.deep.equal({ code: '123456' });
    });
  });

  describe('answers', () => {
    it('accepts fields the contract does not name yet, and leaves them out', async () => {
      const { client } = clientWith([json({ ...status, newField: 1 })]);
      expect(await client.getStatus({})).to.deep.equal(status);
    });

    it('fails with "bad_response" when a field is missing', async () => {
      const { expiresAt: _, ...incomplete } = samples.startBackupRecovery.response;
      const { client } = clientWith([json(incomplete)]);
      const error = await rejection(client.startBackupRecovery({}));
      expect(error.code).to.equal('bad_response');
      expect(error.message).to.contain('expiresAt');
    });

    it('fails with "bad_response" when a field has the wrong type', async () => {
      const { client } = clientWith([
        json({ ...samples.startBackupRecovery.response, codeLength: '6' }),
      ]);
      expect((await rejection(client.startBackupRecovery({}))).code).to.equal('bad_response');
    });

    it('fails with "bad_response" for malformed JSON', async () => {
      const { client } = clientWith([
        raw('<html>Sign in</html>', 200, { 'Content-Type': 'text/html' }),
      ]);
      expect((await rejection(client.removeDevice({}))).code).to.equal('bad_response');
    });

    it('fails with "bad_response" for an empty body', async () => {
      const { client } = clientWith([raw('', 200)]);
      expect((await rejection(client.removeDevice({}))).code).to.equal('bad_response');
    });

    it('refuses a redirect URL an element must not navigate to', async () => {
      const { client } = clientWith([json({ signedIn: true, redirectUrl: 'javascript:alert(1)' })]);
      const error = await rejection(client.redeemRecoveryKey({ recoveryKey: 'ABCD' }));
      expect(error.code).to.equal('bad_response');
    });
  });

  describe('errors', () => {
    it('keeps a server code with its attempts left and message', async () => {
      const { client } = clientWith([
        errorBody('invalid_code', { attemptsRemaining: 3, message: 'Wrong code' }),
      ]);
      const error = await rejection(
        client.verifyBackupRecovery({ challengeId: 'ch_1', code: '000000' }),
      );
      expect(error).to.be.instanceOf(RecoveryError);
      expect(error.name).to.equal('RecoveryError');
      expect(error.code).to.equal('invalid_code');
      expect(error.attemptsRemaining).to.equal(3);
      expect(error.message).to.equal('Wrong code');
      expect(error).not.to.have.property('retryAfterSeconds');
    });

    it('keeps an unknown server code as given', async () => {
      const { client } = clientWith([errorBody('account_frozen', {}, 403)]);
      expect((await rejection(client.removeDevice({}))).code).to.equal('account_frozen');
    });

    it("reads a 429's wait from Retry-After in seconds", async () => {
      const { client } = clientWith([raw('', 429, { 'Retry-After': '42' })]);
      const error = await rejection(client.resendCode({ challengeId: 'ch_1' }));
      expect(error.code).to.equal('rate_limited');
      expect(error.retryAfterSeconds).to.equal(42);
    });

    it("reads a 429's wait from Retry-After as an HTTP date", async () => {
      const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
      const { client } = clientWith([
        errorBody('rate_limited', {}, 429, { 'Retry-After': inTwoMinutes }),
      ]);
      const error = await rejection(client.resendCode({ challengeId: 'ch_1' }));
      expect(error.retryAfterSeconds).to.be.within(118, 120);
    });

    it("prefers the body's retryAfterSeconds to the header", async () => {
      const { client } = clientWith([
        errorBody('too_many_attempts', { retryAfterSeconds: 900 }, 429, { 'Retry-After': '5' }),
      ]);
      const error = await rejection(client.stepUp({ code: '123456' }));
      expect(error.code).to.equal('too_many_attempts');
      expect(error.retryAfterSeconds).to.equal(900);
    });

    const byStatus: [number, string][] = [
      [400, 'invalid_request'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'not_found'],
      [409, 'bad_response'],
      [410, 'code_expired'],
      [418, 'bad_response'],
      [422, 'invalid_destination'],
      [429, 'rate_limited'],
    ];
    for (const [httpStatus, code] of byStatus) {
      it(`decides by the status when the body has no code: ${httpStatus} → ${code}`, async () => {
        const { client } = clientWith([raw('{"error":"nope"}', httpStatus)]);
        expect((await rejection(client.removeDevice({}))).code).to.equal(code);
      });
    }

    describe('an error answer without JSON (a host with nothing at that path)', () => {
      let warnings: unknown[][];
      const original = console.warn;
      beforeEach(() => {
        warnings = [];
        console.warn = (...args: unknown[]) => void warnings.push(args);
      });
      afterEach(() => (console.warn = original));

      for (const [what, answer] of [
        ['an HTML 404 page', raw('<html>Not found</html>', 404, { 'Content-Type': 'text/html' })],
        ['an empty 404', raw('', 404)],
        ['an empty 403', raw('', 403)],
        ['an empty 400', raw('', 400)],
      ] as const) {
        it(`${what} is bad_response, never what its status would say`, async () => {
          const { client } = clientWith([answer]);
          expect((await rejection(client.removeDevice({}))).code).to.equal('bad_response');
        });
      }

      it('keeps the meaning of a 429 and a 5xx', async () => {
        const { client } = clientWith([raw('', 429), raw('<html>Bad gateway</html>', 502)]);
        expect((await rejection(client.removeDevice({}))).code).to.equal('rate_limited');
        expect((await rejection(client.removeDevice({}))).code).to.equal('server');
      });

      it('warns once per client and URL, naming the method, the URL and the status', async () => {
        const { client } = clientWith([raw('<html>Not found</html>', 404)], {
          baseUrl: '/nowhere',
        });
        await rejection(client.removeDevice({}));
        await rejection(client.removeDevice({}));
        await rejection(client.getStatus({}));
        expect(warnings.map((args) => String(args[0]))).to.deep.equal([
          'two-factor-recovery: POST /nowhere/device/remove answered 404 without a JSON body. Is the base URL (api-base) right, and does the backend follow the contract?',
          'two-factor-recovery: GET /nowhere/status answered 404 without a JSON body. Is the base URL (api-base) right, and does the backend follow the contract?',
        ]);
        const other = clientWith([raw('', 404)], { baseUrl: '/nowhere' });
        await rejection(other.client.removeDevice({}));
        expect(warnings).to.have.length(3);
      });

      it('says nothing of a JSON error answer', async () => {
        const { client } = clientWith([errorBody('not_found', {}, 404), raw('{}', 403)]);
        expect((await rejection(client.removeDevice({}))).code).to.equal('not_found');
        expect((await rejection(client.removeDevice({}))).code).to.equal('forbidden');
        expect(warnings).to.deep.equal([]);
      });
    });

    it('fails with "server" for a 500 without a code', async () => {
      const { client } = clientWith([raw('Internal Server Error', 500)]);
      expect((await rejection(client.removeDevice({}))).code).to.equal('server');
    });

    it('fails with "server" for a 5xx with an unknown code', async () => {
      const { client } = clientWith([errorBody('database_down', {}, 503)]);
      expect((await rejection(client.removeDevice({}))).code).to.equal('server');
    });

    it('keeps a known code on a 5xx', async () => {
      const { client } = clientWith([errorBody('rate_limited', { retryAfterSeconds: 30 }, 503)]);
      const error = await rejection(client.removeDevice({}));
      expect(error.code).to.equal('rate_limited');
      expect(error.retryAfterSeconds).to.equal(30);
    });

    it('fails with "network" when offline', async () => {
      const { client } = clientWith([offline]);
      const error = await rejection(client.removeDevice({}));
      expect(error.code).to.equal('network');
      expect(error.cause).to.be.instanceOf(TypeError);
    });

    it('fails with "timeout" when the server does not answer in time, and aborts the request', async () => {
      const { client, requests } = clientWith([hang], { timeoutMs: 50 });
      const error = await rejection(client.removeDevice({}));
      expect(error.code).to.equal('timeout');
      expect(requests[0]!.signal.aborted).to.equal(true);
    });

    it('fails with "timeout" when the body stops arriving', async () => {
      const { client } = clientWith([stall], { timeoutMs: 50 });
      expect((await rejection(client.removeDevice({}))).code).to.equal('timeout');
    });

    it('times out even with a fetch that ignores its signal', async () => {
      const { client } = clientWith([() => new Promise<Response>(() => {})], { timeoutMs: 50 });
      expect((await rejection(client.removeDevice({}))).code).to.equal('timeout');
    });
  });

  describe("the backend's time", () => {
    it("follows the Date header of the backend's answers when the device's clock is out", async () => {
      const fiveMinutesOn = new Date(Date.now() + 300_000).toUTCString();
      const { client } = clientWith([json(status, 200, { Date: fiveMinutesOn })]);
      expect(client.now!() - Date.now()).to.be.within(-1000, 1000);
      await client.getStatus({});
      expect(client.now!() - Date.now()).to.be.within(299_000, 301_000);
    });

    it("keeps the device's clock when the header is close, missing or unreadable", async () => {
      const headers: Record<string, string>[] = [
        { Date: new Date().toUTCString() },
        {},
        { Date: 'yesterday-ish' },
      ];
      for (const header of headers) {
        const { client } = clientWith([json(status, 200, header)]);
        await client.getStatus({});
        expect(Math.abs(client.now!() - Date.now())).to.be.below(50);
      }
    });
  });

  describe('abort', () => {
    it('rejects with the abort reason, aborts the request and ignores a late answer', async () => {
      let answer!: (response: Response) => void;
      const { client, requests } = clientWith([
        () => new Promise<Response>((resolve) => (answer = resolve)),
      ]);
      const controller = new AbortController();
      const call = client.removeDevice({}, { signal: controller.signal });
      await new Promise((resolve) => setTimeout(resolve));
      controller.abort();
      const error = await rejection(call);
      expect(error.name).to.equal('AbortError');
      expect(requests[0]!.signal.aborted).to.equal(true);
      answer(new Response(JSON.stringify({ removed: true })));
    });

    it('sends nothing when already aborted', async () => {
      const { client, requests } = clientWith([json(status)]);
      const error = await rejection(client.getStatus({}, { signal: AbortSignal.abort() }));
      expect(error.name).to.equal('AbortError');
      expect(requests).to.have.length(0);
    });
  });

  describe('retries', () => {
    it('retries getStatus after a network error', async () => {
      const { client, requests } = clientWith([offline, json(status)]);
      expect(await client.getStatus({})).to.deep.equal(status);
      expect(requests).to.have.length(2);
    });

    it('retries getStatus twice at most after 5xx, then fails with "server"', async () => {
      const { client, requests } = clientWith([raw('', 502)]);
      const error = await rejection(client.getStatus({}));
      expect(error.code).to.equal('server');
      expect(requests).to.have.length(3);
    });

    it("succeeds on getStatus's last retry", async () => {
      const { client, requests } = clientWith([raw('', 500), raw('', 503), json(status)]);
      expect(await client.getStatus({})).to.deep.equal(status);
      expect(requests).to.have.length(3);
    });

    for (const [what, answer] of [
      ['401', errorBody('unauthorized', {}, 401)],
      ['an off-contract answer', json({})],
    ] as const) {
      it(`does not retry getStatus after ${what}`, async () => {
        const { client, requests } = clientWith([answer, json(status)]);
        await rejection(client.getStatus({}));
        expect(requests).to.have.length(1);
      });
    }

    it('does not retry getStatus after a timeout', async () => {
      const { client, requests } = clientWith([hang, json(status)], { timeoutMs: 30 });
      expect((await rejection(client.getStatus({}))).code).to.equal('timeout');
      expect(requests).to.have.length(1);
    });

    it('stops retrying at once when aborted during the pause', async () => {
      const { client, requests } = clientWith([offline, json(status)]);
      const controller = new AbortController();
      const call = client.getStatus({}, { signal: controller.signal });
      await new Promise((resolve) => setTimeout(resolve, 20));
      controller.abort();
      expect((await rejection(call)).name).to.equal('AbortError');
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(requests).to.have.length(1);
    });

    for (const [what, answer] of [
      ['a network error', offline],
      ['a 500', raw('', 500)],
    ] as const) {
      it(`never retries a POST after ${what}`, async () => {
        const { client, requests } = clientWith([answer, json({ removed: true })]);
        await rejection(client.removeDevice({}));
        expect(requests).to.have.length(1);
      });
    }
  });
});
