import type { backupMethodManager } from '../../elements/backup-method-manager/strings.js';

/** Only what a reader in Canada says differently: courriel, texto, cellulaire, soutien technique. */
export default {
  backupWhy:
    "Sans méthode de secours, si vous perdez votre application d'authentification, un administrateur " +
    "doit communiquer avec le soutien technique pour réinitialiser l'authentification à deux facteurs à " +
    'votre place. Avec une méthode de secours, vous pouvez la réinitialiser vous-même.',
  backupChooseIntro:
    'Ajoutez un numéro de téléphone ou une adresse courriel où recevoir un code si vous ne pouvez pas ' +
    "utiliser votre application d'authentification.",
  backupTip:
    'Conseil : choisissez une méthode à laquelle vous aurez toujours accès si vous perdez votre appareil. ' +
    'Par exemple, si vous perdez votre cellulaire, vous ne pourrez plus y recevoir de textos.',
  chooseMethod: 'Choisissez un numéro de téléphone ou une adresse courriel.',
  enterEmail: 'Saisissez une adresse courriel.',
  phoneInvalid:
    "Nous ne pouvons pas envoyer de texto à ce numéro. Vérifiez-le, ainsi que l'indicatif du pays.",
  emailInvalid: 'Saisissez une adresse courriel, par exemple nom@example.com.',
  backupSaved: (maskedValue: string, type: 'phone' | 'email') =>
    `Votre méthode de secours est désormais ${type === 'phone' ? 'le numéro de téléphone' : "l'adresse courriel"} ` +
    `${maskedValue}. Si vous ne pouvez pas utiliser votre application d'authentification, vous pourrez ` +
    "réinitialiser l'authentification à deux facteurs grâce à elle.",
} satisfies Partial<typeof backupMethodManager>;
