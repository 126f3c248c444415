import { expect } from '@open-wc/testing';
import { RecoveryError } from '../../src/api/client.js';
import type { Challenge } from '../../src/api/contract.js';
import {
  canGoBack,
  initialReset,
  resetTransition,
  type ResetEvent,
  type ResetState,
  type ResetStep,
} from '../../src/flows/two-factor-reset.js';

const challenge = { challengeId: 'ch_1' } as Challenge;
const resent = { challengeId: 'ch_1', maskedDestination: 'new' } as Challenge;

/** One state of each step. */
const states: Record<ResetStep, ResetState> = {
  closed: { step: 'closed' },
  choose: { step: 'choose' },
  code: { step: 'code', challenge },
  verified: { step: 'verified', recoveryToken: 'rt' },
  'device-removed': { step: 'device-removed', recoveryToken: 'rt' },
  'email-sent': { step: 'email-sent', maskedEmail: 'a•••@x.org' },
  'new-key': { step: 'new-key', recoveryKey: 'KEY', createdAt: '2026-01-01T00:00:00Z' },
  redeem: { step: 'redeem', newKey: false },
  'signed-in': { step: 'signed-in', redirectUrl: null },
  'no-backup': { step: 'no-backup' },
  'no-access': { step: 'no-access', challenge },
  locked: { step: 'locked', retryAfterSeconds: 900 },
  expired: { step: 'expired' },
};

const failure = (code: string, retryAfterSeconds?: number): ResetEvent => ({
  type: 'failed',
  error: new RecoveryError(code, retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
});

/** One event of each kind, and each failure that can change the step. */
const events: Record<string, ResetEvent> = {
  open: { type: 'open' },
  challengeSent: { type: 'challengeSent', challenge: resent },
  verified: { type: 'verified', recoveryToken: 'rt2' },
  noAccess: { type: 'noAccess' },
  deviceRemoved: { type: 'deviceRemoved' },
  emailSent: { type: 'emailSent', maskedEmail: 'a•••@example.com' },
  keyGenerated: { type: 'keyGenerated', recoveryKey: 'NEWKEY', createdAt: '2026-02-02T00:00:00Z' },
  keyAcknowledged: { type: 'keyAcknowledged' },
  useRecoveryKey: { type: 'useRecoveryKey' },
  redeemed: { type: 'redeemed', redirectUrl: '/home' },
  back: { type: 'back' },
  recoveryExpired: failure('recovery_expired'),
  unauthorized: failure('unauthorized'),
  noBackupMethod: failure('no_backup_method'),
  tooManyAttempts: failure('too_many_attempts', 900),
  tooManyAttemptsNoWait: failure('too_many_attempts'),
  invalidCode: failure('invalid_code'),
  network: failure('network'),
};

const expired: ResetState = { step: 'expired' };
const lockedFor = (retryAfterSeconds: number | null): ResetState => ({
  step: 'locked',
  retryAfterSeconds,
});

/** Every transition that changes the state (for an element without `open`); every other pair leaves it. */
const changes: Partial<Record<ResetStep, Record<string, ResetState>>> = {
  closed: { open: { step: 'choose' } },
  choose: {
    challengeSent: { step: 'code', challenge: resent },
    useRecoveryKey: { step: 'redeem', newKey: false },
    back: { step: 'closed' },
    noBackupMethod: { step: 'no-backup' },
    tooManyAttempts: lockedFor(900),
    tooManyAttemptsNoWait: lockedFor(null),
  },
  code: {
    challengeSent: { step: 'code', challenge: resent },
    verified: { step: 'verified', recoveryToken: 'rt2' },
    noAccess: { step: 'no-access', challenge },
    back: { step: 'choose' },
    tooManyAttempts: lockedFor(900),
    tooManyAttemptsNoWait: lockedFor(null),
  },
  verified: {
    deviceRemoved: { step: 'device-removed', recoveryToken: 'rt' },
    keyGenerated: { step: 'new-key', recoveryKey: 'NEWKEY', createdAt: '2026-02-02T00:00:00Z' },
  },
  'device-removed': { emailSent: { step: 'email-sent', maskedEmail: 'a•••@example.com' } },
  'new-key': { keyAcknowledged: { step: 'redeem', newKey: true } },
  redeem: {
    redeemed: { step: 'signed-in', redirectUrl: '/home' },
    back: { step: 'choose' },
    tooManyAttempts: lockedFor(900),
    tooManyAttemptsNoWait: lockedFor(null),
  },
  'no-backup': { back: { step: 'choose' } },
  'no-access': { back: { step: 'code', challenge } },
  locked: { back: { step: 'choose' } },
};

describe('the two-factor-reset flow', () => {
  it('starts closed, or at choose when open', () => {
    expect(initialReset(false)).to.deep.equal({ step: 'closed' });
    expect(initialReset(true)).to.deep.equal({ step: 'choose' });
  });

  for (const [step, state] of Object.entries(states) as [ResetStep, ResetState][]) {
    describe(`from ${step}`, () => {
      for (const [name, event] of Object.entries(events)) {
        const sessionEnds = ['recoveryExpired', 'unauthorized'].includes(name);
        const expected =
          changes[step]?.[name] ?? (sessionEnds && step !== 'expired' ? expired : state);
        it(`${name} → ${expected === state ? 'stays' : expected.step}`, () => {
          const next = resetTransition(state, event);
          if (expected === state) expect(next).to.equal(state);
          else expect(next).to.deep.equal(expected);
        });
      }
    });
  }

  it('has no "Back" from choose when the element is open, nor after a new key', () => {
    expect(resetTransition(states.choose, events.back!, true)).to.equal(states.choose);
    expect(canGoBack(states.choose, true)).to.equal(false);
    expect(canGoBack(states.choose, false)).to.equal(true);
    expect(canGoBack({ step: 'redeem', newKey: true }, false)).to.equal(false);
    for (const step of [
      'verified',
      'device-removed',
      'email-sent',
      'new-key',
      'signed-in',
      'expired',
    ] as const) {
      expect(canGoBack(states[step], false), step).to.equal(false);
    }
  });

  it('leaves no recovery key in any state after "Done"', () => {
    const after = resetTransition(states['new-key'], events.keyAcknowledged!);
    expect(JSON.stringify(after)).not.to.contain('KEY');
  });
});
