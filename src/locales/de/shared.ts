import { plural } from '../../core/strings/plural.js';
import type { ErrorInfo, shared } from '../../core/strings/shared.js';

const attemptsLeft = (n: number) =>
  plural('de', n, {
    one: `Sie haben noch ${n} Versuch.`,
    other: `Sie haben noch ${n} Versuche.`,
  });

export default {
  // Everywhere
  back: 'Zurück',
  cancel: 'Abbrechen',
  tryAgain: 'Erneut versuchen',
  loading: 'Wird geladen …',
  working: 'Einen Moment …',
  checkingCode: 'Code wird geprüft …',
  sendingCode: 'Code wird gesendet …',
  contactSupport: 'Support kontaktieren',
  configurationHeading: 'Die 2FA-Wiederherstellung ist nicht verfügbar',
  configurationMessage:
    'Diese Seite hat die 2FA-Wiederherstellung nicht mit ihrem Server verbunden. Wenn Sie diese Website ' +
    'betreiben: Geben Sie dem Element einen Client oder ein api-base-Attribut oder platzieren Sie es in ' +
    '<recovery-provider>.',

  // Code entry
  codeHeading: 'Bestätigungscode eingeben',
  codeSentTo: (maskedDestination: string, codeLength: number) =>
    `Geben Sie den ${codeLength}-stelligen Code ein, der an ${maskedDestination} gesendet wurde.`,
  verificationCode: 'Bestätigungscode',
  verify: 'Bestätigen',
  resendCode: 'Code erneut senden',
  resendAvailableIn: (wait: string) => `Verfügbar in ${wait}`,
  resendCountdownStarted: (wait: string) => `Sie können in ${wait} einen neuen Code anfordern.`,
  resendReady: 'Sie können jetzt einen neuen Code anfordern.',
  codeResent: (maskedDestination: string) =>
    `Wir haben einen neuen Code an ${maskedDestination} gesendet.`,
  codeExpiresAt: (time: string) => `Der Code ist bis ${time} gültig.`,
  enterCode: (codeLength: number) => `Geben Sie den ${codeLength}-stelligen Code ein.`,
  codeDigitsOnly: 'Der Code besteht nur aus Ziffern.',

  // Step-up
  stepUpHeading: 'Bestätigen Sie Ihre Identität',
  stepUpStarting: 'Code wird vorbereitet …',
  stepUpTotp: 'Geben Sie den Code aus Ihrer Authenticator-App ein.',
  stepUpSms: (maskedDestination: string) =>
    `Geben Sie den Code ein, den wir per SMS an ${maskedDestination} gesendet haben.`,
  stepUpVoice: (maskedDestination: string) =>
    `Geben Sie den Code ein, den wir Ihnen bei unserem Anruf unter ${maskedDestination} genannt haben.`,
  authenticationCode: 'Authentifizierungs\u00adcode',
  continue: 'Weiter',
  stepUpWaitingHeading: 'Warten auf Bestätigung',
  stepUpWaiting:
    'Schließen Sie die Bestätigung Ihrer Identität ab. Danach geht es hier automatisch weiter.',

  // Recovery key display
  recoveryKeyHeading: 'Ihr neuer Wiederherstellungs\u00adschlüssel',
  recoveryKeyIntro:
    'Notieren Sie ihn und bewahren Sie ihn sicher auf: Er wird nur einmal angezeigt. Wenn Sie keinen ' +
    'Zugriff mehr auf Ihre Authenticator-App haben, können Sie sich damit anmelden.',
  recoveryKeyCreated: (date: string) => `Erstellt am ${date}.`,
  copy: 'Kopieren',
  copied: 'Kopiert.',
  copyFailed: 'Kopieren fehlgeschlagen – Schlüssel markieren',
  download: 'Herunterladen',
  print: 'Drucken',
  notedDown: 'Ich habe meinen Wiederherstellungs\u00adschlüssel notiert',
  confirmNotedDown:
    'Bestätigen Sie, dass Sie Ihren Wiederherstellungs\u00adschlüssel notiert haben.',
  done: 'Fertig',
  recoveryKeyFile: (siteName: string, groupedKey: string, date: string) =>
    `Wiederherstellungsschlüssel für ${siteName}\n\n${groupedKey}\n\nErstellt am ${date}. Er ist nur ` +
    'einmal gültig: Melden Sie sich damit an, wenn Sie keinen Zugriff mehr auf Ihre Authenticator-App ' +
    'haben, und richten Sie dann die Zwei-Faktor-Authentifizierung neu ein.\n',
  recoveryKeyFileName: (siteName: string, isoDate: string) =>
    `Wiederherstellungsschlüssel (${siteName}) ${isoDate}.txt`,
  defaultSiteName: 'Ihr Konto',

  // Recovery-key sign-in
  redeemHeading: 'Mit einem Wiederherstellungs\u00adschlüssel anmelden',
  redeemIntro:
    'Geben Sie den Wiederherstellungs\u00adschlüssel ein, den Sie notiert haben. Leerzeichen und Bindestriche ' +
    'sind erlaubt.',
  recoveryKey: 'Wiederherstellungs\u00adschlüssel',
  signInWithRecoveryKey: 'Mit Wiederherstellungs\u00adschlüssel anmelden',
  enterRecoveryKey: 'Geben Sie Ihren Wiederherstellungs\u00adschlüssel ein.',
  recoveryKeyCharacters:
    'Ein Wiederherstellungs\u00adschlüssel besteht nur aus Buchstaben und Ziffern.',
  recoveryKeyTooShort:
    'Das ist zu kurz für einen Wiederherstellungs\u00adschlüssel. Geben Sie ihn vollständig ein.',
  wrongRecoveryKey: (attemptsRemaining?: number) =>
    attemptsRemaining === undefined
      ? 'Dieser Wiederherstellungs\u00adschlüssel ist nicht korrekt.'
      : `Dieser Wiederherstellungs\u00adschlüssel ist nicht korrekt. ${attemptsLeft(attemptsRemaining)}`,

  // <two-factor-reset>
  generateNewRecoveryKey: 'Neuen Wiederherstellungs\u00adschlüssel erstellen',
  signedInHeading: 'Sie sind angemeldet',
  signedInIntro:
    'Richten Sie die Zwei-Faktor-Authentifizierung neu ein. Notieren Sie danach Ihren ' +
    'Wiederherstellungs\u00adschlüssel und richten Sie eine Backup-Methode ein.',
  startAgain: 'Von vorn beginnen',

  // <backup-method-manager>
  backupHeading: 'Backup-Methode',
  phoneNumber: 'Telefonnummer',
  emailAddress: 'E-Mail-Adresse',
  statusFailedHeading:
    'Ihre Einstellungen für die Zwei-Faktor-Authentifizierung konnten nicht geladen werden',

  // <recovery-key-panel>
  replaceKeyHeading: 'Wiederherstellungs\u00adschlüssel ersetzen?',
  replaceKeyText:
    'Ihr aktueller Wiederherstellungs\u00adschlüssel funktioniert nicht mehr, sobald Sie einen neuen erstellen.',
  replaceRecoveryKey: 'Wiederherstellungs\u00adschlüssel ersetzen',

  // <two-factor-admin-reset>
  twoFactorMethod: '2FA-Methode',
  methodTotp: 'Authenticator-App',
  methodSms: 'SMS',
  methodVoice: 'Sprachanruf',
  notSetUp: 'Nicht eingerichtet',
  keyCreated: (date: string) => `Erstellt am ${date}`,

  // Screen-reader readings
  spelledKey: (spelledGroups: string[]) => spelledGroups.join(', '),
  maskedPhoneReading: (lastDigits: string) => `Telefonnummer, die auf ${lastDigits} endet`,
  maskedEndingReading: (lastDigits: string) => `endet auf ${lastDigits}`,
  maskedEmailReading: (start: string, domain: string) => `${start}…@${domain}, teilweise verborgen`,
  maskedReading: (shown: string) => `${shown}, teilweise verborgen`,

  // Support guidance
  supportNoBackupMethod:
    'Um die Zwei-Faktor-Authentifizierung ohne Backup-Methode zurückzusetzen, muss sich ein ' +
    'Administrator an den Support wenden.',
  supportNoBackupAccess:
    'Wenn Sie keinen Zugriff auf Ihre Backup-E-Mail-Adresse oder -Telefonnummer haben, muss sich ein ' +
    'Administrator an den Support wenden, um die Zwei-Faktor-Authentifizierung für Sie zurückzusetzen.',
  supportLockedOut:
    'Wenn Sie früher wieder Zugang brauchen, kann sich ein Administrator an den Support wenden.',
  askAdmin: 'Bitten Sie einen Administrator Ihrer Organisation, sich an den Support zu wenden.',

  // Errors, by code
  errors: {
    invalid_request:
      'Etwas an der Anfrage war nicht korrekt. Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
    invalid_code: ({ attemptsRemaining }: ErrorInfo) =>
      attemptsRemaining === undefined
        ? 'Dieser Code ist nicht korrekt.'
        : `Dieser Code ist nicht korrekt. ${attemptsLeft(attemptsRemaining)}`,
    code_expired: 'Dieser Code ist abgelaufen. Fordern Sie einen neuen an.',
    too_many_attempts: ({ wait }: ErrorInfo) =>
      wait
        ? `Zu viele Fehlversuche. Versuchen Sie es in ${wait} erneut.`
        : 'Zu viele Fehlversuche. Beginnen Sie von vorn oder wenden Sie sich an den Support.',
    rate_limited: ({ wait }: ErrorInfo) =>
      wait
        ? `Zu viele Anfragen. Versuchen Sie es in ${wait} erneut.`
        : 'Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es dann erneut.',
    no_backup_method: 'Keine Backup-Methode eingerichtet',
    same_as_primary:
      'Ihre Backup-Methode muss sich von der Telefonnummer oder E-Mail-Adresse unterscheiden, die Sie ' +
      'bereits verwenden.',
    same_as_current:
      'Das ist bereits Ihre Backup-Methode. Geben Sie eine andere ein oder behalten Sie sie bei.',
    invalid_destination:
      'An diese Telefonnummer oder E-Mail-Adresse können wir keinen Code senden.',
    forbidden: 'Dieses Konto ist dazu nicht berechtigt.',
    step_up_required: 'Bestätigen Sie Ihre Identität, um fortzufahren.',
    unauthorized: 'Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an.',
    not_found: 'Das ist nicht mehr verfügbar. Beginnen Sie von vorn.',
    recovery_expired: 'Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an.',
    network:
      'Der Server ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    timeout: 'Der Server hat zu lange nicht geantwortet. Versuchen Sie es erneut.',
    bad_response: 'Die Antwort des Servers war unverständlich. Versuchen Sie es erneut.',
    server: 'Auf dem Server ist ein Fehler aufgetreten. Versuchen Sie es erneut.',
    unknown: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
  },
} satisfies typeof shared;
