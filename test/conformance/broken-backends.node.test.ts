import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from '../../src/conformance/rules/index.js';
import { brokenBackends } from './broken-backends.js';
import { conformance, listen } from './command.js';

describe('two-factor-recovery conformance, against broken backends', () => {
  it('names only rules that exist', () => {
    const ids = new Set(rules.map((rule) => rule.id));
    for (const { name, fails } of brokenBackends) {
      assert.ok(fails.length > 0, name);
      for (const id of fails) assert.ok(ids.has(id), `${name}: no rule ${id}`);
    }
  });

  for (const broken of brokenBackends) {
    it(`${broken.name}: fails ${broken.fails.join(', ')}, and nothing else`, async () => {
      const { server, base } = await listen(broken.handler());
      try {
        const run = await conformance(['--base-url', base]);
        const failed = [...run.outcomes].filter(([, outcome]) => outcome === 'FAIL');
        assert.deepEqual(
          failed.map(([id]) => id).sort(),
          [...broken.fails].sort(),
          run.lines.filter((line) => line.startsWith('FAIL')).join('\n'),
        );
        assert.equal(run.code, 1);
        for (const line of run.lines.filter((each) => each.startsWith('FAIL'))) console.log(line);
      } finally {
        server.close();
      }
    });
  }
});
