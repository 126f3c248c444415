import type { twoFactorReset } from '../../elements/two-factor-reset/strings.js';

export default {} satisfies Partial<typeof twoFactorReset>;
