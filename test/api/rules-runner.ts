/**
 * The conformance rules (src/conformance) as browser tests: one test per rule, on every way
 * the reference backend can be reached (memory-client-contract.test.ts,
 * reference-over-http.test.ts), so the two can never drift from each other or from the command.
 */
import type { Connect, Need } from '../../src/conformance/harness.js';
import { rules } from '../../src/conformance/rules/index.js';
import { formatResult, runRule } from '../../src/conformance/run.js';

/**
 * A test per rule; a rule may be skipped only for a need in `mayLack` (what this way of
 * reaching the backend cannot do), and every other skip fails.
 */
export function describeRules(label: string, connect: Promise<Connect>, mayLack: Need[]): void {
  describe(label, function () {
    this.timeout(30_000);
    for (const rule of rules) {
      it(`${rule.id}: ${rule.title}`, async function () {
        const result = await runRule(rule, await connect);
        if (result.outcome === 'FAIL') throw new Error(formatResult(result));
        if (result.outcome === 'SKIP') {
          if (!rule.needs?.some((need) => mayLack.includes(need)))
            throw new Error(`skipped without cause: ${formatResult(result)}`);
          this.skip();
        }
      });
    }
  });
}
