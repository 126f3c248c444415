/**
 * Where the drop-in's bytes come from: the CDN build made again in memory with a source map
 * (the published file has none), every minified byte charged to the source its mapping names,
 * summed per package (`node_modules/<name>`) and per source folder (`src/core`, …).
 */
import { relative, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

export interface Weight {
  /** `node_modules/zod`, `src/core`, `src/elements/two-factor-reset`, or `(unmapped)`. */
  group: string;
  bytes: number;
}

/** The drop-in's entry file, as `vite build --mode cdn` makes it, with its source map. */
export async function buildDropInWithSourceMap(): Promise<Rolldown.OutputChunk> {
  const result = await build({
    mode: 'cdn',
    logLevel: 'silent',
    build: { sourcemap: 'hidden', write: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const entry = outputs
    .flatMap((output) => output.output)
    .find((file): file is Rolldown.OutputChunk => file.type === 'chunk' && file.isEntry);
  if (!entry?.map) throw new Error('the drop-in was built without a source map');
  return entry;
}

/** The group a source belongs to: its package, or its folder under src/ (elements one by one). */
export function groupOf(source: string, from = 'dist/cdn'): string {
  const path = relative(process.cwd(), resolve(from, source)).replaceAll('\\', '/');
  const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return `node_modules/${pkg[1]}`;
  const parts = path.split('/');
  if (parts[0] !== 'src') return path;
  if (
    parts[1] === 'elements' ||
    (parts[1] === 'core' && parts.length > 3 && parts[2] === 'strings')
  )
    return parts.slice(0, 3).join('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : 'src';
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line's segments of a v3 source map: `[generatedColumn, sourceIndex?]` each. */
function* segments(line: string, state: { source: number }): Generator<[number, number]> {
  let column = 0;
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = base64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += fields[0]!;
    if (fields.length > 1) state.source += fields[1]!;
    yield [column, fields.length > 1 ? state.source : -1];
  }
}

/**
 * Charges each byte of `code` to the source of the mapping segment it falls in, up to the next
 * segment, across lines (UTF-8 bytes; columns count UTF-16 units); sums per group, largest first.
 */
export function weightBySource(
  code: string,
  map: { sources: string[]; mappings: string },
): Weight[] {
  const totals = new Map<string, number>();
  const add = (group: string, text: string) =>
    totals.set(group, (totals.get(group) ?? 0) + Buffer.byteLength(text));
  const lines = code.split('\n');
  const mapped = map.mappings.split(';');
  const state = { source: 0 };
  // A line without mappings continues the last segment before it (a multi-line template literal).
  let owner = '(unmapped)';
  lines.forEach((text, index) => {
    let from = 0;
    for (const [column, source] of segments(mapped[index] ?? '', state)) {
      add(owner, text.slice(from, column));
      from = column;
      owner = source >= 0 ? groupOf(map.sources[source]!) : '(unmapped)';
    }
    add(owner, text.slice(from) + (index < lines.length - 1 ? '\n' : ''));
  });
  return [...totals]
    .filter(([, bytes]) => bytes > 0)
    .map(([group, bytes]) => ({ group, bytes }))
    .sort((a, b) => b.bytes - a.bytes);
}
