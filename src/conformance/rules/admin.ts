/** Admins look users up and reset their 2FA; no one else may, and each user acts on their own account. */
import { check, equal, expectError, within } from '../assert.js';
import { adminId, rule, seconds } from '../rule.js';

export const adminRules = [
  rule({
    id: 'admin.lookup',
    title: 'an admin looks a user up by ID, in any case; an unknown user is not_found',
    account: 'email-backup',
    needs: ['admin'],
    async run(t) {
      const found = await t.admin.adminGetUser({ userId: ' ADA@example.com ' });
      equal(found.userId, 'ada@example.com', 'userId');
      equal(found.status, await t.client.getStatus({}), "the user's status");
      await expectError(t.admin.adminGetUser({ userId: 'nobody@example.com' }), 'not_found');
    },
  }),

  rule({
    id: 'admin.reset',
    title:
      'an admin reset removes the device and key, keeps the backup method, tells the user, is logged',
    account: 'email-backup',
    needs: ['admin', 'outbox', 'clock', 'adminLog'],
    async run(t) {
      const reason = 'Lost phone; ID checked';
      const before = await t.client.getStatus({});
      const { resetAt } = await t.admin.adminResetTwoFactor({ userId: 'ada@example.com', reason });
      within(seconds(resetAt) - (await t.now()), -2, 2, 'resetAt against the backend clock (s)');
      equal(
        await t.client.getStatus({}),
        { primary: null, backupMethod: before.backupMethod, recoveryKey: null },
        'the status',
      );
      const [notice] = await t.sent({ kind: 'admin-reset' });
      check(notice?.to === 'ada@example.com', 'the user was not told');
      equal(
        await t.dev.adminLog(),
        [{ userId: 'ada@example.com', by: adminId, reason, resetAt }],
        'the admin log',
      );
      await expectError(
        t.admin.adminResetTwoFactor({ userId: 'nobody@example.com', reason: 'x' }),
        'not_found',
      );
    },
  }),

  rule({
    id: 'admin.forbidden',
    title: 'anyone but an admin is forbidden, whether or not the user exists; nothing changes',
    account: 'email-backup',
    needs: ['users', 'outbox', 'adminLog'],
    async run(t) {
      for (const caller of [t.client, t.signedInAs('alan@example.com')]) {
        for (const userId of ['ada@example.com', adminId, 'nobody@example.com']) {
          await expectError(caller.adminGetUser({ userId }), 'forbidden');
          await expectError(caller.adminResetTwoFactor({ userId, reason: 'x' }), 'forbidden');
        }
      }
      check((await t.client.getStatus({})).primary !== null, 'the 2FA method is gone');
      equal(await t.sent(), [], 'the outbox');
      equal(await t.dev.adminLog(), [], 'the admin log');
    },
  }),

  rule({
    id: 'admin.body-first',
    title: 'the body is checked before who is asking: junk is invalid_request, not forbidden',
    async run(t) {
      await expectError(
        t.unchecked('adminResetTwoFactor', { userId: 'ada@example.com', reason: '' }),
        'invalid_request',
      );
    },
  }),

  rule({
    id: 'users.unknown',
    title: 'a signed-in user the backend does not know is unauthorized, __proto__ included',
    needs: ['users'],
    async run(t) {
      for (const userId of ['mallory@example.com', '__proto__', 'constructor']) {
        await expectError(t.signedInAs(userId).getStatus({}), 'unauthorized');
        await expectError(
          t.signedInAs(userId).adminGetUser({ userId: 'ada@example.com' }),
          'unauthorized',
        );
      }
    },
  }),

  rule({
    id: 'users.own-account',
    title: 'each signed-in user acts on their own account',
    account: 'email-backup',
    needs: ['users'],
    async run(t) {
      const grace = t.signedInAs(adminId);
      equal((await grace.getStatus({})).primary?.type, 'sms', "grace's 2FA method");
      await grace.removeDevice({});
      equal((await grace.getStatus({})).primary, null, "grace's 2FA method afterwards");
      check((await t.client.getStatus({})).primary !== null, "ada's 2FA method is gone");
    },
  }),
];
