import { StepUp } from './step-up.js';

customElements.get('tfr-step-up') ?? customElements.define('tfr-step-up', StepUp);

declare global {
  interface HTMLElementTagNameMap {
    'tfr-step-up': StepUp;
  }
}
