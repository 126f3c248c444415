/**
 * The drop-in's shipped locales: a chunk per language, every table in it; so every table's
 * loaders are the same, each taking the table's name.
 */
import type { Loaded, TableLoaders, TableName } from '../core/strings/tables.js';

type Language = { default: Partial<Record<TableName, object>> };
const language = (load: () => Promise<Language>) => (name: TableName) =>
  load().then((module): Loaded => ({ default: module.default[name] ?? {} }));

const loaders: TableLoaders = {
  fr: language(() => import('./fr/index.js')),
  'fr-ca': language(() => import('./fr-CA/index.js')),
  de: language(() => import('./de/index.js')),
  es: language(() => import('./es/index.js')),
  ar: language(() => import('./ar/index.js')),
};

export const shippedLanguages: ReadonlySet<string> = new Set(Object.keys(loaders));
export {
  loaders as sharedLocales,
  loaders as twoFactorResetLocales,
  loaders as backupMethodManagerLocales,
  loaders as recoveryKeyPanelLocales,
  loaders as authenticatorSetupLocales,
  loaders as adminResetLocales,
  loaders as accountProtectionLocales,
};
