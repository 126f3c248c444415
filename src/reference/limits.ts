/**
 * The numbers of CONTRACT.md §1 "Rules", in one place. A backend's `limits` option may set any
 * of them (tests use small ones), never to less than 1: a limit cannot be switched off.
 */
export const defaultLimits = {
  codeDigits: 6,
  codeTtlSeconds: 10 * 60,
  resendCooldownSeconds: 30,
  attemptsPerChallenge: 5,
  /** Codes sent per account in the short window (challenges and resends alike). */
  sendsPerAccount: 5,
  /** Codes sent to one email address or phone, from any account, in the short window. */
  sendsPerDestination: 3,
  sendWindowSeconds: 15 * 60,
  /** Codes sent per account in the long window. */
  sendsPerAccountPerDay: 20,
  sendDaySeconds: 24 * 60 * 60,
  /** Per client address (production only), the per-account send limits times this. */
  addressFactor: 4,
  /** Consecutive wrong answers across everything, then locked until an admin reset. */
  accountFailureCap: 100,
  /** `stepUp` and `redeemRecoveryKey`: wrong answers in a row, then a lock-out of this long. */
  attemptsInARow: 5,
  lockoutSeconds: 15 * 60,
  stepUpValidSeconds: 5 * 60,
  recoveryTokenTtlSeconds: 10 * 60,
  enrollmentTtlSeconds: 10 * 60,
  recoveryKeyLength: 24,
  totpDigits: 6,
  totpPeriodSeconds: 30,
};

export type Limits = Record<keyof typeof defaultLimits, number>;

/** Where the contract's shapes bound a number more tightly than "at least 1". */
const ranges: Partial<Record<keyof Limits, [min: number, max: number]>> = {
  codeDigits: [4, 10],
  totpDigits: [6, 8],
};

/** The default limits with `overrides` applied; throws on an unknown name or a number out of range. */
export function limitsOf(overrides: Partial<Limits> = {}): Limits {
  const limits = { ...defaultLimits };
  for (const [name, value] of Object.entries(overrides)) {
    if (!Object.hasOwn(defaultLimits, name)) throw new TypeError(`Unknown limit "${name}".`);
    if (value === undefined) continue;
    const [min, max] = ranges[name as keyof Limits] ?? [1, Number.MAX_SAFE_INTEGER];
    if (!Number.isInteger(value) || value < min || value > max)
      throw new RangeError(`limits.${name} must be a whole number from ${min} to ${max}.`);
    limits[name as keyof Limits] = value;
  }
  return limits;
}
