import { expect } from '@open-wc/testing';
import type { RecoveryError } from '../src/api/client.js';

/** Awaits a call that must fail with `code` (and these details), and returns its error. */
export async function expectError(
  call: Promise<unknown>,
  code: string,
  details: Partial<Pick<RecoveryError, 'attemptsRemaining' | 'retryAfterSeconds'>> = {},
): Promise<RecoveryError> {
  let error: RecoveryError;
  try {
    await call;
  } catch (caught) {
    error = caught as RecoveryError;
    expect(error.name, `expected a RecoveryError "${code}", got ${String(caught)}`).to.equal(
      'RecoveryError',
    );
    expect(error.code).to.equal(code);
    for (const [key, value] of Object.entries(details))
      expect(error[key as keyof typeof details], key).to.equal(value);
    return error;
  }
  throw new Error(`expected the call to fail with "${code}", but it succeeded`);
}
