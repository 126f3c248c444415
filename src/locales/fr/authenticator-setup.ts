import type { authenticatorSetup } from '../../elements/authenticator-setup/strings.js';

export default {
  // <authenticator-setup>
  setupHeading: "Configurez votre application d'authentification",
  replaceAppHeading: "Configurer une nouvelle application d'authentification ?",
  replaceAppText: (current: string) =>
    `Votre méthode A2F actuelle (${current}) continue de fonctionner jusqu'à ce que vous ayez validé la ` +
    'nouvelle application. Elle cessera ensuite de fonctionner.',
  keptHeading: 'Aucune modification',
  keptText: 'Votre authentification à deux facteurs reste inchangée.',
  setUpNewApp: 'Configurer une nouvelle application',
  scanIntro: "Scannez ce code QR avec votre application d'authentification.",
  qrCodeLabel: "Code QR pour votre application d'authentification",
  qrCodeLoading: 'Chargement du code QR…',
  qrCodeFailed:
    "Le code QR ne s'est pas chargé. Vous pouvez saisir la clé ci-dessous à la place, ou réessayer.",
  manualKeyIntro: "Impossible de le scanner ? Saisissez plutôt cette clé dans l'application :",
  whichApps:
    "Toute application d'authentification qui génère des codes temporaires fonctionne, comme Google " +
    'Authenticator, Microsoft Authenticator, Authy ou 1Password.',
  enterAppCode: (digits: number) =>
    `Saisissez ensuite le code à ${digits} chiffres affiché par l'application.`,
  enrollmentRestarted:
    'Cette configuration a expiré : voici un nouveau code QR. Scannez-le à nouveau.',
  authenticatorReadyHeading: "Votre application d'authentification est configurée",
  backupNext:
    'Ajoutez maintenant une méthode de secours : vous pourrez ainsi réinitialiser vous-même ' +
    "l'authentification à deux facteurs si vous perdez votre appareil.",
  skipForNow: 'Ignorer pour le moment',
  makingKey: 'Création de votre clé de récupération…',
  haveKey: (date: string) =>
    `Vous avez déjà une clé de récupération, créée le ${date}. Elle fonctionne toujours avec votre ` +
    "nouvelle application d'authentification.",
  setupDoneHeading: "L'authentification à deux facteurs est configurée",
  setupDone:
    "Lors de votre prochaine connexion, saisissez le code affiché dans votre application d'authentification.",
} satisfies typeof authenticatorSetup;
