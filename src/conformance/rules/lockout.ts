/** The account-wide cap: 100 wrong answers in a row lock recovery until an admin reset. */
import { equal, expectError } from '../assert.js';
import { rule, wrongCode, type RuleContext } from '../rule.js';

/** `count` wrong codes, four per challenge so no challenge ends, as fast as the throttle lets them go. */
async function wrongAnswers(t: RuleContext, count: number) {
  for (let done = 0; done < count;) {
    const { challengeId } = await t.startRecovery();
    const code = wrongCode(await t.lastCode());
    for (let i = 0; i < 4 && done < count; i++, done++)
      await expectError(t.client.verifyBackupRecovery({ challengeId, code }), 'invalid_code');
  }
}

const lockOutNotices = async (t: RuleContext) =>
  (await t.sent({ kind: 'security-notice', to: 'ada@example.com' })).filter((message) =>
    message.text.includes('locked'),
  );

export const lockoutRules = [
  rule({
    id: 'lockout.100-failures',
    title: '100 wrong answers in a row lock the account until an admin reset, with one notice',
    account: 'email-backup',
    needs: ['outbox', 'clock', 'admin'],
    async run(t) {
      await wrongAnswers(t, 100);
      equal((await lockOutNotices(t)).length, 1, 'lock-out notices');
      await expectError(t.client.startBackupRecovery({}), 'too_many_attempts');
      await expectError(t.client.redeemRecoveryKey({ recoveryKey: 'ABCD' }), 'too_many_attempts');
      await expectError(t.client.stepUp({ code: '123456' }), 'too_many_attempts');
      await t.dev.advanceClock(24 * 3600);
      await expectError(t.client.startBackupRecovery({}), 'too_many_attempts');
      equal((await lockOutNotices(t)).length, 1, 'lock-out notices a day later');
      await t.admin.adminResetTwoFactor({
        userId: 'ada@example.com',
        reason: 'Locked out; ID checked',
      });
      await t.verifiedToken();
    },
  }),

  rule({
    id: 'lockout.in-a-row',
    title: 'only failures in a row count: a right answer starts the count again',
    account: 'email-backup',
    needs: ['outbox', 'clock'],
    async run(t) {
      await wrongAnswers(t, 96);
      await t.verifiedToken();
      await wrongAnswers(t, 8);
      await t.verifiedToken();
      equal(await lockOutNotices(t), [], 'lock-out notices');
    },
  }),
];
