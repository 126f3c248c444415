import '../backup-method-manager/define.js';
import { AuthenticatorSetup } from './authenticator-setup.js';

export { AuthenticatorSetup };

customElements.get('authenticator-setup') ??
  customElements.define('authenticator-setup', AuthenticatorSetup);

declare global {
  interface HTMLElementTagNameMap {
    'authenticator-setup': AuthenticatorSetup;
  }
}
