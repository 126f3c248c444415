import type { adminReset } from '../../elements/two-factor-admin-reset/strings.js';

/** Only what a reader in Canada says differently: courriel. */
export default {
  userIdHint: 'Son identifiant, par exemple son adresse courriel.',
} satisfies Partial<typeof adminReset>;
