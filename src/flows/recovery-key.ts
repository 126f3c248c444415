/**
 * `<recovery-key-panel>`. Signed in (`manage`): when the key was made, or none yet; a new one,
 * after confirming that the old stops working; shown once, then back to the summary. Signed out
 * (`sign-in`): sign in with a recovery key. Step-up is the core's, when the server asks.
 */
import type { RecoveryError } from '../api/client.js';

export type KeyPanelMode = 'manage' | 'sign-in';

export type KeyPanelState =
  | { step: 'loading' }
  | { step: 'error'; error: RecoveryError }
  /** `createdAt` of the current key, or null when there is none. */
  | { step: 'summary'; createdAt: string | null }
  | { step: 'confirm'; createdAt: string }
  /** The only state that holds the key: "Done" leaves it. */
  | { step: 'show-key'; recoveryKey: string; createdAt: string }
  | { step: 'redeem' }
  | { step: 'signed-in'; redirectUrl: string | null };

export type KeyPanelStep = KeyPanelState['step'];

export type KeyPanelEvent =
  | { type: 'loaded'; createdAt: string | null }
  | { type: 'loadFailed'; error: RecoveryError }
  | { type: 'reload' }
  /** "Generate a new recovery key": a key to replace asks first. */
  | { type: 'generate' }
  | { type: 'cancel' }
  | { type: 'generated'; recoveryKey: string; createdAt: string }
  | { type: 'acknowledged' }
  | { type: 'redeemed'; redirectUrl: string | null };

export const initialKeyPanel = (mode: KeyPanelMode): KeyPanelState =>
  mode === 'sign-in' ? { step: 'redeem' } : { step: 'loading' };

export function keyPanelTransition(state: KeyPanelState, event: KeyPanelEvent): KeyPanelState {
  switch (event.type) {
    case 'loaded':
      return state.step === 'loading' ? { step: 'summary', createdAt: event.createdAt } : state;
    case 'loadFailed':
      return state.step === 'loading' ? { step: 'error', error: event.error } : state;
    case 'reload':
      return state.step === 'error' ? { step: 'loading' } : state;
    case 'generate':
      return state.step === 'summary' && state.createdAt
        ? { step: 'confirm', createdAt: state.createdAt }
        : state;
    case 'cancel':
      return state.step === 'confirm' ? { step: 'summary', createdAt: state.createdAt } : state;
    case 'generated':
      return state.step === 'summary' || state.step === 'confirm'
        ? { step: 'show-key', recoveryKey: event.recoveryKey, createdAt: event.createdAt }
        : state;
    case 'acknowledged':
      return state.step === 'show-key' ? { step: 'summary', createdAt: state.createdAt } : state;
    case 'redeemed':
      return state.step === 'redeem'
        ? { step: 'signed-in', redirectUrl: event.redirectUrl }
        : state;
  }
}
