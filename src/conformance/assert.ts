/**
 * The few assertions the conformance rules need, with messages written for the person reading
 * a FAIL line: what the contract expects, and what the backend did.
 */
import type { RecoveryError } from '../api/client.js';

/** A rule's expectation that the backend did not meet. */
export class RuleFailure extends Error {
  override name = 'RuleFailure';
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new RuleFailure(message);
}

/** `actual` and `expected` hold the same JSON data. */
export function equal(actual: unknown, expected: unknown, what: string): void {
  check(sameJson(actual, expected), `${what}: expected ${show(expected)}, got ${show(actual)}`);
}

export function within(value: number, min: number, max: number, what: string): void {
  check(value >= min && value <= max, `${what}: expected ${min} to ${max}, got ${value}`);
}

/** Awaits a call that must fail with `code` (and these details), and returns its error. */
export async function expectError(
  call: Promise<unknown>,
  code: string,
  details: Partial<Pick<RecoveryError, 'attemptsRemaining' | 'retryAfterSeconds'>> = {},
): Promise<RecoveryError> {
  let answer: unknown;
  try {
    answer = await call;
  } catch (caught) {
    if ((caught as Error).name === 'RuleFailure') throw caught;
    const error = caught as RecoveryError;
    check(error.name === 'RecoveryError', `expected ${code}, got ${String(caught)}`);
    check(error.code === code, `expected ${code}, got ${error.code} (${error.message})`);
    for (const [key, value] of Object.entries(details)) {
      const given = error[key as keyof typeof details];
      check(given === value, `${code}: expected ${key} ${value}, got ${given ?? 'none'}`);
    }
    return error;
  }
  throw new RuleFailure(`expected ${code}, but the call succeeded with ${show(answer)}`);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) =>
      sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

/** A value for a message, cut short. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
