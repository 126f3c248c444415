/** The English words of this element alone; the shared steps' are in core/strings/shared.ts. */

export const twoFactorReset = {
  // <two-factor-reset>
  authenticateDifferently: 'Authenticate a different way',
  chooseIntro:
    "Can't use your authenticator app, texts or calls? Get back in with your backup method or a recovery key.",
  useBackupMethod: 'Use backup method',
  useRecoveryKey: 'Use recovery key',
  noBackupAccess: "I don't have access to the backup email/phone number",
  verifiedHeading: "You're verified",
  verifiedIntro:
    'Remove your 2FA device to set up 2-factor authentication again, on the same device or a new one. ' +
    'Or generate a new recovery key and sign in with it.',
  removeDeviceAndAddNew: 'Remove the device and add new one',
  deviceRemovedHeading: 'Device removed',
  deviceRemovedIntro:
    "We'll email you a link to set up 2-factor authentication again, on the same device or a new one.",
  sendSetupEmail: 'Send 2-factor authentication email',
  emailSentHeading: 'Check your email',
  emailSent: (maskedEmail: string) =>
    `We sent an email to ${maskedEmail}. Open it to set up 2-factor authentication again.`,
  resetTip: 'Tip: once you have, note down your new recovery key.',
  noBackupAdvice:
    "When support has reset 2-factor authentication and you've set it up again, set up a backup " +
    'method, so that next time you can reset it yourself.',
  redeemNewKeyHeading: 'Sign in with your new recovery key',
  noBackupHeading: 'No backup method set up',
  noBackupText: 'You have not set up a backup method for your account',
  noAccessHeading: "Can't get to your backup method?",
  lockedHeading: 'Too many attempts',
  expiredHeading: 'Your sign-in has expired',
  signInAgain: 'Sign in again',
  recoveryTimeLimit: (time: string) =>
    `You have until ${time} to finish. After that, you'll need to sign in again.`,

  // Support guidance
  supportStillLockedOut: "If you still can't get in, an admin user can contact support.",
};
