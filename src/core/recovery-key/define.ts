import { RecoveryKeyDisplay } from './recovery-key.js';

customElements.get('tfr-recovery-key') ??
  customElements.define('tfr-recovery-key', RecoveryKeyDisplay);

declare global {
  interface HTMLElementTagNameMap {
    'tfr-recovery-key': RecoveryKeyDisplay;
  }
}
