import type { backupMethodManager } from '../../elements/backup-method-manager/strings.js';

export default {} satisfies Partial<typeof backupMethodManager>;
