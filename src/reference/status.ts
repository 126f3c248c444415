import type { BackupMethod, Status } from '../api/contract.js';
import { isoTime } from './context.js';
import { maskDestination } from './mask.js';
import type { Account, BackupValue } from './state.js';

export const publicBackupMethod = (backup: BackupValue): BackupMethod => ({
  type: backup.type,
  maskedValue: maskDestination(backup.type, backup.value),
});

export function statusOf(account: Account): Status {
  return {
    primary: account.primary && { type: account.primary.type, label: account.primary.label },
    backupMethod: account.backup && publicBackupMethod(account.backup),
    recoveryKey: account.recoveryKey && { createdAt: isoTime(account.recoveryKey.createdAt) },
  };
}
