/** The English words of this element alone; the shared steps' are in core/strings/shared.ts. */

export const recoveryKeyPanel = {
  // <recovery-key-panel>
  keyCreatedOn: (date: string) => `You created your recovery key on ${date}.`,
  keyExplained: 'If you lose your authenticator, you can sign in with it. A new key replaces it.',
  noKeyHeading: 'No recovery key yet',
  noKeyYet: "You don't have a recovery key yet.",
  noKeyWhy:
    "If you lose your authenticator and can't use your backup method, a recovery key is how you " +
    'get back in. Generate one and keep it somewhere safe.',
};
