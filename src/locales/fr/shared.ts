import { plural } from '../../core/strings/plural.js';
import type { ErrorInfo, shared } from '../../core/strings/shared.js';

const attemptsLeft = (n: number) =>
  plural('fr', n, {
    one: `Il vous reste ${n} tentative.`,
    many: `Il vous reste ${n} de tentatives.`,
    other: `Il vous reste ${n} tentatives.`,
  });

export default {
  // Everywhere
  back: 'Retour',
  cancel: 'Annuler',
  tryAgain: 'Réessayer',
  loading: 'Chargement…',
  working: 'Un instant…',
  checkingCode: 'Vérification du code…',
  sendingCode: 'Envoi du code…',
  contactSupport: "Contacter l'assistance",
  configurationHeading: "La récupération de l'A2F n'est pas disponible",
  configurationMessage:
    "Cette page n'a pas relié la récupération de l'A2F à son serveur. Si vous gérez ce site : " +
    "donnez à l'élément un client ou un attribut api-base, ou placez-le dans <recovery-provider>.",

  // Code entry
  codeHeading: 'Saisissez le code de vérification',
  codeSentTo: (maskedDestination: string, codeLength: number) =>
    `Saisissez le code à ${codeLength} chiffres envoyé à ${maskedDestination}.`,
  verificationCode: 'Code de vérification',
  verify: 'Vérifier',
  resendCode: 'Renvoyer le code',
  resendAvailableIn: (wait: string) => `Disponible dans ${wait}`,
  resendCountdownStarted: (wait: string) => `Vous pourrez demander un nouveau code dans ${wait}.`,
  resendReady: 'Vous pouvez maintenant demander un nouveau code.',
  codeResent: (maskedDestination: string) =>
    `Nous avons envoyé un nouveau code à ${maskedDestination}.`,
  codeExpiresAt: (time: string) => `Le code expire à ${time}.`,
  enterCode: (codeLength: number) => `Saisissez le code à ${codeLength} chiffres.`,
  codeDigitsOnly: 'Le code ne contient que des chiffres.',

  // Step-up
  stepUpHeading: "Confirmez qu'il s'agit bien de vous",
  stepUpStarting: 'Préparation du code…',
  stepUpTotp: "Saisissez le code affiché dans votre application d'authentification.",
  stepUpSms: (maskedDestination: string) =>
    `Saisissez le code que nous avons envoyé par SMS au ${maskedDestination}.`,
  stepUpVoice: (maskedDestination: string) =>
    `Saisissez le code que nous vous avons lu lors de notre appel au ${maskedDestination}.`,
  authenticationCode: "Code d'authentification",
  continue: 'Continuer',
  stepUpWaitingHeading: 'En attente de vérification',
  stepUpWaiting:
    "Terminez la vérification de votre identité : la page continuera d'elle-même ensuite.",

  // Recovery key display
  recoveryKeyHeading: 'Votre nouvelle clé de récupération',
  recoveryKeyIntro:
    "Notez-la et conservez-la en lieu sûr : elle ne s'affiche qu'une seule fois. Si vous perdez votre " +
    "application d'authentification, vous pourrez vous connecter avec cette clé.",
  recoveryKeyCreated: (date: string) => `Créée le ${date}.`,
  copy: 'Copier',
  copied: 'Copiée.',
  copyFailed: 'Échec de la copie — sélectionnez la clé',
  download: 'Télécharger',
  print: 'Imprimer',
  notedDown: "J'ai noté ma clé de récupération",
  confirmNotedDown: 'Confirmez que vous avez noté votre clé de récupération.',
  done: 'Terminé',
  recoveryKeyFile: (siteName: string, groupedKey: string, date: string) =>
    `Clé de récupération pour ${siteName}\n\n${groupedKey}\n\nCréée le ${date}. Elle ne sert qu'une fois : ` +
    "connectez-vous avec cette clé si vous perdez votre application d'authentification, puis configurez " +
    "à nouveau l'authentification à deux facteurs.\n",
  recoveryKeyFileName: (siteName: string, isoDate: string) =>
    `Clé de récupération (${siteName}) ${isoDate}.txt`,
  defaultSiteName: 'votre compte',

  // Recovery-key sign-in
  redeemHeading: 'Se connecter avec une clé de récupération',
  redeemIntro:
    'Saisissez la clé de récupération que vous avez notée. Les espaces et les tirets sont acceptés.',
  recoveryKey: 'Clé de récupération',
  signInWithRecoveryKey: 'Se connecter avec la clé de récupération',
  enterRecoveryKey: 'Saisissez votre clé de récupération.',
  recoveryKeyCharacters: 'Une clé de récupération ne contient que des lettres et des chiffres.',
  recoveryKeyTooShort: "C'est trop court pour une clé de récupération. Saisissez-la en entier.",
  wrongRecoveryKey: (attemptsRemaining?: number) =>
    attemptsRemaining === undefined
      ? 'Cette clé de récupération est incorrecte.'
      : `Cette clé de récupération est incorrecte. ${attemptsLeft(attemptsRemaining)}`,

  // <two-factor-reset>
  generateNewRecoveryKey: 'Générer une nouvelle clé de récupération',
  signedInHeading: 'Connexion réussie',
  signedInIntro:
    "Configurez à nouveau l'authentification à deux facteurs, puis notez votre clé de récupération et " +
    'configurez une méthode de secours.',
  startAgain: 'Recommencer',

  // <backup-method-manager>
  backupHeading: 'Méthode de secours',
  phoneNumber: 'Numéro de téléphone',
  emailAddress: 'Adresse e-mail',
  statusFailedHeading: "Impossible de charger vos paramètres d'authentification à deux facteurs",

  // <recovery-key-panel>
  replaceKeyHeading: 'Remplacer votre clé de récupération ?',
  replaceKeyText:
    'Votre clé de récupération actuelle cesse de fonctionner dès que vous en créez une nouvelle.',
  replaceRecoveryKey: 'Remplacer la clé de récupération',

  // <two-factor-admin-reset>
  twoFactorMethod: 'Méthode A2F',
  methodTotp: "Application d'authentification",
  methodSms: 'SMS',
  methodVoice: 'Appel vocal',
  notSetUp: 'À configurer',
  keyCreated: (date: string) => `Créée le ${date}`,

  // Screen-reader readings
  spelledKey: (spelledGroups: string[]) => spelledGroups.join(', '),
  maskedPhoneReading: (lastDigits: string) => `numéro de téléphone se terminant par ${lastDigits}`,
  maskedEndingReading: (lastDigits: string) => `se terminant par ${lastDigits}`,
  maskedEmailReading: (start: string, domain: string) =>
    `${start}…@${domain}, partiellement masquée`,
  maskedReading: (shown: string) => `${shown}, partiellement masqué`,

  // Support guidance
  supportNoBackupMethod:
    "Pour réinitialiser l'authentification à deux facteurs sans méthode de secours, un administrateur " +
    "doit contacter l'assistance.",
  supportNoBackupAccess:
    "Si vous n'avez plus accès à votre adresse e-mail ou à votre numéro de téléphone de secours, un " +
    "administrateur doit contacter l'assistance pour réinitialiser l'authentification à deux facteurs à " +
    'votre place.',
  supportLockedOut:
    "Si vous devez accéder à votre compte plus tôt, un administrateur peut contacter l'assistance.",
  askAdmin: "Demandez à un administrateur de votre organisation de contacter l'assistance.",

  // Errors, by code
  errors: {
    invalid_request: 'Un élément de la demande est incorrect. Vérifiez votre saisie et réessayez.',
    invalid_code: ({ attemptsRemaining }: ErrorInfo) =>
      attemptsRemaining === undefined
        ? 'Ce code est incorrect.'
        : `Ce code est incorrect. ${attemptsLeft(attemptsRemaining)}`,
    code_expired: 'Ce code a expiré. Demandez-en un nouveau.',
    too_many_attempts: ({ wait }: ErrorInfo) =>
      wait
        ? `Trop de tentatives incorrectes. Réessayez dans ${wait}.`
        : "Trop de tentatives incorrectes. Recommencez ou contactez l'assistance.",
    rate_limited: ({ wait }: ErrorInfo) =>
      wait
        ? `Trop de demandes. Réessayez dans ${wait}.`
        : 'Trop de demandes. Patientez un instant, puis réessayez.',
    no_backup_method: 'Aucune méthode de secours configurée',
    same_as_primary:
      "Votre méthode de secours doit être différente du numéro de téléphone ou de l'adresse e-mail que " +
      'vous utilisez déjà.',
    same_as_current:
      "C'est déjà votre méthode de secours. Saisissez-en une autre ou conservez-la telle quelle.",
    invalid_destination:
      'Nous ne pouvons pas envoyer de code à ce numéro de téléphone ou à cette adresse e-mail.',
    forbidden: "Ce compte n'est pas autorisé à effectuer cette action.",
    step_up_required: "Confirmez qu'il s'agit bien de vous pour continuer.",
    unauthorized: 'Votre connexion a expiré. Reconnectez-vous.',
    not_found: "Cet élément n'est plus disponible. Recommencez.",
    recovery_expired: 'Votre connexion a expiré. Reconnectez-vous.',
    network: 'Impossible de joindre le serveur. Vérifiez votre connexion Internet et réessayez.',
    timeout: 'Le serveur a mis trop de temps à répondre. Réessayez.',
    bad_response: 'La réponse du serveur est incompréhensible. Réessayez.',
    server: "Une erreur s'est produite sur le serveur. Réessayez.",
    unknown: "Une erreur s'est produite. Réessayez.",
  },
} satisfies typeof shared;
