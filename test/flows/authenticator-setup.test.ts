import { expect } from '@open-wc/testing';
import { RecoveryError } from '../../src/api/client.js';
import type { Status } from '../../src/api/contract.js';
import {
  initialSetup,
  setupTransition,
  type Enrollment,
  type SetupEvent,
  type SetupState,
} from '../../src/flows/authenticator-setup.js';

const made = '2026-01-01T00:00:00.000Z';
const complete: Status = {
  primary: null,
  backupMethod: { type: 'email', maskedValue: 'a•••@example.net' },
  recoveryKey: { createdAt: made },
};
const bare: Status = { primary: null, backupMethod: null, recoveryKey: null };
const withApp: Status = { ...complete, primary: { type: 'totp', label: 'Authenticator app' } };
const enrollment = { enrollmentId: 'en_1' } as Enrollment;
const fresh = { enrollmentId: 'en_2' } as Enrollment;
const error = new RecoveryError('network');
const key = { recoveryKey: 'SECRETKEY', createdAt: '2026-02-02T00:00:00.000Z' };

/** One state of each step and phase the flow tells apart. */
const states: Record<string, SetupState> = {
  loading: initialSetup,
  loadingWithStatus: { step: 'loading', status: complete },
  error: { step: 'error', error },
  replace: { step: 'replace', status: withApp },
  kept: { step: 'kept', status: withApp },
  scan: { step: 'scan', status: complete, enrollment, restarted: false },
  scanBare: { step: 'scan', status: bare, enrollment, restarted: false },
  backup: { step: 'backup', status: bare },
  offerWithKey: { step: 'recovery-key', keyCreatedAt: made, phase: 'offer' },
  offerNoKey: { step: 'recovery-key', keyCreatedAt: null, phase: 'offer' },
  confirm: { step: 'recovery-key', keyCreatedAt: made, phase: 'confirm' },
  show: { step: 'recovery-key', keyCreatedAt: made, phase: 'show', key },
  done: { step: 'done' },
};

const events: Record<string, SetupEvent> = {
  statusLoaded: { type: 'statusLoaded', status: complete },
  statusLoadedWithApp: { type: 'statusLoaded', status: withApp },
  replace: { type: 'replace' },
  started: { type: 'started', enrollment: fresh },
  failed: { type: 'failed', error },
  reload: { type: 'reload' },
  enrolled: { type: 'enrolled' },
  backupDone: { type: 'backupDone' },
  generate: { type: 'generate' },
  cancel: { type: 'cancel' },
  keyGenerated: { type: 'keyGenerated', ...key },
  keyAcknowledged: { type: 'keyAcknowledged' },
  finish: { type: 'finish' },
};

const changes: Record<string, Record<string, SetupState>> = {
  loading: {
    statusLoaded: { step: 'loading', status: complete },
    statusLoadedWithApp: { step: 'replace', status: withApp },
    failed: { step: 'error', error },
  },
  replace: {
    started: { step: 'scan', status: withApp, enrollment: fresh, restarted: false },
    cancel: { step: 'kept', status: withApp },
  },
  kept: { replace: { step: 'replace', status: withApp } },
  loadingWithStatus: {
    started: { step: 'scan', status: complete, enrollment: fresh, restarted: false },
    failed: { step: 'error', error },
  },
  error: { reload: initialSetup },
  scan: {
    started: { step: 'scan', status: complete, enrollment: fresh, restarted: true },
    enrolled: { step: 'recovery-key', keyCreatedAt: made, phase: 'offer' },
  },
  scanBare: {
    started: { step: 'scan', status: bare, enrollment: fresh, restarted: true },
    enrolled: { step: 'backup', status: bare },
  },
  backup: { backupDone: { step: 'recovery-key', keyCreatedAt: null, phase: 'offer' } },
  offerWithKey: {
    generate: { step: 'recovery-key', keyCreatedAt: made, phase: 'confirm' },
    keyGenerated: { step: 'recovery-key', keyCreatedAt: made, phase: 'show', key },
    finish: { step: 'done' },
  },
  offerNoKey: { keyGenerated: { step: 'recovery-key', keyCreatedAt: null, phase: 'show', key } },
  confirm: {
    cancel: { step: 'recovery-key', keyCreatedAt: made, phase: 'offer' },
    keyGenerated: { step: 'recovery-key', keyCreatedAt: made, phase: 'show', key },
  },
  show: { keyAcknowledged: { step: 'done' } },
};

describe('the authenticator-setup flow', () => {
  for (const [name, state] of Object.entries(states)) {
    describe(`from ${name}`, () => {
      for (const [eventName, event] of Object.entries(events)) {
        const expected = changes[name]?.[eventName] ?? state;
        it(`${eventName} → ${expected === state ? 'stays' : expected.step}`, () => {
          const next = setupTransition(state, event);
          if (expected === state) expect(next).to.equal(state);
          else expect(next).to.deep.equal(expected);
        });
      }
    });
  }

  it('keeps no recovery key once it is acknowledged', () => {
    expect(JSON.stringify(setupTransition(states.show!, events.keyAcknowledged!))).not.to.contain(
      'SECRETKEY',
    );
  });
});
