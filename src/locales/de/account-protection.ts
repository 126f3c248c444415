import type { accountProtection } from '../../elements/account-protection/strings.js';

export default {
  // <account-protection>
  protectHeading: 'Schützen Sie Ihr Konto',
  protectedFully:
    'Ihr Konto ist geschützt: Zwei-Faktor-Authentifizierung, Backup-Methode und ' +
    'Wiederherstellungs\u00adschlüssel.',
  protectionMissing: 'Schließen Sie den Schutz Ihres Kontos ab:',
  missingTwoFactor: 'Richten Sie die Zwei-Faktor-Authentifizierung ein.',
  missingBackupMethod:
    'Richten Sie eine Backup-Methode ein, damit Sie die 2FA selbst zurücksetzen können, wenn Sie Ihr ' +
    'Gerät verlieren.',
  missingRecoveryKey:
    'Erstellen Sie einen Wiederherstellungs\u00adschlüssel, damit Sie sich anmelden können, wenn Sie Ihr Gerät ' +
    'verlieren.',
  twoFactorDevice: '2FA-Gerät',
  replaceDevice: '2FA-Gerät ersetzen',
  setUpTwoFactor: '2FA einrichten',
} satisfies typeof accountProtection;
