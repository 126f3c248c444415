/**
 * The wire contract, v1.1: every operation's method and default path, and a schema for every
 * request, response and error body. This is the only file where an endpoint path or a wire
 * field name is written; clients, the reference backend and the OpenAPI document derive from it.
 *
 * `zod/mini` imported as a namespace keeps the browser bundle small (see DESIGN.md).
 */
import * as z from 'zod/mini';
import type { ServerErrorCode } from './error-codes.js';
import { operationNames, type OperationName } from './operation-names.js';

export * from './error-codes.js';
export { operationNames, type OperationName };

// ---------------------------------------------------------------------------------------------
// Building blocks

const text = () => z.string().check(z.minLength(1), z.maxLength(1000));
const id = () => z.string().check(z.minLength(1), z.maxLength(256));
const timestamp = () => z.iso.datetime({ offset: true });
const codeLength = () => z.int().check(z.gte(4), z.lte(10));
/** A one-time code as typed by the user: digits only, its length checked by the server. */
const code = () => z.string().check(z.regex(/^\d{4,10}$/));

/** A relative URL or an http(s) one: never `javascript:` or `data:`, since elements navigate to it. */
function isNavigableUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value, 'https://relative.invalid/');
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Shared shapes

export const Challenge = z.object({
  challengeId: id(),
  channel: z.enum(['email', 'sms']),
  maskedDestination: text(),
  codeLength: codeLength(),
  expiresAt: timestamp(),
  resendAvailableAt: timestamp(),
});
export type Challenge = z.infer<typeof Challenge>;

export const StepUpChallenge = z.object({
  method: z.enum(['totp', 'sms', 'voice']),
  maskedDestination: z.nullable(text()),
  codeLength: codeLength(),
});
export type StepUpChallenge = z.infer<typeof StepUpChallenge>;

export const BackupMethod = z.object({
  type: z.enum(['email', 'phone']),
  maskedValue: text(),
});
export type BackupMethod = z.infer<typeof BackupMethod>;

export const Status = z.object({
  primary: z.nullable(
    z.object({
      type: z.enum(['totp', 'sms', 'voice']),
      label: z.nullable(z.string()),
    }),
  ),
  backupMethod: z.nullable(BackupMethod),
  recoveryKey: z.nullable(z.object({ createdAt: timestamp() })),
});
export type Status = z.infer<typeof Status>;

/** The body of every non-2xx answer. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string().check(z.minLength(1), z.maxLength(100)),
    message: z.optional(z.string()),
    attemptsRemaining: z.optional(z.int().check(z.gte(0))),
    retryAfterSeconds: z.optional(z.int().check(z.gte(0))),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The request of an operation that needs no input. */
export const Empty = z.object({});
export const RecoveryTokenRequest = z.object({ recoveryToken: id() });
export const Removed = z.object({ removed: z.literal(true) });
export const NewRecoveryKey = z.object({ recoveryKey: text(), createdAt: timestamp() });

// ---------------------------------------------------------------------------------------------
// Operations

export type HttpMethod = 'GET' | 'POST';

interface Operation {
  method: HttpMethod;
  path: string;
  request: z.ZodMiniType;
  response: z.ZodMiniType;
  errors: readonly ServerErrorCode[];
}

/**
 * What any operation may answer: `invalid_request` for a request off the contract (wrong
 * method, content type, size or body) and `unauthorized` when no one is signed in (or, for the
 * `recovery/*` operations, no sign-in is pending).
 */
const anyOperation = ['invalid_request', 'unauthorized'] as const;

function operation<Request extends z.ZodMiniType, Response extends z.ZodMiniType>(
  method: HttpMethod,
  path: string,
  request: Request,
  response: Response,
  errors: readonly ServerErrorCode[] = [],
) {
  return { method, path, request, response, errors: [...anyOperation, ...errors] };
}

/**
 * Every operation: method, default path (relative to the base URL), request and response, and
 * the server error codes it may answer (with the status in `serverErrorStatus`).
 */
export const operations = {
  getStatus: operation('GET', '/status', Empty, Status),
  startStepUp: operation('POST', '/step-up/challenge', Empty, StepUpChallenge, [
    'not_found',
    'rate_limited',
    'too_many_attempts',
  ]),
  stepUp: operation(
    'POST',
    '/step-up',
    z.object({ code: code() }),
    z.object({ validUntil: timestamp() }),
    ['invalid_code', 'not_found', 'code_expired', 'too_many_attempts'],
  ),
  startBackupMethodChange: operation(
    'POST',
    '/backup-method/challenge',
    z.object({
      type: BackupMethod.shape.type,
      value: z.string().check(z.minLength(1), z.maxLength(320)),
    }),
    Challenge,
    [
      'step_up_required',
      'invalid_destination',
      'same_as_primary',
      'same_as_current',
      'rate_limited',
      'too_many_attempts',
    ],
  ),
  confirmBackupMethodChange: operation(
    'POST',
    '/backup-method/confirm',
    z.object({ challengeId: id(), code: code() }),
    z.object({ backupMethod: BackupMethod }),
    ['invalid_code', 'not_found', 'code_expired', 'too_many_attempts'],
  ),
  resendCode: operation('POST', '/challenges/resend', z.object({ challengeId: id() }), Challenge, [
    'not_found',
    'recovery_expired',
    'rate_limited',
    'too_many_attempts',
  ]),
  generateRecoveryKey: operation('POST', '/recovery-key', Empty, NewRecoveryKey, [
    'step_up_required',
  ]),
  removeDevice: operation('POST', '/device/remove', Empty, Removed, ['step_up_required']),
  startAuthenticatorEnrollment: operation(
    'POST',
    '/authenticator/enrollment',
    Empty,
    z.object({
      enrollmentId: id(),
      secret: text(),
      otpauthUri: z.string().check(z.regex(/^otpauth:\/\//)),
      digits: z.int().check(z.gte(6), z.lte(8)),
      period: z.int().check(z.gte(1), z.lte(300)),
    }),
    ['step_up_required'],
  ),
  confirmAuthenticatorEnrollment: operation(
    'POST',
    '/authenticator/enrollment/confirm',
    z.object({ enrollmentId: id(), code: code() }),
    z.object({ enrolled: z.literal(true) }),
    ['invalid_code', 'not_found', 'code_expired', 'too_many_attempts'],
  ),
  startBackupRecovery: operation('POST', '/recovery/challenge', Empty, Challenge, [
    'no_backup_method',
    'rate_limited',
    'too_many_attempts',
  ]),
  verifyBackupRecovery: operation(
    'POST',
    '/recovery/verify',
    z.object({ challengeId: id(), code: code() }),
    z.object({ recoveryToken: id(), expiresAt: timestamp() }),
    ['invalid_code', 'not_found', 'code_expired', 'too_many_attempts', 'recovery_expired'],
  ),
  removeDeviceWithRecovery: operation(
    'POST',
    '/recovery/remove-device',
    RecoveryTokenRequest,
    Removed,
    ['recovery_expired'],
  ),
  sendSetupEmail: operation(
    'POST',
    '/recovery/setup-email',
    RecoveryTokenRequest,
    z.object({ maskedEmail: text() }),
    ['recovery_expired'],
  ),
  generateRecoveryKeyWithRecovery: operation(
    'POST',
    '/recovery/recovery-key',
    RecoveryTokenRequest,
    NewRecoveryKey,
    ['recovery_expired'],
  ),
  redeemRecoveryKey: operation(
    'POST',
    '/recovery/redeem-key',
    z.object({ recoveryKey: z.string().check(z.minLength(1), z.maxLength(200)) }),
    z.object({
      signedIn: z.literal(true),
      redirectUrl: z.nullable(z.string().check(z.refine(isNavigableUrl))),
    }),
    ['invalid_code', 'too_many_attempts'],
  ),
  adminGetUser: operation(
    'POST',
    '/admin/user',
    z.object({ userId: id() }),
    z.object({ userId: id(), displayName: z.string(), status: Status }),
    ['forbidden', 'not_found'],
  ),
  adminResetTwoFactor: operation(
    'POST',
    '/admin/reset',
    z.object({ userId: id(), reason: text() }),
    z.object({ resetAt: timestamp() }),
    ['forbidden', 'not_found'],
  ),
} satisfies Record<OperationName, Operation>; // every name in operation-names.ts, and no other

export type Operations = typeof operations;
export type OperationRequest<N extends OperationName> = z.input<Operations[N]['request']>;
export type OperationResponse<N extends OperationName> = z.output<Operations[N]['response']>;
