import { expect } from '@open-wc/testing';
import { RecoveryError } from '../../src/api/client.js';
import {
  initialKeyPanel,
  keyPanelTransition,
  type KeyPanelEvent,
  type KeyPanelState,
  type KeyPanelStep,
} from '../../src/flows/recovery-key.js';

const error = new RecoveryError('server');
const made = '2026-01-01T00:00:00.000Z';
const remade = '2026-02-02T00:00:00.000Z';

const states: Record<KeyPanelStep, KeyPanelState> = {
  loading: { step: 'loading' },
  error: { step: 'error', error },
  summary: { step: 'summary', createdAt: made },
  confirm: { step: 'confirm', createdAt: made },
  'show-key': { step: 'show-key', recoveryKey: 'SECRETKEY', createdAt: remade },
  redeem: { step: 'redeem' },
  'signed-in': { step: 'signed-in', redirectUrl: null },
};
const noKey: KeyPanelState = { step: 'summary', createdAt: null };

const events: Record<string, KeyPanelEvent> = {
  loadedKey: { type: 'loaded', createdAt: made },
  loadedNone: { type: 'loaded', createdAt: null },
  loadFailed: { type: 'loadFailed', error },
  reload: { type: 'reload' },
  generate: { type: 'generate' },
  cancel: { type: 'cancel' },
  generated: { type: 'generated', recoveryKey: 'NEWKEY', createdAt: remade },
  acknowledged: { type: 'acknowledged' },
  redeemed: { type: 'redeemed', redirectUrl: '/home' },
};

const changes: Partial<Record<KeyPanelStep, Record<string, KeyPanelState>>> = {
  loading: {
    loadedKey: { step: 'summary', createdAt: made },
    loadedNone: noKey,
    loadFailed: { step: 'error', error },
  },
  error: { reload: { step: 'loading' } },
  summary: {
    generate: { step: 'confirm', createdAt: made },
    generated: { step: 'show-key', recoveryKey: 'NEWKEY', createdAt: remade },
  },
  confirm: {
    cancel: { step: 'summary', createdAt: made },
    generated: { step: 'show-key', recoveryKey: 'NEWKEY', createdAt: remade },
  },
  'show-key': { acknowledged: { step: 'summary', createdAt: remade } },
  redeem: { redeemed: { step: 'signed-in', redirectUrl: '/home' } },
};

describe('the recovery-key panel flow', () => {
  it('starts loading to manage, or at the sign-in form', () => {
    expect(initialKeyPanel('manage')).to.deep.equal({ step: 'loading' });
    expect(initialKeyPanel('sign-in')).to.deep.equal({ step: 'redeem' });
  });

  for (const [step, state] of Object.entries(states) as [KeyPanelStep, KeyPanelState][]) {
    describe(`from ${step}`, () => {
      for (const [name, event] of Object.entries(events)) {
        const expected = changes[step]?.[name] ?? state;
        it(`${name} → ${expected === state ? 'stays' : expected.step}`, () => {
          const next = keyPanelTransition(state, event);
          if (expected === state) expect(next).to.equal(state);
          else expect(next).to.deep.equal(expected);
        });
      }
    });
  }

  it('makes a first key without asking, there being none to replace', () => {
    expect(keyPanelTransition(noKey, events.generate!)).to.equal(noKey);
    expect(keyPanelTransition(noKey, events.generated!)).to.deep.equal({
      step: 'show-key',
      recoveryKey: 'NEWKEY',
      createdAt: remade,
    });
  });

  it('keeps the key in no state after "Done"', () => {
    expect(
      JSON.stringify(keyPanelTransition(states['show-key'], events.acknowledged!)),
    ).not.to.contain('SECRETKEY');
  });
});
