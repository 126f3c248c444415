/**
 * The HTTP client's sending and checking (see http-client.ts), loaded on its first call: every
 * request checked before it is sent and every answer before it is returned.
 */
import {
  errorCodeByStatus,
  isServerErrorCode,
  operations,
  type OperationName,
} from './contract.js';
import { RecoveryError } from './client.js';
import type { ClientState, HttpClientOptions } from './http-client.js';
import type * as Checks from './validation.js';

/** Only `getStatus` is retried on its own: twice at most, after these pauses. */
const statusRetryDelaysMs = [300, 900];

export async function send(
  state: ClientState,
  checks: typeof Checks,
  name: OperationName,
  body: unknown,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  signal?.throwIfAborted();
  const { method } = operations[name];
  const checked = checks.checkRequest(name, body ?? {});
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
      if (method !== 'GET') init.body = JSON.stringify(checked);
      return await attemptOnce(state, checks, name, url, init, signal);
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
  checks: typeof Checks,
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
    return interpret(checks, name, response, text, () =>
      warnOnce(warned, init.method!, url, response),
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The answer's data, or the `RecoveryError` it stands for; `noJson` hears of an error answer without JSON. */
function interpret(
  checks: typeof Checks,
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
    return checks.checkResponse(name, json);
  }
  if (json === undefined) noJson();
  const error = checks.errorOf(json);
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
