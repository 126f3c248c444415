/** A conformance rule, and what it is given to check a backend with. */
import type { RecoveryClient, RecoveryError } from '../api/client.js';
import type { DemoAccountName } from '../reference/dev-api.js';
import type { OutboxMessage } from '../reference/state.js';
import type { DevApi, Harness, Need } from './harness.js';

export interface Rule {
  /** Stable, dotted: `codes.single-use`. */
  id: string;
  /** What a pass means, in a few words. */
  title: string;
  /** The demo account the rule starts from, reset to (so it needs `/__dev/reset`). */
  account?: DemoAccountName;
  stepUpRequired?: boolean;
  needs?: Need[];
  run(t: RuleContext): Promise<void>;
}

export const rule = (definition: Rule): Rule => definition;

/** The demo's admin, in the reference backend and any backend that serves its accounts. */
export const adminId = 'grace@example.com';

export interface RuleContext extends Omit<Harness, 'admin' | 'dev' | 'signedInAs' | 'lacks'> {
  dev: DevApi;
  admin: RecoveryClient;
  signedInAs(userId: string): RecoveryClient;
  /** The backend's time, in seconds. */
  now(): Promise<number>;
  /** The messages sent that match `filter`, oldest first. */
  sent(filter?: Partial<OutboxMessage>): Promise<OutboxMessage[]>;
  /** The newest code sent (to `to`, if given). */
  lastCode(to?: string): Promise<string>;
  /** `startBackupRecovery`, moving the clock on as long as the send throttle asks. */
  startRecovery(client?: RecoveryClient): ReturnType<RecoveryClient['startBackupRecovery']>;
  /** A recovery token, earned with the code sent to the backup method. */
  verifiedToken(): Promise<string>;
  /** A step-up with the demo account's authenticator app. */
  stepUpWithApp(): Promise<unknown>;
}

export const seconds = (iso: string) => Date.parse(iso) / 1000;
/** A code of the same length that is not `code`. */
export const wrongCode = (code: string) =>
  String((Number(code) + 1) % 10 ** code.length).padStart(code.length, '0');

/** The context a rule runs in; its needs are met, so the optional parts are there. */
export function contextOf(harness: Harness): RuleContext {
  const missing = (what: string) => () => {
    throw new Error(`${what} is not available`);
  };
  const dev = harness.dev as DevApi;
  const t: RuleContext = {
    ...harness,
    dev,
    admin: harness.admin ?? new Proxy({} as RecoveryClient, { get: missing('an admin') }),
    signedInAs: harness.signedInAs ?? missing('X-Demo-User'),
    now: async () => seconds((await dev.advanceClock(0)).now),
    sent: async (filter = {}) =>
      (await dev.outbox()).filter((message) =>
        Object.entries(filter).every(
          ([key, value]) => message[key as keyof OutboxMessage] === value,
        ),
      ),
    async lastCode(to) {
      const message = (await t.sent(to ? { to } : {})).findLast((m) => m.code !== null);
      if (!message?.code) throw new Error(`no code was sent${to ? ` to ${to}` : ''}`);
      return message.code;
    },
    async startRecovery(client = t.client) {
      for (;;) {
        try {
          return await client.startBackupRecovery({});
        } catch (error) {
          const { code, retryAfterSeconds } = error as RecoveryError;
          if (code !== 'rate_limited' || !retryAfterSeconds) throw error;
          await dev.advanceClock(retryAfterSeconds);
        }
      }
    },
    async verifiedToken() {
      const { challengeId } = await t.startRecovery();
      const code = await t.lastCode();
      return (await t.client.verifyBackupRecovery({ challengeId, code })).recoveryToken;
    },
    async stepUpWithApp() {
      await t.client.startStepUp({});
      return t.client.stepUp({ code: (await dev.totp()).code! });
    },
  };
  return t;
}
