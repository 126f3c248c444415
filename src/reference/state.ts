/**
 * Everything the reference backend remembers, as plain JSON-serialisable data (times are
 * milliseconds since the epoch), so a store can keep it anywhere.
 */
export type Primary =
  | { type: 'totp'; label: string; secret: string; lastStep: number | null }
  | { type: 'sms' | 'voice'; label: string; phone: string };

export interface BackupValue {
  type: 'email' | 'phone';
  /** An email address (lower case) or an E.164 phone number. */
  value: string;
}

/** A run of wrong answers that locks an operation for a while once it is long enough. */
export interface Streak {
  wrong: number;
  lockedUntil: number;
}

export const noStreak = (): Streak => ({ wrong: 0, lockedUntil: 0 });
export const noStepUp = (): Account['stepUp'] => ({
  validUntil: 0,
  code: null,
  streak: noStreak(),
});

export interface Account {
  userId: string;
  email: string;
  displayName: string;
  /** May look users up and reset their 2FA (the host's own authorisation, in a real backend). */
  admin: boolean;
  primary: Primary | null;
  backup: BackupValue | null;
  recoveryKey: { hash: string; createdAt: number } | null;
  stepUpRequired: boolean;
  stepUp: {
    validUntil: number;
    /** The code sent for an SMS/voice step-up. */
    code: { hash: string; expiresAt: number; resendAvailableAt: number } | null;
    streak: Streak;
  };
  redeemStreak: Streak;
  /** Consecutive wrong answers across every check, for the account-wide cap. */
  failures: number;
}

/** A code sent to an email address or phone, to prove it. */
export interface CodeChallenge {
  id: string;
  userId: string;
  channel: 'email' | 'sms';
  destination: string;
  codeHash: string;
  expiresAt: number;
  resendAvailableAt: number;
  attemptsLeft: number;
  /** Recovery at sign-in (bound to that sign-in), or a new backup method being proven. */
  purpose: { kind: 'recovery'; signIn: string } | { kind: 'backup-method'; method: BackupValue };
}

export interface Enrollment {
  id: string;
  userId: string;
  secret: string;
  expiresAt: number;
  attemptsLeft: number;
}

export interface RecoveryToken {
  userId: string;
  signIn: string;
  expiresAt: number;
  /** The operations that have already accepted it: each does so once. */
  usedBy: string[];
}

export interface OutboxMessage {
  to: string;
  channel: 'email' | 'sms';
  kind:
    | 'recovery-code'
    | 'backup-method-code'
    | 'step-up-code'
    | 'setup-email'
    | 'security-notice'
    | 'admin-reset';
  code: string | null;
  text: string;
  sentAt: string;
}

export interface WorldState {
  /** The demo account: signed in unless a request says otherwise, and the one whose sign-in is pending. */
  userId: string;
  users: Record<string, Account>;
  /** The demo account's pending sign-in: recovery tokens are bound to it. */
  signIn: string;
  challenges: Record<string, CodeChallenge>;
  enrollments: Record<string, Enrollment>;
  /** By the hash of the token. */
  recoveryTokens: Record<string, RecoveryToken>;
  /** The newest messages sent (at most `maxListLength`). */
  outbox: OutboxMessage[];
  /** Who reset whose 2FA, when and why: the record an admin's reason goes to (newest `maxListLength`). */
  adminResets: AdminReset[];
  /** The send throttle's log: when codes were sent, by `account:`, `to:` and `address:` key. */
  sends: Record<string, number[]>;
}

export interface AdminReset {
  userId: string;
  /** The admin who reset it. */
  by: string;
  reason: string;
  resetAt: string;
}

/** How many entries a list that grows per request keeps: the newest. */
export const maxListLength = 200;

/** Appends `item`, dropping the oldest entries past `maxListLength`, so no request can grow the state without bound. */
export function pushBounded<T>(list: T[], item: T): void {
  list.push(item);
  if (list.length > maxListLength) list.splice(0, list.length - maxListLength);
}

/**
 * `table[key]` only when the backend put it there: a client-supplied id such as `__proto__` or
 * `constructor` finds nothing, rather than something every object inherits.
 */
export function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Where the state is kept. The reference runs one operation at a time against it. */
export interface Store {
  load(): Promise<WorldState | undefined>;
  save(state: WorldState): Promise<void>;
}

/** Keeps the state in memory: the memory client's and the demo server's store. */
export function memoryStore(): Store {
  let state: WorldState | undefined;
  return {
    load: async () => state,
    save: async (next) => {
      state = next;
    },
  };
}
