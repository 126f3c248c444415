/** The kit's public elements with a flow (the provider aside): what every check of them walks. */
export const elementTags = [
  'two-factor-reset',
  'backup-method-manager',
  'recovery-key-panel',
  'authenticator-setup',
  'two-factor-admin-reset',
  'account-protection',
];
