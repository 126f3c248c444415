/** What a screen reader hears while an operation takes a while, by what the operation does. */
import type { OperationName } from '../api/contract.js';
import type { Strings } from './strings/en.js';

const checksACode = new Set<OperationName>([
  'stepUp',
  'confirmBackupMethodChange',
  'verifyBackupRecovery',
  'confirmAuthenticatorEnrollment',
  'redeemRecoveryKey',
]);
const sendsACode = new Set<OperationName>([
  'startStepUp',
  'startBackupMethodChange',
  'resendCode',
  'startBackupRecovery',
]);

export function busyMessage(t: Strings, operation: OperationName): string {
  if (checksACode.has(operation)) return t.checkingCode;
  if (sendsACode.has(operation)) return t.sendingCode;
  return operation === 'getStatus' || operation === 'adminGetUser' ? t.loading : t.working;
}
