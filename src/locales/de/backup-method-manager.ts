import type { backupMethodManager } from '../../elements/backup-method-manager/strings.js';

export default {
  // Everywhere
  chunkLoadFailed:
    'Ein Teil dieser Seite wurde nicht geladen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es ' +
    'erneut.',

  // <backup-method-manager>
  backupNotSetUp: 'Backup-Methode nicht eingerichtet',
  backupWhy:
    'Ohne Backup-Methode muss sich ein Administrator an den Support wenden, um die ' +
    'Zwei-Faktor-Authentifizierung für Sie zurückzusetzen, wenn Sie keinen Zugriff mehr auf Ihre ' +
    'Authenticator-App haben. Mit einer Backup-Methode können Sie sie selbst zurücksetzen.',
  setUpBackupMethod: 'Backup-Methode einrichten',
  backupNone: 'Sie haben keine Backup-Methode eingerichtet.',
  manageBackupMethod: 'Backup-Methode verwalten',
  changeBackupMethod: 'Backup-Methode ändern',
  oneBackupMethod: 'Sie können nur eine Backup-Methode haben: Eine neue ersetzt diese.',
  chooseChangeHeading: 'Backup-Methode auswählen',
  backupChooseIntro:
    'Fügen Sie eine Telefonnummer oder E-Mail-Adresse hinzu, an die wir Ihnen einen Code senden können, ' +
    'wenn Sie Ihre Authenticator-App nicht verwenden können.',
  backupReplaces: (maskedValue: string) => `Ihre neue Backup-Methode ersetzt ${maskedValue}.`,
  backupTip:
    'Tipp: Wählen Sie eine Methode, auf die Sie auch dann noch Zugriff haben, wenn Sie Ihr Gerät ' +
    'verlieren. Wenn Sie zum Beispiel Ihr Handy verlieren, können Sie darauf keine SMS empfangen.',
  sendCode: 'Code senden',
  chooseMethod: 'Wählen Sie eine Telefonnummer oder eine E-Mail-Adresse.',
  enterPhone: 'Geben Sie eine Telefonnummer ein.',
  enterEmail: 'Geben Sie eine E-Mail-Adresse ein.',
  phoneHint: 'Beginnen Sie mit + und der Ländervorwahl, z. B. +44 7700 900123.',
  phoneHintCountry: (country: string) =>
    `Beginnen Sie mit + und der Ländervorwahl oder geben Sie eine inländische Nummer (${country}) so ` +
    'ein, wie Sie sie dort wählen würden.',
  phoneInternational:
    'Geben Sie die Nummer mit Ländervorwahl ein, beginnend mit +, z. B. +44 7700 900123.',
  phoneInvalid:
    'An diese Nummer können wir keine SMS senden. Prüfen Sie die Nummer und die Ländervorwahl.',
  emailInvalid: 'Geben Sie eine E-Mail-Adresse ein, z. B. name@example.com.',
  backupSavedHeading: 'Backup-Methode gespeichert',
  backupSaved: (maskedValue: string, type: 'phone' | 'email') =>
    `Ihre Backup-Methode ist jetzt die ${type === 'phone' ? 'Telefonnummer' : 'E-Mail-Adresse'} ` +
    `${maskedValue}. Wenn Sie Ihre Authenticator-App nicht verwenden können, können Sie damit die ` +
    'Zwei-Faktor-Authentifizierung zurücksetzen.',
} satisfies typeof backupMethodManager;
