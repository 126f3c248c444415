/**
 * The contract's checks, on zod: loaded with the first call of a client (see http-client.ts and
 * `withValidation`), never before an answer is used.
 */
import { describeIssues, RecoveryError } from './client.js';
import { ErrorBody, operations, type OperationName } from './contract.js';

/** The request body as the contract has it, or `invalid_request` (nothing is sent). */
export function checkRequest(name: OperationName, body: unknown): unknown {
  const parsed = operations[name].request.safeParse(body);
  if (!parsed.success) {
    throw new RecoveryError('invalid_request', {
      message: `${name} was called with an off-contract body: ${describeIssues(parsed.error.issues)}`,
    });
  }
  return parsed.data;
}

/** The answer as the contract has it, or `bad_response`. */
export function checkResponse(name: OperationName, answer: unknown): unknown {
  const parsed = operations[name].response.safeParse(answer);
  if (!parsed.success) {
    throw new RecoveryError('bad_response', {
      message: `${name} answered off-contract: ${describeIssues(parsed.error.issues)}`,
    });
  }
  return parsed.data;
}

/** The error of an error answer's body, if it is the contract's. */
export function errorOf(json: unknown): ErrorBody['error'] | undefined {
  const body = ErrorBody.safeParse(json);
  return body.success ? body.data.error : undefined;
}
