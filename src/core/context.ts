/** What `<recovery-provider>` gives every element inside it (CONTRACT.md §2). */
import { ContextRoot, createContext } from '@lit/context';
import type { RecoveryClient } from '../api/client.js';
import type { StringsOverride } from './strings/en.js';

export interface RecoveryContext {
  client?: RecoveryClient;
  supportUrl?: string;
  /** ISO 3166 country (e.g. "GB") for phone numbers typed without their international prefix. */
  defaultCountry?: string;
  /** Named on downloaded recovery keys. */
  siteName?: string;
  /** Where "Sign in again" leads once a recovery has expired. */
  signInUrl?: string;
  strings?: StringsOverride;
}

export const recoveryContext = createContext<RecoveryContext | undefined>(
  Symbol('recovery-context'),
);

const rooted = new WeakSet<Document>();

/**
 * Lets an element that upgrades before its provider still find it (pages load scripts in any
 * order): a ContextRoot on the document keeps the element's request and replays it when the
 * provider appears. Attached once per document, by the first element that connects.
 */
export function attachContextRoot(document: Document): void {
  if (rooted.has(document)) return;
  rooted.add(document);
  new ContextRoot().attach(document.documentElement);
}
