/**
 * The locales that ship, fetched by `lang` alone: a chunk per language and table, so an
 * element fetches only its own words, and its bundle carries only its own tables' loaders
 * (each element names them in its `locales`). The drop-in swaps this module for
 * shipped.cdn.ts, a chunk per language. Languages in lower case, as `lang` is matched.
 */
import type { TableLoaders } from '../core/strings/tables.js';

export const shippedLanguages: ReadonlySet<string> = new Set(['fr', 'fr-ca', 'de', 'es', 'ar']);

export const sharedLocales: TableLoaders = {
  fr: () => import('./fr/shared.js'),
  'fr-ca': () => import('./fr-CA/shared.js'),
  de: () => import('./de/shared.js'),
  es: () => import('./es/shared.js'),
  ar: () => import('./ar/shared.js'),
};

export const twoFactorResetLocales: TableLoaders = {
  fr: () => import('./fr/two-factor-reset.js'),
  'fr-ca': () => import('./fr-CA/two-factor-reset.js'),
  de: () => import('./de/two-factor-reset.js'),
  es: () => import('./es/two-factor-reset.js'),
  ar: () => import('./ar/two-factor-reset.js'),
};

export const backupMethodManagerLocales: TableLoaders = {
  fr: () => import('./fr/backup-method-manager.js'),
  'fr-ca': () => import('./fr-CA/backup-method-manager.js'),
  de: () => import('./de/backup-method-manager.js'),
  es: () => import('./es/backup-method-manager.js'),
  ar: () => import('./ar/backup-method-manager.js'),
};

export const recoveryKeyPanelLocales: TableLoaders = {
  fr: () => import('./fr/recovery-key-panel.js'),
  'fr-ca': () => import('./fr-CA/recovery-key-panel.js'),
  de: () => import('./de/recovery-key-panel.js'),
  es: () => import('./es/recovery-key-panel.js'),
  ar: () => import('./ar/recovery-key-panel.js'),
};

export const authenticatorSetupLocales: TableLoaders = {
  fr: () => import('./fr/authenticator-setup.js'),
  'fr-ca': () => import('./fr-CA/authenticator-setup.js'),
  de: () => import('./de/authenticator-setup.js'),
  es: () => import('./es/authenticator-setup.js'),
  ar: () => import('./ar/authenticator-setup.js'),
};

export const adminResetLocales: TableLoaders = {
  fr: () => import('./fr/two-factor-admin-reset.js'),
  'fr-ca': () => import('./fr-CA/two-factor-admin-reset.js'),
  de: () => import('./de/two-factor-admin-reset.js'),
  es: () => import('./es/two-factor-admin-reset.js'),
  ar: () => import('./ar/two-factor-admin-reset.js'),
};

export const accountProtectionLocales: TableLoaders = {
  fr: () => import('./fr/account-protection.js'),
  'fr-ca': () => import('./fr-CA/account-protection.js'),
  de: () => import('./de/account-protection.js'),
  es: () => import('./es/account-protection.js'),
  ar: () => import('./ar/account-protection.js'),
};
