import type { recoveryKeyPanel } from '../../elements/recovery-key-panel/strings.js';

export default {
  // <recovery-key-panel>
  keyCreatedOn: (date: string) => `Vous avez créé votre clé de récupération le ${date}.`,
  keyExplained:
    "Si vous perdez votre application d'authentification, vous pourrez vous connecter avec cette clé. " +
    'Une nouvelle clé la remplace.',
  noKeyHeading: 'Pas encore de clé de récupération',
  noKeyYet: "Vous n'avez pas encore de clé de récupération.",
  noKeyWhy:
    "Si vous perdez votre application d'authentification et ne pouvez pas utiliser votre méthode de " +
    "secours, une clé de récupération vous permet de retrouver l'accès à votre compte. Générez-en une et " +
    'conservez-la en lieu sûr.',
} satisfies typeof recoveryKeyPanel;
