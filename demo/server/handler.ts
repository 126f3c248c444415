/**
 * The reference backend over HTTP: a thin Node adapter that checks every body against the
 * contract (malformed JSON or a wrong shape → 400 `invalid_request`, never a crash) and serves
 * the development endpoints. Mounted in Vite's dev server, in the test runner, and alone.
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
import type { ReferenceBackend } from '../../src/reference/backend.js';
import type { Site } from '../../src/reference/context.js';
import {
  demoSessionHeader,
  demoSessionPattern,
  demoUserHeader,
  devEndpoints,
  type DevEndpoint,
} from '../../src/reference/dev-api.js';
import { createSessions } from './sessions.js';

export interface ReferenceHandlerOptions {
  /** Where the operations are served. Default `/api/2fa`. */
  basePath?: string;
  /** Where links and redirects point; the origin defaults to the request's. */
  site?: Partial<Site>;
  /** Lets a page on this origin call the backend with credentials (CORS). */
  allowOrigin?: string;
  /** Prints one line per request (never a body). */
  log?: (line: string) => void;
}

/** Handles the request if it is for the backend (true), else leaves it alone (false). */
export type ReferenceHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

const maxBodyBytes = 64 * 1024;

type Route = { kind: 'operation'; name: OperationName } | { kind: 'dev'; name: DevEndpoint };
const routes = new Map<string, { method: string; route: Route }>([
  ...operationNames.map(
    (name) =>
      [
        operations[name].path,
        { method: operations[name].method, route: { kind: 'operation', name } as Route },
      ] as const,
  ),
  ...(Object.keys(devEndpoints) as DevEndpoint[]).map(
    (name) =>
      [
        devEndpoints[name].path,
        { method: devEndpoints[name].method, route: { kind: 'dev', name } as Route },
      ] as const,
  ),
]);

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

export function createReferenceHandler(options: ReferenceHandlerOptions = {}): ReferenceHandler {
  const basePath = (options.basePath ?? '/api/2fa').replace(/\/+$/, '');
  const sessions = createSessions({ site: options.site });

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
      const backend = sessions.get(sessionOf(req));
      const body = entry.method === 'POST' ? await readJson(req) : {};
      const answer =
        entry.route.kind === 'operation'
          ? await backend.call(entry.route.name, body, {
              userId: userOf(req),
              site: { origin: originOf(req) },
            })
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
  if (!parsed.success)
    throw new HttpProblem(
      400,
      'invalid_request',
      `Off-contract body for ${devEndpoints[name].path}.`,
    );
  return devActions[name](backend, parsed.data as never);
}

function sessionOf(req: IncomingMessage): string {
  const value = req.headers[demoSessionHeader.toLowerCase()];
  if (value === undefined) return '';
  if (typeof value !== 'string' || !demoSessionPattern.test(value)) {
    throw new HttpProblem(
      400,
      'invalid_request',
      `${demoSessionHeader} must be 1 to 64 letters, digits, - or _.`,
    );
  }
  return value;
}

/** The signed-in user a request names, if it names one. */
function userOf(req: IncomingMessage): string | undefined {
  const value = req.headers[demoUserHeader.toLowerCase()];
  return typeof value === 'string' ? value : undefined;
}

function originOf(req: IncomingMessage): string {
  const secure = (req.socket as { encrypted?: boolean }).encrypted;
  return `${secure ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes)
      throw new HttpProblem(413, 'invalid_request', 'The body is too large.');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpProblem(400, 'invalid_request', 'The body is not JSON.');
  }
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
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
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
