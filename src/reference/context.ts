/** What every rule is given: the state, the time of the request, and the site it serves. */
import { RecoveryError, type RecoveryErrorDetails } from '../api/client.js';
import type { ServerErrorCode } from '../api/contract.js';
import type { Account, WorldState } from './state.js';

export interface Site {
  /** Named in the texts it sends and as the authenticator app's issuer. */
  name: string;
  /** Where links in emails point, and whose host SMS codes are bound to (WebOTP). */
  origin: string;
  /** The page the setup email links to. */
  setupPath: string;
  /** Where a recovery-key sign-in sends the user, or null to stay. */
  redirectUrl: string | null;
}

export interface Context {
  state: WorldState;
  /** The time of this request, in ms: one value for the whole operation. */
  now: number;
  site: Site;
}

export function fail(code: ServerErrorCode, details?: RecoveryErrorDetails): never {
  throw new RecoveryError(code, details);
}

/** The demo account: the one signed in, and the one whose sign-in is pending. */
export const demoAccount = (ctx: Context): Account => ctx.state.users[ctx.state.userId]!;

export const isoTime = (ms: number) => new Date(ms).toISOString();
export const later = (ctx: Context, seconds: number) => ctx.now + seconds * 1000;
export const secondsUntil = (ctx: Context, time: number) =>
  Math.max(1, Math.ceil((time - ctx.now) / 1000));
