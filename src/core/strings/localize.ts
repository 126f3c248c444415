/**
 * One localisation layer. An element's words are its tables in English, then the shipped
 * locale's tables for the reader's language (its language, then its region), then a locale
 * registered for it, then the provider's strings, then the element's own, each overriding the
 * one before. Dates, times and plurals use the locale the words resolved to, so no page mixes
 * languages.
 */
import { intlLocale } from '../format.js';
import { langChanged } from './lang-watch.js';
import { arrivals, arrived, isShipped } from './loader.js';
import type { ErrorInfo } from './shared.js';
import type { Strings, StringsOverride } from './en.js';
import type { TableName, Tables } from './tables.js';

export { fetchLocale } from './loader.js';

const registered = new Map<string, StringsOverride>();
/** Counts registrations, so an element's resolved words know when they are stale. */
export let registrations = 0;
/** The locale each resolved strings object speaks, for the shared steps it is handed to. */
const localeOfStrings = new WeakMap<object, string>();

/** Adds a language, or overrides a shipped one key by key: "fr", or "fr-CA" on top of "fr". */
export function registerLocale(lang: string, strings: StringsOverride): void {
  registered.set(lang.toLowerCase(), strings);
  registrations += 1;
  langChanged(); // live elements take it
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
  // Every element asks when it connects, mostly for the same few tags: each is resolved once
  // until a locale is registered (Intl's canonical form is not free).
  if (resolvedAt !== registrations) {
    resolvedLocales.clear();
    resolvedAt = registrations;
  }
  let locale = resolvedLocales.get(lang);
  if (locale === undefined) resolvedLocales.set(lang, (locale = resolveAnew(lang)));
  return locale;
}

const resolvedLocales = new Map<string, string>();
let resolvedAt = 0;

function resolveAnew(lang: string): string {
  // A private tag ("x-pseudo") has words if registered; Intl formats it as English.
  if (registered.has(lang.toLowerCase())) return lang.toLowerCase();
  const tag = intlLocale(lang);
  const known = (key: string) => key === 'en' || isShipped(key) || registered.has(key);
  return layers(tag).some(known) ? tag : 'en';
}

/** The language and then the region a locale's words come from: "fr", "fr-ca". */
export function layers(locale: string): string[] {
  const tag = locale.toLowerCase();
  const language = tag.split('-')[0]!;
  return tag === language ? [tag] : [language, tag];
}

function merge(base: Strings, override: StringsOverride | object | undefined): Strings {
  if (!override) return base;
  const { errors, ...rest } = override as StringsOverride;
  const defined = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== undefined),
  );
  return { ...base, ...defined, errors: { ...base.errors, ...errors } } as Strings;
}

/** Tables' words by locale, resolved once for every element that shows them. */
const resolved = new WeakMap<Tables, Map<string, Strings>>();

/** The words of `tables` in `locale`: English, then what arrived and what is registered for it. */
function wordsFor(locale: string, tables: Tables): Strings {
  let byLocale = resolved.get(tables);
  if (!byLocale) resolved.set(tables, (byLocale = new Map()));
  const key = `${locale} ${registrations} ${arrivals}`;
  let words = byLocale.get(key);
  if (!words) {
    const names = Object.keys(tables) as TableName[];
    words = {} as Strings;
    for (const name of names) words = merge(words, tables[name]);
    for (const layer of layers(locale)) {
      for (const name of names) words = merge(words, arrived(layer, name));
      words = merge(words, registered.get(layer));
    }
    byLocale.set(key, words);
    localeOfStrings.set(words, intlLocale(locale));
  }
  return words;
}

/**
 * The strings an element shows in `locale`: its tables' words, then `overrides` (the
 * provider's, the element's).
 */
export function stringsFor(
  locale: string,
  tables: Tables,
  ...overrides: (StringsOverride | undefined)[]
): Strings {
  const words = wordsFor(locale, tables);
  let strings = words;
  for (const override of overrides) strings = merge(strings, override);
  if (strings !== words) localeOfStrings.set(strings, localeOf(words));
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
