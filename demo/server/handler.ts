/**
 * The reference backend over HTTP: a thin Node adapter that checks every request in the
 * contract's order (unknown path 404, wrong method 405, host of a development request 400,
 * content type 415, size 413, body 400; then the backend: who is asking, then the rules) and
 * serves the development endpoints. Mounted in Vite's dev server, in the test runner, and alone.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRecoveryError } from '../../src/api/client.js';
import {
  operationNames,
  operations,
  serverErrorStatus,
  type OperationName,
} from '../../src/api/contract.js';
import type * as z from 'zod/mini';
import type { Caller, ReferenceBackend, ReferenceOptions } from '../../src/reference/backend.js';
import type { Site } from '../../src/reference/context.js';
import {
  demoSessionHeader,
  demoSessionPattern,
  demoUserHeader,
  devEndpoints,
  type DevEndpoint,
} from '../../src/reference/dev-api.js';
import type { Limits } from '../../src/reference/limits.js';
import { createSessions } from './sessions.js';

export interface ReferenceHandlerOptions {
  /** Where the operations are served. Default `/api/2fa`. */
  basePath?: string;
  /**
   * The site's origin: where links in messages point and whose host SMS codes are bound to
   * (WebOTP); the development endpoints also answer for its host. Never read from a request.
   * Default: `http://localhost` on the port the request came in on, i.e. the one listened on.
   */
  origin?: string;
  /** The site's name, setup page and redirect (its origin is `origin`). */
  site?: Partial<Omit<Site, 'origin'>>;
  /** Lets a page on this origin call the backend with credentials (CORS). */
  allowOrigin?: string;
  /**
   * Started for production: no development endpoints, `X-Demo-Session` and `X-Demo-User`
   * refused, and sends also throttled per client address (the socket's).
   */
  production?: boolean;
  /** The numbers of the rules (the reference backend's `limits`), each at least 1. */
  limits?: Partial<Limits>;
  /** Prints one line per request (never a body). */
  log?: (line: string) => void;
  /**
   * Makes each store's backend (default `createReferenceBackend`): the conformance tests wrap
   * it to break a rule on purpose.
   */
  createBackend?: (options: ReferenceOptions) => ReferenceBackend;
}

/** Handles the request if it is for the backend (true), else leaves it alone (false). */
export type ReferenceHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** The largest body taken; a larger one, up to the second size, is read and dropped before the 413. */
const maxBodyBytes = 64 * 1024;
const maxDiscardBytes = 1024 * 1024;

/** The hosts the development endpoints and headers answer for, besides the configured origin's (any port). */
const loopbackHosts = ['localhost', '127.0.0.1', '[::1]'];

type Route = { kind: 'operation'; name: OperationName } | { kind: 'dev'; name: DevEndpoint };
const route = (method: string, path: string, to: Route) => [path, { method, route: to }] as const;
const operationRoutes = operationNames.map((name) =>
  route(operations[name].method, operations[name].path, { kind: 'operation', name }),
);
const devRoutes = (Object.keys(devEndpoints) as DevEndpoint[]).map((name) =>
  route(devEndpoints[name].method, devEndpoints[name].path, { kind: 'dev', name }),
);

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const invalid = (message: string) => new HttpProblem(400, 'invalid_request', message);

export function createReferenceHandler(options: ReferenceHandlerOptions = {}): ReferenceHandler {
  const basePath = (options.basePath ?? '/api/2fa').replace(/\/+$/, '');
  const production = options.production ?? false;
  const routes = new Map(production ? operationRoutes : [...operationRoutes, ...devRoutes]);
  let sessions: ReturnType<typeof createSessions> | undefined;
  let devHosts: string[] = [];

  /** The stores, made on the first request, once the origin listened on is known if none is configured. */
  function sessionsFor(req: IncomingMessage) {
    if (!sessions) {
      const origin = new URL(options.origin ?? `http://localhost:${req.socket.localPort}`).origin;
      devHosts = [...loopbackHosts, new URL(origin).hostname];
      sessions = createSessions(
        { site: { ...options.site, origin }, limits: options.limits },
        undefined,
        options.createBackend,
      );
    }
    return sessions;
  }

  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(`${basePath}/`)) return false;
    const path = url.pathname.slice(basePath.length);
    const started = Date.now();
    if (options.allowOrigin) allowCors(res, options.allowOrigin);
    try {
      if (req.method === 'OPTIONS' && options.allowOrigin) return end(res, 204, undefined);
      const entry = routes.get(path);
      if (!entry) throw new HttpProblem(404, 'not_found', `No operation at ${path}.`);
      if (req.method !== entry.method) {
        throw new HttpProblem(405, 'invalid_request', `${path} takes ${entry.method}.`, {
          Allow: entry.method,
        });
      }
      const stores = sessionsFor(req);
      const session = demoHeader(req, demoSessionHeader);
      const userId = demoHeader(req, demoUserHeader);
      if (entry.route.kind === 'dev' || session !== undefined || userId !== undefined) {
        if (production)
          throw invalid(`${demoSessionHeader} and ${demoUserHeader} are for development.`);
        requireDevHost(req, devHosts);
      }
      if (session !== undefined && !demoSessionPattern.test(session))
        throw invalid(`${demoSessionHeader} must be 1 to 64 letters, digits, - or _.`);
      const body = entry.method === 'POST' ? await readJson(req) : {};
      const backend = stores.get(session ?? '');
      // The client's countdowns read the backend's time from this: it follows a moved clock.
      res.setHeader('Date', new Date(backend.now()).toUTCString());
      const caller: Caller = {
        userId,
        ...(production && { clientAddress: req.socket.remoteAddress ?? 'unknown' }),
      };
      const answer =
        entry.route.kind === 'operation'
          ? await backend.call(entry.route.name, body, caller)
          : await dev(backend, entry.route.name, body);
      end(res, 200, answer);
    } catch (error) {
      const problem = toProblem(error);
      end(res, problem.status, { error: problem.body }, problem.headers);
    }
    options.log?.(`${req.method} ${url.pathname} ${res.statusCode} ${Date.now() - started}ms`);
    return true;
  };
}

type DevInput<E extends DevEndpoint> = z.output<(typeof devEndpoints)[E]['request']>;
const devActions: {
  [E in DevEndpoint]: (backend: ReferenceBackend, input: DevInput<E>) => Promise<unknown>;
} = {
  outbox: (backend) => backend.outbox(),
  totp: (backend) => backend.totp(),
  reset: (backend, { account, stepUpRequired }) => backend.reset(account, { stepUpRequired }),
  clock: (backend, { advanceSeconds }) => backend.advanceClock(advanceSeconds),
  adminLog: (backend) => backend.adminLog(),
};

function dev(backend: ReferenceBackend, name: DevEndpoint, body: unknown): Promise<unknown> {
  const parsed = devEndpoints[name].request.safeParse(body);
  if (!parsed.success) throw invalid(`Off-contract body for ${devEndpoints[name].path}.`);
  return devActions[name](backend, parsed.data as never);
}

/** A development header's value, if the request has it. */
function demoHeader(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Development requests are answered only for these hosts, so a page on another site whose name
 * is made to resolve to this machine (DNS rebinding) cannot reach them.
 */
function requireDevHost(req: IncomingMessage, hosts: string[]): void {
  const hostname = /^(\[[\da-f:.]+\]|[\w.-]+)(?::\d{1,5})?$/i.exec(req.headers.host ?? '')?.[1];
  if (!hostname || !hosts.includes(hostname.toLowerCase()))
    throw invalid('The development endpoints and headers answer only on localhost.');
}

/** The body as JSON: `application/json` only (else 415, before reading), at most 64 KiB (else 413). */
async function readJson(req: IncomingMessage): Promise<unknown> {
  if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
    throw new HttpProblem(415, 'invalid_request', 'The body must be application/json.');
  }
  const text = (await readBody(req)).toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw invalid('The body is not JSON.');
  }
}

/**
 * Reads the body. One too large is read on to 1 MiB and dropped, and answered with
 * `Connection: close`: the client sees the 413 rather than a reset, and the socket ends.
 */
function readBody(req: IncomingMessage): Promise<Buffer> {
  const tooLarge = () =>
    new HttpProblem(413, 'invalid_request', 'The body is too large.', { Connection: 'close' });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
      else if (size > maxDiscardBytes) {
        req.off('data', onData).pause();
        reject(tooLarge());
      }
    };
    req.on('data', onData);
    req.once('end', () =>
      size > maxBodyBytes ? reject(tooLarge()) : resolve(Buffer.concat(chunks)),
    );
    req.once('error', reject);
  });
}

interface Problem {
  status: number;
  body: { code: string; message?: string; attemptsRemaining?: number; retryAfterSeconds?: number };
  headers: Record<string, string>;
}

function toProblem(error: unknown): Problem {
  if (error instanceof HttpProblem) {
    return {
      status: error.status,
      body: { code: error.code, message: error.message },
      headers: error.headers,
    };
  }
  if (isRecoveryError(error)) {
    const status = (serverErrorStatus as Record<string, number>)[error.code] ?? 500;
    const { code, message, attemptsRemaining, retryAfterSeconds } = error;
    return {
      status,
      body: { code, message, attemptsRemaining, retryAfterSeconds },
      headers:
        status === 429 && retryAfterSeconds !== undefined
          ? { 'Retry-After': String(retryAfterSeconds) }
          : {},
    };
  }
  console.error('The reference backend failed:', error);
  return {
    status: 500,
    body: { code: 'internal_error', message: 'The reference backend failed.' },
    headers: {},
  };
}

function allowCors(res: ServerResponse, origin: string): void {
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
  res.setHeader(
    'Access-Control-Allow-Headers',
    `Content-Type, ${demoSessionHeader}, ${demoUserHeader}`,
  );
  // Retry-After for the wait; Date for the backend's time, which the client's countdowns follow.
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After, Date');
  res.setHeader('Vary', 'Origin');
}

function end(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): true {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (body === undefined) {
    res.end();
  } else {
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify(body));
  }
  return true;
}
