import '../../core/redeem-form/define.js';
import { RecoveryKeyPanel } from './recovery-key-panel.js';

export { RecoveryKeyPanel };

customElements.get('recovery-key-panel') ??
  customElements.define('recovery-key-panel', RecoveryKeyPanel);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-key-panel': RecoveryKeyPanel;
  }
}
