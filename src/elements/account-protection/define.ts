import '../authenticator-setup/define.js';
import '../backup-method-manager/define.js';
import '../recovery-key-panel/define.js';
import { AccountProtection } from './account-protection.js';

export { AccountProtection };

customElements.get('account-protection') ??
  customElements.define('account-protection', AccountProtection);

declare global {
  interface HTMLElementTagNameMap {
    'account-protection': AccountProtection;
  }
}
