/** Part of a French locale: enough to show a second language in the theming stories. */
import type { StringsOverride } from '../../src/core/strings/en.js';

export const fr: StringsOverride = {
  codeHeading: 'Saisissez le code de vérification',
  codeSentTo: (destination, length) =>
    `Saisissez le code à ${length} chiffres envoyé à ${destination}.`,
  verificationCode: 'Code de vérification',
  verify: 'Vérifier',
  resendCode: 'Renvoyer le code',
  resendAvailableIn: (wait) => `Disponible dans ${wait}`,
  resendCountdownStarted: (wait) => `Vous pourrez demander un nouveau code dans ${wait}.`,
  resendReady: 'Vous pouvez demander un nouveau code.',
  codeExpiresAt: (time) => `Le code expire à ${time}.`,
  enterCode: (length) => `Saisissez les ${length} chiffres du code.`,
  maskedPhoneReading: (lastDigits) => `numéro se terminant par ${lastDigits}`,
  maskedEmailReading: (start, domain) => `${start}…@${domain}, en partie masquée`,
  errors: {
    invalid_code: ({ attemptsRemaining }) =>
      `Code incorrect. Essais restants : ${attemptsRemaining ?? '?'}.`,
  },
};
