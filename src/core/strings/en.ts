/**
 * Every English string of the kit, as one object: the public `Strings` shape. The words are
 * stored by element (core/strings/shared.ts and each element's strings.ts), so an element's
 * bundle carries only its own; this whole table is for the package's index and for types.
 */
import { accountProtection } from '../../elements/account-protection/strings.js';
import { authenticatorSetup } from '../../elements/authenticator-setup/strings.js';
import { backupMethodManager } from '../../elements/backup-method-manager/strings.js';
import { recoveryKeyPanel } from '../../elements/recovery-key-panel/strings.js';
import { adminReset } from '../../elements/two-factor-admin-reset/strings.js';
import { twoFactorReset } from '../../elements/two-factor-reset/strings.js';
import { shared } from './shared.js';

export type { ErrorInfo } from './shared.js';

export const en = {
  ...shared,
  ...twoFactorReset,
  ...backupMethodManager,
  ...recoveryKeyPanel,
  ...authenticatorSetup,
  ...adminReset,
  ...accountProtection,
};

export type Strings = typeof en;

/** What a host or a locale may give: any of the strings, any of the error messages. */
export type StringsOverride = Partial<Omit<Strings, 'errors'>> & {
  errors?: Partial<Strings['errors']>;
};
