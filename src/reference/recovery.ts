/**
 * Recovery at sign-in, for the demo account's pending sign-in: a code to the backup method
 * proves the user, and the recovery token it earns lets them remove the device, get the setup
 * email and a new recovery key, each once. Or they sign in with a recovery key.
 */
import { startChallenge, verifyChallenge } from './challenges.js';
import { pendingAccount, fail, isoTime, later, type Context } from './context.js';
import { requireUnderCap, requireUnlocked, rightInARow, wrongInARow } from './guards.js';
import type { Handlers } from './handlers.js';
import { maskEmail } from './mask.js';
import { sendSecurityNotice, sendSetupEmail } from './outbox.js';
import { newRecoveryKey } from './recovery-keys.js';
import { hash, normaliseRecoveryKey, randomId, sameHash } from './secrets.js';
import { own, type Account } from './state.js';

type TokenOperation =
  'removeDeviceWithRecovery' | 'sendSetupEmail' | 'generateRecoveryKeyWithRecovery';

/** Ends every recovery token of the pending sign-in. */
function endRecoveryTokens(ctx: Context): void {
  for (const [key, token] of Object.entries(ctx.state.recoveryTokens)) {
    if (token.signIn === ctx.state.signIn) delete ctx.state.recoveryTokens[key];
  }
}

/** The account a live recovery token speaks for, once per operation. */
async function redeemToken(
  ctx: Context,
  recoveryToken: string,
  operation: TokenOperation,
): Promise<Account> {
  const token = own(ctx.state.recoveryTokens, await hash(recoveryToken));
  if (
    !token ||
    token.signIn !== ctx.state.signIn ||
    ctx.now >= token.expiresAt ||
    token.usedBy.includes(operation)
  ) {
    fail('recovery_expired');
  }
  token.usedBy.push(operation);
  return ctx.state.users[token.userId]!;
}

export const recoveryHandlers: Handlers<
  'startBackupRecovery' | 'verifyBackupRecovery' | TokenOperation | 'redeemRecoveryKey'
> = {
  async startBackupRecovery(ctx) {
    const account = pendingAccount(ctx);
    if (!account.backup) fail('no_backup_method', { message: 'No backup method set up.' });
    const channel = account.backup.type === 'email' ? 'email' : 'sms';
    const challenge = await startChallenge(ctx, account, channel, account.backup.value, {
      kind: 'recovery',
      signIn: ctx.state.signIn,
    });
    endRecoveryTokens(ctx); // only once a code is on its way: a refused start changes nothing
    return challenge;
  },

  async verifyBackupRecovery(ctx, { challengeId, code }) {
    const challenge = await verifyChallenge(ctx, challengeId, code, 'recovery');
    const recoveryToken = randomId('rt');
    const expiresAt = later(ctx, ctx.limits.recoveryTokenTtlSeconds);
    ctx.state.recoveryTokens[await hash(recoveryToken)] = {
      userId: challenge.userId,
      signIn: ctx.state.signIn,
      expiresAt,
      usedBy: [],
    };
    // CONTRACT.md §1: the owner hears of it, in case it wasn't them.
    sendSecurityNotice(
      ctx,
      ctx.state.users[challenge.userId]!,
      'a code sent to your backup method was used to start resetting 2-factor authentication',
    );
    return { recoveryToken, expiresAt: isoTime(expiresAt) };
  },

  async removeDeviceWithRecovery(ctx, { recoveryToken }) {
    const account = await redeemToken(ctx, recoveryToken, 'removeDeviceWithRecovery');
    account.primary = null;
    sendSecurityNotice(ctx, account, 'your 2-factor authentication device was removed');
    return { removed: true };
  },

  async sendSetupEmail(ctx, { recoveryToken }) {
    const account = await redeemToken(ctx, recoveryToken, 'sendSetupEmail');
    sendSetupEmail(ctx, account);
    return { maskedEmail: maskEmail(account.email) };
  },

  async generateRecoveryKeyWithRecovery(ctx, { recoveryToken }) {
    const account = await redeemToken(ctx, recoveryToken, 'generateRecoveryKeyWithRecovery');
    return newRecoveryKey(ctx, account);
  },

  async redeemRecoveryKey(ctx, { recoveryKey }) {
    const account = pendingAccount(ctx);
    requireUnderCap(ctx, account);
    requireUnlocked(ctx, account.redeemStreak);
    const stored = account.recoveryKey;
    if (!stored || !sameHash(await hash(normaliseRecoveryKey(recoveryKey)), stored.hash)) {
      wrongInARow(ctx, account, account.redeemStreak);
    }
    rightInARow(account, account.redeemStreak);
    account.recoveryKey = null; // single use
    // The pending sign-in is complete: its tokens end, and the demo starts a new one.
    endRecoveryTokens(ctx);
    ctx.state.signIn = randomId('signin');
    sendSecurityNotice(ctx, account, 'your recovery key was used to sign in, and no longer works');
    return { signedIn: true, redirectUrl: ctx.site.redirectUrl };
  },
};
