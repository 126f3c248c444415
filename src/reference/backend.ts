/**
 * The reference backend: every rule of CONTRACT.md §1 behind a store and a clock. The memory
 * client runs it in the page; demo/server runs it in Node behind HTTP. Operations on one
 * backend run one at a time, so a double click cannot race a check against its update.
 */
import { describeIssues, RecoveryError } from '../api/client.js';
import {
  operations,
  type OperationName,
  type OperationResponse,
  type Status,
} from '../api/contract.js';
import { seedWorld } from './accounts.js';
import { adminHandlers } from './admin.js';
import { authenticatorHandlers } from './authenticator.js';
import { backupMethodHandlers } from './backup-method.js';
import { resendChallenge } from './challenges.js';
import { adjustableClock, type AdjustableClock } from './clock.js';
import { fail, findUser, isoTime, type Context, type Site } from './context.js';
import type { DemoAccountName, DevTotp } from './dev-api.js';
import type { Handlers } from './handlers.js';
import { recoveryHandlers } from './recovery.js';
import { recoveryKeyHandlers } from './recovery-keys.js';
import { limitsOf, type Limits } from './limits.js';
import {
  memoryStore,
  type AdminReset,
  type OutboxMessage,
  type Store,
  type WorldState,
} from './state.js';
import { statusOf } from './status.js';
import { stepUpHandlers } from './step-up.js';
import { totpAt } from './totp.js';

const handlers: Handlers = {
  getStatus: (ctx) => statusOf(ctx.user),
  ...stepUpHandlers,
  ...backupMethodHandlers,
  resendCode: (ctx, { challengeId }) => resendChallenge(ctx, challengeId),
  ...recoveryKeyHandlers,
  ...authenticatorHandlers,
  ...recoveryHandlers,
  ...adminHandlers,
};

export interface ReferenceOptions {
  /** The demo account a new world starts as. Default `email-backup`. */
  account?: DemoAccountName;
  /** Require step-up on the starting account whatever it is. */
  stepUpRequired?: boolean;
  clock?: AdjustableClock;
  store?: Store;
  /** The site named in messages; its `origin` is where their links point and SMS codes are bound. */
  site?: Partial<Site>;
  /** Any number of the rules (CONTRACT.md §1), each at least 1: tests make them small. */
  limits?: Partial<Limits>;
}

/** Who is asking, and from where. */
export interface Caller {
  /** The signed-in user. Default: the demo account (`ada@example.com`). */
  userId?: string;
  /** The client's address: given, sends are also throttled per address (in production). */
  clientAddress?: string;
}

export interface ReferenceBackend {
  /**
   * Runs one operation as `caller`: the body is checked against the contract first (else
   * `invalid_request`), then who is asking (an unknown user is `unauthorized`), then the rules.
   */
  call<N extends OperationName>(
    name: N,
    body: unknown,
    caller?: Caller,
  ): Promise<OperationResponse<N>>;
  /** Starts over as demo account `account`: new secrets, no messages or counters, the real time. */
  reset(account: DemoAccountName, options?: { stepUpRequired?: boolean }): Promise<Status>;
  /** Everything sent, newest last. */
  outbox(): Promise<OutboxMessage[]>;
  /** Every admin reset, newest last. */
  adminLog(): Promise<AdminReset[]>;
  totp(): Promise<DevTotp>;
  /** Moves this backend's clock forward; returns the new time. */
  advanceClock(seconds: number): Promise<{ now: string }>;
  /** This backend's time, in ms: the real time, or where the clock was moved to. */
  now(): number;
}

const defaultSite: Site = {
  name: 'two-factor-recovery demo',
  origin: 'http://localhost',
  setupPath: '/setup.html',
  redirectUrl: null,
};

/** The default site, overridden by every option that has a value. */
function siteOf(override: Partial<Site> = {}): Site {
  const site = { ...defaultSite };
  for (const [key, value] of Object.entries(override))
    if (value !== undefined) Object.assign(site, { [key]: value });
  return site;
}

export function createReferenceBackend(options: ReferenceOptions = {}): ReferenceBackend {
  const clock = options.clock ?? adjustableClock();
  const store = options.store ?? memoryStore();
  const site = siteOf(options.site);
  const limits = limitsOf(options.limits);
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `work` on the state after everything queued before it, and saves what it changed, failed or not. */
  function serially<T>(work: (state: WorldState) => T | Promise<T>): Promise<T> {
    const run = queue.then(async () => {
      const state =
        (await store.load()) ??
        (await seed(options.account ?? 'email-backup', options.stepUpRequired));
      try {
        return await work(state);
      } finally {
        await store.save(state);
      }
    });
    queue = run.catch(() => {});
    return run;
  }

  async function seed(account: DemoAccountName, stepUpRequired?: boolean): Promise<WorldState> {
    const state = await seedWorld(account, clock.now(), limits);
    if (stepUpRequired) state.users[state.userId]!.stepUpRequired = true;
    return state;
  }

  return {
    call(name, body, caller = {}) {
      const parsed = operations[name].request.safeParse(body);
      if (!parsed.success) {
        return Promise.reject(
          new RecoveryError('invalid_request', {
            message: `Off-contract body: ${describeIssues(parsed.error.issues)}`,
          }),
        );
      }
      return serially((state) => {
        const user = findUser(state, caller.userId ?? state.userId);
        if (!user) fail('unauthorized', { message: 'No such signed-in user.' });
        const { clientAddress } = caller;
        const ctx: Context = { state, now: clock.now(), site, user, limits, clientAddress };
        return (
          handlers[name] as (ctx: Context, body: unknown) => Promise<OperationResponse<typeof name>>
        )(ctx, parsed.data);
      });
    },

    reset: (account, resetOptions = {}) =>
      serially(async (state) => {
        clock.reset();
        Object.assign(state, await seed(account, resetOptions.stepUpRequired));
        return statusOf(state.users[state.userId]!);
      }),

    outbox: () => serially((state) => structuredClone(state.outbox)),
    adminLog: () => serially((state) => structuredClone(state.adminResets)),

    totp: () =>
      serially(async (state) => {
        const now = clock.now();
        const { primary } = state.users[state.userId]!;
        const enrollments = Object.values(state.enrollments).filter(
          (e) => e.userId === state.userId && now < e.expiresAt,
        );
        const newest = enrollments.at(-1);
        return {
          code: primary?.type === 'totp' ? await totpAt(primary.secret, now, limits) : null,
          enrollmentCode: newest ? await totpAt(newest.secret, now, limits) : null,
        };
      }),

    advanceClock: (seconds) => serially(() => ({ now: isoTime(clock.advance(seconds)) })),
    now: () => clock.now(),
  };
}
