/** A client whose every answer the test gives, when it chooses: for late answers, double clicks and step-up. */
import type { RecoveryClient } from '../../src/api/client.js';
import { RecoveryError } from '../../src/api/client.js';
import { operationNames, type OperationName } from '../../src/api/contract.js';
import { samples } from '../api/samples.js';

export interface Call {
  name: OperationName;
  body: unknown;
  signal: AbortSignal;
  /** Answers with `value`, or with the operation's sample answer. */
  answer(value?: unknown): void;
  fail(code: string, details?: ConstructorParameters<typeof RecoveryError>[1]): void;
}

export function controlledClient() {
  const calls: Call[] = [];
  const client = Object.fromEntries(
    operationNames.map((name) => [
      name,
      (body: unknown, options?: { signal?: AbortSignal }) =>
        new Promise((resolve, reject) =>
          calls.push({
            name,
            body,
            signal: options?.signal ?? new AbortController().signal,
            answer: (value = samples[name].response) => resolve(value),
            fail: (code, details) => reject(new RecoveryError(code, details)),
          }),
        ),
    ]),
  ) as unknown as RecoveryClient;
  /** The calls made so far of `name`. */
  const of = (name: OperationName) => calls.filter((call) => call.name === name);
  return { client, calls, of };
}
