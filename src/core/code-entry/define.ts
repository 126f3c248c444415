import { CodeEntry } from './code-entry.js';

customElements.get('tfr-code-entry') ?? customElements.define('tfr-code-entry', CodeEntry);

declare global {
  interface HTMLElementTagNameMap {
    'tfr-code-entry': CodeEntry;
  }
}
