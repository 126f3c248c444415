/** The 2FA device: enrolling an authenticator app, and removing the device. */
import { generate } from 'otplib';
import { check, equal, expectError } from '../assert.js';
import { rule, wrongCode } from '../rule.js';

export const authenticatorRules = [
  rule({
    id: 'enrolment.confirm',
    title: 'a new authenticator app is enrolled with a code from it, replacing the old, once',
    account: 'sms-primary',
    needs: ['outbox', 'clock'],
    async run(t) {
      const enrollment = await t.client.startAuthenticatorEnrollment({});
      equal([enrollment.digits, enrollment.period], [6, 30], 'digits and period');
      check(/^[A-Z2-7]{16,}$/.test(enrollment.secret), 'the secret is not base32');
      check(
        /^otpauth:\/\/totp\//.test(enrollment.otpauthUri) &&
          enrollment.otpauthUri.includes(`secret=${enrollment.secret}`),
        'the otpauth URI does not hold the secret',
      );
      const code = await generate({ secret: enrollment.secret, epoch: await t.now() });
      const { enrollmentId } = enrollment;
      equal(
        await t.client.confirmAuthenticatorEnrollment({ enrollmentId, code }),
        { enrolled: true },
        'confirmAuthenticatorEnrollment',
      );
      equal((await t.client.getStatus({})).primary?.type, 'totp', 'the 2FA method');
      equal((await t.sent({ kind: 'security-notice' })).length, 1, 'security notices sent');
      await expectError(
        t.client.confirmAuthenticatorEnrollment({ enrollmentId, code }),
        'not_found',
      );
    },
  }),

  rule({
    id: 'enrolment.window',
    title: 'enrolment accepts a code one step (30 s) old, not two',
    account: 'no-backup',
    needs: ['clock'],
    async run(t) {
      const { enrollmentId, secret } = await t.client.startAuthenticatorEnrollment({});
      const time = await t.now();
      const twoStepsOld = await generate({ secret, epoch: time - 60 });
      await expectError(
        t.client.confirmAuthenticatorEnrollment({ enrollmentId, code: twoStepsOld }),
        'invalid_code',
      );
      await t.client.confirmAuthenticatorEnrollment({
        enrollmentId,
        code: await generate({ secret, epoch: time - 30 }),
      });
    },
  }),

  rule({
    id: 'enrolment.attempts',
    title: 'an enrolment ends after 5 wrong codes',
    account: 'no-backup',
    needs: ['clock'],
    async run(t) {
      const { enrollmentId, secret } = await t.client.startAuthenticatorEnrollment({});
      const code = await generate({ secret, epoch: await t.now() });
      const wrong = { enrollmentId, code: wrongCode(code) };
      for (let i = 0; i < 4; i++)
        await expectError(t.client.confirmAuthenticatorEnrollment(wrong), 'invalid_code');
      await expectError(t.client.confirmAuthenticatorEnrollment(wrong), 'too_many_attempts');
    },
  }),

  rule({
    id: 'enrolment.expiry',
    title: 'an enrolment expires after 10 minutes: code_expired',
    account: 'no-backup',
    needs: ['clock'],
    async run(t) {
      const { enrollmentId, secret } = await t.client.startAuthenticatorEnrollment({});
      await t.dev.advanceClock(600);
      const fresh = await generate({ secret, epoch: await t.now() });
      await expectError(
        t.client.confirmAuthenticatorEnrollment({ enrollmentId, code: fresh }),
        'code_expired',
      );
      await expectError(
        t.client.confirmAuthenticatorEnrollment({ enrollmentId: 'en_made_up', code: fresh }),
        'not_found',
      );
    },
  }),

  rule({
    id: 'device.remove',
    title: 'removing the device leaves no 2FA method, with a notice',
    account: 'email-backup',
    needs: ['outbox'],
    async run(t) {
      equal(await t.client.removeDevice({}), { removed: true }, 'removeDevice');
      equal((await t.client.getStatus({})).primary, null, 'the 2FA method');
      const notices = await t.sent({ kind: 'security-notice', to: 'ada@example.com' });
      equal(notices.length, 1, 'security notices sent');
    },
  }),

  rule({
    id: 'device.no-step-up-left',
    title: 'once there is no 2FA method to step up with, enrolling needs no step-up',
    account: 'step-up',
    needs: ['clock', 'totp'],
    async run(t) {
      await t.stepUpWithApp();
      await t.client.removeDevice({});
      await t.dev.advanceClock(301);
      await t.client.startAuthenticatorEnrollment({});
    },
  }),
];
