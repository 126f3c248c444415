import '../../core/redeem-form/define.js';
import { TwoFactorReset } from './two-factor-reset.js';

export { TwoFactorReset };

customElements.get('two-factor-reset') ?? customElements.define('two-factor-reset', TwoFactorReset);

declare global {
  interface HTMLElementTagNameMap {
    'two-factor-reset': TwoFactorReset;
  }
}
