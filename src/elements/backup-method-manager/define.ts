import { BackupMethodManager } from './backup-method-manager.js';

export { BackupMethodManager };

customElements.get('backup-method-manager') ??
  customElements.define('backup-method-manager', BackupMethodManager);

declare global {
  interface HTMLElementTagNameMap {
    'backup-method-manager': BackupMethodManager;
  }
}
