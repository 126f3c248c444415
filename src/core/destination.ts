/**
 * What a backup method must be before anything is sent: an email address, or a phone number,
 * parsed and put in E.164 form by libphonenumber-js. The library is a lazy chunk, fetched the
 * first time someone types a phone number.
 */
import { lazyChunk } from './lazy-chunk.js';
import type { Strings } from './strings/en.js';

type CountryCode = Parameters<typeof import('./phone-numbers.js').parsePhoneNumberFromString>[1];

/** Fetches the phone-number library once; after a failed fetch, the next call tries again. */
export const loadPhoneNumbers = lazyChunk(() => import('./phone-numbers.js'));

export type Checked = { ok: true; value: string } | { ok: false; problem: string };

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(strings: Strings, raw: string): Checked {
  const value = raw.trim();
  if (!value) return { ok: false, problem: strings.enterEmail };
  if (value.length > 254 || !emailPattern.test(value))
    return { ok: false, problem: strings.emailInvalid };
  return { ok: true, value };
}

/**
 * A phone number as E.164 ("+447700900123"). A national number ("07700 900123") needs
 * `defaultCountry`; without one, the user is asked for the international form. Rejects when
 * the library cannot be fetched.
 */
export async function checkPhone(
  strings: Strings,
  raw: string,
  defaultCountry?: string,
): Promise<Checked> {
  const value = raw.trim();
  if (!value) return { ok: false, problem: strings.enterPhone };
  const { parsePhoneNumberFromString } = await loadPhoneNumbers();
  const international = value.startsWith('+');
  if (!international && !defaultCountry) return { ok: false, problem: strings.phoneInternational };
  const phone = parsePhoneNumberFromString(
    value,
    defaultCountry?.toUpperCase() as CountryCode | undefined,
  );
  // A number of the right length for its country is enough: the code sent to it proves it works,
  // and a stricter check would refuse numbers in ranges newer than the library (or fictional ones).
  if (!phone?.isPossible()) return { ok: false, problem: strings.phoneInvalid };
  return { ok: true, value: phone.number };
}
