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
 * order): while an ancestor is not defined yet (a provider, perhaps), a ContextRoot on the
 * document keeps the element's request and replays it when the provider appears. Attached once
 * per document, and only then: a root keeps every request no provider answers, so a page
 * whose elements all find theirs, or have none, keeps nothing.
 */
export function awaitLateProvider(element: Element): void {
  const document = element.ownerDocument;
  if (rooted.has(document) || !underUndefined(element)) return;
  rooted.add(document);
  new ContextRoot().attach(document.documentElement);
}

/** Whether an ancestor of `element`, across shadow roots, is a custom element not yet defined. */
export function underUndefined(element: Element): boolean {
  for (let node: Element | null = element; node;) {
    if (node !== element && node.matches(':not(:defined)')) return true;
    if (node.parentElement?.closest(':not(:defined)')) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}
