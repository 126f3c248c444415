/**
 * The send throttle: at most 5 codes per account in 15 minutes and 20 in 24 hours, 3 to one
 * destination in 15 minutes; only codes actually sent count.
 */
import type { RecoveryClient, RecoveryError } from '../../api/client.js';
import { equal, expectError, within } from '../assert.js';
import { adminId, rule, seconds, type RuleContext } from '../rule.js';

/** Asks for a code to a new backup email `value`. */
const sendTo = (t: RuleContext, value: string, caller: RecoveryClient = t.client) =>
  caller.startBackupMethodChange({ type: 'email', value });
const codesSent = async (t: RuleContext) => (await t.sent()).filter((m) => m.code).length;
const throttled: ['outbox', 'clock'] = ['outbox', 'clock'];

export const throttleRules = [
  rule({
    id: 'throttle.per-account',
    title: 'at most 5 codes per account in 15 minutes, resends and step-ups included',
    account: 'sms-primary',
    needs: throttled,
    async run(t) {
      const start = await t.now();
      await t.client.startStepUp({});
      const { challengeId } = await t.client.startBackupRecovery({});
      await t.dev.advanceClock(30);
      await t.client.resendCode({ challengeId });
      await sendTo(t, 'one@example.org');
      await sendTo(t, 'two@example.org');
      const refused = await expectError(sendTo(t, 'three@example.org'), 'rate_limited');
      within(refused.retryAfterSeconds ?? -1, 869, 870, 'retryAfterSeconds');
      await t.dev.advanceClock(30);
      await expectError(t.client.startStepUp({}), 'rate_limited');
      await expectError(t.client.resendCode({ challengeId }), 'rate_limited');
      await expectError(t.client.startBackupRecovery({}), 'rate_limited');
      equal(await codesSent(t), 5, 'codes sent');
      await t.dev.advanceClock(900 - 60);
      await sendTo(t, 'three@example.org');
      within((await t.now()) - start, 900, 905, 'seconds until the sixth code');
    },
  }),

  rule({
    id: 'throttle.per-day',
    title: 'at most 20 codes per account in 24 hours',
    account: 'no-backup',
    needs: throttled,
    async run(t) {
      for (let window = 0; window < 4; window++) {
        for (let i = 0; i < 5; i++) await sendTo(t, `n${window}.${i}@example.org`);
        await t.dev.advanceClock(900);
      }
      const refused = await expectError(sendTo(t, 'late@example.org'), 'rate_limited');
      within(refused.retryAfterSeconds ?? -1, 23 * 3600 - 1, 23 * 3600, 'retryAfterSeconds');
      await t.dev.advanceClock(refused.retryAfterSeconds!);
      await sendTo(t, 'late@example.org');
    },
  }),

  rule({
    id: 'throttle.per-destination',
    title: 'at most 3 codes to one destination in 15 minutes, whoever asks',
    account: 'no-backup',
    needs: ['outbox', 'users'],
    async run(t) {
      await sendTo(t, 'shared@example.org');
      await sendTo(t, 'shared@example.org');
      await sendTo(t, 'shared@example.org', t.signedInAs(adminId));
      await expectError(
        sendTo(t, 'shared@example.org', t.signedInAs('alan@example.com')),
        'rate_limited',
      );
      await expectError(sendTo(t, 'Shared@Example.org'), 'rate_limited');
      await sendTo(t, 'other@example.org');
      equal((await t.sent({ to: 'shared@example.org' })).length, 3, 'codes to shared@');
    },
  }),

  rule({
    id: 'throttle.counts-sent-only',
    title: 'only codes sent count: a step-up with the app sends nothing, a refused send nothing',
    account: 'email-backup',
    needs: throttled,
    async run(t) {
      for (let i = 0; i < 10; i++) await t.client.startStepUp({});
      for (let i = 0; i < 3; i++) await t.client.startBackupRecovery({});
      const first = await expectError(t.client.startBackupRecovery({}), 'rate_limited');
      for (let i = 0; i < 5; i++) {
        await t.dev.advanceClock(60);
        await expectError(t.client.startBackupRecovery({}), 'rate_limited');
      }
      await t.dev.advanceClock((first.retryAfterSeconds ?? 0) - 300);
      await t.client.startBackupRecovery({});
      equal(await codesSent(t), 4, 'codes sent');
    },
  }),

  rule({
    id: 'throttle.longest-wait',
    title: 'retryAfterSeconds is the longest wait among the limits reached',
    account: 'no-backup',
    needs: throttled,
    async run(t) {
      await sendTo(t, 'y1@example.org');
      await sendTo(t, 'y2@example.org');
      await t.dev.advanceClock(300);
      for (let i = 0; i < 3; i++) await sendTo(t, 'x@example.org');
      // The account is full until 600 s from now, x@ until 900 s from now.
      const x = await expectError(sendTo(t, 'x@example.org'), 'rate_limited');
      within(x.retryAfterSeconds ?? -1, 899, 900, 'retryAfterSeconds to x@');
      const z = await expectError(sendTo(t, 'z@example.org'), 'rate_limited');
      within(z.retryAfterSeconds ?? -1, 599, 600, 'retryAfterSeconds to z@');
    },
  }),

  rule({
    id: 'throttle.resend-offer',
    title: 'resendAvailableAt is never earlier than the throttle allows',
    account: 'email-backup',
    needs: throttled,
    async run(t) {
      const start = await t.now();
      for (const name of ['a', 'b', 'c', 'd']) await sendTo(t, `${name}@example.org`);
      const { challengeId, resendAvailableAt } = await t.client.startBackupRecovery({});
      within(seconds(resendAvailableAt) - start, 899, 901, 'seconds until a resend');
      await t.dev.advanceClock(30);
      await expectError(t.client.resendCode({ challengeId }), 'rate_limited');
    },
  }),

  rule({
    id: 'throttle.burst',
    title: 'the throttle holds against 20 parallel requests, resends included',
    account: 'no-backup',
    needs: throttled,
    async run(t) {
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) => sendTo(t, `burst${i}@example.org`)),
      );
      equal(results.filter((r) => r.status === 'fulfilled').length, 5, 'sends that went through');
      for (const result of results) {
        if (result.status === 'rejected')
          equal((result.reason as RecoveryError).code, 'rate_limited', 'a refused send');
      }
      equal(await codesSent(t), 5, 'codes sent');
      await t.dev.advanceClock(900);
      const { challengeId } = await sendTo(t, 'again@example.org');
      await t.dev.advanceClock(30);
      const resends = await Promise.allSettled(
        Array.from({ length: 20 }, () => t.client.resendCode({ challengeId })),
      );
      equal(resends.filter((r) => r.status === 'fulfilled').length, 1, 'resends that went through');
    },
  }),

  rule({
    id: 'throttle.reset-and-time',
    title: 'the throttle forgets on /__dev/reset and as the clock moves on',
    account: 'email-backup',
    needs: throttled,
    async run(t) {
      for (let i = 0; i < 3; i++) await t.client.startBackupRecovery({});
      await expectError(t.client.startBackupRecovery({}), 'rate_limited');
      await t.dev.reset('email-backup');
      for (let i = 0; i < 3; i++) await t.client.startBackupRecovery({});
      await expectError(t.client.startBackupRecovery({}), 'rate_limited');
      await t.dev.advanceClock(900);
      await t.client.startBackupRecovery({});
    },
  }),
];
