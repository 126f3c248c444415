/**
 * Values read aloud as what they are, not as their look: a key character by character ("A B C
 * D, E F G H", never "ninety-eight QW"), a masked address by what it still shows ("phone number
 * ending in 0 7 8 9", never "bullet bullet bullet"). The value stays on screen as it is, hidden
 * from assistive technology, and a visually hidden reading in the user's words stands beside it.
 * The value is left to right whatever the page's direction (`dir="ltr"` markup, never bidi
 * control characters); the reading, a phrase in the page's language, follows the page.
 */
import { html, type TemplateResult } from 'lit';
import type { Strings } from './strings/en.js';

/** "ABCDEFGHJKLM…" as people read and write it: "ABCD-EFGH-JKLM-…". */
export const groupKey = (key: string, separator = '-') =>
  key.match(/.{1,4}/g)?.join(separator) ?? '';

/** "ab12" → "A B 1 2": one character at a time, letters as capitals. */
export const spell = (text: string) => [...text.replace(/[\s-]/g, '').toUpperCase()].join(' ');

/** A key as a screen reader should say it: its groups of four, each spelled. */
export function readKey(strings: Strings, key: string): string {
  const groups = groupKey(key.replace(/[\s-]/g, ''), ' ').split(' ').filter(Boolean);
  return strings.spelledKey(groups.map(spell));
}

/**
 * A key shown in groups of four (copyable: only the shown text is selected), with its spelled
 * reading. `id` goes on the shown text, the one thing to select when copying fails. Put it in an
 * element with `dir="ltr"`.
 */
export function renderKey(strings: Strings, key: string, id: string): TemplateResult {
  return html`<span id=${id} class="key-text" aria-hidden="true">${groupKey(key, ' ')}</span
    ><span class="visually-hidden reading">${readKey(strings, key)}</span>`;
}

/** What stands for hidden characters: bullets, asterisks, ellipses. */
const maskCharacters = /[•●∙·*…⋯]+/gu;

/**
 * How a masked value is read: "a…@example.net, partly hidden", "phone number ending in 0 7 8 9"
 * (just "ending in 0 7 8 9" when the words around it already say it is a phone number). A value
 * with nothing hidden is read as it is.
 */
export function readMasked(strings: Strings, masked: string, { named = false } = {}): string {
  if (!masked.match(maskCharacters)) return masked;
  const at = masked.lastIndexOf('@');
  if (at >= 0) {
    const start = masked.slice(0, at).replace(maskCharacters, '').trim();
    return strings.maskedEmailReading(start, masked.slice(at + 1));
  }
  const lastDigits = /(\d[\d\s-]*)$/.exec(masked)?.[1];
  if (lastDigits)
    return named
      ? strings.maskedEndingReading(spell(lastDigits))
      : strings.maskedPhoneReading(spell(lastDigits));
  return strings.maskedReading(masked.replace(maskCharacters, ' ').replace(/\s+/g, ' ').trim());
}

/** A masked value as shown (left to right) with how it is read. */
export function renderMasked(
  strings: Strings,
  masked: string,
  options: { named?: boolean } = {},
): TemplateResult {
  const reading = readMasked(strings, masked, options);
  if (reading === masked) return html`<bdi dir="ltr">${masked}</bdi>`;
  return html`<bdi dir="ltr" aria-hidden="true">${masked}</bdi
    ><span class="visually-hidden reading">${reading}</span>`;
}

/**
 * `text` (a string made with `masked` in it, such as `codeSentTo(masked, 6)`) with the masked
 * value shown and read as `renderMasked` does; `text` as it is if a host's words leave it out.
 */
export function renderWithMasked(
  strings: Strings,
  text: string,
  masked: string | null | undefined,
  options: { named?: boolean } = {},
): TemplateResult | string {
  const at = masked ? text.indexOf(masked) : -1;
  if (!masked || at < 0) return text;
  return html`${text.slice(0, at)}${renderMasked(strings, masked, options)}${text.slice(
    at + masked.length,
  )}`;
}
