/**
 * "Verify it's you": a fresh proof with the account's 2FA method, valid 5 minutes, that the
 * guarded operations ask for where the account requires it. An SMS or voice code is sent by
 * startStepUp (again on "Resend code", after a 30 s cooldown, within the send throttle); a TOTP code is read from the app.
 */
import type { StepUpChallenge } from '../api/contract.js';
import { fail, isoTime, later } from './context.js';
import { requireUnderCap, requireUnlocked, rightInARow, wrongInARow } from './guards.js';
import type { Handlers } from './handlers.js';
import { maskPhone } from './mask.js';
import { sendCode } from './outbox.js';
import { hmac, randomCode, sameHash } from './secrets.js';
import { countSend, requireSendAllowed } from './throttle.js';
import { totpStep } from './totp.js';

function noMethod(): never {
  fail('not_found', { message: 'The account has no 2FA method to verify with.' });
}

export const stepUpHandlers: Handlers<'startStepUp' | 'stepUp'> = {
  async startStepUp(ctx): Promise<StepUpChallenge> {
    const account = ctx.user;
    requireUnderCap(ctx, account);
    const { primary, stepUp } = account;
    const { codeDigits, codeTtlSeconds, resendCooldownSeconds, totpDigits } = ctx.limits;
    if (!primary) noMethod();
    if (primary.type === 'totp')
      return { method: 'totp', maskedDestination: null, codeLength: totpDigits };
    requireSendAllowed(ctx, account.userId, primary.phone, stepUp.code?.resendAvailableAt);
    const code = randomCode(codeDigits);
    // A voice call reads the code out; the outbox keeps it with the texts.
    sendCode(ctx, primary.phone, 'sms', 'step-up-code', code);
    stepUp.code = {
      hash: await hmac(code),
      expiresAt: later(ctx, codeTtlSeconds),
      resendAvailableAt: Math.max(
        later(ctx, resendCooldownSeconds),
        countSend(ctx, account.userId, primary.phone),
      ),
    };
    return {
      method: primary.type,
      maskedDestination: maskPhone(primary.phone),
      codeLength: codeDigits,
    };
  },

  async stepUp(ctx, { code }) {
    const account = ctx.user;
    const { primary, stepUp } = account;
    requireUnderCap(ctx, account);
    requireUnlocked(ctx, stepUp.streak);
    if (!primary) noMethod();
    if (primary.type === 'totp') {
      const step = await totpStep(primary.secret, code, ctx.now, ctx.limits, primary.lastStep);
      if (step === null) wrongInARow(ctx, account, stepUp.streak);
      primary.lastStep = step;
    } else {
      if (!stepUp.code || ctx.now >= stepUp.code.expiresAt) fail('code_expired');
      if (!sameHash(await hmac(code), stepUp.code.hash)) wrongInARow(ctx, account, stepUp.streak);
      stepUp.code = null;
    }
    rightInARow(account, stepUp.streak);
    stepUp.validUntil = later(ctx, ctx.limits.stepUpValidSeconds);
    return { validUntil: isoTime(stepUp.validUntil) };
  },
};
