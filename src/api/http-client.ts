/**
 * `createHttpClient(options)`: the contract over `fetch`. Every request is checked before it
 * is sent and every answer before it is returned, and every way a call can fail ends as a
 * `RecoveryError` with a code the elements know how to explain.
 */
import {
  ErrorBody,
  errorCodeByStatus,
  isServerErrorCode,
  operationNames,
  operations,
  type OperationName,
} from './contract.js';
import {
  describeIssues,
  markValidated,
  RecoveryError,
  type CallOptions,
  type RecoveryClient,
} from './client.js';

export type HeadersSource = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export interface HttpClientOptions {
  /** Prefix of every default path, e.g. `/api/2fa` or `https://auth.example.com/2fa`. */
  baseUrl?: string;
  /** Per-operation path (appended to `baseUrl`) or absolute URL, replacing the default path. */
  endpoints?: Partial<Record<OperationName, string>>;
  /** Extra request headers, or a function (possibly async) called for every request. */
  headers?: HeadersSource;
  /** `fetch`'s credentials mode; `"include"` for a backend on another origin. Default `"same-origin"`. */
  credentials?: RequestCredentials;
  /** How long a request may take, from sending to the last byte of the answer. Default 15000. */
  timeoutMs?: number;
  /** A `fetch` of your own; by default the global one, looked up at call time. */
  fetch?: typeof fetch;
}

/** Only `getStatus` is retried on its own: twice at most, after these pauses. */
const statusRetryDelaysMs = [300, 900];

/** What one client keeps between calls. */
interface ClientState {
  options: HttpClientOptions;
  clock: ServerClock;
  /** The URLs already warned about: a misconfigured base URL is said once, not per call. */
  warned: Set<string>;
}

export function createHttpClient(options: HttpClientOptions = {}): RecoveryClient {
  const state: ClientState = { options, clock: new ServerClock(), warned: new Set() };
  const client = Object.fromEntries(
    operationNames.map((name) => [
      name,
      (body: unknown, callOptions?: CallOptions) => send(state, name, body, callOptions?.signal),
    ]),
  ) as unknown as RecoveryClient;
  client.now = state.clock.now;
  return markValidated(client);
}

/** The backend's time, from the `Date` header of its answers: a device's clock can be minutes out. */
class ServerClock {
  private skewMs = 0;

  readonly now = () => Date.now() + this.skewMs;

  note(dateHeader: string | null): void {
    const server = dateHeader ? Date.parse(dateHeader) : Number.NaN;
    if (Number.isNaN(server)) return; // no header (or, cross-origin, not exposed): trust the device
    const skew = server + 500 - Date.now(); // the header has whole seconds: take the middle of one
    this.skewMs = Math.abs(skew) < 2000 ? 0 : skew; // closer than that, a Date header cannot tell
  }
}

async function send(
  state: ClientState,
  name: OperationName,
  body: unknown,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  signal?.throwIfAborted();
  const { method, request } = operations[name];
  const parsed = request.safeParse(body ?? {});
  if (!parsed.success) {
    throw new RecoveryError('invalid_request', {
      message: `${name} was called with an off-contract body: ${describeIssues(parsed.error.issues)}`,
    });
  }
  const { options } = state;
  const url = urlOf(options, name);
  const retryDelays = name === 'getStatus' ? statusRetryDelaysMs : [];
  for (let attempt = 0; ; attempt++) {
    try {
      const init: RequestInit = {
        method,
        headers: await headersFor(options, method),
        credentials: options.credentials ?? 'same-origin',
        cache: 'no-store',
      };
      if (method !== 'GET') init.body = JSON.stringify(parsed.data);
      return await attemptOnce(state, name, url, init, signal);
    } catch (error) {
      const retryable =
        error instanceof RecoveryError && (error.code === 'network' || error.code === 'server');
      if (!retryable || attempt >= retryDelays.length) throw error;
      await sleep(retryDelays[attempt]!, signal);
    }
  }
}

function urlOf(options: HttpClientOptions, name: OperationName): string {
  const path = options.endpoints?.[name] ?? operations[name].path;
  if (/^([a-z][a-z\d+.-]*:|\/\/)/i.test(path)) return path;
  const base = (options.baseUrl ?? '').replace(/\/+$/, '');
  return `${base}${path.startsWith('/') ? '' : '/'}${path}`;
}

async function headersFor(options: HttpClientOptions, method: string): Promise<Headers> {
  const headers = new Headers({ Accept: 'application/json' });
  if (method !== 'GET') headers.set('Content-Type', 'application/json');
  let extra: HeadersInit | undefined;
  try {
    extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
  } catch (cause) {
    throw new RecoveryError('network', { message: 'The headers option failed.', cause });
  }
  new Headers(extra).forEach((value, key) => headers.set(key, value));
  return headers;
}

/** One request and its answer, within the timeout, given up at once when `signal` aborts. */
async function attemptOnce(
  { options, clock, warned }: ClientState,
  name: OperationName,
  url: string,
  init: RequestInit,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  const controller = new AbortController();
  const timeout = new RecoveryError('timeout');
  const timer = setTimeout(() => controller.abort(timeout), options.timeoutMs ?? 15_000);
  const onAbort = () => controller.abort(signal!.reason);
  signal?.addEventListener('abort', onAbort);
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason));
  });
  aborted.catch(() => {});
  // Racing the abort as well means a custom `fetch` that ignores its signal cannot hold us up.
  const settle = <T>(work: Promise<T>) =>
    Promise.race([work, aborted]).catch((cause: unknown) => {
      throw controller.signal.aborted
        ? controller.signal.reason
        : new RecoveryError('network', { cause });
    });
  try {
    const doFetch = options.fetch ?? globalThis.fetch;
    const response = await settle(doFetch(url, { ...init, signal: controller.signal }));
    clock.note(response.headers.get('Date'));
    const text = await settle(response.text());
    return interpret(name, response, text, () => warnOnce(warned, init.method!, url, response));
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The answer's data, or the `RecoveryError` it stands for; `noJson` hears of an error answer without JSON. */
function interpret(
  name: OperationName,
  response: Response,
  text: string,
  noJson: () => void,
): unknown {
  const json = parseJson(text);
  if (response.ok) {
    if (json === undefined) {
      throw new RecoveryError('bad_response', {
        message: `${name} answered ${response.status} without JSON.`,
      });
    }
    const parsed = operations[name].response.safeParse(json);
    if (!parsed.success) {
      throw new RecoveryError('bad_response', {
        message: `${name} answered off-contract: ${describeIssues(parsed.error.issues)}`,
      });
    }
    return parsed.data;
  }
  if (json === undefined) noJson();
  const body = ErrorBody.safeParse(json);
  const error = body.success ? body.data.error : undefined;
  const details = {
    message: error?.message ?? `${name} answered ${response.status}.`,
    attemptsRemaining: error?.attemptsRemaining,
    retryAfterSeconds: error?.retryAfterSeconds ?? retryAfterHeader(response.headers),
  };
  if (response.status >= 500) {
    throw new RecoveryError(
      error && isServerErrorCode(error.code) ? error.code : 'server',
      details,
    );
  }
  // No JSON at all (an HTML 404 page of a host with nothing at that path): not the backend's word.
  if (json === undefined && response.status !== 429)
    throw new RecoveryError('bad_response', details);
  throw new RecoveryError(
    error?.code ?? errorCodeByStatus[response.status] ?? 'bad_response',
    details,
  );
}

/** Tells the developer, once per client and URL, that an error answer was not the contract's JSON. */
function warnOnce(warned: Set<string>, method: string, url: string, response: Response): void {
  if (warned.has(url)) return;
  warned.add(url);
  console.warn(
    `two-factor-recovery: ${method} ${url} answered ${response.status} without a JSON body. ` +
      'Is the base URL (api-base) right, and does the backend follow the contract?',
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `Retry-After` in seconds, from either of its forms (a number of seconds or an HTTP date). */
function retryAfterHeader(headers: Headers): number | undefined {
  const value = headers.get('Retry-After')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
