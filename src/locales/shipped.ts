/**
 * The locales that ship, fetched by `lang` alone: a chunk per language and table, so an
 * element fetches only its own words. The drop-in swaps this module for shipped.cdn.ts, a
 * chunk per language. Languages in lower case, as `lang` is matched.
 */
import type { Loaded, TableName } from '../core/strings/tables.js';

type Loaders = Partial<Record<TableName, () => Promise<Loaded>>>;
const tables = (loaders: Loaders) => (name: TableName) => loaders[name]?.();

export const shipped: Record<string, (name: TableName) => Promise<Loaded> | undefined> = {
  fr: tables({
    shared: () => import('./fr/shared.js'),
    'two-factor-reset': () => import('./fr/two-factor-reset.js'),
    'backup-method-manager': () => import('./fr/backup-method-manager.js'),
    'recovery-key-panel': () => import('./fr/recovery-key-panel.js'),
    'authenticator-setup': () => import('./fr/authenticator-setup.js'),
    'two-factor-admin-reset': () => import('./fr/two-factor-admin-reset.js'),
    'account-protection': () => import('./fr/account-protection.js'),
  }),
  'fr-ca': tables({
    shared: () => import('./fr-CA/shared.js'),
    'two-factor-reset': () => import('./fr-CA/two-factor-reset.js'),
    'backup-method-manager': () => import('./fr-CA/backup-method-manager.js'),
    'recovery-key-panel': () => import('./fr-CA/recovery-key-panel.js'),
    'authenticator-setup': () => import('./fr-CA/authenticator-setup.js'),
    'two-factor-admin-reset': () => import('./fr-CA/two-factor-admin-reset.js'),
    'account-protection': () => import('./fr-CA/account-protection.js'),
  }),
  de: tables({
    shared: () => import('./de/shared.js'),
    'two-factor-reset': () => import('./de/two-factor-reset.js'),
    'backup-method-manager': () => import('./de/backup-method-manager.js'),
    'recovery-key-panel': () => import('./de/recovery-key-panel.js'),
    'authenticator-setup': () => import('./de/authenticator-setup.js'),
    'two-factor-admin-reset': () => import('./de/two-factor-admin-reset.js'),
    'account-protection': () => import('./de/account-protection.js'),
  }),
  es: tables({
    shared: () => import('./es/shared.js'),
    'two-factor-reset': () => import('./es/two-factor-reset.js'),
    'backup-method-manager': () => import('./es/backup-method-manager.js'),
    'recovery-key-panel': () => import('./es/recovery-key-panel.js'),
    'authenticator-setup': () => import('./es/authenticator-setup.js'),
    'two-factor-admin-reset': () => import('./es/two-factor-admin-reset.js'),
    'account-protection': () => import('./es/account-protection.js'),
  }),
  ar: tables({
    shared: () => import('./ar/shared.js'),
    'two-factor-reset': () => import('./ar/two-factor-reset.js'),
    'backup-method-manager': () => import('./ar/backup-method-manager.js'),
    'recovery-key-panel': () => import('./ar/recovery-key-panel.js'),
    'authenticator-setup': () => import('./ar/authenticator-setup.js'),
    'two-factor-admin-reset': () => import('./ar/two-factor-admin-reset.js'),
    'account-protection': () => import('./ar/account-protection.js'),
  }),
};
