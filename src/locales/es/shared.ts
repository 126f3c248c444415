import { plural } from '../../core/strings/plural.js';
import type { ErrorInfo, shared } from '../../core/strings/shared.js';

const attemptsLeft = (n: number) =>
  plural('es', n, {
    one: `Le queda ${n} intento.`,
    many: `Le quedan ${n} de intentos.`,
    other: `Le quedan ${n} intentos.`,
  });

/** "a las 10:42", but "a la 1:05". */
const atTime = (time: string) => `${/^0?1\D/.test(time) ? 'a la' : 'a las'} ${time}`;

export default {
  // Everywhere
  back: 'Atrás',
  cancel: 'Cancelar',
  tryAgain: 'Volver a intentarlo',
  loading: 'Cargando…',
  working: 'Un momento…',
  checkingCode: 'Comprobando el código…',
  sendingCode: 'Enviando un código…',
  contactSupport: 'Contactar con soporte',
  configurationHeading: 'La recuperación de la 2FA no está disponible',
  configurationMessage:
    'Esta página no ha conectado la recuperación de la 2FA con su servidor. Si administra este sitio: ' +
    'asigne al elemento un cliente o un atributo api-base, o colóquelo dentro de <recovery-provider>.',

  // Code entry
  codeHeading: 'Introduzca el código de verificación',
  codeSentTo: (maskedDestination: string, codeLength: number) =>
    `Introduzca el código de ${codeLength} dígitos enviado a ${maskedDestination}.`,
  verificationCode: 'Código de verificación',
  verify: 'Verificar',
  resendCode: 'Reenviar código',
  resendAvailableIn: (wait: string) => `Disponible en ${wait}`,
  resendCountdownStarted: (wait: string) => `Podrá solicitar un nuevo código dentro de ${wait}.`,
  resendReady: 'Ya puede solicitar un nuevo código.',
  codeResent: (maskedDestination: string) =>
    `Le hemos enviado un nuevo código a ${maskedDestination}.`,
  codeExpiresAt: (time: string) => `El código caduca ${atTime(time)}.`,
  enterCode: (codeLength: number) => `Introduzca el código de ${codeLength} dígitos.`,
  codeDigitsOnly: 'El código solo contiene dígitos.',

  // Step-up
  stepUpHeading: 'Confirme que es usted',
  stepUpStarting: 'Preparando un código…',
  stepUpTotp: 'Introduzca el código de su aplicación de autenticación.',
  stepUpSms: (maskedDestination: string) =>
    `Introduzca el código que le hemos enviado por SMS al ${maskedDestination}.`,
  stepUpVoice: (maskedDestination: string) =>
    `Introduzca el código que le hemos dictado al llamar al ${maskedDestination}.`,
  authenticationCode: 'Código de autenticación',
  continue: 'Continuar',
  stepUpWaitingHeading: 'Esperando la verificación',
  stepUpWaiting:
    'Termine de confirmar su identidad. El proceso continuará automáticamente cuando lo haga.',

  // Recovery key display
  recoveryKeyHeading: 'Su nueva clave de recuperación',
  recoveryKeyIntro:
    'Anótela y guárdela en un lugar seguro: solo se muestra una vez. Si pierde su aplicación de ' +
    'autenticación, podrá iniciar sesión con esta clave.',
  recoveryKeyCreated: (date: string) => `Creada el ${date}.`,
  copy: 'Copiar',
  copied: 'Copiada.',
  copyFailed: 'No se ha podido copiar: seleccione la clave',
  download: 'Descargar',
  print: 'Imprimir',
  notedDown: 'He anotado mi clave de recuperación',
  confirmNotedDown: 'Confirme que ha anotado su clave de recuperación.',
  done: 'Listo',
  recoveryKeyFile: (siteName: string, groupedKey: string, date: string) =>
    `Clave de recuperación de ${siteName}\n\n${groupedKey}\n\nCreada el ${date}. Solo sirve una vez: ` +
    'inicie sesión con ella si pierde su aplicación de autenticación y, después, vuelva a configurar la ' +
    'autenticación de dos factores.\n',
  recoveryKeyFileName: (siteName: string, isoDate: string) =>
    `Clave de recuperación (${siteName}) ${isoDate}.txt`,
  defaultSiteName: 'su cuenta',

  // Recovery-key sign-in
  redeemHeading: 'Iniciar sesión con una clave de recuperación',
  redeemIntro: 'Introduzca la clave de recuperación que anotó. Puede incluir espacios y guiones.',
  recoveryKey: 'Clave de recuperación',
  signInWithRecoveryKey: 'Iniciar sesión con la clave de recuperación',
  enterRecoveryKey: 'Introduzca su clave de recuperación.',
  recoveryKeyCharacters: 'Una clave de recuperación solo contiene letras y dígitos.',
  recoveryKeyTooShort:
    'Es demasiado corta para ser una clave de recuperación. Introdúzcala completa.',
  wrongRecoveryKey: (attemptsRemaining?: number) =>
    attemptsRemaining === undefined
      ? 'Esa clave de recuperación no es correcta.'
      : `Esa clave de recuperación no es correcta. ${attemptsLeft(attemptsRemaining)}`,

  // <two-factor-reset>
  generateNewRecoveryKey: 'Generar una nueva clave de recuperación',
  signedInHeading: 'Ha iniciado sesión',
  signedInIntro:
    'Vuelva a configurar la autenticación de dos factores y, después, anote su clave de recuperación y ' +
    'configure un método de respaldo.',
  startAgain: 'Empezar de nuevo',

  // <backup-method-manager>
  backupHeading: 'Método de respaldo',
  phoneNumber: 'Número de teléfono',
  emailAddress: 'Correo electrónico',
  statusFailedHeading: 'No se ha podido cargar su configuración de autenticación de dos factores',

  // <recovery-key-panel>
  replaceKeyHeading: '¿Reemplazar su clave de recuperación?',
  replaceKeyText: 'Su clave de recuperación actual dejará de funcionar en cuanto genere una nueva.',
  replaceRecoveryKey: 'Reemplazar clave de recuperación',

  // <two-factor-admin-reset>
  twoFactorMethod: 'Método de 2FA',
  methodTotp: 'Aplicación de autenticación',
  methodSms: 'SMS',
  methodVoice: 'Llamada de voz',
  notSetUp: 'Sin configurar',
  keyCreated: (date: string) => `Creada el ${date}`,

  // Screen-reader readings
  spelledKey: (spelledGroups: string[]) => spelledGroups.join(', '),
  maskedPhoneReading: (lastDigits: string) => `número de teléfono que termina en ${lastDigits}`,
  maskedEndingReading: (lastDigits: string) => `que termina en ${lastDigits}`,
  maskedEmailReading: (start: string, domain: string) => `${start}…@${domain}, parcialmente oculta`,
  maskedReading: (shown: string) => `${shown}, parcialmente oculto`,

  // Support guidance
  supportNoBackupMethod:
    'Para restablecer la autenticación de dos factores sin un método de respaldo, un usuario ' +
    'administrador debe contactar con soporte.',
  supportNoBackupAccess:
    'Si no puede acceder a su correo electrónico o teléfono de respaldo, un usuario administrador debe ' +
    'contactar con soporte para que restablezcan la autenticación de dos factores por usted.',
  supportLockedOut:
    'Si necesita acceder antes, un usuario administrador puede contactar con soporte.',
  askAdmin: 'Pida a un usuario administrador de su organización que contacte con soporte.',

  // Errors, by code
  errors: {
    invalid_request:
      'Algo de la solicitud no era correcto. Compruebe los datos introducidos e inténtelo de nuevo.',
    invalid_code: ({ attemptsRemaining }: ErrorInfo) =>
      attemptsRemaining === undefined
        ? 'Ese código no es correcto.'
        : `Ese código no es correcto. ${attemptsLeft(attemptsRemaining)}`,
    code_expired: 'Este código ha caducado. Solicite uno nuevo.',
    too_many_attempts: ({ wait }: ErrorInfo) =>
      wait
        ? `Demasiados intentos fallidos. Vuelva a intentarlo dentro de ${wait}.`
        : 'Demasiados intentos fallidos. Empiece de nuevo o contacte con soporte.',
    rate_limited: ({ wait }: ErrorInfo) =>
      wait
        ? `Demasiadas solicitudes. Vuelva a intentarlo dentro de ${wait}.`
        : 'Demasiadas solicitudes. Espere un momento y vuelva a intentarlo.',
    no_backup_method: 'No hay ningún método de respaldo configurado',
    same_as_primary:
      'Su método de respaldo debe ser distinto del número de teléfono o la dirección de correo ' +
      'electrónico que ya utiliza.',
    same_as_current: 'Ese ya es su método de respaldo. Introduzca otro o déjelo como está.',
    invalid_destination:
      'No podemos enviar un código a ese número de teléfono o dirección de correo electrónico.',
    forbidden: 'Esta cuenta no tiene permiso para hacer eso.',
    step_up_required: 'Confirme que es usted para continuar.',
    unauthorized: 'Su sesión ha caducado. Vuelva a iniciar sesión.',
    not_found: 'Eso ya no está disponible. Empiece de nuevo.',
    recovery_expired: 'Su sesión ha caducado. Vuelva a iniciar sesión.',
    network: 'No se puede conectar con el servidor. Compruebe su conexión e inténtelo de nuevo.',
    timeout: 'El servidor ha tardado demasiado en responder. Inténtelo de nuevo.',
    bad_response: 'La respuesta del servidor no es válida. Inténtelo de nuevo.',
    server: 'Se ha producido un error en el servidor. Inténtelo de nuevo.',
    unknown: 'Se ha producido un error. Inténtelo de nuevo.',
  },
} satisfies typeof shared;
