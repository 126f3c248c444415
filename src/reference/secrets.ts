/**
 * Random codes, tokens and recovery keys, and the digests they are stored as: Web Crypto only,
 * so the same code runs in the browser (memory client) and in Node (demo server).
 */

/** 32 symbols, none easily mistaken for another (no 0/O, 1/I): 5 bits each, 120 bits per key. */
export const recoveryKeyAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A uniformly random string of `length` symbols from `alphabet` (at most 256 symbols). */
function randomString(length: number, alphabet: string): string {
  const limit = 256 - (256 % alphabet.length); // rejecting bytes past it avoids modulo bias
  let out = '';
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

export const randomCode = (digits: number) => randomString(digits, '0123456789');
export const randomRecoveryKey = (length: number) => randomString(length, recoveryKeyAlphabet);
export const randomId = (prefix: string) =>
  `${prefix}_${randomString(22, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;

/** How a recovery key is compared: what people paste (spaces, dashes, lower case) counts. */
export const normaliseRecoveryKey = (key: string) => key.replace(/[\s-]+/g, '').toUpperCase();

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** SHA-256, hex: recovery keys and tokens (120 bits and more, beyond guessing) are stored only as this. */
export async function hash(value: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value)));
}

/** This process's secret for codes: never stored with them, gone when the process ends. */
let codeSecret: Promise<CryptoKey> | undefined;

/**
 * HMAC-SHA-256 with this process's secret, hex: one-time codes are stored only as this. Six
 * digits have a million values, so a bare or salted hash of one falls to a loop once the state
 * leaks; without the secret there is nothing to loop over.
 */
export async function hmac(value: string): Promise<string> {
  codeSecret ??= crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return hex(await crypto.subtle.sign('HMAC', await codeSecret, new TextEncoder().encode(value)));
}

/** Compares two hashes in time that does not depend on where they differ. */
export function sameHash(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
