/** Recovery keys: made while signed in, redeemed at sign-in, once. */
import { check, equal, expectError, within } from '../assert.js';
import { rule } from '../rule.js';

const recoveryKeyPattern = /^[23456789A-HJ-NP-Z]{24}$/;

export const recoveryKeyRules = [
  rule({
    id: 'recovery-key.generate',
    title:
      'a new key has 24 characters of the unambiguous alphabet, replaces the old, with a notice',
    account: 'email-backup',
    needs: ['outbox'],
    async run(t) {
      const first = await t.client.generateRecoveryKey({});
      check(recoveryKeyPattern.test(first.recoveryKey), 'the key is not 24 unambiguous characters');
      equal(
        (await t.client.getStatus({})).recoveryKey,
        { createdAt: first.createdAt },
        'the status',
      );
      const second = await t.client.generateRecoveryKey({});
      check(second.recoveryKey !== first.recoveryKey, 'the second key is the first');
      await expectError(
        t.client.redeemRecoveryKey({ recoveryKey: first.recoveryKey }),
        'invalid_code',
      );
      const notices = await t.sent({ kind: 'security-notice', to: 'ada@example.com' });
      equal(notices.length, 2, 'security notices sent');
    },
  }),

  rule({
    id: 'recovery-key.redeem-once',
    title: 'a key signs in as people paste it (spaces, dashes, any case), once',
    account: 'email-backup',
    async run(t) {
      const { recoveryKey } = await t.client.generateRecoveryKey({});
      const pasted = ` ${recoveryKey.toLowerCase().match(/.{4}/g)!.join('-')} `.replace('-', ' ');
      const answer = await t.client.redeemRecoveryKey({ recoveryKey: pasted });
      equal(answer.signedIn, true, 'signedIn');
      equal((await t.client.getStatus({})).recoveryKey, null, 'the recovery key afterwards');
      await expectError(t.client.redeemRecoveryKey({ recoveryKey }), 'invalid_code', {
        attemptsRemaining: 4,
      });
    },
  }),

  rule({
    id: 'recovery-key.lockout',
    title: '5 wrong keys in a row lock redeeming for 15 minutes',
    account: 'email-backup',
    needs: ['clock'],
    async run(t) {
      const { recoveryKey } = await t.client.generateRecoveryKey({});
      const wrong = `${recoveryKey.slice(0, -1)}${recoveryKey.endsWith('2') ? '3' : '2'}`;
      for (const attemptsRemaining of [4, 3, 2, 1])
        await expectError(t.client.redeemRecoveryKey({ recoveryKey: wrong }), 'invalid_code', {
          attemptsRemaining,
        });
      await expectError(t.client.redeemRecoveryKey({ recoveryKey: wrong }), 'too_many_attempts', {
        retryAfterSeconds: 900,
      });
      const locked = await expectError(
        t.client.redeemRecoveryKey({ recoveryKey }),
        'too_many_attempts',
      );
      within(locked.retryAfterSeconds ?? -1, 899, 900, 'retryAfterSeconds');
      await t.dev.advanceClock(900);
      await t.client.redeemRecoveryKey({ recoveryKey });
    },
  }),

  rule({
    id: 'recovery-key.ends-recovery',
    title: 'signing in with a key ends the pending recovery: its token is recovery_expired',
    account: 'email-backup',
    needs: ['outbox', 'clock'],
    async run(t) {
      const { recoveryKey } = await t.client.generateRecoveryKey({});
      const recoveryToken = await t.verifiedToken();
      await t.client.redeemRecoveryKey({ recoveryKey });
      await expectError(t.client.removeDeviceWithRecovery({ recoveryToken }), 'recovery_expired');
    },
  }),
];
