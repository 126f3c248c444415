/**
 * `<backup-method-manager>`: setting up or changing the one backup method (seeds/set-up-backup-
 * method.txt). After the status: none (a banner) or the current method; "Manage backup method",
 * "Change backup method"; choose a phone number or an email address (one only: the new replaces
 * the old); prove it with a code sent to it; saved. Step-up is the core's, when the server asks.
 */
import type { RecoveryError } from '../api/client.js';
import type { BackupMethod, Challenge } from '../api/contract.js';

export type BackupType = BackupMethod['type'];

/** What the user has chosen and typed so far: kept through step-up and "Back". */
export interface Draft {
  type: BackupType | null;
  value: string;
}

export type BackupState =
  | { step: 'loading' }
  | { step: 'error'; error: RecoveryError }
  | { step: 'none' }
  | { step: 'current'; backupMethod: BackupMethod; managing: boolean }
  | { step: 'choose'; current: BackupMethod | null; draft: Draft }
  | { step: 'code'; current: BackupMethod | null; draft: Draft; challenge: Challenge }
  | { step: 'saved'; backupMethod: BackupMethod };

export type BackupStep = BackupState['step'];

export type BackupEvent =
  | { type: 'loaded'; backupMethod: BackupMethod | null; startAtChoose: boolean }
  | { type: 'loadFailed'; error: RecoveryError }
  | { type: 'reload' }
  | { type: 'manage' }
  | { type: 'change' }
  | { type: 'pickType'; methodType: BackupType }
  | { type: 'edit'; value: string }
  | { type: 'challengeSent'; challenge: Challenge }
  | { type: 'saved'; backupMethod: BackupMethod }
  | { type: 'done' }
  | { type: 'back' };

export const initialBackup: BackupState = { step: 'loading' };

const shown = (backupMethod: BackupMethod | null): BackupState =>
  backupMethod ? { step: 'current', backupMethod, managing: false } : { step: 'none' };

const choosing = (current: BackupMethod | null): BackupState => ({
  step: 'choose',
  current,
  draft: { type: current?.type ?? null, value: '' },
});

export function backupTransition(state: BackupState, event: BackupEvent): BackupState {
  switch (event.type) {
    case 'loaded':
      if (state.step !== 'loading') return state;
      return event.startAtChoose ? choosing(event.backupMethod) : shown(event.backupMethod);
    case 'loadFailed':
      return state.step === 'loading' ? { step: 'error', error: event.error } : state;
    case 'reload':
      return state.step === 'error' ? { step: 'loading' } : state;
    case 'manage':
      return state.step === 'current' ? { ...state, managing: !state.managing } : state;
    case 'change':
      if (state.step === 'none') return choosing(null);
      return state.step === 'current' && state.managing ? choosing(state.backupMethod) : state;
    case 'pickType':
      if (state.step !== 'choose' || state.draft.type === event.methodType) return state;
      return { ...state, draft: { type: event.methodType, value: '' } };
    case 'edit':
      return state.step === 'choose' && state.draft.type
        ? { ...state, draft: { ...state.draft, value: event.value } }
        : state;
    case 'challengeSent':
      return state.step === 'choose' || state.step === 'code'
        ? { step: 'code', current: state.current, draft: state.draft, challenge: event.challenge }
        : state;
    case 'saved':
      return state.step === 'code' ? { step: 'saved', backupMethod: event.backupMethod } : state;
    case 'done':
      return state.step === 'saved' ? shown(state.backupMethod) : state;
    case 'back':
      if (state.step === 'choose') return shown(state.current);
      if (state.step === 'code')
        return { step: 'choose', current: state.current, draft: state.draft };
      return state;
  }
}
