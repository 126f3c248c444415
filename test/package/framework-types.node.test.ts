/**
 * The elements' types in React 19, Vue 3.5 and Svelte 5, as an app sees them: a small file for
 * each (test/frameworks/) type-checked under strict settings against the packed package, by the
 * frameworks' own checkers on TypeScript 5.9. Each file also holds mistakes its checker must
 * report, so a type that fell back to `any` fails here.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checker, frameworksDir, packedApp, versionSeenFrom, type PackedApp } from './packed.js';

function check(args: string[]): string {
  try {
    return execFileSync(process.execPath, args, { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    assert.fail(`${args.join(' ')} failed:\n${stdout}\n${stderr}`);
  }
}

describe('the framework types, against the packed package', () => {
  let app: PackedApp;
  before(() => {
    app = packedApp(['@types/react', 'vue', 'svelte'], ['react', 'vue', 'svelte']);
  });
  after(() => app?.remove());

  it('are checked with TypeScript 5.9 (vue-tsc.cjs hands it to vue-tsc)', () => {
    assert.match(versionSeenFrom(join(frameworksDir, 'package.json'), 'typescript'), /^5\.9\./);
    assert.match(versionSeenFrom(checker('svelte-check/package.json'), 'typescript'), /^5\.9\./);
  });

  it('type a React 19 TSX file: every tag, attribute, property and on<event> listener', () => {
    check([checker('typescript/bin/tsc'), '-p', join(app.dir, 'react', 'tsconfig.json')]);
  });

  it("type a Vue single-file component's template (GlobalComponents, strictTemplates)", () => {
    check([join(frameworksDir, 'vue-tsc.cjs'), '-p', join(app.dir, 'vue', 'tsconfig.json')]);
  });

  it('type a Svelte 5 component (SvelteHTMLElements)', () => {
    const output = check([
      checker('svelte-check/bin/svelte-check'),
      '--workspace',
      join(app.dir, 'svelte'),
      '--tsconfig',
      './tsconfig.json',
      '--output',
      'machine',
      '--fail-on-warnings',
    ]);
    assert.match(output, /COMPLETED \d+ FILES 0 ERRORS 0 WARNINGS/);
  });
});
