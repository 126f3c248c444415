/**
 * The send throttle (CONTRACT.md §1 Rules), so no one can flood a mailbox or a phone, or pump
 * texts at someone's cost: codes sent per account (a short window and a day), per destination
 * across accounts, and, where the backend knows the client's address, per address (4x). Only
 * codes actually sent count. The log keeps each send's time, and forgets what the longest
 * window no longer needs.
 */
import { fail, secondsUntil, type Context } from './context.js';
import { own } from './state.js';

interface Window {
  key: string;
  max: number;
  seconds: number;
}

function windowsOf(ctx: Context, userId: string, destination: string): Window[] {
  const { limits } = ctx;
  const short = limits.sendWindowSeconds;
  const day = limits.sendDaySeconds;
  const perAccount = (key: string, factor = 1): Window[] => [
    { key, max: limits.sendsPerAccount * factor, seconds: short },
    { key, max: limits.sendsPerAccountPerDay * factor, seconds: day },
  ];
  return [
    ...perAccount(`account:${userId}`),
    { key: `to:${destination}`, max: limits.sendsPerDestination, seconds: short },
    ...(ctx.clientAddress === undefined
      ? []
      : perAccount(`address:${ctx.clientAddress}`, limits.addressFactor)),
  ];
}

/** When the next send is allowed under every window, in ms: now, or once enough sends age out. */
function nextSendAt(ctx: Context, windows: Window[]): number {
  let at = ctx.now;
  for (const { key, max, seconds } of windows) {
    const times = (own(ctx.state.sends, key) ?? []).filter((t) => t > ctx.now - seconds * 1000);
    if (times.length >= max) at = Math.max(at, times[times.length - max]! + seconds * 1000);
  }
  return at;
}

/**
 * Refuses a code to `destination` for account `userId` with `rate_limited` while any limit is
 * reached or before `notBefore` (a resend cooldown), waiting for the longest of them.
 */
export function requireSendAllowed(
  ctx: Context,
  userId: string,
  destination: string,
  notBefore = 0,
): void {
  const at = Math.max(nextSendAt(ctx, windowsOf(ctx, userId, destination)), notBefore);
  if (at > ctx.now) fail('rate_limited', { retryAfterSeconds: secondsUntil(ctx, at) });
}

/** Counts a code sent; returns the earliest the next one may go (ms), so no resend is offered before. */
export function countSend(ctx: Context, userId: string, destination: string): number {
  const windows = windowsOf(ctx, userId, destination);
  const forgetBefore =
    ctx.now - Math.max(ctx.limits.sendWindowSeconds, ctx.limits.sendDaySeconds) * 1000;
  for (const [key, times] of Object.entries(ctx.state.sends)) {
    const kept = times.filter((t) => t > forgetBefore);
    if (kept.length > 0) ctx.state.sends[key] = kept;
    else delete ctx.state.sends[key];
  }
  for (const key of new Set(windows.map((w) => w.key)))
    ctx.state.sends[key] = [...(own(ctx.state.sends, key) ?? []), ctx.now];
  return nextSendAt(ctx, windows);
}
