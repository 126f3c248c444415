import { expect } from '@open-wc/testing';
import { RecoveryError } from '../../src/api/client.js';
import type { Status } from '../../src/api/contract.js';
import {
  initialProtection,
  missing,
  protectionTransition,
  type ProtectionEvent,
  type ProtectionState,
  type ProtectionStep,
} from '../../src/flows/account-protection.js';

const error = new RecoveryError('server');
const bare: Status = { primary: null, backupMethod: null, recoveryKey: null };
const complete: Status = {
  primary: { type: 'totp', label: 'Authenticator app' },
  backupMethod: { type: 'email', maskedValue: 'a•••@example.net' },
  recoveryKey: { createdAt: '2026-01-01T00:00:00.000Z' },
};

const states: Record<ProtectionStep, ProtectionState> = {
  loading: initialProtection,
  error: { step: 'error', error },
  overview: { step: 'overview', status: bare },
  setup: { step: 'setup', status: bare },
};

const events: Record<string, ProtectionEvent> = {
  loaded: { type: 'loaded', status: complete },
  loadFailed: { type: 'loadFailed', error },
  reload: { type: 'reload' },
  setUp: { type: 'setUp' },
  finish: { type: 'finish' },
};

const changes: Record<ProtectionStep, Record<string, ProtectionState>> = {
  loading: {
    loaded: { step: 'overview', status: complete },
    loadFailed: { step: 'error', error },
  },
  error: { reload: initialProtection },
  overview: {
    loaded: { step: 'overview', status: complete },
    setUp: { step: 'setup', status: bare },
  },
  setup: {
    loaded: { step: 'setup', status: complete },
    finish: { step: 'overview', status: bare },
  },
};

describe('the account-protection flow', () => {
  it('starts loading', () => expect(initialProtection).to.deep.equal({ step: 'loading' }));

  for (const [step, state] of Object.entries(states) as [ProtectionStep, ProtectionState][]) {
    describe(`from ${step}`, () => {
      for (const [name, event] of Object.entries(events)) {
        const expected = changes[step][name] ?? state;
        it(`${name} → ${expected === state ? 'stays' : expected.step}`, () => {
          const next = protectionTransition(state, event);
          if (expected === state) expect(next).to.equal(state);
          else expect(next).to.deep.equal(expected);
        });
      }
    });
  }

  it('lists what is missing, in order, and nothing for a protected account', () => {
    expect(missing(bare)).to.deep.equal(['twoFactor', 'backupMethod', 'recoveryKey']);
    expect(missing(complete)).to.deep.equal([]);
    expect(missing({ ...complete, backupMethod: null })).to.deep.equal(['backupMethod']);
  });
});
