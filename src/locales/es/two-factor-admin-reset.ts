import type { adminReset } from '../../elements/two-factor-admin-reset/strings.js';

export default {
  // <two-factor-admin-reset>
  adminHeading: 'Restablecer la autenticación de dos factores',
  adminIntro:
    'Busque al usuario que no puede iniciar sesión. Tras el restablecimiento, el usuario volverá a ' +
    'configurar la autenticación de dos factores la próxima vez que inicie sesión.',
  userId: 'ID de usuario',
  userIdHint: 'El ID del usuario, como su dirección de correo electrónico.',
  lookUp: 'Buscar',
  enterUserId: 'Introduzca un ID de usuario.',
  userIdTooLong: (max: number) => `Un ID de usuario tiene como máximo ${max} caracteres.`,
  userNotFound: 'No hay ningún usuario con ese ID',
  adminForbiddenHeading: 'No puede restablecer la 2FA',
  adminForbidden:
    'Esta cuenta no tiene permiso para buscar usuarios ni restablecer su autenticación de dos factores. ' +
    'Pida ayuda a un administrador de su organización.',
  reason: 'Motivo',
  reasonHint: (max: number) =>
    `Por qué la restablece, para que quede constancia. Hasta ${max} caracteres.`,
  enterReason: 'Introduzca el motivo del restablecimiento.',
  reasonTooLong: (max: number) => `El motivo debe tener ${max} caracteres como máximo.`,
  resetTwoFactor: 'Restablecer 2FA',
  adminResetEffect:
    'Su dispositivo de 2FA y su clave de recuperación dejarán de funcionar, y el usuario tendrá que ' +
    'volver a configurar la autenticación de dos factores la próxima vez que inicie sesión. Su método de ' +
    'respaldo se mantiene.',
  adminConfirmHeading: (displayName: string) => `¿Restablecer la 2FA de ${displayName}?`,
  adminConfirmText:
    'El usuario tendrá que volver a configurar la autenticación de dos factores la próxima vez que ' +
    'inicie sesión. Esta acción no se puede deshacer.',
  adminDoneHeading: (displayName: string) => `2FA restablecida para ${displayName}`,
  adminDone: (time: string) =>
    `Restablecida el ${time}. Hemos avisado al usuario: la próxima vez que inicie sesión, volverá a ` +
    'configurar la autenticación de dos factores y, después, añadirá un método de respaldo.',
  lookUpAnother: 'Buscar otro usuario',
} satisfies typeof adminReset;
