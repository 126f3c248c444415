/** The English words of this element alone; the shared steps' are in core/strings/shared.ts. */

export const adminReset = {
  // <two-factor-admin-reset>
  adminHeading: 'Reset 2-factor authentication',
  adminIntro:
    "Look up the user who can't sign in. After a reset, they set up 2-factor authentication again " +
    'the next time they sign in.',
  userId: 'User ID',
  userIdHint: 'Their user ID, such as their email address.',
  lookUp: 'Look up',
  enterUserId: 'Enter a user ID.',
  userIdTooLong: (max: number) => `A user ID has at most ${max} characters.`,
  userNotFound: 'No user with that ID',
  adminForbiddenHeading: "You can't reset 2FA",
  adminForbidden:
    "This account isn't allowed to look up users or reset their 2-factor authentication. Ask an " +
    'admin of your organisation.',
  reason: 'Reason',
  reasonHint: (max: number) => `Why you're resetting it, for the record. Up to ${max} characters.`,
  enterReason: 'Enter a reason for the reset.',
  reasonTooLong: (max: number) => `Keep the reason to ${max} characters or fewer.`,
  resetTwoFactor: 'Reset 2FA',
  adminResetEffect:
    'Their 2FA device and recovery key stop working, and they must set up 2-factor authentication ' +
    'again the next time they sign in. Their backup method stays.',
  adminConfirmHeading: (displayName: string) => `Reset 2FA for ${displayName}?`,
  adminConfirmText:
    "They must set up 2-factor authentication again the next time they sign in. This can't be undone.",
  adminDoneHeading: (displayName: string) => `2FA reset for ${displayName}`,
  adminDone: (time: string) =>
    `Reset ${time}. We've told them: the next time they sign in, they set up 2-factor authentication ` +
    'again, then add a backup method.',
  lookUpAnother: 'Look up another user',
};
