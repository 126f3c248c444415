/**
 * A pseudo-locale: every English string accented, bracketed and 40% longer, so a story shows
 * at a glance any word that escaped localisation, and how the layout takes longer words.
 * Values (dates, masked addresses, codes) pass through unchanged inside the brackets: they are
 * data, not words. Queries read it back as English (queries.ts), so plays run unchanged.
 */
import { en, type StringsOverride } from '../../src/core/strings/en.js';
import { registerLocale } from '../../src/core/strings/localize.js';

export const pseudoLang = 'x-pseudo';

const open = '⟦';
const close = '⟧';
const pad = '·';
const accented: Record<string, string> = Object.fromEntries(
  [...'aeiouycnAEIOUYCN'].map((letter, i) => [letter, 'áéíóúýçñÁÉÍÓÚÝÇÑ'[i]!]),
);
const slot = (i: number) => `\uE000${i}\uE001`;
const slotted = /\uE000(\d+)\uE001/g;

/** Accents the words of `text` (not the values in its slots), brackets it and pads it by 40%. */
function pseudo(text: string, values: string[] = []): string {
  const words = text
    .split(/(\uE000\d+\uE001)/)
    .map((part, i) => (i % 2 ? part : [...part].map((c) => accented[c] ?? c).join('')))
    .join('');
  const extra = Math.ceil(text.length * 0.4);
  const padding = Array.from({ length: Math.ceil(extra / 5) }, () => pad.repeat(5)).join(' ');
  return `${open}${words.replace(slotted, (_, i: string) => values[Number(i)]!)} ${padding}${close}`;
}

type Entry = string | ((...args: never[]) => string);

function pseudoEntry(entry: Entry): Entry {
  if (typeof entry === 'string') return pseudo(entry);
  return (...args: unknown[]) => {
    // String arguments are values: where one shows in the text, the accents leave it alone.
    let text = (entry as (...a: unknown[]) => string)(...args);
    const values = args.flatMap((arg) =>
      typeof arg === 'string' ? arg : Array.isArray(arg) ? arg : '',
    );
    values.forEach((value, i) => value && (text = text.split(value).join(slot(i))));
    return pseudo(text, values);
  };
}

const { errors, ...words } = en;
export const pseudoStrings = {
  ...Object.fromEntries(Object.entries(words).map(([key, entry]) => [key, pseudoEntry(entry)])),
  errors: Object.fromEntries(
    Object.entries(errors).map(([code, entry]) => [code, pseudoEntry(entry)]),
  ),
} as StringsOverride;

registerLocale(pseudoLang, pseudoStrings);

/** Words of the page that are not pseudo-localised: English that escaped the strings. */
export function english(text: string): string[] {
  // Innermost first: a pseudo string may hold another (a method's name in a sentence).
  const innermost = new RegExp(`${open}[^${open}${close}]*${close}`, 'g');
  let outside = text;
  while (innermost.test(outside)) outside = outside.replace(innermost, ' ');
  return outside.match(/[A-Za-z]{2,}/g) ?? [];
}
