import type { backupMethodManager } from '../../elements/backup-method-manager/strings.js';

export default {
  // Everywhere
  chunkLoadFailed:
    "Une partie de cette page ne s'est pas chargée. Vérifiez votre connexion Internet et réessayez.",

  // <backup-method-manager>
  backupNotSetUp: 'Méthode de secours non configurée',
  backupWhy:
    "Sans méthode de secours, si vous perdez votre application d'authentification, un administrateur " +
    "doit contacter l'assistance pour réinitialiser l'authentification à deux facteurs à votre place. " +
    'Avec une méthode de secours, vous pouvez la réinitialiser vous-même.',
  setUpBackupMethod: 'Configurer une méthode de secours',
  backupNone: "Vous n'avez pas configuré de méthode de secours.",
  manageBackupMethod: 'Gérer la méthode de secours',
  changeBackupMethod: 'Modifier la méthode de secours',
  oneBackupMethod:
    "Vous ne pouvez avoir qu'une seule méthode de secours : une nouvelle remplace celle-ci.",
  chooseChangeHeading: 'Sélectionnez une méthode de secours',
  backupChooseIntro:
    'Ajoutez un numéro de téléphone ou une adresse e-mail où recevoir un code si vous ne pouvez pas ' +
    "utiliser votre application d'authentification.",
  backupReplaces: (maskedValue: string) =>
    `Votre nouvelle méthode de secours remplacera ${maskedValue}.`,
  backupTip:
    'Conseil : choisissez une méthode à laquelle vous aurez toujours accès si vous perdez votre appareil. ' +
    'Par exemple, si vous perdez votre téléphone, vous ne pourrez plus y recevoir de SMS.',
  sendCode: 'Envoyer le code',
  chooseMethod: 'Choisissez un numéro de téléphone ou une adresse e-mail.',
  enterPhone: 'Saisissez un numéro de téléphone.',
  enterEmail: 'Saisissez une adresse e-mail.',
  phoneHint: "Commencez par + et l'indicatif du pays, par exemple +44 7700 900123.",
  phoneHintCountry: (country: string) =>
    `Commencez par + et l'indicatif du pays, ou saisissez un numéro national (${country}) tel que vous ` +
    'le composeriez sur place.',
  phoneInternational:
    "Saisissez le numéro avec l'indicatif du pays, en commençant par +, par exemple +44 7700 900123.",
  phoneInvalid:
    "Nous ne pouvons pas envoyer de SMS à ce numéro. Vérifiez-le, ainsi que l'indicatif du pays.",
  emailInvalid: 'Saisissez une adresse e-mail, par exemple nom@example.com.',
  backupSavedHeading: 'Méthode de secours enregistrée',
  backupSaved: (maskedValue: string, type: 'phone' | 'email') =>
    `Votre méthode de secours est désormais ${type === 'phone' ? 'le numéro de téléphone' : "l'adresse e-mail"} ` +
    `${maskedValue}. Si vous ne pouvez pas utiliser votre application d'authentification, vous pourrez ` +
    "réinitialiser l'authentification à deux facteurs grâce à elle.",
} satisfies typeof backupMethodManager;
