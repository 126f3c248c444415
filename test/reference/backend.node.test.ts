/**
 * The reference backend in-process, where a test can read the state it keeps: what codes are
 * stored as, how far the state can grow, the per-address throttle and the `limits` option.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import type { RecoveryError } from '../../src/api/client.js';
import { createReferenceBackend, type ReferenceOptions } from '../../src/reference/backend.js';
import { memoryStore, type WorldState } from '../../src/reference/state.js';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** A backend whose state the test can read. */
function backendWithState(options: ReferenceOptions = {}) {
  const store = memoryStore();
  const backend = createReferenceBackend({ ...options, store });
  const state = async () => (await store.load()) as WorldState;
  const lastCode = async () => (await backend.outbox()).findLast((m) => m.code)!.code!;
  return { backend, state, lastCode };
}

async function failure(call: Promise<unknown>): Promise<RecoveryError> {
  try {
    await call;
  } catch (error) {
    return error as RecoveryError;
  }
  throw new Error('expected the call to fail');
}

describe('the reference backend, in-process', () => {
  it('stores codes as an HMAC with a secret, never a bare hash of the code', async () => {
    const { backend, state, lastCode } = backendWithState({ account: 'sms-primary' });
    const { challengeId } = await backend.call('startBackupRecovery', {});
    const challengeCode = await lastCode();
    await backend.call('startStepUp', {});
    const stepUpCode = await lastCode();
    const { challenges, users } = await state();
    const stored = [challenges[challengeId]!.codeHash, users['ada@example.com']!.stepUp.code!.hash];
    for (const [digest, code] of [
      [stored[0]!, challengeCode],
      [stored[1]!, stepUpCode],
    ] as const) {
      assert.match(digest, /^[0-9a-f]{64}$/);
      assert.notEqual(digest, sha256(code));
      assert.ok(!JSON.stringify({ challenges, users }).includes(code), 'the code is not kept');
    }
    // Without the secret, trying every six-digit code finds nothing.
    const wanted = new Set(stored);
    for (let n = 0; n < 1_000_000; n++) assert.ok(!wanted.has(sha256(String(n).padStart(6, '0'))));
    await backend.call('verifyBackupRecovery', { challengeId, code: challengeCode });
  });

  it('keeps the newest 200 messages and admin resets, and forgets sends after 24 hours', async () => {
    const { backend, state } = backendWithState({
      limits: {
        sendsPerAccount: 10_000,
        sendsPerAccountPerDay: 10_000,
        sendsPerDestination: 10_000,
      },
    });
    for (let i = 0; i < 500; i++)
      await backend.call('startBackupMethodChange', { type: 'email', value: `n${i}@example.org` });
    assert.equal(
      Object.keys((await state()).challenges).length,
      1,
      'a new challenge ends the last',
    );
    for (let i = 0; i < 300; i++) {
      await backend.call(
        'adminResetTwoFactor',
        { userId: 'ada@example.com', reason: `reset ${i}` },
        { userId: 'grace@example.com' },
      );
    }
    let world = await state();
    assert.equal(world.outbox.length, 200);
    assert.equal(world.outbox.at(-1)!.kind, 'admin-reset');
    assert.equal(world.adminResets.length, 200);
    assert.equal(world.adminResets.at(-1)!.reason, 'reset 299');
    assert.equal(Object.keys(world.sends).length, 501); // the account, and each destination

    await backend.advanceClock(24 * 3600);
    await backend.call('startBackupMethodChange', { type: 'email', value: 'next@example.org' });
    world = await state();
    assert.deepEqual(Object.keys(world.sends).sort(), [
      'account:ada@example.com',
      'to:next@example.org',
    ]);
    assert.deepEqual(Object.values(world.sends), [
      [Date.parse(world.outbox.at(-1)!.sentAt)],
      [Date.parse(world.outbox.at(-1)!.sentAt)],
    ]);
  });

  it('with the default limits, a flood of sends stays at 20 a day and the state stays small', async () => {
    const { backend, state } = backendWithState({ account: 'sms-primary' });
    for (let round = 0; round < 20; round++) {
      await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          i % 2
            ? backend.call('startBackupRecovery', {})
            : backend.call('startBackupMethodChange', {
                type: 'phone',
                value: `+4477009${round}${i}`.padEnd(13, '0'),
              }),
        ),
      );
      await backend.advanceClock(900);
    }
    const world = await state();
    assert.equal(world.outbox.filter((message) => message.code).length, 20);
    assert.equal(world.sends['account:ada@example.com']!.length, 20);
    assert.ok(JSON.stringify(world).length < 50_000);
  });

  it('throttles sends per client address when it is given (4x the per-account limits)', async () => {
    const backend = createReferenceBackend({ limits: { sendsPerAccount: 2, addressFactor: 2 } });
    const from = (userId: string, clientAddress?: string) => ({ userId, clientAddress });
    const send = (value: string, caller: { userId: string; clientAddress?: string }) =>
      backend.call('startBackupMethodChange', { type: 'email', value }, caller);
    for (const userId of ['ada@example.com', 'grace@example.com']) {
      const name = userId.split('@')[0];
      await send(`${name}.1@example.org`, from(userId, '203.0.113.7'));
      await send(`${name}.2@example.org`, from(userId, '203.0.113.7'));
    }
    const refused = await failure(
      send('alan.1@example.org', from('alan@example.com', '203.0.113.7')),
    );
    assert.equal(refused.code, 'rate_limited');
    assert.ok(refused.retryAfterSeconds! > 0);
    await send('alan.1@example.org', from('alan@example.com', '198.51.100.1'));
    await send('alan.2@example.org', from('alan@example.com'));
  });

  it('takes any number of the rules as limits, each at least 1', async () => {
    const { backend } = backendWithState({
      limits: { codeTtlSeconds: 60, sendsPerDestination: 1 },
    });
    const challenge = await backend.call('startBackupRecovery', {});
    assert.equal(Date.parse(challenge.expiresAt) - Date.now() <= 60_000, true);
    assert.equal((await failure(backend.call('startBackupRecovery', {}))).code, 'rate_limited');
    for (const limits of [{ sendsPerAccount: 0 }, { lockoutSeconds: 1.5 }, { codeDigits: 3 }]) {
      assert.throws(() => createReferenceBackend({ limits }), RangeError);
    }
    assert.throws(() => createReferenceBackend({ limits: { noSuchLimit: 1 } as never }), TypeError);
  });
});
