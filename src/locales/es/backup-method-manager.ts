import type { backupMethodManager } from '../../elements/backup-method-manager/strings.js';

export default {
  // Everywhere
  chunkLoadFailed:
    'Una parte de esta página no se ha cargado. Compruebe su conexión e inténtelo de nuevo.',

  // <backup-method-manager>
  backupNotSetUp: 'Método de respaldo sin configurar',
  backupWhy:
    'Sin un método de respaldo, si pierde su aplicación de autenticación, un usuario administrador ' +
    'tendrá que contactar con soporte para que restablezcan la autenticación de dos factores por usted. ' +
    'Con un método de respaldo, puede restablecerla usted mismo.',
  setUpBackupMethod: 'Configurar un método de respaldo',
  backupNone: 'No ha configurado ningún método de respaldo.',
  manageBackupMethod: 'Gestionar método de respaldo',
  changeBackupMethod: 'Cambiar método de respaldo',
  oneBackupMethod: 'Solo puede tener un método de respaldo: uno nuevo sustituye a este.',
  chooseChangeHeading: 'Seleccione un método de respaldo',
  backupChooseIntro:
    'Añada un número de teléfono o una dirección de correo electrónico al que podamos enviarle un código ' +
    'si no puede usar su aplicación de autenticación.',
  backupReplaces: (maskedValue: string) =>
    `Su nuevo método de respaldo sustituirá a ${maskedValue}.`,
  backupTip:
    'Consejo: elija un método al que siga teniendo acceso si pierde su dispositivo. Por ejemplo, si ' +
    'pierde el móvil, no podrá recibir en él un SMS.',
  sendCode: 'Enviar código',
  chooseMethod: 'Elija un número de teléfono o una dirección de correo electrónico.',
  enterPhone: 'Introduzca un número de teléfono.',
  enterEmail: 'Introduzca una dirección de correo electrónico.',
  phoneHint: 'Empiece por + y el prefijo del país, por ejemplo, +44 7700 900123.',
  phoneHintCountry: (country: string) =>
    `Empiece por + y el prefijo del país, o introduzca un número nacional (${country}) tal como lo ` +
    'marcaría allí.',
  phoneInternational:
    'Introduzca el número con el prefijo del país, empezando por +, por ejemplo, +44 7700 900123.',
  phoneInvalid: 'No podemos enviar SMS a ese número. Compruebe el número y el prefijo del país.',
  emailInvalid: 'Introduzca una dirección de correo electrónico, por ejemplo, nombre@example.com.',
  backupSavedHeading: 'Método de respaldo guardado',
  backupSaved: (maskedValue: string, type: 'phone' | 'email') =>
    `Su método de respaldo es ahora ${type === 'phone' ? 'el número de teléfono' : 'la dirección de correo electrónico'} ` +
    `${maskedValue}. Si no puede usar su aplicación de autenticación, podrá restablecer con él la ` +
    'autenticación de dos factores.',
} satisfies typeof backupMethodManager;
