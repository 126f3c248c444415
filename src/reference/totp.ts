/** Authenticator codes (TOTP, RFC 6238) with otplib, at the reference clock's time. */
import { generate, verify } from 'otplib';
import type { Limits } from './limits.js';

const optionsOf = (limits: Limits) => ({
  digits: limits.totpDigits as 6 | 7 | 8,
  period: limits.totpPeriodSeconds,
});

export const totpAt = (secret: string, nowMs: number, limits: Limits) =>
  generate({ secret, epoch: Math.floor(nowMs / 1000), ...optionsOf(limits) });

/**
 * The time step `code` belongs to, or null when it is wrong. One step either side is accepted
 * (clocks drift); a step at or before `after` is refused, so a code cannot be replayed.
 */
export async function totpStep(
  secret: string,
  code: string,
  nowMs: number,
  limits: Limits,
  after?: number | null,
): Promise<number | null> {
  try {
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(nowMs / 1000),
      epochTolerance: limits.totpPeriodSeconds,
      ...(after != null && { afterTimeStep: after }),
      ...optionsOf(limits),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    return null; // a code of the wrong length is just a wrong code
  }
}
