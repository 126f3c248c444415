/**
 * The reference backend, broken on purpose, one rule at a time: each variant wraps it (or sets
 * one of its `limits`, never below 1) from outside, so nothing that turns a rule off ships.
 * The conformance command must fail each on the rules named, and on no other.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { RecoveryError } from '../../src/api/client.js';
import type { OperationName } from '../../src/api/contract.js';
import { rules } from '../../src/conformance/rules/index.js';
import {
  createReferenceBackend,
  type Caller,
  type ReferenceBackend,
  type ReferenceOptions,
} from '../../src/reference/backend.js';
import { adjustableClock } from '../../src/reference/clock.js';
import { findUser } from '../../src/reference/context.js';
import { memoryStore, type Account, type WorldState } from '../../src/reference/state.js';
import {
  createReferenceHandler,
  type ReferenceHandler,
  type ReferenceHandlerOptions,
} from '../../demo/server/handler.js';

export interface BrokenBackend {
  /** What is broken. */
  name: string;
  /** The rules that must fail, and no other. */
  fails: string[];
  handler(): ReferenceHandler;
}

type Call = ReferenceBackend['call'];
interface Around {
  inner: ReferenceBackend;
  state: () => Promise<WorldState>;
  name: OperationName;
  body: unknown;
  caller: Caller;
}

/** A backend factory whose `call` goes through `around`, with the backend's state at hand. */
function wrapCall(around: (call: Around) => Promise<unknown>) {
  return (options: ReferenceOptions): ReferenceBackend => {
    const store = memoryStore();
    const inner = createReferenceBackend({ ...options, store });
    const state = async () => (await store.load())!;
    const call = (name: OperationName, body: unknown, caller: Caller = {}) =>
      around({ inner, state, name, body, caller });
    return { ...inner, call: call as Call };
  };
}

/** When a call is refused with `code`, tweaks the caller's account and asks again, as if the check were missing. */
function acceptDespite(code: string, tweak: (account: Account) => () => void) {
  return wrapCall(async ({ inner, state, name, body, caller }) => {
    try {
      return await inner.call(name, body, caller);
    } catch (error) {
      if ((error as RecoveryError).code !== code) throw error;
      const world = await state();
      const restore = tweak(findUser(world, caller.userId ?? world.userId)!);
      try {
        return await inner.call(name, body, caller);
      } finally {
        restore();
      }
    }
  });
}

/** Answers a repeated successful call of `names` again, as a backend that never used the code up. */
function replaySuccesses(names: OperationName[]) {
  const answers = new Map<string, unknown>();
  return wrapCall(async ({ inner, name, body, caller }) => {
    const key = `${name} ${JSON.stringify(body)}`;
    if (names.includes(name) && answers.has(key)) return answers.get(key);
    const answer = await inner.call(name, body, caller);
    answers.set(key, answer);
    return answer;
  });
}

/** Links built from each request's `Host`: one backend per host, on one store and clock. */
function linksFromHost(): ReferenceHandler {
  const host = new AsyncLocalStorage<string>();
  const handle = createReferenceHandler({
    createBackend(options) {
      const shared = { ...options, store: memoryStore(), clock: adjustableClock() };
      const backends = new Map<string, ReferenceBackend>();
      const backendFor = (origin: string) => {
        if (!backends.has(origin))
          backends.set(
            origin,
            createReferenceBackend({ ...shared, site: { ...options.site, origin } }),
          );
        return backends.get(origin)!;
      };
      const main = backendFor(options.site!.origin!);
      const call = (name: OperationName, body: unknown, caller?: Caller) =>
        backendFor(`http://${host.getStore()}`).call(name, body, caller);
      return { ...main, call: call as Call };
    },
  });
  return (req, res) => host.run(req.headers.host ?? 'localhost', () => handle(req, res));
}

const withOptions = (options: ReferenceHandlerOptions) => () => createReferenceHandler(options);
const wrapped = (createBackend: ReferenceHandlerOptions['createBackend']) =>
  withOptions({ createBackend });
const aLot = 1_000_000;

export const brokenBackends: BrokenBackend[] = [
  {
    name: 'a sixth attempt allowed',
    fails: ['codes.five-attempts', 'enrolment.attempts'],
    handler: withOptions({ limits: { attemptsPerChallenge: 6 } }),
  },
  {
    name: 'codes that never expire',
    fails: ['codes.expiry', 'step-up.sms-expiry'],
    handler: withOptions({ limits: { codeTtlSeconds: 100 * 365 * 24 * 3600 } }),
  },
  {
    name: 'a code usable twice',
    fails: ['codes.single-use'],
    handler: wrapped(replaySuccesses(['verifyBackupRecovery', 'confirmBackupMethodChange'])),
  },
  {
    name: 'a resend before the cooldown',
    fails: ['codes.resend-cooldown', 'step-up.sms'],
    handler: withOptions({ limits: { resendCooldownSeconds: 1 } }),
  },
  {
    name: 'backup = primary accepted',
    fails: ['backup-method.same-as-primary'],
    handler: wrapped(
      acceptDespite('same_as_primary', (account) => {
        const { email, primary } = account;
        Object.assign(account, { email: `other.${email}`, primary: null });
        return () => Object.assign(account, { email, primary });
      }),
    ),
  },
  {
    name: 'same_as_current not enforced',
    fails: ['backup-method.same-as-current'],
    handler: wrapped(
      acceptDespite('same_as_current', (account) => {
        const { backup } = account;
        account.backup = null;
        return () => void (account.backup = backup);
      }),
    ),
  },
  {
    name: 'admin reset without an admin',
    fails: ['admin.forbidden-unknown-user', 'admin.forbidden'],
    handler: wrapped(
      acceptDespite('forbidden', (account) => {
        account.admin = true;
        return () => void (account.admin = false);
      }),
    ),
  },
  {
    name: 'no send throttle',
    fails: rules.map((rule) => rule.id).filter((id) => id.startsWith('throttle.')),
    handler: withOptions({
      limits: { sendsPerAccount: aLot, sendsPerAccountPerDay: aLot, sendsPerDestination: aLot },
    }),
  },
  {
    name: 'a recovery token usable twice',
    fails: ['recovery-token.once-each'],
    handler: wrapped(
      wrapCall(async ({ inner, state, name, body, caller }) => {
        const answer = await inner.call(name, body, caller);
        for (const token of Object.values((await state()).recoveryTokens)) token.usedBy = [];
        return answer;
      }),
    ),
  },
  {
    name: 'links built from Host',
    fails: ['links.not-from-host'],
    handler: linksFromHost,
  },
];
