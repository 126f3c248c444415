/**
 * "Verify it's you": a fresh proof with the account's 2FA method, valid 5 minutes, that the
 * guarded operations ask for where the account requires it. An SMS or voice code is sent by
 * startStepUp (again on "Resend code", after a 30 s cooldown); a TOTP code is read from the app.
 */
import type { StepUpChallenge } from '../api/contract.js';
import { fail, isoTime, later, secondsUntil } from './context.js';
import { requireUnderCap, requireUnlocked, rightInARow, wrongInARow } from './guards.js';
import type { Handlers } from './handlers.js';
import { limits } from './limits.js';
import { maskPhone } from './mask.js';
import { sendCode } from './outbox.js';
import { hash, randomCode, sameHash } from './secrets.js';
import { totpStep } from './totp.js';

function noMethod(): never {
  fail('not_found', { message: 'The account has no 2FA method to verify with.' });
}

export const stepUpHandlers: Handlers<'startStepUp' | 'stepUp'> = {
  async startStepUp(ctx): Promise<StepUpChallenge> {
    const account = ctx.user;
    requireUnderCap(account);
    const { primary, stepUp } = account;
    if (!primary) noMethod();
    if (primary.type === 'totp')
      return { method: 'totp', maskedDestination: null, codeLength: limits.totpDigits };
    if (stepUp.code && ctx.now < stepUp.code.resendAvailableAt) {
      fail('rate_limited', { retryAfterSeconds: secondsUntil(ctx, stepUp.code.resendAvailableAt) });
    }
    const code = randomCode(limits.codeDigits);
    stepUp.code = {
      hash: await hash(code),
      expiresAt: later(ctx, limits.codeTtlSeconds),
      resendAvailableAt: later(ctx, limits.resendCooldownSeconds),
    };
    // A voice call reads the code out; the outbox keeps it with the texts.
    sendCode(ctx, primary.phone, 'sms', 'step-up-code', code);
    return {
      method: primary.type,
      maskedDestination: maskPhone(primary.phone),
      codeLength: limits.codeDigits,
    };
  },

  async stepUp(ctx, { code }) {
    const account = ctx.user;
    const { primary, stepUp } = account;
    requireUnderCap(account);
    requireUnlocked(ctx, stepUp.streak);
    if (!primary) noMethod();
    if (primary.type === 'totp') {
      const step = await totpStep(primary.secret, code, ctx.now, primary.lastStep);
      if (step === null) wrongInARow(ctx, account, stepUp.streak);
      primary.lastStep = step;
    } else {
      if (!stepUp.code || ctx.now >= stepUp.code.expiresAt) fail('code_expired');
      if (!sameHash(await hash(code), stepUp.code.hash)) wrongInARow(ctx, account, stepUp.streak);
      stepUp.code = null;
    }
    rightInARow(account, stepUp.streak);
    stepUp.validUntil = later(ctx, limits.stepUpValidSeconds);
    return { validUntil: isoTime(stepUp.validUntil) };
  },
};
