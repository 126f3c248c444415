/** What every rule is given: the state, the time of the request, the site it serves, and who is asking. */
import { RecoveryError, type RecoveryErrorDetails } from '../api/client.js';
import type { ServerErrorCode } from '../api/contract.js';
import type { Limits } from './limits.js';
import { own, type Account, type WorldState } from './state.js';

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
  /** The signed-in account: the signed-in operations act on it, and admins are checked by it. */
  user: Account;
  limits: Limits;
  /** The client's address, where sends are also throttled per address (in production). */
  clientAddress?: string;
}

export function fail(code: ServerErrorCode, details?: RecoveryErrorDetails): never {
  throw new RecoveryError(code, details);
}

/** The account whose sign-in is pending: the `recovery/*` operations act on it. */
export const pendingAccount = (ctx: Context): Account => ctx.state.users[ctx.state.userId]!;

/** A user as a client names one (any case, spaces around), if there is one. */
export const findUser = (state: WorldState, userId: string): Account | undefined =>
  own(state.users, userId.trim().toLowerCase());

export const isoTime = (ms: number) => new Date(ms).toISOString();
export const later = (ctx: Context, seconds: number) => ctx.now + seconds * 1000;
export const secondsUntil = (ctx: Context, time: number) =>
  Math.max(1, Math.ceil((time - ctx.now) / 1000));
