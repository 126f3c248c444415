/**
 * What each npm entry adds to a host's bundle: the built file (dist/<entry>.js) and the chunks
 * it imports statically, minified, without the runtime every element shares (lit, zod), which a
 * host's bundler loads once for the whole page, and without React (the host's own). An
 * element's entry is measured besides the elements it embeds: whatever their entries load
 * statically, which has budgets of its own, is left out. What an entry
 * imports lazily is left out too.
 */
import { existsSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';

const sharedRuntime = ['lit', 'lit/*', '@lit/*', 'zod', 'zod/*', 'react', 'react/*'];

/** The files of dist/ that `entry` loads statically, itself included. */
async function staticInputs(entry: string): Promise<{ files: Set<string>; metafile: Metafile }> {
  const { metafile } = await build({
    entryPoints: [`dist/${entry}`],
    bundle: true,
    external: sharedRuntime,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'bench-out',
    logLevel: 'silent',
  });
  const files = new Set<string>();
  const visit = (input: string) => {
    if (files.has(input) || !metafile.inputs[input]) return;
    files.add(input);
    for (const { path, kind } of metafile.inputs[input].imports)
      if (kind === 'import-statement') visit(path);
  };
  visit(`dist/${entry}`);
  return { files, metafile };
}

/** Imports of `files` stay outside the bundle. */
function leaveOut(files: Set<string>): Plugin {
  return {
    name: 'leave-out',
    setup(build) {
      build.onResolve({ filter: /^\.{1,2}\/.*\.js$/ }, ({ path, resolveDir }) => {
        const target = resolve(resolveDir, path);
        return files.has(relative(process.cwd(), target).replaceAll('\\', '/'))
          ? { path: target, external: true }
          : undefined;
      });
    },
  };
}

/**
 * dist/`entry`, bundled and minified, its static imports only, as one piece of code; with
 * `besidesEmbedded`, without what the other entries it imports load.
 */
export async function npmEntryCode(
  entry: string,
  { besidesEmbedded = false } = {},
): Promise<Uint8Array> {
  const excluded = new Set<string>();
  if (besidesEmbedded) {
    // An element entry is a facade over its definition's chunk: another element's entry is
    // embedded when what that facade imports is all loaded by this entry too.
    const { files } = await staticInputs(entry);
    const others = readdirSync('dist').filter(
      (file) => file !== entry && existsSync(`src/elements/${file.replace(/\.js$/, '')}/define.ts`),
    );
    for (const other of others) {
      const { files: theirs, metafile } = await staticInputs(other);
      const facade = metafile.inputs[`dist/${other}`]!.imports.map(({ path }) => path);
      if (facade.length > 0 && facade.every((path) => files.has(path)))
        for (const input of theirs) excluded.add(input);
    }
  }
  const { outputFiles, metafile } = await build({
    entryPoints: [`dist/${entry}`],
    bundle: true,
    splitting: true,
    external: sharedRuntime,
    plugins: [leaveOut(excluded)],
    minify: true,
    format: 'esm',
    target: 'es2022',
    outdir: 'bench-out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const loaded = new Set<string>();
  const visit = (output: string) => {
    if (loaded.has(output)) return;
    loaded.add(output);
    for (const { path, kind } of metafile.outputs[output]!.imports) {
      if (kind === 'import-statement' && metafile.outputs[path]) visit(path);
    }
  };
  // Its lazy chunks are entry points too: the entry is the output made from dist/<entry>.
  visit(
    Object.keys(metafile.outputs).find(
      (output) => metafile.outputs[output]!.entryPoint === `dist/${entry}`,
    )!,
  );
  const files = outputFiles.filter((file) =>
    [...loaded].some((output) => file.path.endsWith(output)),
  );
  return Buffer.concat(files.map((file) => file.contents));
}
