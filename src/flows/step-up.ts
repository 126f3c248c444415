/**
 * Step-up ("Verify it's you"), the flow every element shares: it starts when an operation answers
 * `step_up_required`, and ends (idle) when the user is verified, when they cancel, or when the
 * host page, having verified them itself, calls `retry()`. The operation then carries on.
 */
import type { OperationName, StepUpChallenge } from '../api/contract.js';

export type StepUpState =
  | { phase: 'idle' }
  /** Asking the server for a challenge (for SMS or voice, that sends the code). */
  | { phase: 'starting'; operation: OperationName }
  | { phase: 'code'; operation: OperationName; challenge: StepUpChallenge }
  /** The host cancelled `step-up-required`: it verifies the user, then calls `retry()`. */
  | { phase: 'waiting'; operation: OperationName };

export type StepUpEvent =
  | { type: 'required'; operation: OperationName; hostVerifies: boolean }
  | { type: 'started'; challenge: StepUpChallenge }
  | { type: 'resend' }
  | { type: 'verified' }
  | { type: 'hostVerified' }
  | { type: 'cancelled' };

export const stepUpIdle: StepUpState = { phase: 'idle' };

export function stepUpTransition(state: StepUpState, event: StepUpEvent): StepUpState {
  switch (event.type) {
    case 'required':
      return { phase: event.hostVerifies ? 'waiting' : 'starting', operation: event.operation };
    case 'started':
      return state.phase === 'starting' || state.phase === 'code'
        ? { phase: 'code', operation: state.operation, challenge: event.challenge }
        : state;
    case 'resend':
      return state.phase === 'code' ? { phase: 'starting', operation: state.operation } : state;
    case 'verified':
      return state.phase === 'code' ? stepUpIdle : state;
    case 'hostVerified':
      return state.phase === 'waiting' ? stepUpIdle : state;
    case 'cancelled':
      return stepUpIdle;
  }
}
