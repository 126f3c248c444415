import { TwoFactorAdminReset } from './two-factor-admin-reset.js';

export { TwoFactorAdminReset };

customElements.get('two-factor-admin-reset') ??
  customElements.define('two-factor-admin-reset', TwoFactorAdminReset);

declare global {
  interface HTMLElementTagNameMap {
    'two-factor-admin-reset': TwoFactorAdminReset;
  }
}
