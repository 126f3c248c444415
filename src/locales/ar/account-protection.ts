import type { accountProtection } from '../../elements/account-protection/strings.js';

export default {} satisfies Partial<typeof accountProtection>;
