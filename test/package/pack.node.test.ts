/**
 * What `npm publish` would ship: package.json, dist/, README, CHANGELOG and LICENSE (and the
 * files of a `bin` command, if the package has one), every file package.json names, under MIT.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { pkg, requireBuild } from './dist.js';

requireBuild();
const [{ files }] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }),
) as [{ files: { path: string }[] }];
const shipped = new Set(files.map((file) => file.path));
const manifest = pkg as unknown as Record<string, unknown> & {
  bin?: string | Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};
const plain = (path: string) => path.replace(/^\.\//, '');

describe('the npm package', () => {
  it('ships only package.json, dist/, README, CHANGELOG and LICENSE', () => {
    const bin =
      typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
    const allowed = new Set([
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      ...bin.map(plain),
    ]);
    const others = [...shipped].filter((path) => !path.startsWith('dist/') && !allowed.has(path));
    assert.deepEqual(others, []);
    for (const file of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'])
      assert.ok(shipped.has(file), `${file} is not shipped`);
  });

  it('ships every file its exports, types, module and manifests name', () => {
    const targets = Object.entries(manifest.exports).flatMap(([name, target]) =>
      (typeof target === 'string' ? [target] : Object.values(target)).map((file) => ({
        name,
        file,
      })),
    );
    for (const { name, file } of targets) {
      if (file.includes('*')) {
        const prefix = plain(file.slice(0, file.indexOf('*')));
        assert.ok(
          [...shipped].some((path) => path.startsWith(prefix)),
          `exports "${name}": nothing under ${prefix}`,
        );
      } else assert.ok(shipped.has(plain(file)), `exports "${name}": ${file} is not shipped`);
    }
    for (const field of ['types', 'module', 'customElements', 'web-types']) {
      const file = manifest[field];
      assert.equal(typeof file, 'string', `package.json has no "${field}"`);
      assert.ok(shipped.has(plain(file as string)), `"${field}": ${file} is not shipped`);
    }
  });

  it('is public, under the MIT licence of the two-factor-recovery contributors', () => {
    assert.equal(manifest.private, undefined);
    assert.equal(manifest.license, 'MIT');
    const licence = readFileSync('LICENSE', 'utf8');
    assert.match(licence, /^MIT License/);
    assert.match(licence, /Copyright \(c\) \d{4} two-factor-recovery contributors/);
  });

  it('takes the frameworks it has types for as optional peer dependencies', () => {
    for (const framework of ['react', '@types/react', 'vue', 'svelte']) {
      assert.ok(manifest.peerDependencies?.[framework], `no peer dependency on ${framework}`);
      assert.equal(manifest.peerDependenciesMeta?.[framework]?.optional, true, framework);
    }
  });
});
