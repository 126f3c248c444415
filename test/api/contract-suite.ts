/**
 * The contract suite: every operation, error code and rule of CONTRACT.md §1, written once and
 * run against every way the reference backend can be reached (memory-client.test.ts,
 * reference-over-http.test.ts), so the two can never drift. Time is moved, never waited for.
 * Every error answer must be one that its operation lists in contract.ts (`errors`), which the
 * OpenAPI document renders.
 */
import { expect } from '@open-wc/testing';
import { generate } from 'otplib';
import type { RecoveryClient, RecoveryError } from '../../src/api/client.js';
import { isServerErrorCode, operations, type OperationName } from '../../src/api/contract.js';
import type { DemoAccountName } from '../../src/reference/dev-api.js';
import type { OutboxMessage } from '../../src/reference/state.js';
import type { DevClient } from '../../demo/dev-client.js';
import { expectError } from '../expect-error.js';

export interface Harness {
  /** Signed in as the demo account, ada@example.com. */
  client: RecoveryClient;
  dev: DevClient;
  /** A client on the same store, signed in as `userId`. */
  signedInAs(userId: string): RecoveryClient;
}

const adminId = 'grace@example.com';

/** `client`, failing any call that answers a server error code its operation does not list. */
function listedErrorsOnly(client: RecoveryClient): RecoveryClient {
  return new Proxy(client, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || typeof key !== 'string' || !Object.hasOwn(operations, key))
        return value;
      const { errors } = operations[key as OperationName];
      return async (...args: unknown[]) => {
        try {
          return await value.apply(target, args);
        } catch (error) {
          const { code } = error as RecoveryError;
          if (isServerErrorCode(code) && !errors.includes(code))
            throw new Error(`${key} answered ${code}, which its errors in contract.ts do not list`);
          throw error;
        }
      };
    },
  });
}

const recoveryKeyPattern = /^[23456789A-HJ-NP-Z]{24}$/;
const seconds = (iso: string) => Date.parse(iso) / 1000;

export function contractSuite(label: string, connect: () => Promise<Harness>): void {
  describe(label, function () {
    this.timeout(20_000);

    let client: RecoveryClient;
    let dev: DevClient;
    let signedInAs: Harness['signedInAs'];
    /** The admin, grace@example.com, on the same store. */
    const admin = () => signedInAs(adminId);
    /** A fresh world as demo account `account`. */
    async function as(account: DemoAccountName, options?: { stepUpRequired?: boolean }) {
      const harness = await connect();
      client = listedErrorsOnly(harness.client);
      dev = harness.dev;
      signedInAs = (userId) => listedErrorsOnly(harness.signedInAs(userId));
      await dev.reset(account, options);
    }
    const now = async () => seconds((await dev.advanceClock(0)).now);
    const sent = async (filter: Partial<OutboxMessage> = {}) =>
      (await dev.outbox()).filter((message) =>
        Object.entries(filter).every(
          ([key, value]) => message[key as keyof OutboxMessage] === value,
        ),
      );
    /** The newest code sent (to `to`, if given). */
    async function lastCode(to?: string): Promise<string> {
      const message = (await sent(to ? { to } : {})).findLast((m) => m.code !== null);
      if (!message?.code) throw new Error(`no code was sent${to ? ` to ${to}` : ''}`);
      return message.code;
    }
    const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    /** startBackupRecovery, moving the clock on as long as the send throttle asks. */
    async function startRecovery() {
      for (;;) {
        try {
          return await client.startBackupRecovery({});
        } catch (error) {
          const { code, retryAfterSeconds } = error as RecoveryError;
          if (code !== 'rate_limited' || !retryAfterSeconds) throw error;
          await dev.advanceClock(retryAfterSeconds);
        }
      }
    }
    async function verifiedToken() {
      const { challengeId } = await startRecovery();
      return (await client.verifyBackupRecovery({ challengeId, code: await lastCode() }))
        .recoveryToken;
    }
    async function stepUpWithApp() {
      await client.startStepUp({});
      return client.stepUp({ code: (await dev.totp()).code! });
    }

    describe('status and the demo accounts', () => {
      it('no-backup: an authenticator app, no backup method, no recovery key', async () => {
        await as('no-backup');
        expect(await client.getStatus({})).to.deep.equal({
          primary: { type: 'totp', label: 'Authenticator app' },
          backupMethod: null,
          recoveryKey: null,
        });
      });

      it('email-backup: the backup email, masked, and a recovery key', async () => {
        await as('email-backup');
        const status = await client.getStatus({});
        expect(status.backupMethod).to.deep.equal({
          type: 'email',
          maskedValue: 'a•••@example.net',
        });
        expect(status.recoveryKey?.createdAt).to.be.a('string');
      });

      it('phone-backup: the backup phone, masked to its last four digits', async () => {
        await as('phone-backup');
        expect((await client.getStatus({})).backupMethod).to.deep.equal({
          type: 'phone',
          maskedValue: '•••• 0456',
        });
      });

      it('sms-primary: 2FA by text message', async () => {
        await as('sms-primary');
        expect((await client.getStatus({})).primary).to.deep.equal({
          type: 'sms',
          label: 'Text message',
        });
      });

      it('answers invalid_request to an off-contract body', async () => {
        await as('email-backup');
        await expectError(client.stepUp({ code: 'twelve' }), 'invalid_request');
      });
    });

    describe('recovery with the backup method', () => {
      it('sends a 6-digit code to the backup email, valid 10 minutes, resendable after 30 s', async () => {
        await as('email-backup');
        const challenge = await client.startBackupRecovery({});
        expect(challenge).to.include({
          channel: 'email',
          maskedDestination: 'a•••@example.net',
          codeLength: 6,
        });
        const start = await now();
        expect(seconds(challenge.expiresAt) - start).to.be.within(598, 600);
        expect(seconds(challenge.resendAvailableAt) - start).to.be.within(28, 30);
        const [message] = await sent({ kind: 'recovery-code' });
        expect(message).to.include({ to: 'ada.backup@example.net', channel: 'email' });
        expect(message!.code).to.match(/^\d{6}$/);
        expect(message!.text).to.contain(message!.code!);
      });

      it('texts the backup phone, in the format WebOTP reads', async () => {
        await as('phone-backup');
        const challenge = await client.startBackupRecovery({});
        expect(challenge).to.include({ channel: 'sms', maskedDestination: '•••• 0456' });
        const [message] = await sent({ kind: 'recovery-code' });
        expect(message).to.include({ to: '+447700900456', channel: 'sms' });
        expect(message!.text.endsWith(`@${location.hostname} #${message!.code}`)).to.equal(true);
      });

      it('answers no_backup_method when there is none', async () => {
        await as('no-backup');
        await expectError(client.startBackupRecovery({}), 'no_backup_method');
        expect(await sent()).to.deep.equal([]);
      });

      it('trades the right code for a recovery token, once', async () => {
        await as('email-backup');
        const { challengeId } = await client.startBackupRecovery({});
        const code = await lastCode();
        const verified = await client.verifyBackupRecovery({ challengeId, code });
        expect(verified.recoveryToken).to.be.a('string');
        expect(seconds(verified.expiresAt) - (await now())).to.be.within(598, 600);
        await expectError(client.verifyBackupRecovery({ challengeId, code }), 'not_found');
      });

      it('counts wrong codes down, and the fifth ends the challenge', async () => {
        await as('email-backup');
        const { challengeId } = await client.startBackupRecovery({});
        const code = await lastCode();
        for (const attemptsRemaining of [4, 3, 2, 1]) {
          await expectError(
            client.verifyBackupRecovery({ challengeId, code: wrongCode(code) }),
            'invalid_code',
            {
              attemptsRemaining,
            },
          );
        }
        await expectError(
          client.verifyBackupRecovery({ challengeId, code: wrongCode(code) }),
          'too_many_attempts',
        );
        await expectError(client.verifyBackupRecovery({ challengeId, code }), 'too_many_attempts');
        await dev.advanceClock(31);
        await expectError(client.resendCode({ challengeId }), 'too_many_attempts');
      });

      it('lets a code expire after 10 minutes, and a resend brings a new one', async () => {
        await as('email-backup');
        const { challengeId } = await client.startBackupRecovery({});
        const code = await lastCode();
        await dev.advanceClock(600);
        await expectError(client.verifyBackupRecovery({ challengeId, code }), 'code_expired');
        const renewed = await client.resendCode({ challengeId });
        expect(renewed.challengeId).to.equal(challengeId);
        await client.verifyBackupRecovery({ challengeId, code: await lastCode() });
      });

      it('refuses a resend for 30 s, then sends a new code that replaces the old', async () => {
        await as('email-backup');
        const { challengeId } = await client.startBackupRecovery({});
        const first = await lastCode();
        await dev.advanceClock(10);
        const refused = await expectError(client.resendCode({ challengeId }), 'rate_limited');
        expect(refused.retryAfterSeconds).to.be.within(19, 20);
        await dev.advanceClock(20);
        const resent = await client.resendCode({ challengeId });
        expect(seconds(resent.resendAvailableAt) - (await now())).to.be.within(28, 30);
        const second = await lastCode();
        expect((await sent({ kind: 'recovery-code' })).length).to.equal(2);
        if (first !== second)
          await expectError(
            client.verifyBackupRecovery({ challengeId, code: first }),
            'invalid_code',
          );
        await client.verifyBackupRecovery({ challengeId, code: second });
      });

      it('renews the attempts on a resend', async () => {
        await as('email-backup');
        const { challengeId } = await client.startBackupRecovery({});
        for (let i = 0; i < 4; i++) {
          await expectError(
            client.verifyBackupRecovery({ challengeId, code: wrongCode(await lastCode()) }),
            'invalid_code',
          );
        }
        await dev.advanceClock(30);
        await client.resendCode({ challengeId });
        await expectError(
          client.verifyBackupRecovery({ challengeId, code: wrongCode(await lastCode()) }),
          'invalid_code',
          {
            attemptsRemaining: 4,
          },
        );
      });

      it('lets the token remove the device, send the setup email and make a recovery key, each once', async () => {
        await as('email-backup');
        const recoveryToken = await verifiedToken();

        expect(await client.removeDeviceWithRecovery({ recoveryToken })).to.deep.equal({
          removed: true,
        });
        expect((await client.getStatus({})).primary).to.equal(null);
        await expectError(client.removeDeviceWithRecovery({ recoveryToken }), 'recovery_expired');

        expect(await client.sendSetupEmail({ recoveryToken })).to.deep.equal({
          maskedEmail: 'a•••@example.com',
        });
        const [setupEmail] = await sent({ kind: 'setup-email' });
        expect(setupEmail).to.include({ to: 'ada@example.com', channel: 'email', code: null });
        expect(setupEmail!.text).to.contain(`${location.origin}/setup.html`);
        await expectError(client.sendSetupEmail({ recoveryToken }), 'recovery_expired');

        const { recoveryKey } = await client.generateRecoveryKeyWithRecovery({ recoveryToken });
        expect(recoveryKey).to.match(recoveryKeyPattern);
        await expectError(
          client.generateRecoveryKeyWithRecovery({ recoveryToken }),
          'recovery_expired',
        );
        await client.redeemRecoveryKey({ recoveryKey });
      });

      it('ends the token after 10 minutes, and on a new start', async () => {
        await as('email-backup');
        const lapsed = await verifiedToken();
        await dev.advanceClock(600);
        await expectError(
          client.removeDeviceWithRecovery({ recoveryToken: lapsed }),
          'recovery_expired',
        );

        const replaced = await verifiedToken();
        await client.startBackupRecovery({});
        await expectError(client.sendSetupEmail({ recoveryToken: replaced }), 'recovery_expired');
        await expectError(
          client.sendSetupEmail({ recoveryToken: 'rt_made_up' }),
          'recovery_expired',
        );
      });

      it('ends the older challenge on a new start', async () => {
        await as('email-backup');
        const older = await client.startBackupRecovery({});
        const code = await lastCode();
        await client.startBackupRecovery({});
        await expectError(
          client.verifyBackupRecovery({ challengeId: older.challengeId, code }),
          'not_found',
        );
        await expectError(
          client.verifyBackupRecovery({ challengeId: 'ch_made_up', code }),
          'not_found',
        );
      });
    });

    describe('recovery keys', () => {
      it('generates a 24-character key that replaces the old one, with a notice', async () => {
        await as('email-backup');
        const first = await client.generateRecoveryKey({});
        expect(first.recoveryKey).to.match(recoveryKeyPattern);
        expect((await client.getStatus({})).recoveryKey).to.deep.equal({
          createdAt: first.createdAt,
        });
        const second = await client.generateRecoveryKey({});
        expect(second.recoveryKey).not.to.equal(first.recoveryKey);
        await expectError(
          client.redeemRecoveryKey({ recoveryKey: first.recoveryKey }),
          'invalid_code',
        );
        expect(await sent({ kind: 'security-notice', to: 'ada@example.com' })).to.have.length(2);
      });

      it('signs in with the key as people paste it, once', async () => {
        await as('email-backup');
        const { recoveryKey } = await client.generateRecoveryKey({});
        const pasted = ` ${recoveryKey.toLowerCase().match(/.{4}/g)!.join('-')} `.replace('-', ' ');
        expect(await client.redeemRecoveryKey({ recoveryKey: pasted })).to.deep.equal({
          signedIn: true,
          redirectUrl: null,
        });
        expect((await client.getStatus({})).recoveryKey).to.equal(null);
        await expectError(client.redeemRecoveryKey({ recoveryKey }), 'invalid_code', {
          attemptsRemaining: 4,
        });
      });

      it('locks for 15 minutes after 5 wrong keys in a row', async () => {
        await as('email-backup');
        const { recoveryKey } = await client.generateRecoveryKey({});
        const wrong = `${recoveryKey.slice(0, -1)}${recoveryKey.endsWith('2') ? '3' : '2'}`;
        for (const attemptsRemaining of [4, 3, 2, 1]) {
          await expectError(client.redeemRecoveryKey({ recoveryKey: wrong }), 'invalid_code', {
            attemptsRemaining,
          });
        }
        await expectError(client.redeemRecoveryKey({ recoveryKey: wrong }), 'too_many_attempts', {
          retryAfterSeconds: 900,
        });
        const locked = await expectError(
          client.redeemRecoveryKey({ recoveryKey }),
          'too_many_attempts',
        );
        expect(locked.retryAfterSeconds).to.be.within(899, 900);
        await dev.advanceClock(900);
        await client.redeemRecoveryKey({ recoveryKey });
      });

      it('ends the pending recovery when the key signs in', async () => {
        await as('email-backup');
        const { recoveryKey } = await client.generateRecoveryKey({});
        const recoveryToken = await verifiedToken();
        await client.redeemRecoveryKey({ recoveryKey });
        await expectError(client.removeDeviceWithRecovery({ recoveryToken }), 'recovery_expired');
      });
    });

    describe('the backup method', () => {
      it('sets one up, proven by a code sent to it', async () => {
        await as('no-backup');
        const challenge = await client.startBackupMethodChange({
          type: 'email',
          value: 'New.Backup@Example.org',
        });
        expect(challenge).to.include({ channel: 'email', maskedDestination: 'n•••@example.org' });
        expect((await client.getStatus({})).backupMethod).to.equal(null);
        const code = await lastCode('new.backup@example.org');
        expect(
          await client.confirmBackupMethodChange({ challengeId: challenge.challengeId, code }),
        ).to.deep.equal({
          backupMethod: { type: 'email', maskedValue: 'n•••@example.org' },
        });
        expect((await client.getStatus({})).backupMethod).to.deep.equal({
          type: 'email',
          maskedValue: 'n•••@example.org',
        });
        expect(await sent({ kind: 'security-notice', to: 'ada@example.com' })).to.have.length(1);
      });

      it('keeps one method only: a phone number replaces the email address', async () => {
        await as('email-backup');
        const { challengeId, channel } = await client.startBackupMethodChange({
          type: 'phone',
          value: '+447700900999',
        });
        expect(channel).to.equal('sms');
        await client.confirmBackupMethodChange({
          challengeId,
          code: await lastCode('+447700900999'),
        });
        expect((await client.getStatus({})).backupMethod).to.deep.equal({
          type: 'phone',
          maskedValue: '•••• 0999',
        });
      });

      for (const [type, value] of [
        ['email', 'not-an-email'],
        ['email', 'ada@example'],
        ['phone', '07700 900999'],
        ['phone', '+44 7700 900999'],
        ['phone', '12345'],
      ] as const) {
        it(`refuses ${type} "${value}" with invalid_destination and sends nothing`, async () => {
          await as('email-backup');
          await expectError(client.startBackupMethodChange({ type, value }), 'invalid_destination');
          expect(await sent()).to.deep.equal([]);
        });
      }

      for (const value of [
        'ada\u0000@example.org',
        'ada\u0007x@example.org',
        'ada\u202Egro.elpmaxe@example.org',
        'ada\u200B@example.org',
        '<ada>@example.org',
        'ada@exam<script>ple.org',
      ]) {
        it(`refuses an email with a control, bidi or markup character: ${JSON.stringify(value)}`, async () => {
          await as('email-backup');
          await expectError(
            client.startBackupMethodChange({ type: 'email', value }),
            'invalid_destination',
          );
          expect(await sent()).to.deep.equal([]);
        });
      }

      it('masks whole characters, never half an emoji', async () => {
        await as('no-backup');
        const masked = async (value: string) =>
          (await client.startBackupMethodChange({ type: 'email', value })).maskedDestination;
        expect(await masked('😀x@e.co')).to.equal('😀•••@e.co');
        expect(await masked('👍🏽x@example.org')).to.equal('👍🏽•••@example.org');
        expect(await masked('👩‍👩‍👧@example.org')).to.equal('👩‍👩‍👧•••@example.org');
      });

      it('refuses the backup method already set with same_as_current, and sends nothing', async () => {
        await as('email-backup');
        await expectError(
          client.startBackupMethodChange({ type: 'email', value: ' Ada.Backup@Example.NET ' }),
          'same_as_current',
        );
        await dev.reset('phone-backup');
        await expectError(
          client.startBackupMethodChange({ type: 'phone', value: '+447700900456' }),
          'same_as_current',
        );
        expect(await sent()).to.deep.equal([]);
      });

      it('refuses the account email, in any case, with same_as_primary', async () => {
        await as('email-backup');
        await expectError(
          client.startBackupMethodChange({ type: 'email', value: 'ADA@example.com' }),
          'same_as_primary',
        );
      });

      it('refuses the phone 2FA texts go to with same_as_primary', async () => {
        await as('sms-primary');
        await expectError(
          client.startBackupMethodChange({ type: 'phone', value: '+447700900123' }),
          'same_as_primary',
        );
      });

      it('checks the code, and knows a challenge of another kind is not one of its own', async () => {
        await as('email-backup');
        const { challengeId } = await client.startBackupMethodChange({
          type: 'email',
          value: 'other@example.org',
        });
        const code = await lastCode();
        await expectError(
          client.confirmBackupMethodChange({ challengeId, code: wrongCode(code) }),
          'invalid_code',
          {
            attemptsRemaining: 4,
          },
        );
        const recovery = await client.startBackupRecovery({});
        await expectError(
          client.confirmBackupMethodChange({
            challengeId: recovery.challengeId,
            code: await lastCode(),
          }),
          'not_found',
        );
        await client.confirmBackupMethodChange({ challengeId, code });
      });
    });

    describe('step-up', () => {
      it('guards the four operations where the account requires it', async () => {
        await as('step-up');
        await expectError(
          client.startBackupMethodChange({ type: 'email', value: 'x@example.org' }),
          'step_up_required',
        );
        await expectError(client.generateRecoveryKey({}), 'step_up_required');
        await expectError(client.removeDevice({}), 'step_up_required');
        await expectError(client.startAuthenticatorEnrollment({}), 'step_up_required');
        await client.getStatus({});
      });

      it('takes a code from the authenticator app, and is valid 5 minutes', async () => {
        await as('step-up');
        expect(await client.startStepUp({})).to.deep.equal({
          method: 'totp',
          maskedDestination: null,
          codeLength: 6,
        });
        expect(await sent()).to.deep.equal([]);
        const { validUntil } = await client.stepUp({ code: (await dev.totp()).code! });
        expect(seconds(validUntil) - (await now())).to.be.within(298, 300);
        await client.generateRecoveryKey({});
        await dev.advanceClock(300);
        await expectError(client.generateRecoveryKey({}), 'step_up_required');
      });

      it('never takes the same authenticator code twice', async () => {
        await as('step-up');
        const { code } = await dev.totp();
        await client.stepUp({ code: code! });
        await expectError(client.stepUp({ code: code! }), 'invalid_code');
      });

      it('locks for 15 minutes after 5 wrong codes in a row', async () => {
        await as('step-up');
        const { code } = await dev.totp();
        for (const attemptsRemaining of [4, 3, 2, 1]) {
          await expectError(client.stepUp({ code: wrongCode(code!) }), 'invalid_code', {
            attemptsRemaining,
          });
        }
        await expectError(client.stepUp({ code: wrongCode(code!) }), 'too_many_attempts', {
          retryAfterSeconds: 900,
        });
        await expectError(client.stepUp({ code: code! }), 'too_many_attempts');
        await dev.advanceClock(900);
        await stepUpWithApp();
      });

      it('texts a code where 2FA is by text, with a 30 s cooldown between codes', async () => {
        await as('sms-primary', { stepUpRequired: true });
        await expectError(client.removeDevice({}), 'step_up_required');
        await expectError(client.stepUp({ code: '123456' }), 'code_expired');
        expect(await client.startStepUp({})).to.deep.equal({
          method: 'sms',
          maskedDestination: '•••• 0123',
          codeLength: 6,
        });
        const first = await lastCode('+447700900123');
        await expectError(client.startStepUp({}), 'rate_limited');
        await dev.advanceClock(30);
        await client.startStepUp({});
        const second = await lastCode('+447700900123');
        if (first !== second) await expectError(client.stepUp({ code: first }), 'invalid_code');
        await client.stepUp({ code: second });
        await client.removeDevice({});
      });

      it('lets a texted code expire after 10 minutes', async () => {
        await as('sms-primary', { stepUpRequired: true });
        await client.startStepUp({});
        const code = await lastCode('+447700900123');
        await dev.advanceClock(600);
        await expectError(client.stepUp({ code }), 'code_expired');
      });
    });

    describe('the authenticator app', () => {
      const enrol = async () => ({ enrollment: await client.startAuthenticatorEnrollment({}) });

      it('enrols a new app with a code from it, replacing the old', async () => {
        await as('sms-primary');
        const { enrollment } = await enrol();
        expect(enrollment).to.include({ digits: 6, period: 30 });
        expect(enrollment.secret).to.match(/^[A-Z2-7]{16,}$/);
        expect(enrollment.otpauthUri).to.match(/^otpauth:\/\/totp\//);
        expect(enrollment.otpauthUri).to.contain(`secret=${enrollment.secret}`);
        const code = await generate({ secret: enrollment.secret, epoch: await now() });
        expect((await dev.totp()).enrollmentCode).to.equal(code);
        expect(
          await client.confirmAuthenticatorEnrollment({
            enrollmentId: enrollment.enrollmentId,
            code,
          }),
        ).to.deep.equal({
          enrolled: true,
        });
        expect((await client.getStatus({})).primary).to.deep.equal({
          type: 'totp',
          label: 'Authenticator app',
        });
        expect((await dev.totp()).code).to.equal(code);
        expect(await sent({ kind: 'security-notice' })).to.have.length(1);
        await expectError(
          client.confirmAuthenticatorEnrollment({ enrollmentId: enrollment.enrollmentId, code }),
          'not_found',
        );
      });

      it('accepts a code one step old, not two', async () => {
        await as('no-backup');
        const { enrollment } = await enrol();
        const { enrollmentId, secret } = enrollment;
        const time = await now();
        const twoStepsOld = await generate({ secret, epoch: time - 60 });
        await expectError(
          client.confirmAuthenticatorEnrollment({ enrollmentId, code: twoStepsOld }),
          'invalid_code',
        );
        await client.confirmAuthenticatorEnrollment({
          enrollmentId,
          code: await generate({ secret, epoch: time - 30 }),
        });
      });

      it('ends an enrolment after 5 wrong codes, or 10 minutes', async () => {
        await as('no-backup');
        const { enrollment } = await enrol();
        const code = (await dev.totp()).enrollmentCode!;
        for (let i = 0; i < 4; i++) {
          await expectError(
            client.confirmAuthenticatorEnrollment({
              enrollmentId: enrollment.enrollmentId,
              code: wrongCode(code),
            }),
            'invalid_code',
          );
        }
        await expectError(
          client.confirmAuthenticatorEnrollment({
            enrollmentId: enrollment.enrollmentId,
            code: wrongCode(code),
          }),
          'too_many_attempts',
        );

        const { enrollment: later } = await enrol();
        await dev.advanceClock(600);
        const late = (await dev.totp()).enrollmentCode;
        expect(late).to.equal(null);
        const fresh = await generate({ secret: later.secret, epoch: await now() });
        await expectError(
          client.confirmAuthenticatorEnrollment({ enrollmentId: later.enrollmentId, code: fresh }),
          'code_expired',
        );
        await expectError(
          client.confirmAuthenticatorEnrollment({ enrollmentId: 'en_made_up', code: fresh }),
          'not_found',
        );
      });
    });

    describe('removing the device', () => {
      it('removes it, with a notice', async () => {
        await as('email-backup');
        expect(await client.removeDevice({})).to.deep.equal({ removed: true });
        expect((await client.getStatus({})).primary).to.equal(null);
        expect(await sent({ kind: 'security-notice', to: 'ada@example.com' })).to.have.length(1);
      });

      it('needs no step-up once there is no 2FA method left to step up with', async () => {
        await as('step-up');
        await stepUpWithApp();
        await client.removeDevice({});
        await dev.advanceClock(301);
        await client.startAuthenticatorEnrollment({});
      });
    });

    describe('ids a client makes up', () => {
      const inherited = ['__proto__', 'constructor', 'valueOf', 'toString', 'hasOwnProperty'];

      it('finds only what the backend made: __proto__ and the like are not_found', async () => {
        await as('email-backup');
        const code = '123456';
        for (const id of inherited) {
          await expectError(client.resendCode({ challengeId: id }), 'not_found');
          await expectError(client.verifyBackupRecovery({ challengeId: id, code }), 'not_found');
          await expectError(
            client.confirmBackupMethodChange({ challengeId: id, code }),
            'not_found',
          );
          await expectError(
            client.confirmAuthenticatorEnrollment({ enrollmentId: id, code }),
            'not_found',
          );
          await expectError(admin().adminGetUser({ userId: id }), 'not_found');
          await expectError(admin().adminResetTwoFactor({ userId: id, reason: 'x' }), 'not_found');
          await expectError(signedInAs(id).getStatus({}), 'unauthorized');
        }
        expect(Object.keys(Object.prototype)).to.deep.equal([]);
        expect(await dev.adminLog()).to.deep.equal([]);
      });
    });

    describe('admins', () => {
      it('look a user up by ID, in any case', async () => {
        await as('email-backup');
        const found = await admin().adminGetUser({ userId: ' ADA@example.com ' });
        expect(found).to.deep.equal({
          userId: 'ada@example.com',
          displayName: 'Ada Lovelace',
          status: await client.getStatus({}),
        });
        expect((await admin().adminGetUser({ userId: adminId })).status.backupMethod).to.equal(
          null,
        );
        await expectError(admin().adminGetUser({ userId: 'nobody@example.com' }), 'not_found');
      });

      it('reset 2FA: device and recovery key gone, backup method kept, the user told, the reset logged', async () => {
        await as('email-backup');
        const reason = 'Lost phone; ID checked';
        const { resetAt } = await admin().adminResetTwoFactor({
          userId: 'ada@example.com',
          reason,
        });
        expect(seconds(resetAt)).to.be.closeTo(await now(), 2);
        expect(await client.getStatus({})).to.deep.equal({
          primary: null,
          backupMethod: { type: 'email', maskedValue: 'a•••@example.net' },
          recoveryKey: null,
        });
        const [notice] = await sent({ kind: 'admin-reset' });
        expect(notice).to.include({ to: 'ada@example.com', channel: 'email' });
        expect(notice!.text).to.match(/backup method/);
        expect(await dev.adminLog()).to.deep.equal([
          { userId: 'ada@example.com', by: adminId, reason, resetAt },
        ]);
        await expectError(
          admin().adminResetTwoFactor({ userId: 'nobody@example.com', reason: 'x' }),
          'not_found',
        );
      });

      it('are the only ones allowed: anyone else is forbidden, whether or not the user exists', async () => {
        await as('email-backup');
        for (const caller of [client, signedInAs('alan@example.com')]) {
          for (const userId of ['ada@example.com', adminId, 'nobody@example.com']) {
            await expectError(caller.adminGetUser({ userId }), 'forbidden');
            await expectError(caller.adminResetTwoFactor({ userId, reason: 'x' }), 'forbidden');
          }
        }
        expect((await client.getStatus({})).primary).not.to.equal(null);
        expect(await sent()).to.deep.equal([]);
        expect(await dev.adminLog()).to.deep.equal([]);
      });

      it('check the body before who is asking, so junk stays invalid_request', async () => {
        await as('email-backup');
        await expectError(
          client.adminResetTwoFactor({ userId: 'ada@example.com', reason: '' }),
          'invalid_request',
        );
      });

      it('answer unauthorized to a signed-in user nobody knows, for every operation', async () => {
        await as('email-backup');
        const stranger = signedInAs('mallory@example.com');
        await expectError(stranger.getStatus({}), 'unauthorized');
        await expectError(stranger.adminGetUser({ userId: 'ada@example.com' }), 'unauthorized');
      });

      it('let each signed-in user act on their own account', async () => {
        await as('email-backup');
        expect((await admin().getStatus({})).primary).to.deep.equal({
          type: 'sms',
          label: 'Text message',
        });
        await admin().removeDevice({});
        expect((await admin().getStatus({})).primary).to.equal(null);
        expect((await client.getStatus({})).primary).not.to.equal(null);
      });
    });

    describe('the account-wide cap of 100 wrong answers in a row', () => {
      /** `count` wrong codes, four per challenge so no challenge ends, as fast as the throttle lets them go. */
      async function wrongAnswers(count: number) {
        for (let done = 0; done < count;) {
          const { challengeId } = await startRecovery();
          const code = await lastCode();
          for (let i = 0; i < 4 && done < count; i++, done++) {
            await expectError(
              client.verifyBackupRecovery({ challengeId, code: wrongCode(code) }),
              'invalid_code',
            );
          }
        }
      }
      const lockOutNotices = async () =>
        (await sent({ kind: 'security-notice', to: 'ada@example.com' })).filter((message) =>
          message.text.includes('locked'),
        );

      it('locks the account until an admin resets 2FA, with one notice', async () => {
        await as('email-backup');
        const start = await now();
        await wrongAnswers(100);
        // 25 codes at 5 per 15 minutes and 20 a day: the throttle makes this take over a day.
        expect((await now()) - start).to.be.at.least(24 * 3600);
        expect(await lockOutNotices()).to.have.length(1);
        await expectError(client.startBackupRecovery({}), 'too_many_attempts');
        await expectError(client.redeemRecoveryKey({ recoveryKey: 'ABCD' }), 'too_many_attempts');
        await expectError(client.stepUp({ code: '123456' }), 'too_many_attempts');
        await dev.advanceClock(24 * 3600);
        await expectError(client.startBackupRecovery({}), 'too_many_attempts');
        expect(await lockOutNotices()).to.have.length(1);
        await admin().adminResetTwoFactor({
          userId: 'ada@example.com',
          reason: 'Locked out; ID checked',
        });
        await verifiedToken();
      });

      it('counts only failures in a row: a right answer starts the count again', async () => {
        await as('email-backup');
        await wrongAnswers(96);
        await verifiedToken();
        await wrongAnswers(8);
        await verifiedToken();
        expect(await lockOutNotices()).to.deep.equal([]);
      });
    });

    describe('the send throttle', () => {
      /** Asks for a code to a new backup email `value`; the answer or the error. */
      const sendTo = (value: string, caller = client) =>
        caller.startBackupMethodChange({ type: 'email', value });
      const codesSent = async () => (await sent()).filter((message) => message.code).length;

      it('sends at most 5 codes per account in 15 minutes, resends and step-ups included', async () => {
        await as('sms-primary');
        const start = await now();
        await client.startStepUp({});
        const { challengeId } = await client.startBackupRecovery({});
        await dev.advanceClock(30);
        await client.resendCode({ challengeId });
        await sendTo('one@example.org');
        await sendTo('two@example.org');
        const refused = await expectError(sendTo('three@example.org'), 'rate_limited');
        expect(refused.retryAfterSeconds).to.be.within(869, 870);
        await dev.advanceClock(30);
        await expectError(client.startStepUp({}), 'rate_limited');
        await expectError(client.resendCode({ challengeId }), 'rate_limited');
        await expectError(client.startBackupRecovery({}), 'rate_limited');
        expect(await codesSent()).to.equal(5);
        await dev.advanceClock(900 - 60);
        await sendTo('three@example.org');
        expect((await now()) - start).to.be.within(900, 905);
      });

      it('sends at most 20 per account in 24 hours', async () => {
        await as('no-backup');
        for (let window = 0; window < 4; window++) {
          for (let i = 0; i < 5; i++) await sendTo(`n${window}.${i}@example.org`);
          await dev.advanceClock(900);
        }
        const refused = await expectError(sendTo('late@example.org'), 'rate_limited');
        expect(refused.retryAfterSeconds).to.be.within(24 * 3600 - 3600 - 1, 24 * 3600 - 3600);
        await dev.advanceClock(refused.retryAfterSeconds!);
        await sendTo('late@example.org');
      });

      it('sends at most 3 codes to one destination in 15 minutes, whoever asks for them', async () => {
        await as('no-backup');
        await sendTo('shared@example.org');
        await sendTo('shared@example.org');
        await sendTo('shared@example.org', admin());
        await expectError(
          sendTo('shared@example.org', signedInAs('alan@example.com')),
          'rate_limited',
        );
        await expectError(sendTo('Shared@Example.org'), 'rate_limited');
        await sendTo('other@example.org');
        expect((await sent({ to: 'shared@example.org' })).length).to.equal(3);
      });

      it('counts only codes sent: a step-up with the app sends nothing, a refused send nothing', async () => {
        await as('email-backup');
        for (let i = 0; i < 10; i++) await client.startStepUp({});
        for (let i = 0; i < 3; i++) await client.startBackupRecovery({});
        const first = await expectError(client.startBackupRecovery({}), 'rate_limited');
        for (let i = 0; i < 5; i++) {
          await dev.advanceClock(60);
          await expectError(client.startBackupRecovery({}), 'rate_limited');
        }
        await dev.advanceClock(first.retryAfterSeconds! - 300);
        await client.startBackupRecovery({});
        expect(await codesSent()).to.equal(4);
      });

      it('waits for the longest of the limits reached', async () => {
        await as('no-backup');
        await sendTo('y1@example.org');
        await sendTo('y2@example.org');
        await dev.advanceClock(300);
        for (let i = 0; i < 3; i++) await sendTo('x@example.org');
        // The account is full until 600 s from now, x@ until 900 s from now.
        expect(
          (await expectError(sendTo('x@example.org'), 'rate_limited')).retryAfterSeconds,
        ).to.be.within(899, 900);
        expect(
          (await expectError(sendTo('z@example.org'), 'rate_limited')).retryAfterSeconds,
        ).to.be.within(599, 600);
      });

      it('offers no resend before the throttle allows one', async () => {
        await as('email-backup');
        const start = await now();
        for (const name of ['a', 'b', 'c', 'd']) await sendTo(`${name}@example.org`);
        const { challengeId, resendAvailableAt } = await client.startBackupRecovery({});
        expect(seconds(resendAvailableAt) - start).to.be.within(899, 901);
        await dev.advanceClock(30);
        await expectError(client.resendCode({ challengeId }), 'rate_limited');
      });

      it('holds against a burst of parallel requests', async () => {
        await as('no-backup');
        const results = await Promise.allSettled(
          Array.from({ length: 20 }, (_, i) => sendTo(`burst${i}@example.org`)),
        );
        expect(results.filter((result) => result.status === 'fulfilled')).to.have.length(5);
        for (const result of results) {
          if (result.status === 'rejected')
            expect((result.reason as RecoveryError).code).to.equal('rate_limited');
        }
        expect(await codesSent()).to.equal(5);

        await dev.advanceClock(900);
        const { challengeId } = await sendTo('again@example.org');
        await dev.advanceClock(30);
        const resends = await Promise.allSettled(
          Array.from({ length: 20 }, () => client.resendCode({ challengeId })),
        );
        expect(resends.filter((result) => result.status === 'fulfilled')).to.have.length(1);
      });

      it('forgets on a reset, and as the clock moves on', async () => {
        await as('email-backup');
        for (let i = 0; i < 3; i++) await client.startBackupRecovery({});
        await expectError(client.startBackupRecovery({}), 'rate_limited');
        await dev.reset('email-backup');
        for (let i = 0; i < 3; i++) await client.startBackupRecovery({});
        await expectError(client.startBackupRecovery({}), 'rate_limited');
        await dev.advanceClock(900);
        await client.startBackupRecovery({});
      });
    });

    describe('development endpoints', () => {
      it('reset answers the new status and empties the outbox', async () => {
        await as('email-backup');
        await client.startBackupRecovery({});
        expect(await dev.reset('phone-backup')).to.deep.equal(await client.getStatus({}));
        expect(await dev.outbox()).to.deep.equal([]);
      });

      it('the outbox lists everything sent, newest last', async () => {
        await as('email-backup');
        await client.startBackupRecovery({});
        await client.removeDevice({});
        expect((await dev.outbox()).map((message) => message.kind)).to.deep.equal([
          'recovery-code',
          'security-notice',
        ]);
      });

      it('the clock moves forward by what it is told', async () => {
        await as('email-backup');
        const before = await now();
        expect((await now()) - before).to.be.below(5);
        expect(seconds((await dev.advanceClock(3600)).now) - before).to.be.within(3600, 3605);
      });
    });
  });
}
