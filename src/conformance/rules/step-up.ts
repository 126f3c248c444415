/** "Verify it's you": step-up with the 2FA method before the operations it guards. */
import { equal, expectError, within } from '../assert.js';
import { rule, seconds, wrongCode } from '../rule.js';

export const stepUpRules = [
  rule({
    id: 'step-up.guards',
    title: 'where required, step-up guards the backup method, recovery key, device and enrolment',
    account: 'step-up',
    async run(t) {
      await expectError(
        t.client.startBackupMethodChange({ type: 'email', value: 'x@example.org' }),
        'step_up_required',
      );
      await expectError(t.client.generateRecoveryKey({}), 'step_up_required');
      await expectError(t.client.removeDevice({}), 'step_up_required');
      await expectError(t.client.startAuthenticatorEnrollment({}), 'step_up_required');
      await t.client.getStatus({});
    },
  }),

  rule({
    id: 'step-up.app',
    title: 'a step-up takes a code from the authenticator app, sends nothing, and lasts 5 minutes',
    account: 'step-up',
    needs: ['outbox', 'clock', 'totp'],
    async run(t) {
      equal(
        await t.client.startStepUp({}),
        { method: 'totp', maskedDestination: null, codeLength: 6 },
        'startStepUp',
      );
      equal(await t.sent(), [], 'the outbox');
      const { validUntil } = await t.client.stepUp({ code: (await t.dev.totp()).code! });
      within(seconds(validUntil) - (await t.now()), 298, 300, 'seconds until validUntil');
      await t.client.generateRecoveryKey({});
      await t.dev.advanceClock(300);
      await expectError(t.client.generateRecoveryKey({}), 'step_up_required');
    },
  }),

  rule({
    id: 'step-up.app-code-once',
    title: 'the same authenticator code is never taken twice',
    account: 'step-up',
    needs: ['totp'],
    async run(t) {
      const { code } = await t.dev.totp();
      await t.client.stepUp({ code: code! });
      await expectError(t.client.stepUp({ code: code! }), 'invalid_code');
    },
  }),

  rule({
    id: 'step-up.lockout',
    title: '5 wrong step-up codes in a row lock step-up for 15 minutes',
    account: 'step-up',
    needs: ['clock', 'totp'],
    async run(t) {
      const { code } = await t.dev.totp();
      for (const attemptsRemaining of [4, 3, 2, 1])
        await expectError(t.client.stepUp({ code: wrongCode(code!) }), 'invalid_code', {
          attemptsRemaining,
        });
      await expectError(t.client.stepUp({ code: wrongCode(code!) }), 'too_many_attempts', {
        retryAfterSeconds: 900,
      });
      await expectError(t.client.stepUp({ code: code! }), 'too_many_attempts');
      await t.dev.advanceClock(900);
      await t.stepUpWithApp();
    },
  }),

  rule({
    id: 'step-up.sms',
    title: 'where 2FA is by text, step-up texts a code, with a 30 s cooldown between codes',
    account: 'sms-primary',
    stepUpRequired: true,
    needs: ['outbox', 'clock'],
    async run(t) {
      await expectError(t.client.removeDevice({}), 'step_up_required');
      await expectError(t.client.stepUp({ code: '123456' }), 'code_expired');
      const challenge = await t.client.startStepUp({});
      equal([challenge.method, challenge.codeLength], ['sms', 6], 'startStepUp');
      const first = await t.lastCode('+447700900123');
      await t.dev.advanceClock(10);
      await expectError(t.client.startStepUp({}), 'rate_limited');
      await t.dev.advanceClock(20);
      await t.client.startStepUp({});
      const second = await t.lastCode('+447700900123');
      if (first !== second) await expectError(t.client.stepUp({ code: first }), 'invalid_code');
      await t.client.stepUp({ code: second });
      await t.client.removeDevice({});
    },
  }),

  rule({
    id: 'step-up.sms-expiry',
    title: 'a texted step-up code expires after 10 minutes',
    account: 'sms-primary',
    stepUpRequired: true,
    needs: ['outbox', 'clock'],
    async run(t) {
      await t.client.startStepUp({});
      const code = await t.lastCode('+447700900123');
      await t.dev.advanceClock(600);
      await expectError(t.client.stepUp({ code }), 'code_expired');
    },
  }),
];
