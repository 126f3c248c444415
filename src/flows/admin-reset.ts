/**
 * `<two-factor-admin-reset>`: support staff or an account admin looks a user up, sees their 2FA
 * state, gives a reason and confirms; the user must set 2FA up again at their next sign-in
 * (seeds/reset-2fa.txt: "An admin user will need to contact … support"). `forbidden` ends the
 * flow with no user data on screen.
 */
import type { RecoveryError } from '../api/client.js';
import type { OperationResponse } from '../api/contract.js';

export type AdminUser = OperationResponse<'adminGetUser'>;

/** The contract's limits on what is sent: a user ID of 1–256 characters, a reason of 1–1000. */
export const maxUserIdLength = 256;
export const maxReasonLength = 1000;

export type UserIdProblem = 'required' | 'too_long' | 'not_found';
export type ReasonProblem = 'required' | 'too_long';

export type AdminResetState =
  /** Looking up the `user-id` the element was given. */
  | { step: 'loading'; userId: string }
  /** `forbidden`, or a fault while looking up the given `user-id`. */
  | { step: 'error'; userId: string; error: RecoveryError }
  | { step: 'lookup'; userId: string; problem: UserIdProblem | null }
  /** `confirming` while the modal confirmation is open. */
  | {
      step: 'confirm';
      user: AdminUser;
      reason: string;
      problem: ReasonProblem | null;
      confirming: boolean;
    }
  | { step: 'done'; user: AdminUser; resetAt: string };

export type AdminResetStep = AdminResetState['step'];

export type AdminResetEvent =
  /** The `user-id` attribute changed: look that user up instead. */
  | { type: 'start'; userId: string }
  | { type: 'editUserId'; userId: string }
  | { type: 'editReason'; reason: string }
  /** What is typed cannot be sent: the field says why. */
  | { type: 'invalid'; problem: UserIdProblem | ReasonProblem }
  | { type: 'found'; user: AdminUser }
  | { type: 'notFound' }
  | { type: 'loadFailed'; error: RecoveryError }
  | { type: 'forbidden'; error: RecoveryError }
  | { type: 'reload' }
  | { type: 'askConfirm' }
  | { type: 'cancelConfirm' }
  | { type: 'reset'; resetAt: string }
  | { type: 'back' }
  | { type: 'another' };

export const initialAdminReset = (userId = ''): AdminResetState =>
  userId.trim()
    ? { step: 'loading', userId: userId.trim() }
    : { step: 'lookup', userId: '', problem: null };

/** Why a typed user ID cannot be looked up, or null. */
export function userIdProblem(userId: string): UserIdProblem | null {
  const trimmed = userId.trim();
  if (!trimmed) return 'required';
  return trimmed.length > maxUserIdLength ? 'too_long' : null;
}

/** Why a typed reason cannot be sent, or null. */
export function reasonProblem(reason: string): ReasonProblem | null {
  const trimmed = reason.trim();
  if (!trimmed) return 'required';
  return trimmed.length > maxReasonLength ? 'too_long' : null;
}

const lookup = (userId: string, problem: UserIdProblem | null = null): AdminResetState => ({
  step: 'lookup',
  userId,
  problem,
});

export function adminResetTransition(
  state: AdminResetState,
  event: AdminResetEvent,
): AdminResetState {
  switch (event.type) {
    case 'start':
      return initialAdminReset(event.userId);
    case 'editUserId':
      return state.step === 'lookup' ? lookup(event.userId) : state;
    case 'editReason':
      return state.step === 'confirm' ? { ...state, reason: event.reason, problem: null } : state;
    case 'invalid':
      if (state.step === 'lookup') return lookup(state.userId, event.problem);
      if (state.step === 'confirm' && event.problem !== 'not_found')
        return { ...state, problem: event.problem, confirming: false };
      return state;
    case 'found':
      return state.step === 'loading' || state.step === 'lookup'
        ? { step: 'confirm', user: event.user, reason: '', problem: null, confirming: false }
        : state;
    case 'notFound':
      if (state.step === 'loading' || state.step === 'lookup')
        return lookup(state.userId, 'not_found');
      return state.step === 'confirm' ? lookup(state.user.userId, 'not_found') : state;
    case 'loadFailed':
      return state.step === 'loading'
        ? { step: 'error', userId: state.userId, error: event.error }
        : state;
    case 'forbidden':
      // No user data stays on screen, nor in the state.
      return state.step === 'error' ? state : { step: 'error', userId: '', error: event.error };
    case 'reload':
      return state.step === 'error' ? initialAdminReset(state.userId) : state;
    case 'askConfirm':
      return state.step === 'confirm' && !state.confirming && reasonProblem(state.reason) === null
        ? { ...state, problem: null, confirming: true }
        : state;
    case 'cancelConfirm':
      return state.step === 'confirm' && state.confirming ? { ...state, confirming: false } : state;
    case 'reset':
      return state.step === 'confirm'
        ? { step: 'done', user: state.user, resetAt: event.resetAt }
        : state;
    case 'back':
      return state.step === 'confirm' ? lookup(state.user.userId) : state;
    case 'another':
      return state.step === 'done' ? lookup('') : state;
  }
}
