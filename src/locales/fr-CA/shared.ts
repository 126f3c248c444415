import type { ErrorInfo, shared } from '../../core/strings/shared.js';

/** Only what a reader in Canada says differently: courriel, texto, soutien technique. */
export default {
  contactSupport: 'Communiquer avec le soutien technique',
  stepUpSms: (maskedDestination: string) =>
    `Saisissez le code que nous avons envoyé par texto au ${maskedDestination}.`,
  emailAddress: 'Adresse courriel',
  methodSms: 'Texto',
  supportNoBackupMethod:
    "Pour réinitialiser l'authentification à deux facteurs sans méthode de secours, un administrateur " +
    'doit communiquer avec le soutien technique.',
  supportNoBackupAccess:
    "Si vous n'avez plus accès à votre adresse courriel ou à votre numéro de téléphone de secours, un " +
    "administrateur doit communiquer avec le soutien technique pour réinitialiser l'authentification à " +
    'deux facteurs à votre place.',
  supportLockedOut:
    'Si vous devez accéder à votre compte plus tôt, un administrateur peut communiquer avec le soutien ' +
    'technique.',
  askAdmin:
    'Demandez à un administrateur de votre organisation de communiquer avec le soutien technique.',
  errors: {
    too_many_attempts: ({ wait }: ErrorInfo) =>
      wait
        ? `Trop de tentatives incorrectes. Réessayez dans ${wait}.`
        : 'Trop de tentatives incorrectes. Recommencez ou communiquez avec le soutien technique.',
    same_as_primary:
      "Votre méthode de secours doit être différente du numéro de téléphone ou de l'adresse courriel que " +
      'vous utilisez déjà.',
    invalid_destination:
      'Nous ne pouvons pas envoyer de code à ce numéro de téléphone ou à cette adresse courriel.',
  },
} satisfies Partial<typeof shared>;
