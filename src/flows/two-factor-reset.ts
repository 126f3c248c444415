/**
 * `<two-factor-reset>`: getting back in when the authenticator is lost (seeds/reset-2fa.txt).
 * Prove yourself with a code sent to the backup method, then remove the 2FA device and get the
 * set-up email, or make a new recovery key and sign in with it; or sign in with a recovery key
 * you have. The element runs the operations and tells this flow what they answered.
 */
import type { RecoveryError } from '../api/client.js';
import type { Challenge } from '../api/contract.js';

export type ResetState =
  | { step: 'closed' }
  | { step: 'choose' }
  | { step: 'code'; challenge: Challenge }
  | { step: 'verified'; recoveryToken: string }
  | { step: 'device-removed'; recoveryToken: string }
  | { step: 'email-sent'; maskedEmail: string }
  /** The only state that holds the key: "Done" leaves it. */
  | { step: 'new-key'; recoveryKey: string; createdAt: string }
  | { step: 'redeem'; newKey: boolean }
  | { step: 'signed-in'; redirectUrl: string | null }
  | { step: 'no-backup' }
  | { step: 'no-access'; challenge: Challenge }
  | { step: 'locked'; retryAfterSeconds: number | null }
  | { step: 'expired' };

export type ResetStep = ResetState['step'];

export type ResetEvent =
  | { type: 'open' }
  | { type: 'challengeSent'; challenge: Challenge }
  | { type: 'verified'; recoveryToken: string }
  | { type: 'noAccess' }
  | { type: 'deviceRemoved' }
  | { type: 'emailSent'; maskedEmail: string }
  | { type: 'keyGenerated'; recoveryKey: string; createdAt: string }
  | { type: 'keyAcknowledged' }
  | { type: 'useRecoveryKey' }
  | { type: 'redeemed'; redirectUrl: string | null }
  /** An operation failed in a way that leaves this flow's path. */
  | { type: 'failed'; error: RecoveryError }
  | { type: 'back' };

export const initialReset = (open: boolean): ResetState =>
  open ? { step: 'choose' } : { step: 'closed' };

/** Where a failure leads, or null when it stays in its step (shown there, with "Try again" for a fault). */
function afterFailure(state: ResetState, error: RecoveryError): ResetState | null {
  switch (error.code) {
    case 'recovery_expired':
    case 'unauthorized':
      return state.step === 'expired' ? null : { step: 'expired' };
    case 'no_backup_method':
      return state.step === 'choose' ? { step: 'no-backup' } : null;
    case 'too_many_attempts':
      return ['choose', 'code', 'redeem'].includes(state.step)
        ? { step: 'locked', retryAfterSeconds: error.retryAfterSeconds ?? null }
        : null;
    default:
      return null;
  }
}

/** The step "Back" returns to, where there is one. */
function previous(state: ResetState, open: boolean): ResetState | null {
  switch (state.step) {
    case 'choose':
      return open ? null : { step: 'closed' };
    case 'code':
    case 'no-backup':
    case 'locked':
      return { step: 'choose' };
    case 'redeem':
      return state.newKey ? null : { step: 'choose' };
    case 'no-access':
      return { step: 'code', challenge: state.challenge };
    default:
      return null;
  }
}

export const canGoBack = (state: ResetState, open: boolean) => previous(state, open) !== null;

export function resetTransition(state: ResetState, event: ResetEvent, open = false): ResetState {
  switch (event.type) {
    case 'open':
      return state.step === 'closed' ? { step: 'choose' } : state;
    case 'challengeSent':
      return state.step === 'choose' || state.step === 'code'
        ? { step: 'code', challenge: event.challenge }
        : state;
    case 'verified':
      return state.step === 'code'
        ? { step: 'verified', recoveryToken: event.recoveryToken }
        : state;
    case 'noAccess':
      return state.step === 'code' ? { step: 'no-access', challenge: state.challenge } : state;
    case 'deviceRemoved':
      return state.step === 'verified'
        ? { step: 'device-removed', recoveryToken: state.recoveryToken }
        : state;
    case 'emailSent':
      return state.step === 'device-removed'
        ? { step: 'email-sent', maskedEmail: event.maskedEmail }
        : state;
    case 'keyGenerated':
      return state.step === 'verified'
        ? { step: 'new-key', recoveryKey: event.recoveryKey, createdAt: event.createdAt }
        : state;
    case 'keyAcknowledged':
      return state.step === 'new-key' ? { step: 'redeem', newKey: true } : state;
    case 'useRecoveryKey':
      return state.step === 'choose' ? { step: 'redeem', newKey: false } : state;
    case 'redeemed':
      return state.step === 'redeem'
        ? { step: 'signed-in', redirectUrl: event.redirectUrl }
        : state;
    case 'failed':
      return afterFailure(state, event.error) ?? state;
    case 'back':
      return previous(state, open) ?? state;
  }
}
