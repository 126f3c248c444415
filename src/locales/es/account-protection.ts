import type { accountProtection } from '../../elements/account-protection/strings.js';

export default {
  // <account-protection>
  protectHeading: 'Proteja su cuenta',
  protectedFully:
    'Su cuenta está protegida: autenticación de dos factores, método de respaldo y clave de recuperación.',
  protectionMissing: 'Termine de proteger su cuenta:',
  missingTwoFactor: 'Configure la autenticación de dos factores.',
  missingBackupMethod:
    'Configure un método de respaldo para poder restablecer usted mismo la 2FA si pierde su dispositivo.',
  missingRecoveryKey:
    'Genere una clave de recuperación para poder iniciar sesión si pierde su dispositivo.',
  twoFactorDevice: 'Dispositivo de 2FA',
  replaceDevice: 'Sustituir dispositivo de 2FA',
  setUpTwoFactor: 'Configurar 2FA',
} satisfies typeof accountProtection;
