import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createReferenceHandler, type ReferenceHandlerOptions } from '../../demo/server/handler.js';

/** The handler on a port of its own; requests outside it get a plain 404. */
async function listen(
  options: ReferenceHandlerOptions = {},
): Promise<{ server: Server; base: string }> {
  const handle = createReferenceHandler(options);
  const server = createServer((req, res) => {
    void handle(req, res).then((handled) => handled || res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, base: `http://127.0.0.1:${port}/api/2fa` };
}

describe('the reference backend over HTTP', () => {
  let server: Server;
  let base: string;
  before(async () => ({ server, base } = await listen()));
  after(() => server.close());

  const post = (path: string, body: string | object, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  async function expectProblem(response: Response, status: number, code: string) {
    assert.equal(response.status, status);
    assert.match(response.headers.get('Content-Type') ?? '', /^application\/json/);
    const body = (await response.json()) as { error: { code: string } };
    assert.equal(body.error.code, code);
  }

  it('answers an operation with JSON that is never cached', async () => {
    const response = await fetch(`${base}/status`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    const status = (await response.json()) as { primary: { type: string } };
    assert.equal(status.primary.type, 'totp');
  });

  it('answers 400 invalid_request to a body that is not JSON', async () => {
    await expectProblem(await post('/recovery/verify', '{"challengeId":'), 400, 'invalid_request');
  });

  for (const [what, body] of [
    ['a field of the wrong type', { challengeId: 'ch_1', code: 123456 }],
    ['a missing field', { challengeId: 'ch_1' }],
    ['an array', []],
    ['a string', '"hello"'],
    ['null', 'null'],
  ] as const) {
    it(`answers 400 invalid_request to ${what}`, async () => {
      await expectProblem(await post('/recovery/verify', body), 400, 'invalid_request');
    });
  }

  it('takes an empty body as {}', async () => {
    assert.equal((await post('/recovery/challenge', '')).status, 200);
  });

  it('answers 413 to a body that is too large', async () => {
    await expectProblem(
      await post('/step-up', { code: '1'.repeat(70_000) }),
      413,
      'invalid_request',
    );
  });

  it('answers 405, naming the method, for the wrong method', async () => {
    const response = await fetch(`${base}/recovery/verify`);
    assert.equal(response.headers.get('Allow'), 'POST');
    await expectProblem(response, 405, 'invalid_request');
  });

  it('answers 404 not_found for an unknown path, and leaves other paths alone', async () => {
    await expectProblem(await fetch(`${base}/nothing-here`), 404, 'not_found');
    assert.equal((await fetch(base.replace('/api/2fa', '/index.html'))).status, 404);
  });

  it('sends each error code with the status the contract gives it', async () => {
    const session = { 'X-Demo-Session': 'statuses' };
    await post('/__dev/reset', { account: 'no-backup' }, session);
    await expectProblem(await post('/recovery/challenge', {}, session), 409, 'no_backup_method');
    await expectProblem(
      await post('/recovery/setup-email', { recoveryToken: 'rt_x' }, session),
      401,
      'recovery_expired',
    );
    await post('/__dev/reset', { account: 'step-up' }, session);
    await expectProblem(await post('/device/remove', {}, session), 403, 'step_up_required');
    await expectProblem(
      await post('/backup-method/challenge', { type: 'phone', value: '0770' }, session),
      403,
      'step_up_required',
    );
  });

  it('signs in as X-Demo-User: only the admin may use the admin operations', async () => {
    const session = { 'X-Demo-Session': 'admins' };
    const grace = { ...session, 'X-Demo-User': 'grace@example.com' };
    await post('/__dev/reset', { account: 'email-backup' }, session);
    await expectProblem(
      await post('/admin/user', { userId: 'ada@example.com' }, session),
      403,
      'forbidden',
    );
    assert.equal((await post('/admin/user', { userId: 'ada@example.com' }, grace)).status, 200);
    await expectProblem(
      await post('/admin/user', { userId: 'ada@example.com' }, { 'X-Demo-User': 'nobody' }),
      401,
      'unauthorized',
    );
    const reset = await post(
      '/admin/reset',
      { userId: 'ada@example.com', reason: 'ID checked' },
      grace,
    );
    const { resetAt } = (await reset.json()) as { resetAt: string };
    const log = await fetch(`${base}/__dev/admin-log`, { headers: session });
    assert.deepEqual(await log.json(), [
      { userId: 'ada@example.com', by: 'grace@example.com', reason: 'ID checked', resetAt },
    ]);
  });

  it('never writes into Object.prototype, whatever id it is given', async () => {
    const grace = { 'X-Demo-User': 'grace@example.com' };
    for (const userId of ['__proto__', 'constructor', 'prototype']) {
      await expectProblem(
        await post('/admin/reset', { userId, reason: 'x' }, grace),
        404,
        'not_found',
      );
    }
    for (const challengeId of ['__proto__', 'constructor', 'valueOf']) {
      await expectProblem(
        await post('/challenges/resend', { challengeId }, grace),
        404,
        'not_found',
      );
    }
    assert.deepEqual(Object.keys(Object.prototype), []);
    assert.equal(({} as { primary?: unknown }).primary, undefined);
  });

  it('sends Retry-After with a 429', async () => {
    const session = { 'X-Demo-Session': 'retry-after' };
    const { challengeId } = (await (await post('/recovery/challenge', {}, session)).json()) as {
      challengeId: string;
    };
    const response = await post('/challenges/resend', { challengeId }, session);
    const body = (await response.json()) as { error: { code: string; retryAfterSeconds: number } };
    assert.equal(response.status, 429);
    assert.equal(body.error.code, 'rate_limited');
    assert.equal(response.headers.get('Retry-After'), String(body.error.retryAfterSeconds));
  });

  it('keeps a store per X-Demo-Session, and one for requests without it', async () => {
    const status = async (headers: Record<string, string> = {}) =>
      ((await (await fetch(`${base}/status`, { headers })).json()) as { backupMethod: unknown })
        .backupMethod;
    await post('/__dev/reset', { account: 'no-backup' }, { 'X-Demo-Session': 'a' });
    assert.equal(await status({ 'X-Demo-Session': 'a' }), null);
    assert.deepEqual(await status({ 'X-Demo-Session': 'b' }), {
      type: 'email',
      maskedValue: 'a•••@example.net',
    });
    assert.notEqual(await status(), null);
  });

  it('refuses a malformed X-Demo-Session', async () => {
    await expectProblem(
      await fetch(`${base}/status`, { headers: { 'X-Demo-Session': 'no spaces/allowed' } }),
      400,
      'invalid_request',
    );
  });

  it("checks the development endpoints' bodies too", async () => {
    await expectProblem(await post('/__dev/reset', { account: 'nobody' }), 400, 'invalid_request');
    await expectProblem(await post('/__dev/clock', { advanceSeconds: -5 }), 400, 'invalid_request');
  });

  it('keeps answering whatever it is sent', async () => {
    const junk = [
      '\u0000\u0001',
      '{"a":1}}',
      '[[[[',
      'true',
      '{"challengeId":{"$gt":""},"code":"123456"}',
      '\uffff',
    ];
    for (const path of ['/recovery/verify', '/step-up', '/admin/reset', '/__dev/reset']) {
      for (const body of junk)
        assert.equal((await post(path, body)).status, 400, `${path} ${body}`);
    }
    assert.equal((await fetch(`${base}/status`)).status, 200);
  });
});

describe('the reference backend for another origin (CORS)', () => {
  let server: Server;
  let base: string;
  before(async () => ({ server, base } = await listen({ allowOrigin: 'https://www.example.com' })));
  after(() => server.close());

  it('answers the pre-flight and lets the page read Retry-After, with credentials', async () => {
    const preflight = await fetch(`${base}/recovery/verify`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.example.com', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), 'https://www.example.com');
    assert.equal(preflight.headers.get('Access-Control-Allow-Credentials'), 'true');
    assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /Content-Type/);
    const answer = await fetch(`${base}/status`, {
      headers: { Origin: 'https://www.example.com' },
    });
    assert.equal(answer.headers.get('Access-Control-Expose-Headers'), 'Retry-After');
  });
});

describe('npm run server: the reference backend alone', () => {
  it('prints its URL and answers there', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['--import', 'tsx', 'demo/server/main.ts'], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk;
          const found = /http:\/\/localhost:\d+\/api\/2fa/.exec(out);
          if (found) resolve(found[0]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const status = (await (await fetch(`${url}/status`)).json()) as { primary: { type: string } };
      assert.equal(status.primary.type, 'totp');
    } finally {
      child.kill();
    }
  });
});
