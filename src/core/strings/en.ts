/**
 * The English strings: every visible word of the kit. Entries with values are functions; the
 * values come formatted for the reader's language (times and waits through Intl).
 */
const plural = (count: number, one: string, other: string) =>
  new Intl.PluralRules('en').select(count) === 'one' ? one : other;

/** What an error message may need: attempts left, and a wait already formatted ("15 minutes"). */
export interface ErrorInfo {
  attemptsRemaining?: number;
  wait?: string;
}

export const en = {
  // Everywhere
  back: 'Back',
  cancel: 'Cancel',
  tryAgain: 'Try again',
  loading: 'Loading…',
  working: 'One moment…',
  checkingCode: 'Checking the code…',
  sendingCode: 'Sending a code…',
  contactSupport: 'Contact support',
  configurationHeading: "Two-factor recovery isn't available",
  configurationMessage:
    "This page hasn't connected two-factor recovery to its server. If you run this site: give the " +
    'element a client or an api-base attribute, or put it inside <recovery-provider>.',
  chunkLoadFailed: "Part of this page didn't load. Check your connection and try again.",

  // Code entry
  codeHeading: 'Enter the verification code',
  codeSentTo: (maskedDestination: string, codeLength: number) =>
    `Enter the ${codeLength}-digit code sent to ${maskedDestination}.`,
  verificationCode: 'Verification code',
  verify: 'Verify',
  resendCode: 'Resend code',
  resendAvailableIn: (wait: string) => `Available in ${wait}`,
  resendCountdownStarted: (wait: string) => `You can ask for a new code in ${wait}.`,
  resendReady: 'You can ask for a new code now.',
  codeResent: (maskedDestination: string) => `We sent a new code to ${maskedDestination}.`,
  codeExpiresAt: (time: string) => `The code expires at ${time}.`,
  enterCode: (codeLength: number) => `Enter the ${codeLength}-digit code.`,
  codeDigitsOnly: 'The code has digits only.',

  // Step-up
  stepUpHeading: "Verify it's you",
  stepUpStarting: 'Getting a code ready…',
  stepUpTotp: 'Enter the code from your authenticator app.',
  stepUpSms: (maskedDestination: string) => `Enter the code we texted to ${maskedDestination}.`,
  stepUpVoice: (maskedDestination: string) =>
    `Enter the code we read out when we called ${maskedDestination}.`,
  authenticationCode: 'Authentication code',
  continue: 'Continue',
  stepUpWaitingHeading: 'Waiting for verification',
  stepUpWaiting: "Finish verifying it's you. This carries on by itself once you have.",

  // Recovery key display
  recoveryKeyHeading: 'Your new recovery key',
  recoveryKeyIntro:
    "Note it down and keep it somewhere safe: it's shown only once. If you lose your authenticator, " +
    'you can sign in with it.',
  recoveryKeyCreated: (date: string) => `Created ${date}.`,
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Copy failed — select the key',
  download: 'Download',
  print: 'Print',
  notedDown: "I've noted down my recovery key",
  confirmNotedDown: "Confirm you've noted down your recovery key.",
  done: 'Done',
  recoveryKeyFile: (siteName: string, groupedKey: string, date: string) =>
    `Recovery key for ${siteName}\n\n${groupedKey}\n\nCreated ${date}. It works once: sign in with it if you ` +
    'lose your authenticator, then set up 2-factor authentication again.\n',
  recoveryKeyFileName: (siteName: string, isoDate: string) =>
    `${siteName} recovery key ${isoDate}.txt`,
  defaultSiteName: 'your account',

  // Recovery-key sign-in
  redeemHeading: 'Sign in with a recovery key',
  redeemIntro: 'Enter the recovery key you noted down. Spaces and dashes are fine.',
  recoveryKey: 'Recovery key',
  signInWithRecoveryKey: 'Sign in with recovery key',
  enterRecoveryKey: 'Enter your recovery key.',
  recoveryKeyCharacters: 'A recovery key has letters and digits only.',
  recoveryKeyTooShort: "That's too short for a recovery key. Enter all of it.",
  wrongRecoveryKey: (attemptsRemaining?: number) =>
    attemptsRemaining === undefined
      ? "That recovery key isn't right."
      : `That recovery key isn't right. ${plural(attemptsRemaining, '1 attempt left.', `${attemptsRemaining} attempts left.`)}`,

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
  generateNewRecoveryKey: 'Generate a new recovery key',
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
  signedInHeading: "You're signed in",
  signedInIntro:
    'Set up 2-factor authentication again, then note down your recovery key and set up a backup method.',
  noBackupHeading: 'No backup method set up',
  noBackupText: 'You have not set up a backup method for your account',
  noAccessHeading: "Can't get to your backup method?",
  lockedHeading: 'Too many attempts',
  expiredHeading: 'Your sign-in has expired',
  signInAgain: 'Sign in again',
  recoveryTimeLimit: (time: string) =>
    `You have until ${time} to finish. After that, you'll need to sign in again.`,
  startAgain: 'Start again',

  // <backup-method-manager>
  backupHeading: 'Backup method',
  backupNotSetUp: 'Backup method not set up',
  backupWhy:
    'Without one, if you lose your authenticator, an admin user has to contact support to reset ' +
    '2-factor authentication for you. With one, you can reset it yourself.',
  setUpBackupMethod: 'Set up a backup method',
  backupNone: "You haven't set up a backup method.",
  manageBackupMethod: 'Manage backup method',
  changeBackupMethod: 'Change backup method',
  oneBackupMethod: 'You can have one backup method: a new one replaces this one.',
  phoneNumber: 'Phone number',
  emailAddress: 'Email address',
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
  statusFailedHeading: "Your 2-factor authentication settings couldn't be loaded",

  // <recovery-key-panel>
  keyCreatedOn: (date: string) => `You created your recovery key on ${date}.`,
  keyExplained: 'If you lose your authenticator, you can sign in with it. A new key replaces it.',
  noKeyHeading: 'No recovery key yet',
  noKeyYet: "You don't have a recovery key yet.",
  noKeyWhy:
    "If you lose your authenticator and can't use your backup method, a recovery key is how you " +
    'get back in. Generate one and keep it somewhere safe.',
  replaceKeyHeading: 'Replace your recovery key?',
  replaceKeyText: 'Your current recovery key stops working as soon as you make a new one.',
  replaceRecoveryKey: 'Replace recovery key',

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
  twoFactorMethod: '2FA method',
  methodTotp: 'Authenticator app',
  methodSms: 'Text message',
  methodVoice: 'Voice call',
  notSetUp: 'Not set up',
  keyCreated: (date: string) => `Created ${date}`,
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

  // Screen-reader readings
  /** A key read character by character: its groups, each spelled ("A B C D"). */
  spelledKey: (spelledGroups: string[]) => spelledGroups.join(', '),
  /** A masked phone number: its last digits, spelled ("0 7 8 9"). */
  maskedPhoneReading: (lastDigits: string) => `phone number ending in ${lastDigits}`,
  /** The same, where the words around it already say it is a phone number. */
  maskedEndingReading: (lastDigits: string) => `ending in ${lastDigits}`,
  /** A masked email address: what shows of its start, and its domain. */
  maskedEmailReading: (start: string, domain: string) => `${start}…@${domain}, partly hidden`,
  /** Any other masked value: what shows of it. */
  maskedReading: (shown: string) => `${shown}, partly hidden`,

  // Support guidance
  supportNoBackupMethod:
    'To reset 2-factor authentication without a backup method, an admin user needs to contact support.',
  supportNoBackupAccess:
    "If you can't get to your backup email or phone, an admin user needs to contact support to reset " +
    '2-factor authentication for you.',
  supportLockedOut: 'If you need to get in sooner, an admin user can contact support.',
  supportStillLockedOut: "If you still can't get in, an admin user can contact support.",
  askAdmin: 'Ask an admin user of your organisation to contact support.',

  // Errors, by code
  errors: {
    invalid_request: "Something in the request wasn't right. Check what you entered and try again.",
    invalid_code: ({ attemptsRemaining }: ErrorInfo) =>
      attemptsRemaining === undefined
        ? "That code isn't right."
        : `That code isn't right. ${plural(attemptsRemaining, '1 attempt left.', `${attemptsRemaining} attempts left.`)}`,
    code_expired: 'This code has expired. Ask for a new one.',
    too_many_attempts: ({ wait }: ErrorInfo) =>
      wait
        ? `Too many wrong attempts. Try again in ${wait}.`
        : 'Too many wrong attempts. Start again, or contact support.',
    rate_limited: ({ wait }: ErrorInfo) =>
      wait
        ? `Too many requests. Try again in ${wait}.`
        : 'Too many requests. Wait a moment, then try again.',
    no_backup_method: 'No backup method set up',
    same_as_primary:
      'Your backup method must be different from the phone number or email address you already use.',
    same_as_current:
      "That's already your backup method. Enter a different one, or keep it as it is.",
    invalid_destination: "That isn't a phone number or email address we can send a code to.",
    forbidden: "This account isn't allowed to do that.",
    step_up_required: "Verify it's you to carry on.",
    unauthorized: 'Your sign-in has expired. Sign in again.',
    not_found: "That's no longer available. Start again.",
    recovery_expired: 'Your sign-in has expired. Sign in again.',
    network: "Can't reach the server. Check your connection and try again.",
    timeout: 'The server took too long to answer. Try again.',
    bad_response: "The server's answer didn't make sense. Try again.",
    server: 'Something went wrong on the server. Try again.',
    unknown: 'Something went wrong. Try again.',
  } as Record<string, string | ((info: ErrorInfo) => string)>,
};

export type Strings = typeof en;

/** What a host or a locale may give: any of the strings, any of the error messages. */
export type StringsOverride = Partial<Omit<Strings, 'errors'>> & {
  errors?: Partial<Strings['errors']>;
};
