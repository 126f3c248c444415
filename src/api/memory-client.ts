/**
 * `createMemoryClient(scenario)`: the reference backend's rules running in the page, for
 * Storybook, tests and trying the elements without a server. Codes it "sends" are in its
 * outbox; its clock can be moved; any operation can be made to fail.
 */
import { createReferenceBackend } from '../reference/backend.js';
import { adjustableClock } from '../reference/clock.js';
import type { DemoAccountName, DevTotp } from '../reference/dev-api.js';
import type { Limits } from '../reference/limits.js';
import type { AdminReset, OutboxMessage } from '../reference/state.js';
import {
  RecoveryError,
  withValidation,
  type CallOptions,
  type RecoveryClient,
  type RecoveryErrorCode,
} from './client.js';
import { operationNames, type OperationName, type Status } from './contract.js';

/** An error code (a server's, or `network`, `timeout`, `bad_response`), or one with details. */
export type Fault =
  | RecoveryErrorCode
  | {
      code: RecoveryErrorCode;
      times?: number;
      attemptsRemaining?: number;
      retryAfterSeconds?: number;
    };

export interface MemoryScenario {
  /** The demo account to start as. Default `email-backup`. */
  account?: DemoAccountName;
  /** How long every answer takes, in ms. Default 0. */
  latencyMs?: number;
  /** Require step-up ("Verify it's you") whatever the account. */
  stepUpRequired?: boolean;
  /** Operations that fail, and how; `times` fails only the first calls. */
  faults?: Partial<Record<OperationName, Fault>>;
  /** Where signing in with a recovery key sends the user. Default null: stay on the page. */
  redirectUrl?: string | null;
  /** The site named in messages and by the authenticator app. */
  siteName?: string;
  /** Any number of the rules (code expiry, attempts, send throttle…), each at least 1. */
  limits?: Partial<Limits>;
}

export interface MemoryClient extends RecoveryClient {
  /** Makes `operation` fail from now on, or (null) work again. */
  setFault(operation: OperationName, fault: Fault | null): void;
  /** How long every answer takes from now on, in ms. */
  setLatency(ms: number): void;
  /** Everything sent, newest last. */
  outbox(): Promise<OutboxMessage[]>;
  /** The code in the newest message that has one. */
  lastCode(): Promise<string | null>;
  /** The demo account's current authenticator code, and that of a pending enrolment. */
  totp(): Promise<DevTotp>;
  advanceClock(seconds: number): Promise<{ now: string }>;
  /** Starts over as `account` (default: the scenario's). */
  reset(account?: DemoAccountName, options?: { stepUpRequired?: boolean }): Promise<Status>;
  /** Every admin reset, newest last: `{ userId, by, reason, resetAt }`. */
  adminLog(): Promise<AdminReset[]>;
  /**
   * A client on the same backend signed in as `userId` (`grace@example.com` is an admin). It
   * shares everything else with this one: state, clock, outbox, faults and latency.
   */
  as(userId: string): MemoryClient;
}

export function createMemoryClient(scenario: MemoryScenario = {}): MemoryClient {
  const clock = adjustableClock();
  const backend = createReferenceBackend({
    clock,
    account: scenario.account,
    stepUpRequired: scenario.stepUpRequired,
    limits: scenario.limits,
    site: {
      name: scenario.siteName,
      origin: globalThis.location?.origin.startsWith('http')
        ? globalThis.location.origin
        : undefined,
      redirectUrl: scenario.redirectUrl ?? null,
    },
  });
  const faults = new Map<OperationName, Exclude<Fault, string>>();
  const setFault = (operation: OperationName, fault: Fault | null) => {
    if (fault === null) faults.delete(operation);
    else faults.set(operation, typeof fault === 'string' ? { code: fault } : { ...fault });
  };
  for (const [operation, fault] of Object.entries(scenario.faults ?? {}))
    setFault(operation as OperationName, fault);

  /** The fault `operation` should fail with this time, if any. */
  function takeFault(operation: OperationName) {
    const fault = faults.get(operation);
    if (fault?.times !== undefined && --fault.times <= 0) faults.delete(operation);
    return fault;
  }

  let latencyMs = scenario.latencyMs ?? 0;

  async function call(
    userId: string | undefined,
    operation: OperationName,
    body: unknown,
    options?: CallOptions,
  ): Promise<unknown> {
    await pause(latencyMs, options?.signal);
    const fault = takeFault(operation);
    if (fault?.code === 'bad_response') return { offContract: true }; // validation turns it into bad_response
    if (fault) throw new RecoveryError(fault.code, fault);
    const result = await backend.call(operation, body, { userId });
    options?.signal?.throwIfAborted(); // an answer after an abort is ignored
    return result;
  }

  /** The client of one signed-in user (undefined: the demo account). */
  function clientAs(userId: string | undefined): MemoryClient {
    const operations = Object.fromEntries(
      operationNames.map((name) => [
        name,
        (body: unknown, options?: CallOptions) => call(userId, name, body, options),
      ]),
    ) as unknown as RecoveryClient;
    operations.now = () => clock.now(); // so the elements' countdowns follow a moved clock too
    return Object.assign(withValidation(operations), {
      setFault,
      setLatency: (ms: number) => void (latencyMs = ms),
      outbox: () => backend.outbox(),
      lastCode: async () =>
        (await backend.outbox()).findLast((message) => message.code !== null)?.code ?? null,
      totp: () => backend.totp(),
      advanceClock: (seconds: number) => backend.advanceClock(seconds),
      reset: (
        account = scenario.account ?? 'email-backup',
        options = { stepUpRequired: scenario.stepUpRequired },
      ) => backend.reset(account, options),
      adminLog: () => backend.adminLog(),
      as: clientAs,
    });
  }

  return clientAs(undefined);
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
