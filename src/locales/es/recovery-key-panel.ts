import type { recoveryKeyPanel } from '../../elements/recovery-key-panel/strings.js';

export default {
  // <recovery-key-panel>
  keyCreatedOn: (date: string) => `Creó su clave de recuperación el ${date}.`,
  keyExplained:
    'Si pierde su aplicación de autenticación, podrá iniciar sesión con ella. Una clave nueva sustituye ' +
    'a la anterior.',
  noKeyHeading: 'Aún no tiene clave de recuperación',
  noKeyYet: 'Todavía no tiene una clave de recuperación.',
  noKeyWhy:
    'Si pierde su aplicación de autenticación y no puede usar su método de respaldo, una clave de ' +
    'recuperación le permite volver a acceder. Genere una y guárdela en un lugar seguro.',
} satisfies typeof recoveryKeyPanel;
