/** One valid request and answer per operation, as a backend following the contract would send. */
import type { OperationName, OperationRequest, OperationResponse } from '../../src/api/contract.js';

const at = '2026-11-22T10:00:00.000Z';
const challenge = {
  challengeId: 'ch_1',
  channel: 'email',
  maskedDestination: 'a•••@example.net',
  codeLength: 6,
  expiresAt: at,
  resendAvailableAt: at,
} as const;
const status = {
  primary: { type: 'totp', label: 'Phone' },
  backupMethod: { type: 'email', maskedValue: 'a•••@example.net' },
  recoveryKey: { createdAt: at },
} as const;

export const samples: {
  [N in OperationName]: { request: OperationRequest<N>; response: OperationResponse<N> };
} = {
  getStatus: { request: {}, response: status },
  startStepUp: {
    request: {},
    response: { method: 'sms', maskedDestination: '•••• 0123', codeLength: 6 },
  },
  stepUp: { request: { code: '123456' }, response: { validUntil: at } },
  startBackupMethodChange: {
    request: { type: 'phone', value: '+447700900456' },
    response: challenge,
  },
  confirmBackupMethodChange: {
    request: { challengeId: 'ch_1', code: '123456' },
    response: { backupMethod: { type: 'phone', maskedValue: '•••• 0456' } },
  },
  resendCode: { request: { challengeId: 'ch_1' }, response: challenge },
  generateRecoveryKey: {
    request: {},
    response: { recoveryKey: 'ABCDEFGHJKLMNPQRSTUVWXYZ', createdAt: at },
  },
  removeDevice: { request: {}, response: { removed: true } },
  startAuthenticatorEnrollment: {
    request: {},
    response: {
      enrollmentId: 'en_1',
      secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      otpauthUri:
        'otpauth://totp/Example:ada%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      digits: 6,
      period: 30,
    },
  },
  confirmAuthenticatorEnrollment: {
    request: { enrollmentId: 'en_1', code: '123456' },
    response: { enrolled: true },
  },
  startBackupRecovery: { request: {}, response: challenge },
  verifyBackupRecovery: {
    request: { challengeId: 'ch_1', code: '123456' },
    response: { recoveryToken: 'rt_1', expiresAt: at },
  },
  removeDeviceWithRecovery: { request: { recoveryToken: 'rt_1' }, response: { removed: true } },
  sendSetupEmail: {
    request: { recoveryToken: 'rt_1' },
    response: { maskedEmail: 'a••@example.com' },
  },
  generateRecoveryKeyWithRecovery: {
    request: { recoveryToken: 'rt_1' },
    response: { recoveryKey: 'ABCDEFGHJKLMNPQRSTUVWXYZ', createdAt: at },
  },
  redeemRecoveryKey: {
    request: { recoveryKey: 'ABCDEFGHJKLMNPQRSTUVWXYZ' },
    response: { signedIn: true, redirectUrl: '/account' },
  },
  adminGetUser: {
    request: { userId: 'u_1' },
    response: { userId: 'u_1', displayName: 'Ada', status },
  },
  adminResetTwoFactor: {
    request: { userId: 'u_1', reason: 'Lost phone, identity checked' },
    response: { resetAt: at },
  },
};
