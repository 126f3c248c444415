/** Every table of this language in one module: the drop-in fetches a language as one chunk. */
import shared from './shared.js';
import twoFactorReset from './two-factor-reset.js';
import backupMethodManager from './backup-method-manager.js';
import recoveryKeyPanel from './recovery-key-panel.js';
import authenticatorSetup from './authenticator-setup.js';
import twoFactorAdminReset from './two-factor-admin-reset.js';
import accountProtection from './account-protection.js';

export default {
  shared: shared,
  'two-factor-reset': twoFactorReset,
  'backup-method-manager': backupMethodManager,
  'recovery-key-panel': recoveryKeyPanel,
  'authenticator-setup': authenticatorSetup,
  'two-factor-admin-reset': twoFactorAdminReset,
  'account-protection': accountProtection,
};
