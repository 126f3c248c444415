/**
 * One backup method, an email address or a phone number, proven by a code sent to it and
 * different from the account's email and from the phone its 2FA texts or calls go to.
 */
import { startChallenge, verifyChallenge } from './challenges.js';
import { fail } from './context.js';
import { requireStepUp } from './guards.js';
import type { Handlers } from './handlers.js';
import { sendSecurityNotice } from './outbox.js';
import { publicBackupMethod } from './status.js';
import type { Account, BackupValue } from './state.js';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/**
 * What no address needs and a message must not echo: control characters (NUL included),
 * invisible format characters such as bidirectional overrides (the joiner emoji use is kept),
 * and `<` `>`.
 */
const unsafeInEmail = /[\p{Cc}<>]|(?!\u200d)\p{Cf}/u;
const e164Pattern = /^\+[1-9]\d{6,14}$/;

function parseDestination(type: BackupValue['type'], raw: string): BackupValue {
  const value = type === 'email' ? raw.trim().toLowerCase() : raw.trim();
  const valid =
    type === 'email'
      ? value.length <= 254 && emailPattern.test(value) && !unsafeInEmail.test(value)
      : e164Pattern.test(value);
  if (!valid) {
    fail('invalid_destination', {
      message:
        type === 'email'
          ? 'Not an email address.'
          : 'Not a phone number in E.164 form (+447700900456).',
    });
  }
  return { type, value };
}

function isPrimaryContact(account: Account, { type, value }: BackupValue): boolean {
  if (type === 'email') return value === account.email.toLowerCase();
  return (
    account.primary !== null && account.primary.type !== 'totp' && account.primary.phone === value
  );
}

export const backupMethodHandlers: Handlers<
  'startBackupMethodChange' | 'confirmBackupMethodChange'
> = {
  startBackupMethodChange(ctx, { type, value }) {
    const account = ctx.user;
    requireStepUp(ctx, account);
    const method = parseDestination(type, value);
    if (isPrimaryContact(account, method)) {
      fail('same_as_primary', {
        message: 'The backup method must differ from the ones the account already uses.',
      });
    }
    if (account.backup?.type === method.type && account.backup.value === method.value) {
      fail('same_as_current', { message: 'This is already the backup method.' });
    }
    const channel = type === 'email' ? 'email' : 'sms';
    return startChallenge(ctx, account, channel, method.value, { kind: 'backup-method', method });
  },

  async confirmBackupMethodChange(ctx, { challengeId, code }) {
    const challenge = await verifyChallenge(ctx, challengeId, code, 'backup-method');
    const account = ctx.state.users[challenge.userId]!;
    account.backup = challenge.purpose.method; // one method only: this replaces either kind
    const backupMethod = publicBackupMethod(account.backup);
    sendSecurityNotice(ctx, account, `your backup method is now ${backupMethod.maskedValue}`);
    return { backupMethod };
  },
};
