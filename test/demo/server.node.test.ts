import assert from 'node:assert/strict';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
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

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  code?: string;
  body: unknown;
}

/** A request with headers fetch will not send as given (Host), or a body of any type. */
function send(
  base: string,
  path: string,
  {
    method = 'POST',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        const json = text ? (JSON.parse(text) as { error?: { code: string } }) : undefined;
        resolve({
          status: res.statusCode!,
          headers: res.headers,
          code: json?.error?.code,
          body: json,
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const json = { 'Content-Type': 'application/json' };
/** Each header the development store and user come from. */
const demoHeaders: Record<string, string>[] = [
  { 'X-Demo-Session': 'a' },
  { 'X-Demo-User': 'grace@example.com' },
];
const get = (base: string, path: string, headers: Record<string, string> = {}) =>
  send(base, path, { method: 'GET', headers });

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

  it('answers 413 to a body that is too large, and closes the connection', async () => {
    const response = await post('/step-up', { code: '1'.repeat(70_000) });
    assert.equal(response.headers.get('Connection'), 'close');
    await expectProblem(response, 413, 'invalid_request');
  });

  it('answers 20 bodies of 1 MiB with 20 answers of 413, in a row and at once', async () => {
    const mebibyte = JSON.stringify({ code: '1'.repeat(1024 * 1024 - 11) });
    assert.equal(Buffer.byteLength(mebibyte), 1024 * 1024);
    const oversized = () => post('/step-up', mebibyte);
    for (let i = 0; i < 20; i++) assert.equal((await oversized()).status, 413);
    const parallel = await Promise.all(Array.from({ length: 20 }, oversized));
    assert.deepEqual(
      parallel.map((response) => response.status),
      Array(20).fill(413),
    );
    assert.equal((await fetch(`${base}/status`)).status, 200);
  });

  for (const contentType of [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonp',
    '',
  ]) {
    it(`answers 415 to a POST of ${contentType || 'no content type'}, as a form on another site would send`, async () => {
      const answer = await send(base, '/recovery/challenge', {
        headers: contentType ? { 'Content-Type': contentType } : {},
        body: '{}',
      });
      assert.equal(answer.status, 415);
      assert.equal(answer.code, 'invalid_request');
    });
  }

  it('takes application/json with parameters', async () => {
    assert.equal((await get(base, '/status')).status, 200);
    const posted = await send(base, '/step-up/challenge', {
      headers: { 'Content-Type': 'Application/JSON; charset=utf-8' },
      body: '{}',
    });
    assert.equal(posted.status, 200);
  });

  it("checks in the contract's order: path, method, host, content type, size, body, who, rules", async () => {
    const evil = { Host: 'evil.example' };
    const text = { 'Content-Type': 'text/plain' };
    const big = 'x'.repeat(70_000);
    const nobody = { 'X-Demo-User': 'nobody@example.com' };
    const checks: [string, Parameters<typeof send>[2], number][] = [
      ['/nothing', { headers: { ...evil, ...text }, body: big }, 404],
      ['/status', { headers: { ...evil, ...text }, body: big }, 405],
      ['/__dev/reset', { headers: { ...evil, ...text }, body: big }, 400],
      ['/admin/reset', { headers: { ...text, ...nobody }, body: big }, 415],
      ['/admin/reset', { headers: { ...json, ...nobody }, body: big }, 413],
      ['/admin/reset', { headers: { ...json, ...nobody }, body: '{"userId":1}' }, 400],
      [
        '/admin/reset',
        { headers: { ...json, ...nobody }, body: '{"userId":"x","reason":"y"}' },
        401,
      ],
      ['/admin/reset', { headers: json, body: '{"userId":"nobody","reason":"y"}' }, 403],
    ];
    for (const [path, options, status] of checks)
      assert.equal((await send(base, path, options)).status, status, `${path} ${status}`);
  });

  it('honours the development endpoints and headers only for localhost and the configured origin', async () => {
    for (const host of [
      'evil.example',
      'evil.example:80',
      'localhost.evil.example',
      'evil@localhost',
    ]) {
      const headers = { Host: host };
      assert.equal((await get(base, '/__dev/outbox', headers)).status, 400, host);
      for (const demo of demoHeaders)
        assert.equal((await get(base, '/status', { ...headers, ...demo })).status, 400, host);
      assert.equal((await get(base, '/status', headers)).status, 200, host);
    }
    for (const host of ['localhost', 'LOCALHOST:8080', '127.0.0.1:1', '[::1]:443'])
      assert.equal((await get(base, '/__dev/outbox', { Host: host })).status, 200, host);
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

  it("sends the store's time as the Date header, so it follows a moved clock", async () => {
    const session = { 'X-Demo-Session': 'date' };
    await post('/__dev/reset', { account: 'email-backup' }, session);
    await post('/__dev/clock', { advanceSeconds: 3600 }, session);
    const date = Date.parse(
      (await fetch(`${base}/status`, { headers: session })).headers.get('Date')!,
    );
    assert.ok(Math.abs(date - (Date.now() + 3600_000)) < 5000, new Date(date).toISOString());
    await post('/__dev/reset', { account: 'email-backup' }, session);
    const reset = Date.parse(
      (await fetch(`${base}/status`, { headers: session })).headers.get('Date')!,
    );
    assert.ok(Math.abs(reset - Date.now()) < 5000);
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

  it('answers the pre-flight and lets the page read Retry-After and Date, with credentials', async () => {
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
    assert.equal(answer.headers.get('Access-Control-Expose-Headers'), 'Retry-After, Date');
    assert.match(
      preflight.headers.get('Access-Control-Allow-Headers') ?? '',
      /X-Demo-Session, X-Demo-User/,
    );
  });
});

describe('npm run server: the reference backend alone', () => {
  /** Runs `npm run server` with `args` while `use` is given its URL. */
  async function withServer(args: string[], use: (url: string) => Promise<void>) {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['--import', 'tsx', 'demo/server/main.ts', ...args], {
      env: { ...process.env, PORT: '0', NODE_ENV: '' },
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
      await use(url);
    } finally {
      child.kill();
    }
  }

  it('prints its URL and answers there, development endpoints included', async () => {
    await withServer([], async (url) => {
      const status = (await (await fetch(`${url}/status`)).json()) as { primary: { type: string } };
      assert.equal(status.primary.type, 'totp');
      assert.equal((await fetch(`${url}/__dev/outbox`)).status, 200);
    });
  });

  it('with --production, serves no development endpoints', async () => {
    await withServer(['--production'], async (url) => {
      assert.equal((await fetch(`${url}/status`)).status, 200);
      assert.equal((await fetch(`${url}/__dev/outbox`)).status, 404);
      const session = await fetch(`${url}/status`, { headers: { 'X-Demo-Session': 'a' } });
      assert.equal(session.status, 400);
    });
  });
});

describe('the origin in messages: configured, never the Host header', () => {
  for (const [what, options, origin] of [
    ['a configured origin', { origin: 'https://app.example.test' }, 'https://app.example.test'],
    ['the origin listened on', {}, undefined],
  ] as const) {
    it(`links to and binds SMS codes to ${what}`, async () => {
      const { server, base } = await listen(options);
      try {
        const expected = origin ?? `http://localhost:${new URL(base).port}`;
        const evil = { ...json, Host: 'evil.example' };
        const dev = { ...json, Host: origin ? new URL(origin).host : 'localhost' };
        await send(base, '/__dev/reset', { headers: dev, body: '{"account":"phone-backup"}' });
        const challenge = (await send(base, '/recovery/challenge', { headers: evil, body: '{}' }))
          .body as {
          challengeId: string;
        };
        const outbox = async () =>
          (await get(base, '/__dev/outbox', dev)).body as {
            code: string | null;
            text: string;
          }[];
        const [sms] = await outbox();
        assert.ok(sms!.text.endsWith(`@${new URL(expected).hostname} #${sms!.code}`), sms!.text);
        const verified = await send(base, '/recovery/verify', {
          headers: evil,
          body: JSON.stringify({ challengeId: challenge.challengeId, code: sms!.code }),
        });
        const { recoveryToken } = verified.body as { recoveryToken: string };
        await send(base, '/recovery/setup-email', {
          headers: evil,
          body: JSON.stringify({ recoveryToken }),
        });
        const setupEmail = (await outbox()).at(-1)!;
        assert.ok(setupEmail.text.includes(`${expected}/setup.html`), setupEmail.text);
        assert.ok(!JSON.stringify(await outbox()).includes('evil'));
      } finally {
        server.close();
      }
    });
  }
});

describe('the reference backend started for production', () => {
  let server: Server;
  let base: string;
  before(async () => ({ server, base } = await listen({ production: true })));
  after(() => server.close());

  it('serves no development endpoints', async () => {
    for (const path of ['/__dev/outbox', '/__dev/totp', '/__dev/admin-log'])
      assert.equal((await get(base, path)).status, 404, path);
    const reset = await send(base, '/__dev/reset', {
      headers: json,
      body: '{"account":"no-backup"}',
    });
    assert.equal(reset.status, 404);
  });

  it('answers 400 to X-Demo-Session and X-Demo-User, even from localhost', async () => {
    for (const demo of demoHeaders) {
      const answer = await get(base, '/status', { ...demo, Host: 'localhost' });
      assert.equal(answer.status, 400);
      assert.equal(answer.code, 'invalid_request');
    }
    assert.equal((await get(base, '/status')).status, 200);
  });
});
