import type { accountProtection } from '../../elements/account-protection/strings.js';

export default {
  // <account-protection>
  protectHeading: 'Protégez votre compte',
  protectedFully:
    'Votre compte est protégé : authentification à deux facteurs, méthode de secours et clé de récupération.',
  protectionMissing: 'Pour finir de protéger votre compte :',
  missingTwoFactor: "Configurez l'authentification à deux facteurs.",
  missingBackupMethod:
    "Configurez une méthode de secours pour pouvoir réinitialiser vous-même l'A2F si vous perdez votre appareil.",
  missingRecoveryKey:
    'Générez une clé de récupération pour pouvoir vous connecter si vous perdez votre appareil.',
  twoFactorDevice: 'Appareil A2F',
  replaceDevice: "Remplacer l'appareil A2F",
  setUpTwoFactor: "Configurer l'A2F",
} satisfies typeof accountProtection;
