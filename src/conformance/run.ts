/** Runs conformance rules against a backend, one at a time, each on a harness of its own. */
import type { RecoveryClient, RecoveryError } from '../api/client.js';
import { isServerErrorCode, operations, type OperationName } from '../api/contract.js';
import type { Connect, Harness, Log } from './harness.js';
import { contextOf, type Rule } from './rule.js';

export type Outcome = 'PASS' | 'FAIL' | 'SKIP';

export interface RuleResult {
  id: string;
  title: string;
  outcome: Outcome;
  /** Why it failed or was skipped; for a pass, the title. */
  reason: string;
  /** The request that showed the outcome: the last operation's (else the last one made). */
  request?: string;
}

export async function runRule(rule: Rule, connect: Connect): Promise<RuleResult> {
  const requests: string[] = [];
  let lastOperation: string | undefined;
  const violations: { line: string; request: string | undefined }[] = [];
  const log: Log = {
    request(line, dev) {
      requests.push(line);
      if (!dev) lastOperation = line;
    },
    violation: (line) => void violations.push({ line, request: requests.at(-1) }),
  };
  const result = (
    outcome: Outcome,
    reason: string,
    request = lastOperation ?? requests.at(-1),
  ): RuleResult => ({
    id: rule.id,
    title: rule.title,
    outcome,
    reason,
    ...(request !== undefined && { request }),
  });

  let harness: Harness;
  try {
    harness = await connect(log);
  } catch (error) {
    return result('FAIL', `could not connect: ${messageOf(error)}`);
  }
  const needs = [...(rule.account ? (['reset'] as const) : []), ...(rule.needs ?? [])];
  const lacking = needs.find((need) => harness.lacks[need] !== undefined);
  if (lacking) return result('SKIP', harness.lacks[lacking]!, undefined);

  const t = contextOf(listedErrorsOnly(harness, log));
  try {
    if (rule.account) await t.dev.reset(rule.account, { stepUpRequired: rule.stepUpRequired });
    await rule.run(t);
  } catch (error) {
    return result('FAIL', messageOf(error));
  }
  const [violation] = violations;
  if (violation) return result('FAIL', violation.line, violation.request);
  return result('PASS', rule.title);
}

export async function runRules(
  rules: readonly Rule[],
  connect: Connect,
  onResult?: (result: RuleResult) => void,
): Promise<RuleResult[]> {
  const results: RuleResult[] = [];
  for (const rule of rules) {
    const result = await runRule(rule, connect);
    onResult?.(result);
    results.push(result);
  }
  return results;
}

/** `N passed, M failed, K skipped`. */
export function summary(results: readonly RuleResult[]): string {
  const count = (outcome: Outcome) => results.filter((r) => r.outcome === outcome).length;
  return `${count('PASS')} passed, ${count('FAIL')} failed, ${count('SKIP')} skipped`;
}

/** One line per result: `PASS id: reason — request`. */
export function formatResult({ outcome, id, reason, request }: RuleResult): string {
  return `${outcome} ${id}: ${reason}${request ? ` — ${request}` : ''}`;
}

function messageOf(error: unknown): string {
  if ((error as Error)?.name === 'RuleFailure') return (error as Error).message;
  if ((error as Error)?.name === 'RecoveryError') {
    const { code, message } = error as RecoveryError;
    return `unexpected ${code}${message && message !== code ? ` (${message})` : ''}`;
  }
  return String(error);
}

/**
 * `client`, noting every call and its outcome in `log`: for a backend reached without HTTP,
 * where there is no request to note.
 */
export function recordCalls(client: RecoveryClient, log: Log, who = ''): RecoveryClient {
  return wrapOperations(client, async (name, call) => {
    try {
      const answer = await call();
      log.request(`${who}${name} → ok`);
      return answer;
    } catch (error) {
      log.request(`${who}${name} → ${(error as RecoveryError).code ?? String(error)}`);
      throw error;
    }
  });
}

/** The harness with every client noting an error code its operation does not list (contract.ts `errors`). */
function listedErrorsOnly(harness: Harness, log: Log): Harness {
  const checked = (client: RecoveryClient) =>
    wrapOperations(client, async (name, call) => {
      try {
        return await call();
      } catch (error) {
        const { code } = error as RecoveryError;
        if (isServerErrorCode(code) && !operations[name].errors.includes(code))
          log.violation(`${name} answered ${code}, which the contract does not list for it`);
        throw error;
      }
    });
  return {
    ...harness,
    client: checked(harness.client),
    ...(harness.admin && { admin: checked(harness.admin) }),
    ...(harness.signedInAs && {
      signedInAs: (userId: string) => checked(harness.signedInAs!(userId)),
    }),
    ...(harness.withHost && { withHost: (host: string) => checked(harness.withHost!(host)) }),
  };
}

function wrapOperations(
  client: RecoveryClient,
  around: (name: OperationName, call: () => Promise<unknown>) => Promise<unknown>,
): RecoveryClient {
  return new Proxy(client, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || typeof key !== 'string' || !Object.hasOwn(operations, key))
        return value;
      return (...args: unknown[]) =>
        around(key as OperationName, () => value.apply(target, args) as Promise<unknown>);
    },
  });
}
