/** The English words of this element alone; the shared steps' are in core/strings/shared.ts. */

export const backupMethodManager = {
  // Everywhere
  chunkLoadFailed: "Part of this page didn't load. Check your connection and try again.",

  // <backup-method-manager>
  backupNotSetUp: 'Backup method not set up',
  backupWhy:
    'Without one, if you lose your authenticator, an admin user has to contact support to reset ' +
    '2-factor authentication for you. With one, you can reset it yourself.',
  setUpBackupMethod: 'Set up a backup method',
  backupNone: "You haven't set up a backup method.",
  manageBackupMethod: 'Manage backup method',
  changeBackupMethod: 'Change backup method',
  oneBackupMethod: 'You can have one backup method: a new one replaces this one.',
  chooseChangeHeading: 'Select a backup method',
  backupChooseIntro:
    "Add a phone number or an email address where we can send you a code if you can't use your authenticator.",
  backupReplaces: (maskedValue: string) => `Your new backup method replaces ${maskedValue}.`,
  backupTip:
    "Tip: choose a method you'll still have if you lose your device. For example, if you lose your " +
    "phone, you can't get a text on it.",
  sendCode: 'Send code',
  chooseMethod: 'Choose a phone number or an email address.',
  enterPhone: 'Enter a phone number.',
  enterEmail: 'Enter an email address.',
  phoneHint: 'Start with + and the country code, like +44 7700 900123.',
  phoneHintCountry: (country: string) =>
    `Start with + and the country code, or enter a number from ${country} as you'd dial it there.`,
  phoneInternational:
    'Enter the number with its country code, starting with +, like +44 7700 900123.',
  phoneInvalid: "That isn't a phone number we can text. Check it, with its country code.",
  emailInvalid: 'Enter an email address, like name@example.com.',
  backupSavedHeading: 'Backup method saved',
  backupSaved: (maskedValue: string, type: 'phone' | 'email') =>
    `Your backup method is now the ${type === 'phone' ? 'phone number' : 'email address'} ${maskedValue}. ` +
    "If you can't use your authenticator, you can reset 2-factor authentication with it.",
};
