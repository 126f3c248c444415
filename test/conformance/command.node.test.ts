import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createReferenceHandler } from '../../demo/server/handler.js';
import { rules } from '../../src/conformance/rules/index.js';
import { conformance, listen, summaryOf } from './command.js';

describe('two-factor-recovery conformance', () => {
  describe('against the reference backend, development endpoints and all', () => {
    let server: Server;
    let base: string;
    before(async () => ({ server, base } = await listen(createReferenceHandler())));
    after(() => server.close());

    it('passes at least 30 rules and fails none', async () => {
      const run = await conformance(['--base-url', base]);
      const { passed, failed, skipped } = summaryOf(run);
      console.log(run.lines.at(-1));
      assert.equal(failed, 0, run.stdout);
      assert.ok(passed >= 30, `only ${passed} passed`);
      assert.equal(passed + skipped, rules.length);
      assert.equal(run.code, 0);
      assert.equal(run.lines.length, rules.length + 1, 'one line per rule, then the summary');
      for (const line of run.lines.slice(0, -1)) assert.match(line, /^(PASS|SKIP) [\w.-]+: .+/);
    });

    it('prints the same as JSON with --json', async () => {
      const run = await conformance(['--base-url', base, '--json']);
      const { summary, results } = JSON.parse(run.stdout) as {
        summary: string;
        results: { id: string; outcome: string }[];
      };
      assert.match(summary, /^\d+ passed, 0 failed, \d+ skipped$/);
      assert.deepEqual(
        results.map((result) => result.id),
        rules.map((rule) => rule.id),
      );
    });
  });

  describe('against the reference backend started for production', () => {
    let server: Server;
    let base: string;
    before(
      async () => ({ server, base } = await listen(createReferenceHandler({ production: true }))),
    );
    after(() => server.close());

    it('passes what needs no development endpoint, and skips the rest with the reason, never passing it', async () => {
      const run = await conformance(['--base-url', base]);
      const { passed, failed } = summaryOf(run);
      assert.equal(failed, 0, run.stdout);
      assert.equal(run.code, 0);
      for (const rule of rules) {
        const needsDev = rule.account !== undefined || rule.needs?.some((need) => need !== 'http');
        const line = run.lines.find((each) => each.includes(` ${rule.id}: `))!;
        if (needsDev) assert.match(line, /^SKIP [\w.-]+: needs /);
        else assert.match(line, /^PASS /);
      }
      assert.ok(passed >= 5);
    });

    it('fails, exit 1, when a rule fails', async () => {
      // Every operation at a path where nothing answers: the rules that run all fail.
      const run = await conformance(['--base-url', `${base}/nowhere`]);
      assert.ok(summaryOf(run).failed > 0);
      assert.equal(run.code, 1);
      assert.match(run.stdout, /^FAIL status\.shape: .+ — GET \/api\/2fa\/nowhere\/status → 404/m);
    });
  });

  it('explains its usage, exit 2', async () => {
    const run = await conformance(['--header', 'no colon']);
    assert.equal(run.code, 2);
  });
});
