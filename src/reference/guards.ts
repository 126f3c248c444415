/** The checks several operations share: step-up, the account-wide failure cap, lock-outs. */
import { fail, later, secondsUntil, type Context } from './context.js';
import { sendSecurityNotice } from './outbox.js';
import type { Account, Streak } from './state.js';

/** Guarded operations need a recent step-up where the account requires one and has a 2FA method to do it with. */
export function requireStepUp(ctx: Context, account: Account): void {
  if (account.stepUpRequired && account.primary && ctx.now >= account.stepUp.validUntil) {
    fail('step_up_required', { message: 'Verify it is you first.' });
  }
}

/** Past the cap of consecutive wrong answers, nothing is checked until an admin reset. */
export function requireUnderCap(ctx: Context, account: Account): void {
  if (account.failures >= ctx.limits.accountFailureCap) {
    fail('too_many_attempts', {
      message: 'Too many wrong answers: an administrator must reset 2FA.',
    });
  }
}

export function rightAnswer(account: Account): void {
  account.failures = 0;
}

/** Counts a wrong answer; the one that reaches the cap locks the account and tells its owner, once. */
export function wrongAnswer(ctx: Context, account: Account): void {
  account.failures += 1;
  if (account.failures === ctx.limits.accountFailureCap) {
    sendSecurityNotice(
      ctx,
      account,
      'after too many wrong codes, recovering your account is locked until an administrator resets 2-factor authentication',
    );
  }
}

/** Refuses while a streak of wrong answers has the operation locked. */
export function requireUnlocked(ctx: Context, streak: Streak): void {
  if (ctx.now < streak.lockedUntil) {
    fail('too_many_attempts', { retryAfterSeconds: secondsUntil(ctx, streak.lockedUntil) });
  }
}

/** Counts a wrong answer in a row; the fifth locks the operation for 15 minutes. */
export function wrongInARow(ctx: Context, account: Account, streak: Streak): never {
  wrongAnswer(ctx, account);
  streak.wrong += 1;
  const { attemptsInARow, lockoutSeconds } = ctx.limits;
  if (streak.wrong >= attemptsInARow) {
    streak.wrong = 0;
    streak.lockedUntil = later(ctx, lockoutSeconds);
    fail('too_many_attempts', { retryAfterSeconds: lockoutSeconds });
  }
  fail('invalid_code', { attemptsRemaining: attemptsInARow - streak.wrong });
}

export function rightInARow(account: Account, streak: Streak): void {
  rightAnswer(account);
  streak.wrong = 0;
}

/** A challenge or enrolment that 5 wrong answers have ended. */
export function requireAttemptsLeft(target: { attemptsLeft: number }): void {
  if (target.attemptsLeft === 0)
    fail('too_many_attempts', { message: 'Too many wrong codes: start again.' });
}

/** Counts a wrong code against `target`; the last attempt ends it. */
export function wrongAttempt(
  ctx: Context,
  account: Account,
  target: { attemptsLeft: number },
): never {
  wrongAnswer(ctx, account);
  target.attemptsLeft -= 1;
  requireAttemptsLeft(target);
  fail('invalid_code', { attemptsRemaining: target.attemptsLeft });
}
