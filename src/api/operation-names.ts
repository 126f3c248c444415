/**
 * The contract's operation names, without its schemas: what a client needs to exist before the
 * validation (zod and the schemas, a lazy chunk in the drop-in) has loaded. contract.ts checks
 * that its operation table has exactly these.
 */
export const operationNames = [
  'getStatus',
  'startStepUp',
  'stepUp',
  'startBackupMethodChange',
  'confirmBackupMethodChange',
  'resendCode',
  'generateRecoveryKey',
  'removeDevice',
  'startAuthenticatorEnrollment',
  'confirmAuthenticatorEnrollment',
  'startBackupRecovery',
  'verifyBackupRecovery',
  'removeDeviceWithRecovery',
  'sendSetupEmail',
  'generateRecoveryKeyWithRecovery',
  'redeemRecoveryKey',
  'adminGetUser',
  'adminResetTwoFactor',
] as const;

export type OperationName = (typeof operationNames)[number];
