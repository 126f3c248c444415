/**
 * `createHttpClient(options)`: the contract over `fetch`. Every request is checked before it
 * is sent and every answer before it is returned, and every way a call can fail ends as a
 * `RecoveryError` with a code the elements know how to explain.
 *
 * The sending and the checking (http-transport.ts, with zod and the schemas) load on the first
 * call, before its request goes: the drop-in fetches them as a chunk of their own, so a page
 * pays for them only once it talks to the backend, and never uses an answer unchecked.
 */
import { markValidated, RecoveryError, type CallOptions, type RecoveryClient } from './client.js';
import { operationNames, type OperationName } from './operation-names.js';
import type * as Checks from './validation.js';

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

/** What one client keeps between calls. */
export interface ClientState {
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
      async (body: unknown, callOptions?: CallOptions) => {
        const { send, checks } = await loadTransport();
        return send(state, checks, name, body, callOptions?.signal);
      },
    ]),
  ) as unknown as RecoveryClient;
  client.now = state.clock.now;
  return markValidated(client);
}

type Transport = typeof import('./http-transport.js') & { checks: typeof Checks };
let transport: Promise<Transport> | undefined;

/** The sending and checking, loaded once; a failed load is a network fault, tried again next call. */
async function loadTransport(): Promise<Transport> {
  try {
    return await (transport ??= Promise.all([
      import('./http-transport.js'),
      import('./validation.js'),
    ]).then(([module, checks]) => ({ ...module, checks })));
  } catch (cause) {
    transport = undefined;
    throw new RecoveryError('network', { message: 'The client could not load its checks.', cause });
  }
}

/** The backend's time, from the `Date` header of its answers: a device's clock can be minutes out. */
export class ServerClock {
  private skewMs = 0;

  readonly now = () => Date.now() + this.skewMs;

  note(dateHeader: string | null): void {
    const server = dateHeader ? Date.parse(dateHeader) : Number.NaN;
    if (Number.isNaN(server)) return; // no header (or, cross-origin, not exposed): trust the device
    const skew = server + 500 - Date.now(); // the header has whole seconds: take the middle of one
    this.skewMs = Math.abs(skew) < 2000 ? 0 : skew; // closer than that, a Date header cannot tell
  }
}
