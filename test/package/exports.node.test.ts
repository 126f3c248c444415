import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { npmEntries, pkg, read } from './dist.js';

/** `*` within a folder, `**` across folders: the two forms package.json's sideEffects uses. */
const globToRegExp = (glob: string) =>
  new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*/g, '\0')
      .replace(/\*/g, '[^/]*')
      .replace(/\0/g, '.*')}$`,
  );

/** Every JavaScript file in dist/, as a path from the package root. */
const builtFiles = (dir = 'dist'): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? builtFiles(`${dir}/${entry.name}`)
      : entry.name.endsWith('.js')
        ? [`${dir}/${entry.name}`]
        : [],
  );

/** The chunks `file` imports statically, and theirs. */
function staticChunksOf(file: string, seen = new Set<string>()): string[] {
  for (const [, path] of read(file).matchAll(
    /(?:^|[;\s])import\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  )) {
    const chunk = `${file.slice(0, file.lastIndexOf('/'))}/${path!.replace(/^\.\//, '')}`.replace(
      /[^/]+\/\.\.\//g,
      '',
    );
    if (!seen.has(chunk)) {
      seen.add(chunk);
      staticChunksOf(chunk, seen);
    }
  }
  return [...seen];
}

const exportOf = (entry: string) =>
  entry === 'index.js' ? '.' : `./${entry.replace(/\.js$/, '')}`;

describe('the built package', () => {
  it('exports every npm entry, with its types', () => {
    for (const entry of npmEntries()) {
      const target = pkg.exports[exportOf(entry)];
      assert.ok(
        target && typeof target === 'object',
        `package.json exports has no "${exportOf(entry)}"`,
      );
      assert.equal(target.default, `./dist/${entry}`);
      assert.ok(existsSync(target.types), `${target.types} is missing`);
    }
    assert.ok(existsSync(pkg.types), `${pkg.types} is missing`);
  });

  it('has every file its exports name', () => {
    for (const [name, target] of Object.entries(pkg.exports)) {
      if (name.includes('*')) continue;
      for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
        assert.ok(existsSync(file), `exports "${name}" names ${file}, which is missing`);
      }
    }
    assert.ok(existsSync('dist/openapi.json'));
  });

  it('names in sideEffects every element entry and every built file that defines an element', () => {
    const covered = (file: string) =>
      pkg.sideEffects.some((pattern) => globToRegExp(pattern).test(`./${file}`));
    const elementEntries = npmEntries().filter((entry) =>
      existsSync(`src/elements/${entry.replace(/\.js$/, '')}`),
    );
    assert.ok(elementEntries.length > 0);
    for (const entry of ['index.js', ...elementEntries])
      assert.ok(covered(`dist/${entry}`), `sideEffects lacks dist/${entry}`);
    const defining = builtFiles().filter((file) => read(file).includes('customElements.define('));
    assert.ok(defining.length > 0);
    for (const file of defining)
      assert.ok(covered(file), `${file} defines an element but sideEffects does not name it`);
  });

  it('defines every public element from the index, and names every source module that imports a definition', () => {
    // Through static imports only: what a bundler keeps of `import 'two-factor-recovery'`.
    const reached = ['dist/index.js', ...staticChunksOf('dist/index.js')].map(read).join('\n');
    for (const tag of npmEntries()
      .map((entry) => entry.replace(/\.js$/, ''))
      .filter((tag) => existsSync(`src/elements/${tag}/define.ts`)))
      assert.ok(
        reached.includes(`customElements.define("${tag}"`),
        `the index does not define <${tag}>`,
      );
    // A module a bundler thinks pure drops its side-effect imports (the definitions) with it.
    for (const source of ['src/index.ts', 'src/drop-in.ts'])
      assert.ok(
        pkg.sideEffects.some((pattern) => globToRegExp(pattern).test(`./${source}`)),
        `sideEffects lacks ${source}`,
      );
  });

  it("leaves the dependencies to the host's bundler in the npm entries", () => {
    const deps = Object.keys(pkg.dependencies).join('|');
    const chunks = existsSync('dist/chunks')
      ? readdirSync('dist/chunks').map((f) => `chunks/${f}`)
      : [];
    const files = [...npmEntries(), ...chunks];
    const code = files
      .filter((f) => f.endsWith('.js'))
      .map((f) => read(`dist/${f}`))
      .join('\n');
    assert.match(
      code,
      new RegExp(`from ['"](${deps})[/'"]`),
      'the npm entries should import their dependencies',
    );
    assert.doesNotMatch(code, /node_modules/);
  });

  it('keeps otplib out of everything but the memory client', () => {
    const importsOtplib = (file: string) =>
      /from\s*["']otplib["']/.test(read(file)) || read(file).includes('Token must be');
    const dropIn = builtFiles('dist/cdn');
    assert.deepEqual(dropIn.filter(importsOtplib), []);
    const elementEntries = npmEntries().filter((entry) => entry !== 'memory-client.js');
    for (const entry of elementEntries) {
      const reached = [`dist/${entry}`, ...staticChunksOf(`dist/${entry}`)];
      assert.deepEqual(reached.filter(importsOtplib), [], `${entry} reaches otplib`);
    }
    assert.ok(
      importsOtplib('dist/memory-client.js') ||
        staticChunksOf('dist/memory-client.js').some(importsOtplib),
    );
  });

  it('puts everything inside the drop-in, which imports only its own chunks', () => {
    const dropIn = read('dist/cdn/two-factor-recovery.js');
    const specifiers = [...dropIn.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)].map(
      (m) => m[1]!,
    );
    for (const specifier of specifiers)
      assert.match(specifier, /^\.\/chunks\//, `the drop-in imports ${specifier}`);
    assert.match(dropIn, /\bexport\s*\{[^}]*\bcreateHttpClient\b/);
    assert.match(dropIn, /\bexport\s*\{[^}]*\bRecoveryError\b/);
  });
});
