import type { authenticatorSetup } from '../../elements/authenticator-setup/strings.js';

export default {
  // <authenticator-setup>
  setupHeading: 'Authenticator-App einrichten',
  replaceAppHeading: 'Neue Authenticator-App einrichten?',
  replaceAppText: (current: string) =>
    `Ihre aktuelle 2FA-Methode (${current}) funktioniert weiter, bis Sie die neue App bestätigt haben. ` +
    'Danach funktioniert sie nicht mehr.',
  keptHeading: 'Keine Änderungen',
  keptText: 'Ihre Zwei-Faktor-Authentifizierung bleibt unverändert.',
  setUpNewApp: 'Neue App einrichten',
  scanIntro: 'Scannen Sie diesen QR-Code mit Ihrer Authenticator-App.',
  qrCodeLabel: 'QR-Code für Ihre Authenticator-App',
  qrCodeLoading: 'QR-Code wird geladen …',
  qrCodeFailed:
    'Der QR-Code wurde nicht geladen. Sie können stattdessen den Schlüssel unten eingeben oder es erneut ' +
    'versuchen.',
  manualKeyIntro: 'Scannen nicht möglich? Geben Sie stattdessen diesen Schlüssel in der App ein:',
  whichApps:
    'Jede Authenticator-App, die zeitbasierte Codes erzeugt, funktioniert, z. B. Google Authenticator, ' +
    'Microsoft Authenticator, Authy oder 1Password.',
  enterAppCode: (digits: number) =>
    `Geben Sie dann den ${digits}-stelligen Code ein, den die App anzeigt.`,
  enrollmentRestarted:
    'Diese Einrichtung ist abgelaufen. Hier ist ein neuer QR-Code – scannen Sie ihn erneut.',
  authenticatorReadyHeading: 'Ihre Authenticator-App ist eingerichtet',
  backupNext:
    'Fügen Sie als Nächstes eine Backup-Methode hinzu. Dann können Sie die Zwei-Faktor-Authentifizierung ' +
    'selbst zurücksetzen, wenn Sie Ihr Gerät verlieren.',
  skipForNow: 'Vorerst überspringen',
  makingKey: 'Ihr Wiederherstellungs\u00adschlüssel wird erstellt …',
  haveKey: (date: string) =>
    `Sie haben bereits einen Wiederherstellungs\u00adschlüssel, erstellt am ${date}. Er funktioniert weiterhin ` +
    'mit Ihrer neuen Authenticator-App.',
  setupDoneHeading: 'Die Zwei-Faktor-Authentifizierung ist eingerichtet',
  setupDone: 'Geben Sie bei Ihrer nächsten Anmeldung den Code aus Ihrer Authenticator-App ein.',
} satisfies typeof authenticatorSetup;
