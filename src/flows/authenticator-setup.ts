/**
 * `<authenticator-setup>`: setting up the authenticator app (again). With a 2FA method already
 * there, first say that it stops working once the new app is verified (`replace`; "Cancel"
 * keeps it: `kept`). Scan a QR code (or type the
 * key), prove it with a code; then, as first-time set-up does, a backup method if there is none
 * (or skip it), and a recovery key (made at once if there is none, else offered); done.
 * Step-up is the core's, when the server asks.
 */
import type { RecoveryError } from '../api/client.js';
import type { OperationResponse, Status } from '../api/contract.js';

export type Enrollment = OperationResponse<'startAuthenticatorEnrollment'>;
type NewKey = { recoveryKey: string; createdAt: string };

export type SetupState =
  | { step: 'loading'; status: Status | null }
  | { step: 'error'; error: RecoveryError }
  /** The account has a 2FA method: replacing it is confirmed first. */
  | { step: 'replace'; status: Status }
  /** "Cancel" at `replace`: nothing changed. */
  | { step: 'kept'; status: Status }
  /** `restarted`: the last enrolment expired and this is a fresh one. */
  | { step: 'scan'; status: Status; enrollment: Enrollment; restarted: boolean }
  | { step: 'backup'; status: Status }
  /** offer (a key exists: keep it or replace it), confirm, or show a new key (the only state holding it). */
  | { step: 'recovery-key'; keyCreatedAt: string | null; phase: 'offer' | 'confirm' }
  | { step: 'recovery-key'; keyCreatedAt: string | null; phase: 'show'; key: NewKey }
  | { step: 'done' };

export type SetupStep = SetupState['step'];

export type SetupEvent =
  | { type: 'statusLoaded'; status: Status }
  | { type: 'started'; enrollment: Enrollment }
  | { type: 'failed'; error: RecoveryError }
  | { type: 'reload' }
  /** "Set up a new app" at `kept`. */
  | { type: 'replace' }
  | { type: 'enrolled' }
  | { type: 'backupDone' }
  | { type: 'generate' }
  | { type: 'cancel' }
  | { type: 'keyGenerated'; recoveryKey: string; createdAt: string }
  | { type: 'keyAcknowledged' }
  | { type: 'finish' };

export const initialSetup: SetupState = { step: 'loading', status: null };

const recoveryKeyStep = (status: Status): SetupState => ({
  step: 'recovery-key',
  keyCreatedAt: status.recoveryKey?.createdAt ?? null,
  phase: 'offer',
});

export function setupTransition(state: SetupState, event: SetupEvent): SetupState {
  switch (event.type) {
    case 'statusLoaded':
      if (state.step !== 'loading' || state.status) return state;
      return event.status.primary
        ? { step: 'replace', status: event.status }
        : { step: 'loading', status: event.status };
    case 'replace':
      return state.step === 'kept' ? { step: 'replace', status: state.status } : state;
    case 'started': {
      // From `replace` too, once the user has chosen "Continue".
      const status = state.step === 'loading' || state.step === 'replace' ? state.status : null;
      if (status) return { step: 'scan', status, enrollment: event.enrollment, restarted: false };
      return state.step === 'scan'
        ? { ...state, enrollment: event.enrollment, restarted: true }
        : state;
    }
    case 'failed':
      return state.step === 'loading' ? { step: 'error', error: event.error } : state;
    case 'reload':
      return state.step === 'error' ? initialSetup : state;
    case 'enrolled':
      if (state.step !== 'scan') return state;
      return state.status.backupMethod
        ? recoveryKeyStep(state.status)
        : { step: 'backup', status: state.status };
    case 'backupDone':
      return state.step === 'backup' ? recoveryKeyStep(state.status) : state;
    case 'generate':
      return state.step === 'recovery-key' && state.phase === 'offer' && state.keyCreatedAt
        ? { ...state, phase: 'confirm' }
        : state;
    case 'cancel':
      if (state.step === 'replace') return { step: 'kept', status: state.status };
      return state.step === 'recovery-key' && state.phase === 'confirm'
        ? { ...state, phase: 'offer' }
        : state;
    case 'keyGenerated':
      return state.step === 'recovery-key' && state.phase !== 'show'
        ? {
            step: 'recovery-key',
            keyCreatedAt: state.keyCreatedAt,
            phase: 'show',
            key: { recoveryKey: event.recoveryKey, createdAt: event.createdAt },
          }
        : state;
    case 'keyAcknowledged':
      return state.step === 'recovery-key' && state.phase === 'show' ? { step: 'done' } : state;
    case 'finish':
      return state.step === 'recovery-key' && state.phase === 'offer' && state.keyCreatedAt
        ? { step: 'done' }
        : state;
  }
}
