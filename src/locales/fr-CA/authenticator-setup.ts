import type { authenticatorSetup } from '../../elements/authenticator-setup/strings.js';

/** Only what a reader in Canada says differently: a QR code is "balayé". */
export default {
  scanIntro: "Balayez ce code QR avec votre application d'authentification.",
  manualKeyIntro: "Impossible de le balayer ? Saisissez plutôt cette clé dans l'application :",
  enrollmentRestarted:
    'Cette configuration a expiré : voici un nouveau code QR. Balayez-le à nouveau.',
} satisfies Partial<typeof authenticatorSetup>;
