/** The drop-in's shipped locales: a chunk per language, every table in it. */
import type { Loaded, TableName } from '../core/strings/tables.js';

type Language = { default: Partial<Record<TableName, object>> };
const language = (load: () => Promise<Language>) => (name: TableName) =>
  load().then((module): Loaded => ({ default: module.default[name] ?? {} }));

export const shipped: Record<string, (name: TableName) => Promise<Loaded> | undefined> = {
  fr: language(() => import('./fr/index.js')),
  'fr-ca': language(() => import('./fr-CA/index.js')),
  de: language(() => import('./de/index.js')),
  es: language(() => import('./es/index.js')),
  ar: language(() => import('./ar/index.js')),
};
