import { expect } from '@open-wc/testing';
import { RecoveryError } from '../../src/api/client.js';
import type { BackupMethod, Challenge } from '../../src/api/contract.js';
import {
  backupTransition,
  initialBackup,
  type BackupEvent,
  type BackupState,
  type BackupStep,
} from '../../src/flows/backup-method.js';

const email: BackupMethod = { type: 'email', maskedValue: 'a•••@example.net' };
const phone: BackupMethod = { type: 'phone', maskedValue: '•••• 0456' };
const challenge = { challengeId: 'ch_1' } as Challenge;
const resent = { challengeId: 'ch_1', maskedDestination: 'new' } as Challenge;
const error = new RecoveryError('network');
const draft = { type: 'phone' as const, value: '+447700900999' };

const states: Record<BackupStep, BackupState> = {
  loading: { step: 'loading' },
  error: { step: 'error', error },
  none: { step: 'none' },
  current: { step: 'current', backupMethod: email, managing: false },
  choose: { step: 'choose', current: email, draft },
  code: { step: 'code', current: email, draft, challenge },
  saved: { step: 'saved', backupMethod: phone },
};
/** States that differ from the one of their step in a way the flow cares about. */
const managing: BackupState = { step: 'current', backupMethod: email, managing: true };
const chooseFresh: BackupState = {
  step: 'choose',
  current: null,
  draft: { type: null, value: '' },
};

const events: Record<string, BackupEvent> = {
  loadedNone: { type: 'loaded', backupMethod: null, startAtChoose: false },
  loadedEmail: { type: 'loaded', backupMethod: email, startAtChoose: false },
  loadedAtChoose: { type: 'loaded', backupMethod: email, startAtChoose: true },
  loadFailed: { type: 'loadFailed', error },
  reload: { type: 'reload' },
  manage: { type: 'manage' },
  change: { type: 'change' },
  pickEmail: { type: 'pickType', methodType: 'email' },
  pickPhone: { type: 'pickType', methodType: 'phone' },
  edit: { type: 'edit', value: '+447700900111' },
  challengeSent: { type: 'challengeSent', challenge: resent },
  saved: { type: 'saved', backupMethod: phone },
  done: { type: 'done' },
  back: { type: 'back' },
};

const changes: Partial<Record<BackupStep, Record<string, BackupState>>> = {
  loading: {
    loadedNone: { step: 'none' },
    loadedEmail: { step: 'current', backupMethod: email, managing: false },
    loadedAtChoose: { step: 'choose', current: email, draft: { type: 'email', value: '' } },
    loadFailed: { step: 'error', error },
  },
  error: { reload: { step: 'loading' } },
  none: { change: chooseFresh },
  current: { manage: managing },
  choose: {
    pickEmail: { step: 'choose', current: email, draft: { type: 'email', value: '' } },
    edit: { step: 'choose', current: email, draft: { type: 'phone', value: '+447700900111' } },
    challengeSent: { step: 'code', current: email, draft, challenge: resent },
    back: { step: 'current', backupMethod: email, managing: false },
  },
  code: {
    challengeSent: { step: 'code', current: email, draft, challenge: resent },
    saved: { step: 'saved', backupMethod: phone },
    back: { step: 'choose', current: email, draft },
  },
  saved: { done: { step: 'current', backupMethod: phone, managing: false } },
};

describe('the backup-method flow', () => {
  it('starts loading', () => {
    expect(initialBackup).to.deep.equal({ step: 'loading' });
  });

  for (const [step, state] of Object.entries(states) as [BackupStep, BackupState][]) {
    describe(`from ${step}`, () => {
      for (const [name, event] of Object.entries(events)) {
        const expected = changes[step]?.[name] ?? state;
        it(`${name} → ${expected === state ? 'stays' : expected.step}`, () => {
          const next = backupTransition(state, event);
          if (expected === state) expect(next).to.equal(state);
          else expect(next).to.deep.equal(expected);
        });
      }
    });
  }

  it('changes only once "Manage backup method" has shown "Change backup method"', () => {
    expect(backupTransition(states.current, events.change!)).to.equal(states.current);
    expect(backupTransition(managing, events.change!)).to.deep.equal({
      step: 'choose',
      current: email,
      draft: { type: 'email', value: '' },
    });
    expect(backupTransition(managing, events.manage!)).to.deep.equal(states.current);
  });

  it('takes typing only once a kind of method is chosen, and goes back to none from a first set-up', () => {
    expect(backupTransition(chooseFresh, events.edit!)).to.equal(chooseFresh);
    expect(backupTransition(chooseFresh, events.back!)).to.deep.equal({ step: 'none' });
  });
});
