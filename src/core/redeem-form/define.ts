import { RedeemForm } from './redeem-form.js';

customElements.get('tfr-redeem-form') ?? customElements.define('tfr-redeem-form', RedeemForm);

declare global {
  interface HTMLElementTagNameMap {
    'tfr-redeem-form': RedeemForm;
  }
}
