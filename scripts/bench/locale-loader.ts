/**
 * What loading locales by `lang` adds to the drop-in's file: the CDN build made again in
 * memory with the loader swapped for a stand-in that ships English alone, compared by size.
 */
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

/** The drop-in's entry file without the locale loader (and so without the shipped locales). */
export async function dropInWithoutLocaleLoader(): Promise<Uint8Array> {
  const result = await build({
    mode: 'cdn',
    logLevel: 'silent',
    build: { write: false },
    resolve: {
      alias: [
        {
          find: /^\.\/loader\.js$/,
          replacement: fileURLToPath(new URL('no-locale-loader.ts', import.meta.url)),
        },
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
