import type { authenticatorSetup } from '../../elements/authenticator-setup/strings.js';

export default {
  // <authenticator-setup>
  setupHeading: 'Configure su aplicación de autenticación',
  replaceAppHeading: '¿Configurar una nueva aplicación de autenticación?',
  replaceAppText: (current: string) =>
    `Su método de 2FA actual (${current}) seguirá funcionando hasta que verifique la nueva aplicación. ` +
    'Después dejará de funcionar.',
  keptHeading: 'No ha cambiado nada',
  keptText: 'Su autenticación de dos factores se mantiene como estaba.',
  setUpNewApp: 'Configurar una nueva aplicación',
  scanIntro: 'Escanee este código QR con su aplicación de autenticación.',
  qrCodeLabel: 'Código QR para su aplicación de autenticación',
  qrCodeLoading: 'Cargando el código QR…',
  qrCodeFailed:
    'El código QR no se ha cargado. Puede introducir la clave que aparece abajo o volver a intentarlo.',
  manualKeyIntro: '¿No puede escanearlo? Introduzca esta clave en la aplicación:',
  whichApps:
    'Sirve cualquier aplicación de autenticación que genere códigos basados en la hora, como Google ' +
    'Authenticator, Microsoft Authenticator, Authy o 1Password.',
  enterAppCode: (digits: number) =>
    `Después, introduzca el código de ${digits} dígitos que muestra la aplicación.`,
  enrollmentRestarted:
    'Esa configuración ha caducado, así que aquí tiene un nuevo código QR. Vuelva a escanearlo.',
  authenticatorReadyHeading: 'Su aplicación de autenticación está configurada',
  backupNext:
    'A continuación, añada un método de respaldo para poder restablecer usted mismo la autenticación de ' +
    'dos factores si pierde su dispositivo.',
  skipForNow: 'Omitir por ahora',
  makingKey: 'Generando su clave de recuperación…',
  haveKey: (date: string) =>
    `Ya tiene una clave de recuperación, creada el ${date}. Sigue funcionando con su nueva aplicación ` +
    'de autenticación.',
  setupDoneHeading: 'La autenticación de dos factores está configurada',
  setupDone:
    'La próxima vez que inicie sesión, introduzca el código de su aplicación de autenticación.',
} satisfies typeof authenticatorSetup;
