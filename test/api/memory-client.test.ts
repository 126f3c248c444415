import { expect } from '@open-wc/testing';
import { RecoveryError, withValidation } from '../../src/api/client.js';
import { createMemoryClient } from '../../src/api/memory-client.js';
import { expectError } from '../expect-error.js';

describe('createMemoryClient', () => {
  it('starts as email-backup, with no step-up, and stays on the page after a key sign-in', async () => {
    const client = createMemoryClient();
    expect((await client.getStatus({})).backupMethod?.type).to.equal('email');
    const { recoveryKey } = await client.generateRecoveryKey({});
    expect((await client.redeemRecoveryKey({ recoveryKey })).redirectUrl).to.equal(null);
  });

  it('takes the scenario: account, step-up, redirect and site name', async () => {
    const client = createMemoryClient({
      account: 'sms-primary',
      stepUpRequired: true,
      redirectUrl: '/home',
      siteName: 'Acme',
    });
    expect((await client.getStatus({})).primary?.type).to.equal('sms');
    await expectError(client.generateRecoveryKey({}), 'step_up_required');
    await client.startStepUp({});
    expect((await client.outbox())[0]!.text).to.contain('Acme');
    await client.stepUp({ code: (await client.lastCode())! });
    const { recoveryKey } = await client.generateRecoveryKey({});
    expect((await client.redeemRecoveryKey({ recoveryKey })).redirectUrl).to.equal('/home');
  });

  it("resets to the scenario's account, or another", async () => {
    const client = createMemoryClient({ account: 'no-backup' });
    await client.reset('phone-backup');
    expect((await client.getStatus({})).backupMethod?.type).to.equal('phone');
    await client.reset();
    expect((await client.getStatus({})).backupMethod).to.equal(null);
  });

  it('gives the newest code sent, and the authenticator code', async () => {
    const client = createMemoryClient();
    expect(await client.lastCode()).to.equal(null);
    await client.startBackupRecovery({});
    expect(await client.lastCode()).to.match(/^\d{6}$/);
    expect((await client.totp()).code).to.match(/^\d{6}$/);
  });

  it('sends the owner a security notice when a backup-method code is verified for a recovery', async () => {
    const client = createMemoryClient({ account: 'phone-backup' });
    const { challengeId } = await client.startBackupRecovery({});
    await client.verifyBackupRecovery({ challengeId, code: (await client.lastCode())! });
    const [code, notice] = await client.outbox();
    expect([code!.kind, notice?.kind]).to.deep.equal(['recovery-code', 'security-notice']);
    expect(notice!.to).to.equal('ada@example.com');
    expect(notice!.text).to.contain('start resetting 2-factor authentication');
  });

  it('signs in as another user on the same backend with as(userId): grace is an admin', async () => {
    const ada = createMemoryClient({ account: 'email-backup' });
    const grace = ada.as('grace@example.com');
    expect((await grace.adminGetUser({ userId: 'ada@example.com' })).displayName).to.equal(
      'Ada Lovelace',
    );
    await expectError(ada.adminGetUser({ userId: 'ada@example.com' }), 'forbidden');
    await grace.adminResetTwoFactor({ userId: 'ada@example.com', reason: 'Lost phone' });
    expect((await ada.getStatus({})).primary).to.equal(null);
    expect((await ada.adminLog()).map(({ userId, by }) => ({ userId, by }))).to.deep.equal([
      { userId: 'ada@example.com', by: 'grace@example.com' },
    ]);
    expect((await ada.outbox()).map((message) => message.kind)).to.deep.equal(['admin-reset']);
  });

  it('refuses admin operations to the default user', async () => {
    const client = createMemoryClient();
    await expectError(client.adminGetUser({ userId: 'ada@example.com' }), 'forbidden');
    await expectError(
      client.adminResetTwoFactor({ userId: 'nobody@example.com', reason: 'x' }),
      'forbidden',
    );
  });

  describe('faults', () => {
    for (const code of [
      'network',
      'timeout',
      'server',
      'rate_limited',
      'no_backup_method',
      'account_frozen',
    ]) {
      it(`fails an operation with "${code}" and leaves the rest working`, async () => {
        const client = createMemoryClient({ faults: { startBackupRecovery: code } });
        const error = await expectError(client.startBackupRecovery({}), code);
        expect(error).to.be.instanceOf(RecoveryError);
        expect(await client.outbox()).to.deep.equal([]);
        await client.getStatus({});
      });
    }

    it('fails with "bad_response" as an off-contract answer would', async () => {
      const client = createMemoryClient({ faults: { getStatus: 'bad_response' } });
      await expectError(client.getStatus({}), 'bad_response');
    });

    it('carries the details of a fault', async () => {
      const client = createMemoryClient({
        faults: {
          verifyBackupRecovery: { code: 'invalid_code', attemptsRemaining: 2 },
          resendCode: { code: 'rate_limited', retryAfterSeconds: 12 },
        },
      });
      await expectError(
        client.verifyBackupRecovery({ challengeId: 'ch', code: '123456' }),
        'invalid_code',
        {
          attemptsRemaining: 2,
        },
      );
      await expectError(client.resendCode({ challengeId: 'ch' }), 'rate_limited', {
        retryAfterSeconds: 12,
      });
    });

    it('fails only the first calls when given times, so "Try again" works', async () => {
      const client = createMemoryClient({ faults: { getStatus: { code: 'server', times: 2 } } });
      await expectError(client.getStatus({}), 'server');
      await expectError(client.getStatus({}), 'server');
      await client.getStatus({});
    });

    it('sets and clears a fault later', async () => {
      const client = createMemoryClient();
      client.setFault('getStatus', 'timeout');
      await expectError(client.getStatus({}), 'timeout');
      client.setFault('getStatus', null);
      await client.getStatus({});
    });
  });

  describe('latency and abort', () => {
    it('answers after the latency', async () => {
      const client = createMemoryClient({ latencyMs: 120 });
      const start = performance.now();
      await client.getStatus({});
      expect(performance.now() - start).to.be.at.least(110);
    });

    it('changes its latency when told', async () => {
      const client = createMemoryClient({ latencyMs: 5000 });
      client.setLatency(0);
      const start = performance.now();
      await client.getStatus({});
      expect(performance.now() - start).to.be.below(1000);
    });

    it('rejects at once when aborted during the latency, and the backend never sees the call', async () => {
      const client = createMemoryClient({ latencyMs: 5000 });
      const controller = new AbortController();
      const call = client.startBackupRecovery({}, { signal: controller.signal });
      controller.abort();
      const error = await call.catch((caught: unknown) => caught);
      expect((error as Error).name).to.equal('AbortError');
      expect(await client.outbox()).to.deep.equal([]);
    });

    it('ignores an answer that comes after an abort', async () => {
      const client = createMemoryClient();
      const controller = new AbortController();
      const call = client.getStatus({}, { signal: controller.signal });
      controller.abort();
      expect(((await call.catch((caught: unknown) => caught)) as Error).name).to.equal(
        'AbortError',
      );
    });
  });

  it("tells the backend's time, moved clock and all", async () => {
    const client = createMemoryClient();
    expect(Math.abs(client.now!() - Date.now())).to.be.below(50);
    await client.advanceClock(600);
    expect(client.now!() - Date.now()).to.be.within(599_000, 601_000);
  });

  it('is already checked against the contract', () => {
    const client = createMemoryClient();
    expect(withValidation(client)).to.equal(client);
  });
});
