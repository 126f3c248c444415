/**
 * What every backend client looks like to the elements: one method per operation of the
 * contract, rejecting with a `RecoveryError`. Integrators may bring their own; `withValidation`
 * makes any client's results trustworthy before an element sees them.
 */
import type {
  ClientErrorCode,
  OperationRequest,
  OperationResponse,
  ServerErrorCode,
} from './contract.js';
import { operationNames, type OperationName } from './operation-names.js';

export interface CallOptions {
  /** Aborting rejects the call with the signal's reason and ignores any late answer. */
  signal?: AbortSignal;
}

export type RecoveryClient = {
  [N in OperationName]: (
    body: OperationRequest<N>,
    options?: CallOptions,
  ) => Promise<OperationResponse<N>>;
} & {
  /**
   * Optional: the backend's time (ms since the epoch) as best the client knows it. Countdowns
   * to a challenge's `resendAvailableAt` use it, so a wrong clock on the user's device cannot
   * skew them. Without it, the device's clock.
   */
  now?(): number;
};

/** A known code, or an unknown server code kept as the server gave it. */
export type RecoveryErrorCode = ServerErrorCode | ClientErrorCode | (string & {});

export interface RecoveryErrorDetails {
  message?: string;
  attemptsRemaining?: number;
  retryAfterSeconds?: number;
  cause?: unknown;
}

const defaultMessages: Partial<Record<RecoveryErrorCode, string>> = {
  network: 'The server could not be reached.',
  timeout: 'The server took too long to answer.',
  bad_response: 'The server answered with something the contract does not allow.',
  server: 'The server could not handle the request.',
};

/** Why an operation failed. `message` is for developers; elements show their own strings. */
export class RecoveryError extends Error {
  override name = 'RecoveryError';
  readonly code: RecoveryErrorCode;
  readonly attemptsRemaining?: number;
  readonly retryAfterSeconds?: number;

  constructor(code: RecoveryErrorCode, details: RecoveryErrorDetails = {}) {
    super(details.message ?? defaultMessages[code] ?? code, { cause: details.cause });
    this.code = code;
    if (details.attemptsRemaining !== undefined) this.attemptsRemaining = details.attemptsRemaining;
    if (details.retryAfterSeconds !== undefined) this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/**
 * True for a `RecoveryError`, also one made by another copy of the kit on the page (a drop-in
 * bundle beside an npm build), where `instanceof` would fail.
 */
export function isRecoveryError(value: unknown): value is RecoveryError {
  return (
    value instanceof RecoveryError ||
    (value instanceof Error &&
      value.name === 'RecoveryError' &&
      typeof (value as RecoveryError).code === 'string')
  );
}

export function isAbortError(value: unknown): boolean {
  return value instanceof Error && value.name === 'AbortError';
}

/** Lists where a value breaks its schema, naming fields only, never their (possibly secret) values. */
export function describeIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string {
  return issues
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

const validated = Symbol.for('two-factor-recovery.validated-client');

/** Marks a client whose results are already checked against the contract. */
export function markValidated<C extends RecoveryClient>(client: C): C {
  return Object.defineProperty(client, validated, { value: true });
}

let validation: Promise<typeof import('./validation.js')> | undefined;

/** The contract's checks, loaded once; a failed load is a network fault, tried again next call. */
async function loadValidation(): Promise<typeof import('./validation.js')> {
  try {
    return await (validation ??= import('./validation.js'));
  } catch (cause) {
    validation = undefined;
    throw new RecoveryError('network', { message: 'The client could not load its checks.', cause });
  }
}

/**
 * Starts loading the checks ahead of a first call, so that they and whatever else that call
 * waits for arrive together; a failure shows on the call itself.
 */
export function prepareChecks(): Promise<void> {
  return loadValidation().then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Wraps any client so that every result is checked against the contract once (off-contract →
 * `bad_response`) and every rejection is a `RecoveryError` (or the caller's abort reason).
 * A client that is already checked, such as `createHttpClient`'s, is returned as it is.
 * The checks load with the first call, while the client answers it.
 */
export function withValidation(client: RecoveryClient): RecoveryClient {
  if ((client as unknown as Record<symbol, unknown>)[validated]) return client;
  const checked = Object.fromEntries(
    operationNames.map((name) => [
      name,
      (body: never, options?: CallOptions) => call(client, name, body, options),
    ]),
  ) as unknown as RecoveryClient;
  if (typeof client.now === 'function') checked.now = () => client.now!();
  return markValidated(checked);
}

async function call(
  client: RecoveryClient,
  name: OperationName,
  body: never,
  options?: CallOptions,
) {
  const method = client[name] as unknown;
  if (typeof method !== 'function') {
    throw new RecoveryError('bad_response', { message: `The client has no ${name} method.` });
  }
  const checks = loadValidation();
  checks.catch(() => {}); // a failed load is thrown below, once the answer is in
  let result: unknown;
  try {
    result = await method.call(client, body, options);
  } catch (error) {
    throw toRecoveryError(error, options?.signal);
  }
  return (await checks).checkResponse(name, result);
}

/** What a custom client's rejection means to the elements. */
function toRecoveryError(error: unknown, signal?: AbortSignal): unknown {
  if (signal?.aborted) return signal.reason;
  if (isAbortError(error) || isRecoveryError(error)) return error;
  if (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string'
  ) {
    // A plain `{ code, message, … }` object from a hand-written client.
    const { code, message, attemptsRemaining, retryAfterSeconds } = error as Record<
      string,
      unknown
    >;
    return new RecoveryError(code as string, {
      ...(typeof message === 'string' && { message }),
      ...(Number.isInteger(attemptsRemaining) && {
        attemptsRemaining: attemptsRemaining as number,
      }),
      ...(Number.isInteger(retryAfterSeconds) && {
        retryAfterSeconds: retryAfterSeconds as number,
      }),
    });
  }
  return new RecoveryError('network', { cause: error });
}
