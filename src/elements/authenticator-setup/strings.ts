/** The English words of this element alone; the shared steps' are in core/strings/shared.ts. */

export const authenticatorSetup = {
  // <authenticator-setup>
  setupHeading: 'Set up your authenticator app',
  replaceAppHeading: 'Set up a new authenticator app?',
  replaceAppText: (current: string) =>
    `Your current 2FA method (${current}) keeps working until you've verified the new app. Then it stops working.`,
  keptHeading: 'Nothing changed',
  keptText: 'Your 2-factor authentication stays as it is.',
  setUpNewApp: 'Set up a new app',
  scanIntro: 'Scan this QR code with your authenticator app.',
  qrCodeLabel: 'QR code for your authenticator app',
  qrCodeLoading: 'Loading the QR code…',
  qrCodeFailed: "The QR code didn't load. You can enter the key below instead, or try again.",
  manualKeyIntro: "Can't scan it? Enter this key in the app instead:",
  whichApps:
    'Any authenticator app that makes time-based codes works, such as Google Authenticator, Microsoft ' +
    'Authenticator, Authy or 1Password.',
  enterAppCode: (digits: number) => `Then enter the ${digits}-digit code the app shows.`,
  enrollmentRestarted: 'That set-up expired, so here is a new QR code. Scan it again.',
  authenticatorReadyHeading: 'Your authenticator app is set up',
  backupNext:
    'Next, add a backup method, so you can reset 2-factor authentication yourself if you lose your device.',
  skipForNow: 'Skip for now',
  makingKey: 'Making your recovery key…',
  haveKey: (date: string) =>
    `You already have a recovery key, made on ${date}. It still works with your new authenticator app.`,
  setupDoneHeading: '2-factor authentication is set up',
  setupDone: 'Next time you sign in, enter the code from your authenticator app.',
};
