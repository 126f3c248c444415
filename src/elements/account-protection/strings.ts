/** The English words of this element alone; the shared steps' are in core/strings/shared.ts. */

export const accountProtection = {
  // <account-protection>
  protectHeading: 'Protect your account',
  protectedFully:
    'Your account is protected: 2-factor authentication, a backup method and a recovery key.',
  protectionMissing: 'Finish protecting your account:',
  missingTwoFactor: 'Set up 2-factor authentication.',
  missingBackupMethod:
    'Set up a backup method, so you can reset 2FA yourself if you lose your device.',
  missingRecoveryKey: 'Generate a recovery key, so you can sign in if you lose your device.',
  twoFactorDevice: '2FA device',
  replaceDevice: 'Replace 2FA device',
  setUpTwoFactor: 'Set up 2FA',
};
