/** The numbers of CONTRACT.md §1 "Rules", in one place. */
export const limits = {
  codeDigits: 6,
  codeTtlSeconds: 10 * 60,
  resendCooldownSeconds: 30,
  attemptsPerChallenge: 5,
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
} as const;
