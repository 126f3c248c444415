/** Recovery at sign-in with the backup method: its codes, and the recovery token they earn. */
import { check, equal, expectError, within } from '../assert.js';
import { rule, seconds, wrongCode } from '../rule.js';

const outbox: ['outbox'] = ['outbox'];
const outboxAndClock: ['outbox', 'clock'] = ['outbox', 'clock'];

export const recoveryRules = [
  rule({
    id: 'recovery.code-sent',
    title: 'a 6-digit code goes to the backup email, and the message holds it',
    account: 'email-backup',
    needs: outbox,
    async run(t) {
      const challenge = await t.client.startBackupRecovery({});
      equal([challenge.channel, challenge.codeLength], ['email', 6], 'the channel and code length');
      const [message] = await t.sent({ kind: 'recovery-code' });
      check(message, 'no recovery code in the outbox');
      equal([message.to, message.channel], ['ada.backup@example.net', 'email'], 'sent to');
      check(/^\d{6}$/.test(message.code ?? ''), `the code sent is ${message.code}`);
      check(message.text.includes(message.code!), 'the message does not hold the code');
    },
  }),

  rule({
    id: 'recovery.webotp',
    title: 'a code by text message ends "@<site host> #<code>", the format WebOTP reads',
    account: 'phone-backup',
    needs: outbox,
    async run(t) {
      const challenge = await t.client.startBackupRecovery({});
      equal(challenge.channel, 'sms', 'the channel');
      const [message] = await t.sent({ kind: 'recovery-code' });
      check(message, 'no recovery code in the outbox');
      equal([message.to, message.channel], ['+447700900456', 'sms'], 'sent to');
      const host = t.siteOrigin ? new URL(t.siteOrigin).hostname : '[^\\s#]+';
      check(
        new RegExp(`\\n@${host} #${message.code}$`).test(message.text),
        `the text ends ${JSON.stringify(message.text.slice(-40))}`,
      );
    },
  }),

  rule({
    id: 'recovery.no-backup-method',
    title: 'recovery without a backup method answers no_backup_method and sends nothing',
    account: 'no-backup',
    needs: outbox,
    async run(t) {
      await expectError(t.client.startBackupRecovery({}), 'no_backup_method');
      equal(await t.sent(), [], 'the outbox');
    },
  }),

  rule({
    id: 'codes.single-use',
    title: 'the right code earns a recovery token once; used again it is not_found',
    account: 'email-backup',
    needs: outboxAndClock,
    async run(t) {
      const { challengeId } = await t.client.startBackupRecovery({});
      const code = await t.lastCode();
      const verified = await t.client.verifyBackupRecovery({ challengeId, code });
      within(seconds(verified.expiresAt) - (await t.now()), 598, 600, 'token lifetime (s)');
      await expectError(t.client.verifyBackupRecovery({ challengeId, code }), 'not_found');
    },
  }),

  rule({
    id: 'codes.five-attempts',
    title: 'wrong codes count down from 4, and the fifth ends the challenge',
    account: 'email-backup',
    needs: outboxAndClock,
    async run(t) {
      const { challengeId } = await t.client.startBackupRecovery({});
      const code = await t.lastCode();
      const wrong = { challengeId, code: wrongCode(code) };
      for (const attemptsRemaining of [4, 3, 2, 1])
        await expectError(t.client.verifyBackupRecovery(wrong), 'invalid_code', {
          attemptsRemaining,
        });
      await expectError(t.client.verifyBackupRecovery(wrong), 'too_many_attempts');
      await expectError(t.client.verifyBackupRecovery({ challengeId, code }), 'too_many_attempts');
      await t.dev.advanceClock(31);
      await expectError(t.client.resendCode({ challengeId }), 'too_many_attempts');
    },
  }),

  rule({
    id: 'codes.expiry',
    title: 'a code expires after 10 minutes (code_expired), and a resend brings a new one',
    account: 'email-backup',
    needs: outboxAndClock,
    async run(t) {
      const { challengeId, expiresAt } = await t.client.startBackupRecovery({});
      within(seconds(expiresAt) - (await t.now()), 598, 600, 'seconds until expiresAt');
      const code = await t.lastCode();
      await t.dev.advanceClock(600);
      await expectError(t.client.verifyBackupRecovery({ challengeId, code }), 'code_expired');
      const renewed = await t.client.resendCode({ challengeId });
      equal(renewed.challengeId, challengeId, 'the challengeId after a resend');
      await t.client.verifyBackupRecovery({ challengeId, code: await t.lastCode() });
    },
  }),

  rule({
    id: 'codes.resend-cooldown',
    title: 'a resend is rate_limited for 30 s, then sends a new code that replaces the old',
    account: 'email-backup',
    needs: outboxAndClock,
    async run(t) {
      const { challengeId, resendAvailableAt } = await t.client.startBackupRecovery({});
      within(seconds(resendAvailableAt) - (await t.now()), 28, 30, 'seconds until a resend');
      const first = await t.lastCode();
      await t.dev.advanceClock(10);
      const refused = await expectError(t.client.resendCode({ challengeId }), 'rate_limited');
      within(refused.retryAfterSeconds ?? -1, 19, 20, 'retryAfterSeconds');
      await t.dev.advanceClock(20);
      const resent = await t.client.resendCode({ challengeId });
      within(seconds(resent.resendAvailableAt) - (await t.now()), 28, 30, 'next resend in (s)');
      const second = await t.lastCode();
      equal((await t.sent({ kind: 'recovery-code' })).length, 2, 'codes sent');
      if (first !== second)
        await expectError(
          t.client.verifyBackupRecovery({ challengeId, code: first }),
          'invalid_code',
        );
      await t.client.verifyBackupRecovery({ challengeId, code: second });
    },
  }),

  rule({
    id: 'codes.resend-renews-attempts',
    title: 'a resend gives the challenge its attempts back',
    account: 'email-backup',
    needs: outboxAndClock,
    async run(t) {
      const { challengeId } = await t.client.startBackupRecovery({});
      const wrong = async () =>
        t.client.verifyBackupRecovery({ challengeId, code: wrongCode(await t.lastCode()) });
      const first = await expectError(wrong(), 'invalid_code');
      check(first.attemptsRemaining !== undefined, 'invalid_code without attemptsRemaining');
      for (let i = 1; i < first.attemptsRemaining; i++) await expectError(wrong(), 'invalid_code');
      await t.dev.advanceClock(30);
      await t.client.resendCode({ challengeId });
      await expectError(wrong(), 'invalid_code', { attemptsRemaining: first.attemptsRemaining });
    },
  }),

  rule({
    id: 'recovery-token.once-each',
    title:
      'the token removes the device, sends the setup email and makes a recovery key, each once',
    account: 'email-backup',
    needs: outboxAndClock,
    async run(t) {
      const recoveryToken = await t.verifiedToken();
      equal(
        await t.client.removeDeviceWithRecovery({ recoveryToken }),
        { removed: true },
        'removed',
      );
      equal((await t.client.getStatus({})).primary, null, 'the 2FA method afterwards');
      await expectError(t.client.removeDeviceWithRecovery({ recoveryToken }), 'recovery_expired');

      await t.client.sendSetupEmail({ recoveryToken });
      const [setupEmail] = await t.sent({ kind: 'setup-email' });
      check(setupEmail, 'no setup email in the outbox');
      equal([setupEmail.to, setupEmail.code], ['ada@example.com', null], 'the setup email');
      const link = t.siteOrigin ? `${t.siteOrigin}/` : 'http';
      check(setupEmail.text.includes(link), `the setup email has no link to ${link}…`);
      await expectError(t.client.sendSetupEmail({ recoveryToken }), 'recovery_expired');

      const { recoveryKey } = await t.client.generateRecoveryKeyWithRecovery({ recoveryToken });
      await expectError(
        t.client.generateRecoveryKeyWithRecovery({ recoveryToken }),
        'recovery_expired',
      );
      await t.client.redeemRecoveryKey({ recoveryKey });
    },
  }),

  rule({
    id: 'recovery-token.expiry',
    title: 'a recovery token ends after 10 minutes and on a new start; a made-up one is expired',
    account: 'email-backup',
    needs: outboxAndClock,
    async run(t) {
      const lapsed = await t.verifiedToken();
      await t.dev.advanceClock(600);
      await expectError(
        t.client.removeDeviceWithRecovery({ recoveryToken: lapsed }),
        'recovery_expired',
      );
      const replaced = await t.verifiedToken();
      await t.startRecovery();
      await expectError(t.client.sendSetupEmail({ recoveryToken: replaced }), 'recovery_expired');
      await expectError(
        t.client.sendSetupEmail({ recoveryToken: 'rt_made_up' }),
        'recovery_expired',
      );
    },
  }),

  rule({
    id: 'recovery.new-start-ends-older',
    title: 'a new recovery start ends the older challenge: not_found',
    account: 'email-backup',
    needs: outbox,
    async run(t) {
      const older = await t.client.startBackupRecovery({});
      const code = await t.lastCode();
      await t.client.startBackupRecovery({});
      await expectError(
        t.client.verifyBackupRecovery({ challengeId: older.challengeId, code }),
        'not_found',
      );
      await expectError(
        t.client.verifyBackupRecovery({ challengeId: 'ch_made_up', code }),
        'not_found',
      );
    },
  }),
];
