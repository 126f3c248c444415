import type { recoveryKeyPanel } from '../../elements/recovery-key-panel/strings.js';

export default {} satisfies Partial<typeof recoveryKeyPanel>;
