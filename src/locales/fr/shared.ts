import type { shared } from '../../core/strings/shared.js';

export default {} satisfies Partial<typeof shared>;
