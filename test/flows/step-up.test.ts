import { expect } from '@open-wc/testing';
import type { StepUpChallenge } from '../../src/api/contract.js';
import {
  stepUpIdle,
  stepUpTransition,
  type StepUpEvent,
  type StepUpState,
} from '../../src/flows/step-up.js';

const challenge: StepUpChallenge = { method: 'sms', maskedDestination: '•••• 0123', codeLength: 6 };
const starting: StepUpState = { phase: 'starting', operation: 'removeDevice' };
const code: StepUpState = { phase: 'code', operation: 'removeDevice', challenge };
const waiting: StepUpState = { phase: 'waiting', operation: 'removeDevice' };

describe('the step-up flow', () => {
  it('starts a challenge when an operation needs step-up', () => {
    expect(
      stepUpTransition(stepUpIdle, {
        type: 'required',
        operation: 'removeDevice',
        hostVerifies: false,
      }),
    ).to.deep.equal(starting);
  });

  it('waits for the host when it verifies the user itself', () => {
    expect(
      stepUpTransition(stepUpIdle, {
        type: 'required',
        operation: 'removeDevice',
        hostVerifies: true,
      }),
    ).to.deep.equal(waiting);
  });

  it('asks for the code once the challenge has started, and again after a resend', () => {
    expect(stepUpTransition(starting, { type: 'started', challenge })).to.deep.equal(code);
    expect(stepUpTransition(code, { type: 'resend' })).to.deep.equal(starting);
    const other = { ...challenge, maskedDestination: '•••• 9999' };
    expect(stepUpTransition(code, { type: 'started', challenge: other })).to.deep.equal({
      ...code,
      challenge: other,
    });
  });

  it('ends when verified, when the host has verified, or when cancelled', () => {
    expect(stepUpTransition(code, { type: 'verified' })).to.equal(stepUpIdle);
    expect(stepUpTransition(waiting, { type: 'hostVerified' })).to.equal(stepUpIdle);
    for (const state of [starting, code, waiting])
      expect(stepUpTransition(state, { type: 'cancelled' })).to.equal(stepUpIdle);
  });

  // Every event that makes no sense in a state leaves the state as it is.
  const impossible: [StepUpState, StepUpEvent][] = [
    [stepUpIdle, { type: 'started', challenge }],
    [waiting, { type: 'started', challenge }],
    [stepUpIdle, { type: 'resend' }],
    [starting, { type: 'resend' }],
    [waiting, { type: 'resend' }],
    [stepUpIdle, { type: 'verified' }],
    [starting, { type: 'verified' }],
    [waiting, { type: 'verified' }],
    [stepUpIdle, { type: 'hostVerified' }],
    [starting, { type: 'hostVerified' }],
    [code, { type: 'hostVerified' }],
  ];
  for (const [state, event] of impossible) {
    it(`ignores "${event.type}" while ${state.phase}`, () => {
      expect(stepUpTransition(state, event)).to.equal(state);
    });
  }
});
