/**
 * The conformance harness over HTTP, with `fetch` only, so it runs in Node (the command) and in
 * a browser (the tests). Every answer to an operation is checked against the contract's error
 * shape and status table on the way; the development endpoints are found by asking for them.
 */
import { RecoveryError, type RecoveryClient } from '../api/client.js';
import {
  ErrorBody,
  isServerErrorCode,
  operations,
  serverErrorStatus,
  type OperationName,
} from '../api/contract.js';
import { createHttpClient } from '../api/http-client.js';
import {
  demoSessionHeader,
  demoUserHeader,
  devEndpoints,
  type DevEndpoint,
} from '../reference/dev-api.js';
import type { Connect, DevApi, Harness, Log, Need, RawAnswer, RawRequest } from './harness.js';
import { adminId } from './rule.js';

export interface HttpHarnessOptions {
  /** Where the operations are, e.g. `https://staging.example.com/api/2fa`. */
  baseUrl: string;
  /** Headers that make a signed-in session (a cookie, a bearer token). */
  headers?: Record<string, string>;
  /** Headers that make an admin's session; without them, `X-Demo-User` where honoured. */
  adminHeaders?: Record<string, string>;
  /** Per-operation paths (appended to `baseUrl`) or absolute URLs. */
  endpoints?: Partial<Record<OperationName, string>>;
  /** Where `/__dev/*` are, if not beside the operations. */
  devBaseUrl?: string;
  /** A `fetch` that sends `Host: host` (browsers cannot), for the rule about links. */
  fetchWithHost?: (host: string) => typeof fetch;
  /** The site's origin, where the backend's links should point, if known. */
  siteOrigin?: string;
}

const timeoutMs = 15_000;
/** The statuses `invalid_request` may come with besides 400: wrong method, size, content type. */
const invalidRequestStatuses = [400, 405, 413, 415];

/** Finds what the backend serves, once; then a harness per rule, on a store of its own where it can. */
export async function connectOverHttp(options: HttpHarnessOptions): Promise<Connect> {
  const devBase = trimSlash(options.devBaseUrl ?? options.baseUrl);
  const probeSession = newSession();
  const lacks: Partial<Record<Need, string>> = {};

  const probes: Record<DevEndpoint, unknown> = {
    outbox: undefined,
    totp: undefined,
    adminLog: undefined,
    clock: { advanceSeconds: -1 },
    reset: { account: '' },
  };
  for (const [name, body] of Object.entries(probes) as [DevEndpoint, unknown][]) {
    const { method, path } = devEndpoints[name];
    const status = await statusOf(`${devBase}${path}`, {
      method,
      headers: { ...jsonHeaders(method), [demoSessionHeader]: probeSession },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    // A development endpoint answers what it is asked, or refuses the probe's off-contract body.
    const present = method === 'GET' ? status === 200 : status === 200 || status === 400;
    if (!present) lacks[name] = `needs ${method} ${path} (${answered(status)})`;
  }

  const hasSessions = !lacks.reset;
  const usersStatus = hasSessions
    ? await statusOf(urlOf(options, 'getStatus'), {
        headers: {
          ...options.headers,
          [demoSessionHeader]: probeSession,
          [demoUserHeader]: 'nobody@example.invalid',
        },
      })
    : undefined;
  if (usersStatus !== 401)
    lacks.users = `needs ${demoUserHeader} (${usersStatus === undefined ? 'untried without /__dev/reset' : `for an unknown user, ${answered(usersStatus)}`})`;
  if (!options.adminHeaders && lacks.users)
    lacks.admin = `needs --admin-header, or ${demoUserHeader} for the demo admin`;
  if (!options.fetchWithHost) lacks.host = 'needs requests with a Host header of their own (Node)';

  return (log) => harnessOf(options, devBase, hasSessions ? newSession() : undefined, lacks, log);
}

function harnessOf(
  options: HttpHarnessOptions,
  devBase: string,
  session: string | undefined,
  lacks: Partial<Record<Need, string>>,
  log: Log,
): Harness {
  const sessionHeaders: Record<string, string> = session ? { [demoSessionHeader]: session } : {};
  const userHeaders = { ...options.headers, ...sessionHeaders };
  const checked = recordingFetch(globalThis.fetch, log);
  const clientWith = (headers: Record<string, string>, fetch = checked): RecoveryClient =>
    createHttpClient({
      baseUrl: options.baseUrl,
      ...(options.endpoints && { endpoints: options.endpoints }),
      headers,
      fetch,
      timeoutMs,
    });
  const signedInAs = (userId: string) => clientWith({ ...userHeaders, [demoUserHeader]: userId });

  async function raw({ operation, method, headers, body }: RawRequest): Promise<RawAnswer> {
    const verb = method ?? operations[operation].method;
    const response = await checked(urlOf(options, operation), {
      method: verb,
      headers: { ...jsonHeaders(verb), ...userHeaders, ...headers },
      ...(body !== undefined && { body }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const json = parseJson(await response.text()) as { error?: { code?: unknown } } | undefined;
    const code = json?.error?.code;
    return { status: response.status, code: typeof code === 'string' ? code : undefined };
  }

  async function unchecked(name: OperationName, body: unknown): Promise<unknown> {
    const { method } = operations[name];
    const response = await checked(urlOf(options, name), {
      method,
      headers: { ...jsonHeaders(method), ...userHeaders },
      ...(method === 'POST' && { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const json = parseJson(await response.text());
    if (response.ok) return json;
    const error = ErrorBody.safeParse(json);
    throw new RecoveryError(error.success ? error.data.error.code : 'bad_response');
  }

  return {
    client: clientWith(userHeaders),
    unchecked,
    ...(!lacks.admin && {
      admin: options.adminHeaders
        ? clientWith({ ...sessionHeaders, ...options.adminHeaders })
        : signedInAs(adminId),
    }),
    ...(!lacks.users && { signedInAs }),
    dev: devApi(devBase, sessionHeaders, lacks, log),
    raw,
    ...(options.fetchWithHost && {
      withHost: (host: string) =>
        clientWith(userHeaders, recordingFetch(options.fetchWithHost!(host), log)),
    }),
    ...(options.siteOrigin && { siteOrigin: options.siteOrigin }),
    lacks,
  };
}

/** The development endpoints the backend serves, on the harness's store. */
function devApi(
  devBase: string,
  sessionHeaders: Record<string, string>,
  lacks: Partial<Record<Need, string>>,
  log: Log,
): Partial<DevApi> {
  const call =
    <T>(name: DevEndpoint) =>
    async (body?: object): Promise<T> => {
      const { method, path } = devEndpoints[name];
      const response = await fetch(`${devBase}${path}`, {
        method,
        headers: { ...jsonHeaders(method), ...sessionHeaders },
        ...(body && { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      log.request(`${method} ${pathOf(`${devBase}${path}`)} → ${response.status}`, true);
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
      return JSON.parse(text) as T;
    };
  const api: DevApi = {
    reset: (account, options = {}) => call<never>('reset')({ account, ...options }),
    outbox: () => call<never>('outbox')(),
    totp: () => call<never>('totp')(),
    advanceClock: (advanceSeconds) => call<never>('clock')({ advanceSeconds }),
    adminLog: () => call<never>('adminLog')(),
  };
  const names: Record<keyof DevApi, DevEndpoint> = {
    reset: 'reset',
    outbox: 'outbox',
    totp: 'totp',
    advanceClock: 'clock',
    adminLog: 'adminLog',
  };
  return Object.fromEntries(
    Object.entries(api).filter(([key]) => !lacks[names[key as keyof DevApi]]),
  );
}

/**
 * `fetch`, noting every request and its answer in `log`, and as a violation any error answer
 * that is not the contract's: a 5xx, a body without `error.code`, or a status the code does not go with.
 */
function recordingFetch(base: typeof fetch, log: Log): typeof fetch {
  return async (input, init) => {
    const method = init?.method ?? 'GET';
    const url = String(input instanceof Request ? input.url : input);
    const response = await base(input, init);
    const json = parseJson(await response.clone().text());
    const error = ErrorBody.safeParse(json);
    const code = error.success ? error.data.error.code : undefined;
    const line = `${method} ${pathOf(url)} → ${response.status}${code ? ` ${code}` : ''}`;
    log.request(line);
    if (response.ok) return response;
    if (response.status >= 500) log.violation(`${line}: the backend failed (5xx)`);
    else if (!code) log.violation(`${line}: the error body is not { "error": { "code": … } }`);
    else if (code === 'invalid_request' && invalidRequestStatuses.includes(response.status)) {
      // 405, 413 and 415 are invalid_request too
    } else if (isServerErrorCode(code) && serverErrorStatus[code] !== response.status)
      log.violation(`${line}: ${code} goes with ${serverErrorStatus[code]}`);
    return response;
  };
}

/** The status of one request, or 0 if it could not be made. */
async function statusOf(url: string, init: RequestInit): Promise<number> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.status;
  } catch {
    return 0;
  }
}

function urlOf(options: HttpHarnessOptions, name: OperationName): string {
  const path = options.endpoints?.[name] ?? operations[name].path;
  if (/^([a-z][a-z\d+.-]*:|\/\/)/i.test(path)) return path;
  return `${trimSlash(options.baseUrl)}${path.startsWith('/') ? '' : '/'}${path}`;
}

const jsonHeaders = (method: string): Record<string, string> =>
  method === 'GET'
    ? { Accept: 'application/json' }
    : { Accept: 'application/json', 'Content-Type': 'application/json' };
const answered = (status: number) => (status === 0 ? 'no answer' : `it answered ${status}`);
const trimSlash = (url: string) => url.replace(/\/+$/, '');
const newSession = () => `conformance-${crypto.randomUUID()}`;
const pathOf = (url: string) => {
  const { pathname, search } = new URL(url, globalThis.location?.href ?? 'http://localhost/');
  return `${pathname}${search}`;
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
