import { expect } from '@open-wc/testing';
import { RecoveryError } from '../../src/api/client.js';
import {
  adminResetTransition,
  initialAdminReset,
  reasonProblem,
  userIdProblem,
  type AdminResetEvent,
  type AdminResetState,
  type AdminResetStep,
  type AdminUser,
} from '../../src/flows/admin-reset.js';

const fault = new RecoveryError('server');
const forbidden = new RecoveryError('forbidden');
const ada: AdminUser = {
  userId: 'ada@example.com',
  displayName: 'Ada Lovelace',
  status: { primary: null, backupMethod: null, recoveryKey: null },
};
const resetAt = '2026-11-30T10:00:00.000Z';

const confirm: AdminResetState = {
  step: 'confirm',
  user: ada,
  reason: 'Lost phone',
  problem: null,
  confirming: false,
};
const confirming: AdminResetState = { ...confirm, confirming: true };

const states: Record<AdminResetStep, AdminResetState> = {
  loading: { step: 'loading', userId: 'ada@example.com' },
  error: { step: 'error', userId: 'ada@example.com', error: fault },
  lookup: { step: 'lookup', userId: 'ada', problem: null },
  confirm,
  done: { step: 'done', user: ada, resetAt },
};

const events: Record<string, AdminResetEvent> = {
  start: { type: 'start', userId: ' grace@example.com ' },
  editUserId: { type: 'editUserId', userId: 'ada@' },
  editReason: { type: 'editReason', reason: 'Phone stolen' },
  invalid: { type: 'invalid', problem: 'required' },
  found: { type: 'found', user: ada },
  notFound: { type: 'notFound' },
  loadFailed: { type: 'loadFailed', error: fault },
  forbidden: { type: 'forbidden', error: forbidden },
  reload: { type: 'reload' },
  askConfirm: { type: 'askConfirm' },
  cancelConfirm: { type: 'cancelConfirm' },
  reset: { type: 'reset', resetAt },
  back: { type: 'back' },
  another: { type: 'another' },
};

const grace: AdminResetState = { step: 'loading', userId: 'grace@example.com' };
const noUserData: AdminResetState = { step: 'error', userId: '', error: forbidden };
const found: AdminResetState = {
  step: 'confirm',
  user: ada,
  reason: '',
  problem: null,
  confirming: false,
};

/** Where each event leads from each state; anything not listed leaves the state as it is. */
const changes: Record<AdminResetStep, Record<string, AdminResetState>> = {
  loading: {
    start: grace,
    found,
    notFound: { step: 'lookup', userId: 'ada@example.com', problem: 'not_found' },
    loadFailed: { step: 'error', userId: 'ada@example.com', error: fault },
    forbidden: noUserData,
  },
  error: { start: grace, reload: { step: 'loading', userId: 'ada@example.com' } },
  lookup: {
    start: grace,
    editUserId: { step: 'lookup', userId: 'ada@', problem: null },
    invalid: { step: 'lookup', userId: 'ada', problem: 'required' },
    found,
    notFound: { step: 'lookup', userId: 'ada', problem: 'not_found' },
    forbidden: noUserData,
  },
  confirm: {
    start: grace,
    editReason: { ...confirm, reason: 'Phone stolen' },
    invalid: { ...confirm, problem: 'required' },
    notFound: { step: 'lookup', userId: 'ada@example.com', problem: 'not_found' },
    forbidden: noUserData,
    askConfirm: confirming,
    reset: { step: 'done', user: ada, resetAt },
    back: { step: 'lookup', userId: 'ada@example.com', problem: null },
  },
  done: {
    start: grace,
    forbidden: noUserData,
    another: { step: 'lookup', userId: '', problem: null },
  },
};

describe('the admin reset flow', () => {
  it('starts at the lookup, or looks up the user it was given', () => {
    expect(initialAdminReset()).to.deep.equal({ step: 'lookup', userId: '', problem: null });
    expect(initialAdminReset('  ')).to.deep.equal({ step: 'lookup', userId: '', problem: null });
    expect(initialAdminReset(' ada@example.com ')).to.deep.equal({
      step: 'loading',
      userId: 'ada@example.com',
    });
  });

  for (const [step, state] of Object.entries(states) as [AdminResetStep, AdminResetState][]) {
    describe(`from ${step}`, () => {
      for (const [name, event] of Object.entries(events)) {
        const expected = changes[step][name] ?? state;
        it(`${name} → ${expected === state ? 'stays' : expected.step}`, () => {
          const next = adminResetTransition(state, event);
          if (expected === state) expect(next).to.equal(state);
          else expect(next).to.deep.equal(expected);
        });
      }
    });
  }

  describe('the confirmation', () => {
    it('opens only with a reason that can be sent', () => {
      for (const reason of ['', '   ', 'x'.repeat(1001)]) {
        const state = { ...confirm, reason };
        expect(adminResetTransition(state, events.askConfirm!)).to.equal(state);
      }
      expect(
        adminResetTransition({ ...confirm, reason: 'x'.repeat(1000) }, events.askConfirm!),
      ).to.have.property('confirming', true);
    });

    it('closes on cancel, and a wrong reason closes it', () => {
      expect(adminResetTransition(confirming, events.cancelConfirm!)).to.deep.equal(confirm);
      expect(adminResetTransition(confirming, events.invalid!)).to.deep.equal({
        ...confirm,
        problem: 'required',
      });
      expect(adminResetTransition(confirming, events.askConfirm!)).to.equal(confirming);
    });

    it('clears the reason problem once the reason is edited', () => {
      const wrong = { ...confirm, problem: 'too_long' as const };
      expect(adminResetTransition(wrong, events.editReason!)).to.have.property('problem', null);
    });

    it('never keeps a user on screen once forbidden', () => {
      for (const state of Object.values(states)) {
        const next = adminResetTransition(state, events.forbidden!);
        expect(JSON.stringify(next)).not.to.contain('Ada');
      }
    });
  });

  describe('what can be sent', () => {
    it('a user ID: not blank, at most 256 characters once trimmed', () => {
      expect(userIdProblem('')).to.equal('required');
      expect(userIdProblem(' \t ')).to.equal('required');
      expect(userIdProblem('x'.repeat(257))).to.equal('too_long');
      expect(userIdProblem(` ${'x'.repeat(256)} `)).to.equal(null);
      expect(userIdProblem('ada@example.com')).to.equal(null);
    });

    it('a reason: not blank, at most 1000 characters once trimmed', () => {
      expect(reasonProblem('')).to.equal('required');
      expect(reasonProblem('\n  \n')).to.equal('required');
      expect(reasonProblem('x'.repeat(1001))).to.equal('too_long');
      expect(reasonProblem(` ${'x'.repeat(1000)}\n`)).to.equal(null);
    });
  });
});
