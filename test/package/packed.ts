/**
 * The package as an integrator installs it: `npm pack` into a temporary folder, unpacked into
 * its node_modules beside the package's dependencies and theirs (linked from this project's, flat
 * as npm installs them) and nothing else but the frameworks a test asks for, so a type of a dev
 * dependency that leaks, or a file the tarball lacks, fails there as it would in an app.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pkg, requireBuild } from './dist.js';

/** The type checkers' own folder: TypeScript 5.9, vue-tsc, svelte-check and the frameworks. */
export const frameworksDir = resolve('test/frameworks');
const fromFrameworks = createRequire(join(frameworksDir, 'package.json'));
const fromProject = createRequire(resolve('package.json'));

/** A package's folder, where the given require would look for it (whatever its exports allow). */
function packageDir(require: NodeRequire, name: string): string {
  const dir = (require.resolve.paths(name) ?? [])
    .map((nodeModules) => join(nodeModules, name))
    .find((candidate) => existsSync(join(candidate, 'package.json')));
  if (!dir) throw new Error(`${name} is not installed`);
  return dir;
}

export interface PackedApp {
  dir: string;
  remove(): void;
}

/** A temporary app with the packed package and `frameworks` installed, and `fixtures` copied in. */
export function packedApp(frameworks: string[], fixtures: string[]): PackedApp {
  requireBuild();
  const dir = mkdtempSync(join(tmpdir(), 'tfr-packed-'));
  try {
    const [{ filename }] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ) as [{ filename: string }];
    const installed = join(dir, 'node_modules', 'two-factor-recovery');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(dir, filename), '-C', installed, '--strip-components=1']);
    const link = (name: string, target: string) => {
      const at = join(dir, 'node_modules', name);
      mkdirSync(dirname(at), { recursive: true });
      symlinkSync(target, at, 'dir');
    };
    // The dependencies, and theirs, side by side as npm installs them.
    const linked = new Set<string>();
    const linkWithDependencies = (name: string, require: NodeRequire) => {
      if (linked.has(name)) return;
      linked.add(name);
      const target = packageDir(require, name);
      link(name, target);
      const manifest = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
      };
      const inner = createRequire(join(target, 'package.json'));
      for (const dependency of Object.keys(manifest.dependencies ?? {}))
        linkWithDependencies(dependency, inner);
    };
    for (const name of Object.keys(pkg.dependencies)) linkWithDependencies(name, fromProject);
    for (const name of frameworks) link(name, packageDir(fromFrameworks, name));
    for (const fixture of fixtures)
      cpSync(join(frameworksDir, fixture), join(dir, fixture), { recursive: true });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The path of a checker's file, from the checkers' folder. */
export const checker = (specifier: string) => fromFrameworks.resolve(specifier);

/** The version of `name` that `from` (a file inside a package) would load. */
export const versionSeenFrom = (from: string, name: string) =>
  (
    JSON.parse(
      readFileSync(join(packageDir(createRequire(from), name), 'package.json'), 'utf8'),
    ) as {
      version: string;
    }
  ).version;
