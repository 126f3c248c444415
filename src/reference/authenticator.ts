/**
 * The 2FA device: removing it, and setting the authenticator app up (again) with a new TOTP
 * secret, proven by a code before it replaces the old.
 */
import { generateSecret, generateURI } from 'otplib';
import { fail, later } from './context.js';
import {
  requireAttemptsLeft,
  requireStepUp,
  requireUnderCap,
  rightAnswer,
  wrongAttempt,
} from './guards.js';
import type { Handlers } from './handlers.js';
import { sendSecurityNotice } from './outbox.js';
import { randomId } from './secrets.js';
import { own } from './state.js';
import { totpStep } from './totp.js';

export const authenticatorHandlers: Handlers<
  'removeDevice' | 'startAuthenticatorEnrollment' | 'confirmAuthenticatorEnrollment'
> = {
  removeDevice(ctx) {
    const account = ctx.user;
    requireStepUp(ctx, account);
    account.primary = null;
    sendSecurityNotice(ctx, account, 'your 2-factor authentication device was removed');
    return { removed: true };
  },

  startAuthenticatorEnrollment(ctx) {
    const account = ctx.user;
    requireStepUp(ctx, account);
    for (const [id, other] of Object.entries(ctx.state.enrollments)) {
      if (other.userId === account.userId) delete ctx.state.enrollments[id];
    }
    const enrollment = {
      id: randomId('en'),
      userId: account.userId,
      secret: generateSecret(),
      expiresAt: later(ctx, ctx.limits.enrollmentTtlSeconds),
      attemptsLeft: ctx.limits.attemptsPerChallenge,
    };
    ctx.state.enrollments[enrollment.id] = enrollment;
    return {
      enrollmentId: enrollment.id,
      secret: enrollment.secret,
      otpauthUri: generateURI({
        issuer: ctx.site.name,
        label: account.email,
        secret: enrollment.secret,
        digits: ctx.limits.totpDigits,
        period: ctx.limits.totpPeriodSeconds,
      }),
      digits: ctx.limits.totpDigits,
      period: ctx.limits.totpPeriodSeconds,
    };
  },

  async confirmAuthenticatorEnrollment(ctx, { enrollmentId, code }) {
    const enrollment = own(ctx.state.enrollments, enrollmentId);
    if (enrollment?.userId !== ctx.user.userId)
      fail('not_found', { message: 'No such enrolment.' });
    const account = ctx.user;
    requireUnderCap(ctx, account);
    requireAttemptsLeft(enrollment);
    if (ctx.now >= enrollment.expiresAt) fail('code_expired');
    const step = await totpStep(enrollment.secret, code, ctx.now, ctx.limits);
    if (step === null) wrongAttempt(ctx, account, enrollment);
    rightAnswer(account);
    account.primary = {
      type: 'totp',
      label: 'Authenticator app',
      secret: enrollment.secret,
      lastStep: step,
    };
    delete ctx.state.enrollments[enrollmentId];
    sendSecurityNotice(ctx, account, 'an authenticator app was set up for 2-factor authentication');
    return { enrolled: true };
  },
};
