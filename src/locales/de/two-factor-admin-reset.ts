import type { adminReset } from '../../elements/two-factor-admin-reset/strings.js';

export default {
  // <two-factor-admin-reset>
  adminHeading: 'Zwei-Faktor-Authentifizierung zurücksetzen',
  adminIntro:
    'Suchen Sie die Person, die sich nicht anmelden kann. Nach dem Zurücksetzen richtet sie die ' +
    'Zwei-Faktor-Authentifizierung bei ihrer nächsten Anmeldung neu ein.',
  userId: 'Benutzer-ID',
  userIdHint: 'Die Benutzer-ID der Person, z. B. ihre E-Mail-Adresse.',
  lookUp: 'Suchen',
  enterUserId: 'Geben Sie eine Benutzer-ID ein.',
  userIdTooLong: (max: number) => `Eine Benutzer-ID hat höchstens ${max} Zeichen.`,
  userNotFound: 'Kein Benutzer mit dieser ID',
  adminForbiddenHeading: 'Sie können die 2FA nicht zurücksetzen',
  adminForbidden:
    'Dieses Konto ist nicht berechtigt, Benutzer zu suchen oder ihre Zwei-Faktor-Authentifizierung ' +
    'zurückzusetzen. Wenden Sie sich an einen Administrator Ihrer Organisation.',
  reason: 'Grund',
  reasonHint: (max: number) =>
    `Warum Sie die 2FA zurücksetzen, zur Dokumentation. Höchstens ${max} Zeichen.`,
  enterReason: 'Geben Sie einen Grund für das Zurücksetzen ein.',
  reasonTooLong: (max: number) => `Der Grund darf höchstens ${max} Zeichen lang sein.`,
  resetTwoFactor: '2FA zurücksetzen',
  adminResetEffect:
    'Das 2FA-Gerät und der Wiederherstellungs\u00adschlüssel der Person funktionieren dann nicht mehr, und sie ' +
    'muss die Zwei-Faktor-Authentifizierung bei ihrer nächsten Anmeldung neu einrichten. Ihre ' +
    'Backup-Methode bleibt erhalten.',
  adminConfirmHeading: (displayName: string) => `2FA für ${displayName} zurücksetzen?`,
  adminConfirmText:
    'Die Person muss die Zwei-Faktor-Authentifizierung bei ihrer nächsten Anmeldung neu einrichten. Das ' +
    'kann nicht rückgängig gemacht werden.',
  adminDoneHeading: (displayName: string) => `2FA für ${displayName} zurückgesetzt`,
  adminDone: (time: string) =>
    `Zurückgesetzt am ${time}. Wir haben die Person informiert: Bei ihrer nächsten Anmeldung richtet sie ` +
    'die Zwei-Faktor-Authentifizierung neu ein und fügt dann eine Backup-Methode hinzu.',
  lookUpAnother: 'Weiteren Benutzer suchen',
} satisfies typeof adminReset;
