/** The backup method: one only, proven by a code, never the account's own email or 2FA phone. */
import { check, equal, expectError } from '../assert.js';
import { rule, wrongCode } from '../rule.js';

/** True if `text` has half of a surrogate pair: half an emoji. */
const hasLoneSurrogate = (text: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

export const backupMethodRules = [
  rule({
    id: 'backup-method.set-up',
    title: 'a backup method is set only once a code sent to it comes back, with a notice',
    account: 'no-backup',
    needs: ['outbox'],
    async run(t) {
      const challenge = await t.client.startBackupMethodChange({
        type: 'email',
        value: 'New.Backup@Example.org',
      });
      equal(challenge.channel, 'email', 'the channel');
      equal((await t.client.getStatus({})).backupMethod, null, 'the backup method before the code');
      const code = await t.lastCode('new.backup@example.org');
      const { backupMethod } = await t.client.confirmBackupMethodChange({
        challengeId: challenge.challengeId,
        code,
      });
      equal(backupMethod.type, 'email', 'the confirmed type');
      equal((await t.client.getStatus({})).backupMethod, backupMethod, 'the status');
      const notices = await t.sent({ kind: 'security-notice', to: 'ada@example.com' });
      equal(notices.length, 1, 'security notices sent');
    },
  }),

  rule({
    id: 'backup-method.one-only',
    title: 'one backup method only: a phone number replaces the email address',
    account: 'email-backup',
    needs: ['outbox'],
    async run(t) {
      const { challengeId, channel } = await t.client.startBackupMethodChange({
        type: 'phone',
        value: '+447700900999',
      });
      equal(channel, 'sms', 'the channel');
      await t.client.confirmBackupMethodChange({
        challengeId,
        code: await t.lastCode('+447700900999'),
      });
      equal((await t.client.getStatus({})).backupMethod?.type, 'phone', 'the backup method');
    },
  }),

  rule({
    id: 'backup-method.invalid-destination',
    title: 'an invalid or unsafe email or a non-E.164 phone is invalid_destination, nothing sent',
    account: 'email-backup',
    needs: ['outbox'],
    async run(t) {
      const values = [
        ['email', 'not-an-email'],
        ['email', 'ada@example'],
        ['phone', '07700 900999'],
        ['phone', '+44 7700 900999'],
        ['phone', '12345'],
        ['email', 'ada\u0000@example.org'],
        ['email', 'ada\u0007x@example.org'],
        ['email', 'ada\u202Egro.elpmaxe@example.org'],
        ['email', 'ada\u200B@example.org'],
        ['email', '<ada>@example.org'],
        ['email', 'ada@exam<script>ple.org'],
      ] as const;
      for (const [type, value] of values)
        await expectError(t.client.startBackupMethodChange({ type, value }), 'invalid_destination');
      equal(await t.sent(), [], 'the outbox');
    },
  }),

  rule({
    id: 'backup-method.masking',
    title: 'a masked destination hides the address and never cuts an emoji in half',
    account: 'no-backup',
    async run(t) {
      for (const value of ['😀x@e.co', '👍🏽x@example.org', '👩‍👩‍👧@example.org']) {
        const { maskedDestination } = await t.client.startBackupMethodChange({
          type: 'email',
          value,
        });
        check(maskedDestination !== value, `${value} is not masked`);
        check(!hasLoneSurrogate(maskedDestination), `${value} masks as half an emoji`);
      }
    },
  }),

  rule({
    id: 'backup-method.same-as-current',
    title:
      'the backup method already set, in any case or spacing, is same_as_current, nothing sent',
    account: 'email-backup',
    needs: ['outbox'],
    async run(t) {
      await expectError(
        t.client.startBackupMethodChange({ type: 'email', value: ' Ada.Backup@Example.NET ' }),
        'same_as_current',
      );
      await t.dev.reset('phone-backup');
      await expectError(
        t.client.startBackupMethodChange({ type: 'phone', value: '+447700900456' }),
        'same_as_current',
      );
      equal(await t.sent(), [], 'the outbox');
    },
  }),

  rule({
    id: 'backup-method.same-as-primary',
    title: "the account's email (any case) or its 2FA phone is same_as_primary",
    account: 'email-backup',
    async run(t) {
      await expectError(
        t.client.startBackupMethodChange({ type: 'email', value: 'ADA@example.com' }),
        'same_as_primary',
      );
      await t.dev.reset('sms-primary');
      await expectError(
        t.client.startBackupMethodChange({ type: 'phone', value: '+447700900123' }),
        'same_as_primary',
      );
    },
  }),

  rule({
    id: 'backup-method.confirm',
    title: 'confirming checks the code, and a challenge of another kind is not_found',
    account: 'email-backup',
    needs: ['outbox'],
    async run(t) {
      const { challengeId } = await t.client.startBackupMethodChange({
        type: 'email',
        value: 'other@example.org',
      });
      const code = await t.lastCode();
      await expectError(
        t.client.confirmBackupMethodChange({ challengeId, code: wrongCode(code) }),
        'invalid_code',
      );
      const recovery = await t.client.startBackupRecovery({});
      await expectError(
        t.client.confirmBackupMethodChange({
          challengeId: recovery.challengeId,
          code: await t.lastCode(),
        }),
        'not_found',
      );
      await t.client.confirmBackupMethodChange({ challengeId, code });
    },
  }),
];
