/**
 * One localisation layer: the English defaults, the locale registered for the reader's
 * language, then the provider's strings, then the element's own, each overriding the one before.
 */
import { en, type ErrorInfo, type Strings, type StringsOverride } from './en.js';

const locales = new Map<string, StringsOverride>();

/** Adds (or replaces) the strings for a language: "fr", or "fr-CA" on top of "fr". Missing ones stay English. */
export function registerLocale(lang: string, strings: StringsOverride): void {
  locales.set(lang.toLowerCase(), strings);
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

function merge(base: Strings, override: StringsOverride | undefined): Strings {
  if (!override) return base;
  const defined = Object.fromEntries(
    Object.entries(override).filter(([, value]) => value !== undefined),
  );
  return { ...base, ...defined, errors: { ...base.errors, ...override.errors } } as Strings;
}

export function stringsFor(lang: string, ...overrides: (StringsOverride | undefined)[]): Strings {
  const tag = lang.toLowerCase();
  const language = tag.split('-')[0]!;
  let strings = merge(en, locales.get(language)); // "fr" for both "fr" and "fr-ca"…
  if (tag !== language) strings = merge(strings, locales.get(tag)); // …then "fr-ca" on top
  for (const override of overrides) strings = merge(strings, override);
  return strings;
}

/** The message for an error code, with its details; an unknown code gets the generic message. */
export function errorMessage(strings: Strings, code: string, info: ErrorInfo = {}): string {
  // Own entries only: a server's code `constructor` or `hasOwnProperty` is just an unknown code.
  const own = (errors: Strings['errors'], key: string) =>
    Object.hasOwn(errors, key) ? errors[key] : undefined;
  const message = own(strings.errors, code) ?? own(strings.errors, 'unknown') ?? en.errors.unknown!;
  return typeof message === 'function' ? message(info) : message;
}
