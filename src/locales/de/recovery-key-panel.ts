import type { recoveryKeyPanel } from '../../elements/recovery-key-panel/strings.js';

export default {
  // <recovery-key-panel>
  keyCreatedOn: (date: string) =>
    `Sie haben Ihren Wiederherstellungs\u00adschlüssel am ${date} erstellt.`,
  keyExplained:
    'Wenn Sie keinen Zugriff mehr auf Ihre Authenticator-App haben, können Sie sich damit anmelden. ' +
    'Ein neuer Schlüssel ersetzt ihn.',
  noKeyHeading: 'Noch kein Wiederherstellungs\u00adschlüssel',
  noKeyYet: 'Sie haben noch keinen Wiederherstellungs\u00adschlüssel.',
  noKeyWhy:
    'Wenn Sie keinen Zugriff mehr auf Ihre Authenticator-App haben und Ihre Backup-Methode nicht nutzen ' +
    'können, kommen Sie mit einem Wiederherstellungs\u00adschlüssel wieder in Ihr Konto. Erstellen Sie einen ' +
    'und bewahren Sie ihn sicher auf.',
} satisfies typeof recoveryKeyPanel;
