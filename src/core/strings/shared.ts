/** The English words every element shares: its frame, the shared steps, support guidance, errors. */
import { plural } from './plural.js';

/** What an error message may need: attempts left, and a wait already formatted ("15 minutes"). */
export interface ErrorInfo {
  attemptsRemaining?: number;
  wait?: string;
}

export const shared = {
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
      : `That recovery key isn't right. ${plural('en', attemptsRemaining, { one: '1 attempt left.', other: `${attemptsRemaining} attempts left.` })}`,

  // <two-factor-reset>
  generateNewRecoveryKey: 'Generate a new recovery key',
  signedInHeading: "You're signed in",
  signedInIntro:
    'Set up 2-factor authentication again, then note down your recovery key and set up a backup method.',
  startAgain: 'Start again',

  // <backup-method-manager>
  backupHeading: 'Backup method',
  phoneNumber: 'Phone number',
  emailAddress: 'Email address',
  statusFailedHeading: "Your 2-factor authentication settings couldn't be loaded",

  // <recovery-key-panel>
  replaceKeyHeading: 'Replace your recovery key?',
  replaceKeyText: 'Your current recovery key stops working as soon as you make a new one.',
  replaceRecoveryKey: 'Replace recovery key',

  // <two-factor-admin-reset>
  twoFactorMethod: '2FA method',
  methodTotp: 'Authenticator app',
  methodSms: 'Text message',
  methodVoice: 'Voice call',
  notSetUp: 'Not set up',
  keyCreated: (date: string) => `Created ${date}`,

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
  askAdmin: 'Ask an admin user of your organisation to contact support.',

  // Errors, by code
  errors: {
    invalid_request: "Something in the request wasn't right. Check what you entered and try again.",
    invalid_code: ({ attemptsRemaining }: ErrorInfo) =>
      attemptsRemaining === undefined
        ? "That code isn't right."
        : `That code isn't right. ${plural('en', attemptsRemaining, { one: '1 attempt left.', other: `${attemptsRemaining} attempts left.` })}`,
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
