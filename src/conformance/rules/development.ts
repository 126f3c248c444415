/** The development endpoints the other rules rely on, and links that never follow `Host`. */
import { check, equal, within } from '../assert.js';
import { rule, seconds } from '../rule.js';

export const developmentRules = [
  rule({
    id: 'dev.reset',
    title: '/__dev/reset answers the new status and empties the outbox',
    account: 'email-backup',
    needs: ['outbox'],
    async run(t) {
      await t.client.startBackupRecovery({});
      equal(await t.dev.reset('phone-backup'), await t.client.getStatus({}), 'the reset answer');
      equal(await t.dev.outbox(), [], 'the outbox');
    },
  }),

  rule({
    id: 'dev.outbox',
    title: '/__dev/outbox lists everything sent, newest last',
    account: 'email-backup',
    needs: ['outbox'],
    async run(t) {
      await t.client.startBackupRecovery({});
      await t.client.removeDevice({});
      const kinds = (await t.dev.outbox()).map((message) => message.kind);
      equal(kinds, ['recovery-code', 'security-notice'], 'the kinds sent');
    },
  }),

  rule({
    id: 'dev.clock',
    title: '/__dev/clock moves the clock forward by what it is told',
    account: 'email-backup',
    needs: ['clock'],
    async run(t) {
      const before = await t.now();
      within((await t.now()) - before, 0, 5, 'seconds between two readings');
      within(
        seconds((await t.dev.advanceClock(3600)).now) - before,
        3600,
        3605,
        'seconds after moving 3600',
      );
    },
  }),

  rule({
    id: 'links.not-from-host',
    title: "links in messages come from the site's configured origin, never the Host header",
    account: 'email-backup',
    needs: ['outbox', 'clock', 'host'],
    async run(t) {
      const host = 'localhost:9';
      const recoveryToken = await t.verifiedToken();
      await t.withHost!(host).sendSetupEmail({ recoveryToken });
      const [email] = await t.sent({ kind: 'setup-email' });
      check(email, 'no setup email in the outbox');
      const link = /https?:\/\/[^\s/]+/.exec(email.text)?.[0];
      check(link, 'the setup email has no link');
      check(link !== `http://${host}`, `the link was built from the Host header: ${link}`);
      if (t.siteOrigin) equal(link, t.siteOrigin, "the link's origin");
    },
  }),
];
