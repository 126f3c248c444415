/**
 * Shipped locales, fetched by `lang` alone: each table of a language once, when an element
 * that shows it first asks (with its first request). A failed fetch leaves English.
 */
import { shipped } from '../../locales/shipped.js';
import type { TableName } from './tables.js';

const tables = new Map<string, object>();
const fetching = new Map<string, Promise<void>>();

export const isShipped = (layer: string) => layer in shipped;

/** A shipped table of `layer` ("fr", "fr-ca") that has arrived. */
export const arrived = (layer: string, name: TableName) => tables.get(`${layer}/${name}`);

/**
 * Fetches the shipped tables `layers` need, once each; undefined when all are here (or none
 * ships). A failed fetch leaves an empty table, so English, and warns once.
 */
export function fetchLocale(layers: string[], names: TableName[]): Promise<void> | undefined {
  const waits: Promise<void>[] = [];
  for (const layer of layers) {
    for (const name of names) {
      const key = `${layer}/${name}`;
      if (tables.has(key)) continue;
      let wait = fetching.get(key);
      if (!wait) {
        const load = shipped[layer]?.(name);
        if (!load) continue;
        wait = load.then(
          (module) => void tables.set(key, module.default),
          (error: unknown) => {
            tables.set(key, {});
            console.warn(`two-factor-recovery: "${layer}" didn't load`, error);
          },
        );
        fetching.set(key, wait);
      }
      waits.push(wait);
    }
  }
  return waits.length ? Promise.all(waits).then(() => undefined) : undefined;
}
