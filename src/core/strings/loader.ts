/**
 * Shipped locales, fetched by `lang` alone: each table of a language once, when an element
 * that shows it first asks (with its first request). A failed fetch leaves English.
 */
import { shippedLanguages } from '../../locales/shipped.js';
import type { Locales, TableName } from './tables.js';

/** By "fr/shared": a table that has arrived, or the fetch of one on its way. */
const tables = new Map<string, object | Promise<void>>();

/** Counts the tables that have arrived, so words resolved before know they are stale. */
export let arrivals = 0;

export const isShipped = (layer: string) => shippedLanguages.has(layer);

/** A shipped table of `layer` ("fr", "fr-ca") that has arrived. */
export function arrived(layer: string, name: TableName): object | undefined {
  const table = tables.get(`${layer}/${name}`);
  return table instanceof Promise ? undefined : table;
}

/**
 * Fetches the shipped tables `layers` need, once each; undefined when all are here (or none
 * ships). A failed fetch leaves an empty table, so English, and warns.
 */
export function fetchLocale(layers: string[], locales: Locales): Promise<unknown> | undefined {
  const waits: Promise<void>[] = [];
  for (const layer of layers) {
    if (!isShipped(layer)) continue; // a `lang` is the page's: no key of Object.prototype
    for (const [name, loaders] of Object.entries(locales)) {
      const key = `${layer}/${name}`;
      let table = tables.get(key);
      if (!table) {
        const load = loaders[layer]?.(name as TableName);
        if (!load) continue;
        table = load.then(
          (module) => void (tables.set(key, module.default), arrivals++),
          (error: unknown) => void (tables.set(key, {}), arrivals++, console.warn(error)),
        );
        tables.set(key, table);
      }
      if (table instanceof Promise) waits.push(table);
    }
  }
  return waits.length ? Promise.all(waits) : undefined;
}
