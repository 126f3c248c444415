/** The demo accounts of CONTRACT.md, built fresh (new secrets) on every reset. */
import { generateSecret } from 'otplib';
import { noStepUp, noStreak, type Account, type Primary, type WorldState } from './state.js';
import { randomId, randomRecoveryKey, hash } from './secrets.js';
import type { Limits } from './limits.js';

import type { DemoAccountName } from './dev-api.js';

export const demoEmail = 'ada@example.com';
/** The demo's admin: she may look users up and reset their 2FA. */
export const demoAdmin = 'grace@example.com';
export const demoSmsPhone = '+447700900123';
export const demoBackupEmail = 'ada.backup@example.net';
export const demoBackupPhone = '+447700900456';

const authenticator = (): Primary => ({
  type: 'totp',
  label: 'Authenticator app',
  secret: generateSecret(),
  lastStep: null,
});

function account(
  userId: string,
  displayName: string,
  primary: Primary | null,
  admin = false,
): Account {
  return {
    userId,
    email: userId,
    displayName,
    admin,
    primary,
    backup: null,
    recoveryKey: null,
    stepUpRequired: false,
    stepUp: noStepUp(),
    redeemStreak: noStreak(),
    failures: 0,
  };
}

/** A recovery key nobody has seen: the account has one, as most set-up accounts do. */
async function unseenRecoveryKey(now: number, limits: Limits) {
  return { hash: await hash(randomRecoveryKey(limits.recoveryKeyLength)), createdAt: now };
}

async function demoAccount(name: DemoAccountName, now: number, limits: Limits): Promise<Account> {
  const ada = account(demoEmail, 'Ada Lovelace', authenticator());
  if (name === 'no-backup') return ada;
  ada.recoveryKey = await unseenRecoveryKey(now, limits);
  ada.backup =
    name === 'phone-backup'
      ? { type: 'phone', value: demoBackupPhone }
      : { type: 'email', value: demoBackupEmail };
  if (name === 'sms-primary')
    ada.primary = { type: 'sms', label: 'Text message', phone: demoSmsPhone };
  if (name === 'step-up') ada.stepUpRequired = true;
  return ada;
}

/** A world with the demo account `name` signed in (and a sign-in pending), an admin, and another user. */
export async function seedWorld(
  name: DemoAccountName,
  now: number,
  limits: Limits,
): Promise<WorldState> {
  const ada = await demoAccount(name, now, limits);
  const grace = account(
    demoAdmin,
    'Grace Hopper',
    { type: 'sms', label: 'Text message', phone: '+447700900789' },
    true,
  );
  const alan = account('alan@example.com', 'Alan Turing', null);
  return {
    userId: ada.userId,
    users: { [ada.userId]: ada, [grace.userId]: grace, [alan.userId]: alan },
    signIn: randomId('signin'),
    challenges: {},
    enrollments: {},
    recoveryTokens: {},
    outbox: [],
    adminResets: [],
    sends: {},
  };
}
