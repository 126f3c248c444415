/** Recovery keys: 24 unambiguous characters, stored hashed, single use; a new one replaces the old. */
import { isoTime, type Context } from './context.js';
import { requireStepUp } from './guards.js';
import type { Handlers } from './handlers.js';
import { sendSecurityNotice } from './outbox.js';
import { hash, randomRecoveryKey } from './secrets.js';
import type { Account } from './state.js';

export async function newRecoveryKey(ctx: Context, account: Account) {
  const recoveryKey = randomRecoveryKey(ctx.limits.recoveryKeyLength);
  account.recoveryKey = { hash: await hash(recoveryKey), createdAt: ctx.now };
  sendSecurityNotice(
    ctx,
    account,
    'a new recovery key was generated, and the old one no longer works',
  );
  return { recoveryKey, createdAt: isoTime(ctx.now) };
}

export const recoveryKeyHandlers: Handlers<'generateRecoveryKey'> = {
  generateRecoveryKey(ctx) {
    const account = ctx.user;
    requireStepUp(ctx, account);
    return newRecoveryKey(ctx, account);
  },
};
