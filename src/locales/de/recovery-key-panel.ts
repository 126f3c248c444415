import type { recoveryKeyPanel } from '../../elements/recovery-key-panel/strings.js';

export default {
  // <recovery-key-panel>
  keyCreatedOn: (date: string) =>
    `Sie haben Ihren Wiederherstellungsschlüssel am ${date} erstellt.`,
  keyExplained:
    'Wenn Sie keinen Zugriff mehr auf Ihre Authenticator-App haben, können Sie sich damit anmelden. ' +
    'Ein neuer Schlüssel ersetzt ihn.',
  noKeyHeading: 'Noch kein Wiederherstellungsschlüssel',
  noKeyYet: 'Sie haben noch keinen Wiederherstellungsschlüssel.',
  noKeyWhy:
    'Wenn Sie keinen Zugriff mehr auf Ihre Authenticator-App haben und Ihre Backup-Methode nicht nutzen ' +
    'können, kommen Sie mit einem Wiederherstellungsschlüssel wieder in Ihr Konto. Erstellen Sie einen ' +
    'und bewahren Sie ihn sicher auf.',
} satisfies typeof recoveryKeyPanel;
