/**
 * The contract's error codes and their HTTP statuses, without its schemas (contract.ts
 * re-exports them): what the drop-in exports before the validation has loaded.
 */

/** The codes a server sends, with the HTTP status a backend should send them with. */
export const serverErrorStatus = {
  invalid_request: 400,
  invalid_code: 400,
  unauthorized: 401,
  recovery_expired: 401,
  forbidden: 403,
  step_up_required: 403,
  not_found: 404,
  same_as_primary: 409,
  same_as_current: 409,
  no_backup_method: 409,
  code_expired: 410,
  invalid_destination: 422,
  rate_limited: 429,
  too_many_attempts: 429,
} as const;
export type ServerErrorCode = keyof typeof serverErrorStatus;

/** The codes a client adds for failures that never reached a well-formed server answer. */
export const clientErrorCodes = ['network', 'timeout', 'bad_response', 'server'] as const;
export type ClientErrorCode = (typeof clientErrorCodes)[number];

/** The code a client assumes when an error answer carries none; 5xx is always `server`. */
export const errorCodeByStatus: Readonly<Record<number, ServerErrorCode>> = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  410: 'code_expired',
  422: 'invalid_destination',
  429: 'rate_limited',
};

export function isServerErrorCode(code: string): code is ServerErrorCode {
  return Object.hasOwn(serverErrorStatus, code);
}
