/**
 * One localisation layer. An element's words are its tables in English, then the shipped
 * locale's tables for the reader's language (its language, then its region), then a locale
 * registered for it, then the provider's strings, then the element's own, each overriding the
 * one before. Dates, times and plurals use the locale the words resolved to, so no page mixes
 * languages.
 */
import { shipped } from '../../locales/shipped.js';
import { intlLocale } from '../format.js';
import type { ErrorInfo } from './shared.js';
import type { Strings, StringsOverride } from './en.js';
import type { TableName, Tables } from './tables.js';

const registered = new Map<string, StringsOverride>();
/** Shipped tables that have arrived (a failed fetch leaves an empty one: English). */
const arrived = new Map<string, object>();
const fetching = new Map<string, Promise<void>>();
/** The locale each resolved strings object speaks, for the shared steps it is handed to. */
const localeOfStrings = new WeakMap<object, string>();

/** Adds a language, or overrides a shipped one key by key: "fr", or "fr-CA" on top of "fr". */
export function registerLocale(lang: string, strings: StringsOverride): void {
  registered.set(lang.toLowerCase(), strings);
}

/** The `lang` that applies to `element`: its own or an ancestor's, across shadow roots, else the document's. */
export function langOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') || 'en';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'en';
}

/**
 * The locale an element speaks for a `lang`: the tag itself (for Intl: "fr-BE") when there are
 * words for its language, else English. A tag Intl refuses ("en_US") is English too.
 */
export function resolveLocale(lang: string): string {
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    // A private tag ("x-pseudo") has words only if registered; Intl formats it as English.
    tag = lang.toLowerCase();
  }
  const language = tag.toLowerCase().split('-')[0]!;
  const known = (key: string) => key === 'en' || key in shipped || registered.has(key);
  return known(language) || known(tag.toLowerCase()) ? tag : 'en';
}

/** The language and then the region a locale's words come from: "fr", "fr-ca". */
function layers(locale: string): string[] {
  const tag = locale.toLowerCase();
  const language = tag.split('-')[0]!;
  return tag === language ? [tag] : [language, tag];
}

/**
 * Fetches the shipped tables `locale` needs, once each; undefined when all are here (English,
 * a registered locale, or fetched before). A failed fetch leaves English and warns once.
 */
export function fetchLocale(locale: string, names: TableName[]): Promise<void> | undefined {
  const waits: Promise<void>[] = [];
  for (const layer of layers(locale)) {
    for (const name of names) {
      const key = `${layer}/${name}`;
      if (arrived.has(key)) continue;
      let wait = fetching.get(key);
      if (!wait) {
        const load = shipped[layer]?.(name);
        if (!load) continue;
        wait = load.then(
          (module) => void arrived.set(key, module.default),
          (error: unknown) => {
            arrived.set(key, {});
            console.warn(`two-factor-recovery: the "${layer}" strings didn't load`, error);
          },
        );
        fetching.set(key, wait);
      }
      waits.push(wait);
    }
  }
  return waits.length ? Promise.all(waits).then(() => undefined) : undefined;
}

function merge(base: Strings, override: StringsOverride | object | undefined): Strings {
  if (!override) return base;
  const { errors, ...rest } = override as StringsOverride;
  const defined = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== undefined),
  );
  return { ...base, ...defined, errors: { ...base.errors, ...errors } } as Strings;
}

/**
 * The strings an element shows in `locale`: its tables, then what arrived and what is
 * registered for the locale, then `overrides` (the provider's, the element's).
 */
export function stringsFor(
  locale: string,
  tables: Tables,
  ...overrides: (StringsOverride | undefined)[]
): Strings {
  const names = Object.keys(tables) as TableName[];
  let strings = {} as Strings;
  for (const name of names) strings = merge(strings, tables[name]);
  for (const layer of layers(locale)) {
    for (const name of names) strings = merge(strings, arrived.get(`${layer}/${name}`));
    strings = merge(strings, registered.get(layer));
  }
  for (const override of overrides) strings = merge(strings, override);
  localeOfStrings.set(strings, intlLocale(locale));
  return strings;
}

/** The locale `strings` were resolved for, as Intl takes it: dates, times and plurals in the same language. */
export const localeOf = (strings: object): string => localeOfStrings.get(strings) ?? 'en';

/** The message for an error code, with its details; an unknown code gets the generic message. */
export function errorMessage(
  strings: Pick<Strings, 'errors'>,
  code: string,
  info: ErrorInfo = {},
): string {
  // Own entries only: a server's code `constructor` or `hasOwnProperty` is just an unknown code.
  const own = (key: string) =>
    Object.hasOwn(strings.errors, key) ? strings.errors[key] : undefined;
  const message = own(code) ?? own('unknown') ?? 'Something went wrong. Try again.';
  return typeof message === 'function' ? message(info) : message;
}
