import type { twoFactorReset } from '../../elements/two-factor-reset/strings.js';

export default {
  // <two-factor-reset>
  authenticateDifferently: 'Auf andere Weise authentifizieren',
  chooseIntro:
    'Sie können Ihre Authenticator-App, SMS oder Anrufe nicht nutzen? Verschaffen Sie sich mit Ihrer ' +
    'Backup-Methode oder einem Wiederherstellungs\u00adschlüssel wieder Zugang.',
  useBackupMethod: 'Backup-Methode verwenden',
  useRecoveryKey: 'Wiederherstellungs\u00adschlüssel verwenden',
  noBackupAccess: 'Ich habe keinen Zugriff auf die Backup-E-Mail-Adresse/-Telefonnummer',
  verifiedHeading: 'Ihre Identität ist bestätigt',
  verifiedIntro:
    'Entfernen Sie Ihr 2FA-Gerät, um die Zwei-Faktor-Authentifizierung neu einzurichten – auf demselben ' +
    'oder einem neuen Gerät. Oder erstellen Sie einen neuen Wiederherstellungs\u00adschlüssel und melden Sie ' +
    'sich damit an.',
  removeDeviceAndAddNew: 'Gerät entfernen und neues hinzufügen',
  deviceRemovedHeading: 'Gerät entfernt',
  deviceRemovedIntro:
    'Wir senden Ihnen per E-Mail einen Link, um die Zwei-Faktor-Authentifizierung neu einzurichten – auf ' +
    'demselben oder einem neuen Gerät.',
  sendSetupEmail: 'E-Mail zur Zwei-Faktor-Authentifizierung senden',
  emailSentHeading: 'Prüfen Sie Ihr Postfach',
  emailSent: (maskedEmail: string) =>
    `Wir haben eine E-Mail an ${maskedEmail} gesendet. Öffnen Sie sie, um die ` +
    'Zwei-Faktor-Authentifizierung neu einzurichten.',
  resetTip: 'Tipp: Notieren Sie danach Ihren neuen Wiederherstellungs\u00adschlüssel.',
  noBackupAdvice:
    'Wenn der Support die Zwei-Faktor-Authentifizierung zurückgesetzt hat und Sie sie neu eingerichtet ' +
    'haben, richten Sie eine Backup-Methode ein. Dann können Sie sie beim nächsten Mal selbst zurücksetzen.',
  redeemNewKeyHeading: 'Mit Ihrem neuen Wiederherstellungs\u00adschlüssel anmelden',
  noBackupHeading: 'Keine Backup-Methode eingerichtet',
  noBackupText: 'Sie haben für Ihr Konto keine Backup-Methode eingerichtet',
  noAccessHeading: 'Kein Zugriff auf Ihre Backup-Methode?',
  lockedHeading: 'Zu viele Versuche',
  expiredHeading: 'Ihre Anmeldung ist abgelaufen',
  signInAgain: 'Erneut anmelden',
  recoveryTimeLimit: (time: string) =>
    `Sie haben bis ${time} Zeit, um den Vorgang abzuschließen. Danach müssen Sie sich erneut anmelden.`,

  // Support guidance
  supportStillLockedOut:
    'Wenn Sie sich weiterhin nicht anmelden können, kann sich ein Administrator an den Support wenden.',
} satisfies typeof twoFactorReset;
