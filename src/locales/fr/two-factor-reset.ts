import type { twoFactorReset } from '../../elements/two-factor-reset/strings.js';

export default {
  // <two-factor-reset>
  authenticateDifferently: "S'authentifier d'une autre façon",
  chooseIntro:
    "Vous ne pouvez pas utiliser votre application d'authentification, ni recevoir de SMS ou d'appels ? " +
    "Récupérez l'accès à votre compte avec votre méthode de secours ou une clé de récupération.",
  useBackupMethod: 'Utiliser la méthode de secours',
  useRecoveryKey: 'Utiliser la clé de récupération',
  noBackupAccess: "Je n'ai pas accès à l'adresse e-mail ou au numéro de téléphone de secours",
  verifiedHeading: 'Identité vérifiée',
  verifiedIntro:
    "Supprimez votre appareil A2F pour configurer à nouveau l'authentification à deux facteurs, sur le " +
    'même appareil ou sur un nouveau. Vous pouvez aussi générer une nouvelle clé de récupération et vous ' +
    'connecter avec elle.',
  removeDeviceAndAddNew: "Supprimer l'appareil et en ajouter un nouveau",
  deviceRemovedHeading: 'Appareil supprimé',
  deviceRemovedIntro:
    "Nous allons vous envoyer par e-mail un lien pour configurer à nouveau l'authentification à deux " +
    'facteurs, sur le même appareil ou sur un nouveau.',
  sendSetupEmail: "Envoyer l'e-mail d'authentification à deux facteurs",
  emailSentHeading: 'Consultez vos e-mails',
  emailSent: (maskedEmail: string) =>
    `Nous avons envoyé un e-mail à ${maskedEmail}. Ouvrez-le pour configurer à nouveau ` +
    "l'authentification à deux facteurs.",
  resetTip: "Conseil : une fois que c'est fait, notez votre nouvelle clé de récupération.",
  noBackupAdvice:
    "Lorsque l'assistance aura réinitialisé l'authentification à deux facteurs et que vous l'aurez " +
    'configurée à nouveau, configurez une méthode de secours : la prochaine fois, vous pourrez la ' +
    'réinitialiser vous-même.',
  redeemNewKeyHeading: 'Connectez-vous avec votre nouvelle clé de récupération',
  noBackupHeading: 'Aucune méthode de secours configurée',
  noBackupText: "Vous n'avez pas configuré de méthode de secours pour votre compte",
  noAccessHeading: "Vous n'avez pas accès à votre méthode de secours ?",
  lockedHeading: 'Trop de tentatives',
  expiredHeading: 'Votre connexion a expiré',
  signInAgain: 'Se reconnecter',
  recoveryTimeLimit: (time: string) =>
    `Vous avez jusqu'à ${time} pour terminer. Passé ce délai, vous devrez vous reconnecter.`,

  // Support guidance
  supportStillLockedOut:
    "Si vous ne parvenez toujours pas à vous connecter, un administrateur peut contacter l'assistance.",
} satisfies typeof twoFactorReset;
