/**
 * Codes sent to an email address or phone: 6 digits, valid 10 minutes, single use, 5 wrong
 * answers end the challenge; a resend keeps the id, replaces the code and renews both. Every
 * code sent counts against the send throttle.
 */
import type { Challenge } from '../api/contract.js';
import { fail, isoTime, later, type Context } from './context.js';
import { requireAttemptsLeft, requireUnderCap, rightAnswer, wrongAttempt } from './guards.js';
import { maskEmail, maskPhone } from './mask.js';
import { sendCode } from './outbox.js';
import { hmac, randomCode, randomId, sameHash } from './secrets.js';
import { own, type Account, type CodeChallenge } from './state.js';
import { countSend, requireSendAllowed } from './throttle.js';

type Purpose = CodeChallenge['purpose'];

const codeKind = (purpose: Purpose) =>
  purpose.kind === 'recovery' ? 'recovery-code' : 'backup-method-code';

function challengeResponse(ctx: Context, challenge: CodeChallenge): Challenge {
  return {
    challengeId: challenge.id,
    channel: challenge.channel,
    maskedDestination:
      challenge.channel === 'email'
        ? maskEmail(challenge.destination)
        : maskPhone(challenge.destination),
    codeLength: ctx.limits.codeDigits,
    expiresAt: isoTime(challenge.expiresAt),
    resendAvailableAt: isoTime(challenge.resendAvailableAt),
  };
}

/** Sends a fresh code for `challenge`, replacing any earlier one, and renews its expiry and attempts. */
async function sendFreshCode(ctx: Context, challenge: CodeChallenge): Promise<void> {
  const code = randomCode(ctx.limits.codeDigits);
  challenge.codeHash = await hmac(code);
  challenge.expiresAt = later(ctx, ctx.limits.codeTtlSeconds);
  challenge.attemptsLeft = ctx.limits.attemptsPerChallenge;
  sendCode(ctx, challenge.destination, challenge.channel, codeKind(challenge.purpose), code);
  challenge.resendAvailableAt = Math.max(
    later(ctx, ctx.limits.resendCooldownSeconds),
    countSend(ctx, challenge.userId, challenge.destination),
  );
}

/** Starts a challenge to `destination`, ending any earlier one of the same kind for the account. */
export async function startChallenge(
  ctx: Context,
  account: Account,
  channel: 'email' | 'sms',
  destination: string,
  purpose: Purpose,
): Promise<Challenge> {
  requireUnderCap(ctx, account);
  requireSendAllowed(ctx, account.userId, destination);
  for (const [id, other] of Object.entries(ctx.state.challenges)) {
    if (other.userId === account.userId && other.purpose.kind === purpose.kind)
      delete ctx.state.challenges[id];
  }
  const challenge: CodeChallenge = {
    id: randomId('ch'),
    userId: account.userId,
    channel,
    destination,
    codeHash: '',
    expiresAt: 0,
    resendAvailableAt: 0,
    attemptsLeft: 0,
    purpose,
  };
  await sendFreshCode(ctx, challenge);
  ctx.state.challenges[challenge.id] = challenge;
  return challengeResponse(ctx, challenge);
}

/** The live challenge `id` of `kind`, or the error that explains why there is none. */
function findChallenge(ctx: Context, id: string, kind?: Purpose['kind']): CodeChallenge {
  const challenge = own(ctx.state.challenges, id);
  // A backup-method challenge is the signed-in user's own; a recovery one, the pending sign-in's.
  const mine = challenge?.purpose.kind === 'recovery' || challenge?.userId === ctx.user.userId;
  if (!challenge || !mine || (kind && challenge.purpose.kind !== kind))
    fail('not_found', { message: 'No such challenge.' });
  if (challenge.purpose.kind === 'recovery' && challenge.purpose.signIn !== ctx.state.signIn) {
    fail('recovery_expired');
  }
  return challenge;
}

export async function resendChallenge(ctx: Context, id: string): Promise<Challenge> {
  const challenge = findChallenge(ctx, id);
  const account = ctx.state.users[challenge.userId]!;
  requireUnderCap(ctx, account);
  requireAttemptsLeft(challenge);
  requireSendAllowed(ctx, account.userId, challenge.destination, challenge.resendAvailableAt);
  await sendFreshCode(ctx, challenge);
  return challengeResponse(ctx, challenge);
}

/** Checks `code` against challenge `id`; on success the challenge is used up and returned. */
export async function verifyChallenge<K extends Purpose['kind']>(
  ctx: Context,
  id: string,
  code: string,
  kind: K,
): Promise<CodeChallenge & { purpose: Extract<Purpose, { kind: K }> }> {
  const challenge = findChallenge(ctx, id, kind);
  const account = ctx.state.users[challenge.userId]!;
  requireUnderCap(ctx, account);
  requireAttemptsLeft(challenge);
  if (ctx.now >= challenge.expiresAt) fail('code_expired');
  if (!sameHash(await hmac(code), challenge.codeHash)) wrongAttempt(ctx, account, challenge);
  rightAnswer(account);
  delete ctx.state.challenges[id];
  return challenge as CodeChallenge & { purpose: Extract<Purpose, { kind: K }> };
}
