/** The shipped locales' stand-in for the bench: no language but English, no table's loaders. */
export const shippedLanguages: ReadonlySet<string> = new Set();
export const sharedLocales = {};
export const twoFactorResetLocales = {};
export const backupMethodManagerLocales = {};
export const recoveryKeyPanelLocales = {};
export const authenticatorSetupLocales = {};
export const adminResetLocales = {};
export const accountProtectionLocales = {};
