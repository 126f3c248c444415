import { expect } from '@open-wc/testing';
import * as events from '../../src/core/events.js';
import { finishRedeem } from '../../src/core/redeem.js';

const cases: [Event, string, boolean][] = [
  [
    new events.BackupMethodChangedEvent({
      backupMethod: { type: 'email', maskedValue: 'a•••@x.org' },
    }),
    'backup-method-changed',
    false,
  ],
  [new events.TwoFactorDeviceRemovedEvent(), 'two-factor-device-removed', false],
  [
    new events.TwoFactorResetCompleteEvent({ maskedEmail: 'a•••@x.org' }),
    'two-factor-reset-complete',
    false,
  ],
  [
    new events.RecoveryKeyGeneratedEvent({ createdAt: '2026-01-01T00:00:00Z' }),
    'recovery-key-generated',
    false,
  ],
  [
    new events.RecoveryKeyAcknowledgedEvent({ createdAt: '2026-01-01T00:00:00Z' }),
    'recovery-key-acknowledged',
    false,
  ],
  [new events.RecoveryKeyRedeemedEvent({ redirectUrl: null }), 'recovery-key-redeemed', true],
  [new events.AuthenticatorEnrolledEvent(), 'authenticator-enrolled', false],
  [
    new events.TwoFactorAdminResetEvent({ userId: 'u', resetAt: '2026-01-01T00:00:00Z' }),
    'two-factor-admin-reset',
    false,
  ],
  [new events.SupportRequestedEvent({ reason: 'locked_out' }), 'support-requested', true],
  [new events.StepUpRequiredEvent({ operation: 'removeDevice' }), 'step-up-required', true],
  [new events.RecoveryStepChangeEvent({ step: 'code' }), 'recovery-step-change', false],
  [
    new events.RecoveryErrorEvent({ operation: 'getStatus', code: 'network' }),
    'recovery-error',
    false,
  ],
];

describe('the public events', () => {
  for (const [event, type, cancelable] of cases) {
    it(`${type}: bubbles and is composed${cancelable ? ', and is cancelable' : ''}`, () => {
      expect(event).to.be.instanceOf(CustomEvent);
      expect([event.type, event.bubbles, event.composed, event.cancelable]).to.deep.equal([
        type,
        true,
        true,
        cancelable,
      ]);
    });
  }

  it('covers every event of the contract', () => {
    expect(cases).to.have.length(12);
  });
});

describe('after a recovery-key sign-in', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('goes to the redirect URL', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const seen: unknown[] = [];
    host.addEventListener('recovery-key-redeemed', (event) => seen.push(event.detail));
    finishRedeem(host, '#signed-in');
    expect(seen).to.deep.equal([{ redirectUrl: '#signed-in' }]);
    expect(location.hash).to.equal('#signed-in');
    host.remove();
  });

  it('stays when the host cancels recovery-key-redeemed, or when there is nowhere to go', () => {
    const host = document.body.appendChild(document.createElement('div'));
    host.addEventListener('recovery-key-redeemed', (event) => event.preventDefault(), {
      once: true,
    });
    finishRedeem(host, '#signed-in');
    finishRedeem(host, null);
    expect(location.hash).to.equal('');
    host.remove();
  });
});
