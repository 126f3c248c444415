import type { twoFactorReset } from '../../elements/two-factor-reset/strings.js';

/** Only what a reader in Canada says differently: courriel, texto, soutien technique. */
export default {
  chooseIntro:
    "Vous ne pouvez pas utiliser votre application d'authentification, ni recevoir de textos ou " +
    "d'appels ? Récupérez l'accès à votre compte avec votre méthode de secours ou une clé de récupération.",
  noBackupAccess: "Je n'ai pas accès à l'adresse courriel ou au numéro de téléphone de secours",
  deviceRemovedIntro:
    "Nous allons vous envoyer par courriel un lien pour configurer à nouveau l'authentification à deux " +
    'facteurs, sur le même appareil ou sur un nouveau.',
  sendSetupEmail: "Envoyer le courriel d'authentification à deux facteurs",
  emailSentHeading: 'Consultez vos courriels',
  emailSent: (maskedEmail: string) =>
    `Nous avons envoyé un courriel à ${maskedEmail}. Ouvrez-le pour configurer à nouveau ` +
    "l'authentification à deux facteurs.",
  noBackupAdvice:
    "Lorsque le soutien technique aura réinitialisé l'authentification à deux facteurs et que vous " +
    "l'aurez configurée à nouveau, configurez une méthode de secours : la prochaine fois, vous pourrez " +
    'la réinitialiser vous-même.',
  supportStillLockedOut:
    'Si vous ne parvenez toujours pas à vous connecter, un administrateur peut communiquer avec le ' +
    'soutien technique.',
} satisfies Partial<typeof twoFactorReset>;
