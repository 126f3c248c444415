/**
 * What loading locales by `lang` adds to the drop-in's file: the CDN build made again in
 * memory with the loader swapped for a stand-in that ships English alone, compared by size.
 */
import { fileURLToPath } from 'node:url';
import { build, type Rolldown, type UserConfigFnObject } from 'vite';
import config from '../../vite.config.js';

const standIn = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** The drop-in's entry file without the locale loader (and so without the shipped locales). */
export async function dropInWithoutLocaleLoader(): Promise<Uint8Array> {
  const cdn = (config as UserConfigFnObject)({ command: 'build', mode: 'cdn' });
  const result = await build({
    ...cdn,
    configFile: false,
    mode: 'cdn',
    logLevel: 'silent',
    build: { ...cdn.build, write: false },
    // In place of the drop-in's own aliases (its shipped locales).
    resolve: {
      alias: [
        { find: /^\.\/loader\.js$/, replacement: standIn('no-locale-loader.ts') },
        { find: /^(\.\.\/)+locales\/shipped\.js$/, replacement: standIn('no-shipped-locales.ts') },
      ],
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const entry = outputs
    .flatMap((output) => output.output)
    .find((file): file is Rolldown.OutputChunk => file.type === 'chunk' && file.isEntry);
  if (!entry) throw new Error('no drop-in entry built');
  return new TextEncoder().encode(entry.code);
}
