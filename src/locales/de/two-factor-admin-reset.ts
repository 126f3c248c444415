import type { adminReset } from '../../elements/two-factor-admin-reset/strings.js';

export default {} satisfies Partial<typeof adminReset>;
