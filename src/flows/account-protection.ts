/**
 * `<account-protection>`: the "Protect your account" page (seeds/set-up-backup-method.txt). An
 * overview of the 2FA method, the backup method and the recovery key, with one warning at most
 * for what is missing; setting the authenticator up (again) in place; back to a refreshed
 * overview. The backup method and the recovery key are the embedded elements' own flows.
 */
import type { RecoveryError } from '../api/client.js';
import type { Status } from '../api/contract.js';

export type ProtectionState =
  | { step: 'loading' }
  | { step: 'error'; error: RecoveryError }
  | { step: 'overview'; status: Status }
  /** `<authenticator-setup>` in place, `status` as it was when it started. */
  | { step: 'setup'; status: Status };

export type ProtectionStep = ProtectionState['step'];

export type ProtectionEvent =
  /** The status, first or refreshed after a change the embedded elements made. */
  | { type: 'loaded'; status: Status }
  | { type: 'loadFailed'; error: RecoveryError }
  | { type: 'reload' }
  /** "Replace 2FA device" or "Set up 2FA". */
  | { type: 'setUp' }
  /** "Done" or "Cancel" in the set-up. */
  | { type: 'finish' };

export const initialProtection: ProtectionState = { step: 'loading' };

/** What the account lacks, in the order the warning lists it. */
export type Missing = 'twoFactor' | 'backupMethod' | 'recoveryKey';

export function missing(status: Status): Missing[] {
  return [
    ...(status.primary ? [] : ['twoFactor' as const]),
    ...(status.backupMethod ? [] : ['backupMethod' as const]),
    ...(status.recoveryKey ? [] : ['recoveryKey' as const]),
  ];
}

export function protectionTransition(
  state: ProtectionState,
  event: ProtectionEvent,
): ProtectionState {
  switch (event.type) {
    case 'loaded':
      if (state.step === 'loading') return { step: 'overview', status: event.status };
      return state.step === 'overview' || state.step === 'setup'
        ? { ...state, status: event.status }
        : state;
    case 'loadFailed':
      return state.step === 'loading' ? { step: 'error', error: event.error } : state;
    case 'reload':
      return state.step === 'error' ? initialProtection : state;
    case 'setUp':
      return state.step === 'overview' ? { step: 'setup', status: state.status } : state;
    case 'finish':
      return state.step === 'setup' ? { step: 'overview', status: state.status } : state;
  }
}
