import type { twoFactorReset } from '../../elements/two-factor-reset/strings.js';

/** "hasta las 10:42", but "hasta la 1:05". */
const untilTime = (time: string) => `${/^0?1\D/.test(time) ? 'hasta la' : 'hasta las'} ${time}`;

export default {
  // <two-factor-reset>
  authenticateDifferently: 'Autenticarse de otra forma',
  chooseIntro:
    '¿No puede usar su aplicación de autenticación, los SMS ni las llamadas? Vuelva a acceder con su ' +
    'método de respaldo o con una clave de recuperación.',
  useBackupMethod: 'Usar método de respaldo',
  useRecoveryKey: 'Usar clave de recuperación',
  noBackupAccess: 'No tengo acceso al correo electrónico o teléfono de respaldo',
  verifiedHeading: 'Identidad verificada',
  verifiedIntro:
    'Elimine su dispositivo de 2FA para volver a configurar la autenticación de dos factores, en el mismo ' +
    'dispositivo o en uno nuevo. O genere una nueva clave de recuperación e inicie sesión con ella.',
  removeDeviceAndAddNew: 'Eliminar el dispositivo y añadir uno nuevo',
  deviceRemovedHeading: 'Dispositivo eliminado',
  deviceRemovedIntro:
    'Le enviaremos por correo electrónico un enlace para volver a configurar la autenticación de dos ' +
    'factores, en el mismo dispositivo o en uno nuevo.',
  sendSetupEmail: 'Enviar correo de autenticación de dos factores',
  emailSentHeading: 'Revise su correo electrónico',
  emailSent: (maskedEmail: string) =>
    `Le hemos enviado un correo electrónico a ${maskedEmail}. Ábralo para volver a configurar la ` +
    'autenticación de dos factores.',
  resetTip: 'Consejo: cuando lo haya hecho, anote su nueva clave de recuperación.',
  noBackupAdvice:
    'Cuando soporte haya restablecido la autenticación de dos factores y usted la haya vuelto a ' +
    'configurar, configure un método de respaldo para poder restablecerla usted mismo la próxima vez.',
  redeemNewKeyHeading: 'Inicie sesión con su nueva clave de recuperación',
  noBackupHeading: 'No hay ningún método de respaldo configurado',
  noBackupText: 'No ha configurado ningún método de respaldo para su cuenta',
  noAccessHeading: '¿No puede acceder a su método de respaldo?',
  lockedHeading: 'Demasiados intentos',
  expiredHeading: 'Su sesión ha caducado',
  signInAgain: 'Volver a iniciar sesión',
  recoveryTimeLimit: (time: string) =>
    `Tiene ${untilTime(time)} para terminar. Después, tendrá que volver a iniciar sesión.`,

  // Support guidance
  supportStillLockedOut:
    'Si sigue sin poder iniciar sesión, un usuario administrador puede contactar con soporte.',
} satisfies typeof twoFactorReset;
