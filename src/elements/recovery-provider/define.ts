import { RecoveryProvider } from './recovery-provider.js';

export { RecoveryProvider };

customElements.get('recovery-provider') ??
  customElements.define('recovery-provider', RecoveryProvider);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-provider': RecoveryProvider;
  }
}
