/** What `<recovery-provider>` gives every element inside it (CONTRACT.md §2). */
import { createContext } from '@lit/context';
import type { RecoveryClient } from '../api/client.js';
import type { StringsOverride } from './strings/en.js';

export interface RecoveryContext {
  client?: RecoveryClient;
  supportUrl?: string;
  /** ISO 3166 country (e.g. "GB") for phone numbers typed without their international prefix. */
  defaultCountry?: string;
  /** Named on downloaded recovery keys. */
  siteName?: string;
  strings?: StringsOverride;
}

export const recoveryContext = createContext<RecoveryContext | undefined>(
  Symbol('recovery-context'),
);
