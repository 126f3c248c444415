import type { adminReset } from '../../elements/two-factor-admin-reset/strings.js';

export default {
  // <two-factor-admin-reset>
  adminHeading: "Réinitialiser l'authentification à deux facteurs",
  adminIntro:
    'Recherchez la personne qui ne peut pas se connecter. Après la réinitialisation, elle configurera à ' +
    "nouveau l'authentification à deux facteurs lors de sa prochaine connexion.",
  userId: 'Identifiant utilisateur',
  userIdHint: 'Son identifiant, par exemple son adresse e-mail.',
  lookUp: 'Rechercher',
  enterUserId: 'Saisissez un identifiant utilisateur.',
  userIdTooLong: (max: number) =>
    `Un identifiant utilisateur comporte au maximum ${max} caractères.`,
  userNotFound: 'Aucun utilisateur avec cet identifiant',
  adminForbiddenHeading: "Vous ne pouvez pas réinitialiser l'A2F",
  adminForbidden:
    "Ce compte n'est pas autorisé à rechercher des utilisateurs ni à réinitialiser leur authentification " +
    'à deux facteurs. Adressez-vous à un administrateur de votre organisation.',
  reason: 'Motif',
  reasonHint: (max: number) =>
    `La raison de cette réinitialisation, pour l'historique. ${max} caractères maximum.`,
  enterReason: 'Saisissez le motif de la réinitialisation.',
  reasonTooLong: (max: number) => `Le motif ne doit pas dépasser ${max} caractères.`,
  resetTwoFactor: "Réinitialiser l'A2F",
  adminResetEffect:
    'Son appareil A2F et sa clé de récupération cesseront de fonctionner, et la personne devra configurer ' +
    "à nouveau l'authentification à deux facteurs lors de sa prochaine connexion. Sa méthode de secours " +
    'est conservée.',
  adminConfirmHeading: (displayName: string) => `Réinitialiser l'A2F de ${displayName} ?`,
  adminConfirmText:
    "Cette personne devra configurer à nouveau l'authentification à deux facteurs lors de sa prochaine " +
    'connexion. Cette action est irréversible.',
  adminDoneHeading: (displayName: string) => `A2F réinitialisée pour ${displayName}`,
  adminDone: (time: string) =>
    `Réinitialisation effectuée le ${time}. Nous avons prévenu la personne : lors de sa prochaine ` +
    "connexion, elle configurera à nouveau l'authentification à deux facteurs, puis ajoutera une " +
    'méthode de secours.',
  lookUpAnother: 'Rechercher un autre utilisateur',
} satisfies typeof adminReset;
