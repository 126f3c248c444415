/**
 * What each npm entry adds to a host's bundle: its sources and what they import statically,
 * minified, without the runtime every element shares (lit, zod), which a host's bundler loads
 * once for the whole page, without React (the host's own), and, for an element's entry, without
 * the other elements it embeds (each has its own entry, and its own budget). What an entry
 * imports lazily is left out too.
 */
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';

const sharedRuntime = ['lit', 'lit/*', '@lit/*', 'zod', 'zod/*', 'react', 'react/*'];

/** Every import that lands in another element's folder stays outside the bundle. */
function otherElementsExternal(own: string): Plugin {
  const elements = resolve('src/elements');
  return {
    name: 'other-elements-external',
    setup(build) {
      build.onResolve({ filter: /^\.{1,2}\// }, ({ path, resolveDir }) => {
        const target = resolve(resolveDir, path);
        if (!target.startsWith(`${elements}/`)) return undefined;
        const tag = target.slice(elements.length + 1).split('/')[0];
        return tag === own ? undefined : { path: target, external: true };
      });
    },
  };
}

/** `source` bundled and minified, its static imports only, as one piece of code. */
export async function npmEntryCode(source: string): Promise<Uint8Array> {
  const element = /^src\/elements\/([^/]+)\/define\.ts$/.exec(source)?.[1];
  const { outputFiles, metafile } = await build({
    entryPoints: [source],
    bundle: true,
    splitting: true,
    external: sharedRuntime,
    plugins: element ? [otherElementsExternal(element)] : [],
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
  visit(Object.keys(metafile.outputs).find((output) => metafile.outputs[output]!.entryPoint)!);
  const files = outputFiles.filter((file) =>
    [...loaded].some((output) => file.path.endsWith(output)),
  );
  return Buffer.concat(files.map((file) => file.contents));
}
