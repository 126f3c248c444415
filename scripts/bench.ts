/**
 * `npm run bench`: the sizes a host pays, against the budgets in bench/budgets.json.
 * - the drop-in file and each of its lazy chunks, as built (minified, everything inside);
 * - each npm entry, minified with its own chunks and dependencies, except the runtime every
 *   element shares (lit, zod), which a host's bundler loads once for the whole page, and React.
 * - how soon each element shows its first state once defined (scripts/first-render.ts).
 * Fails when a size passes its budget, when something has no budget yet, or when an element's
 * first state waits for a frame.
 * `npm run bench -- --update` sets every budget to what it measured plus 10%.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { installHint } from '../test/browsers.js';
import { measureFirstRender } from './first-render.js';

interface Size {
  min: number;
  gzip: number;
  brotli: number;
}
type Budgets = Record<string, Partial<Size>>;

// React is the host's own, for two-factor-recovery/react.
const sharedRuntime = ['lit', 'lit/*', '@lit/*', 'zod', 'zod/*', 'react', 'react/*'];
const update = process.argv.includes('--update');
let budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as Budgets;

function sizeOf(code: Uint8Array): Size {
  return {
    min: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      .byteLength,
  };
}

/** An npm entry and what it imports statically, minified; what it imports lazily is left out. */
async function npmEntrySize(entry: string): Promise<Size> {
  const { outputFiles, metafile } = await build({
    entryPoints: [`dist/${entry}`],
    bundle: true,
    splitting: true,
    external: sharedRuntime,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outdir: 'bench-out',
    write: false,
    metafile: true,
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
  return sizeOf(Buffer.concat(files.map((file) => file.contents)));
}

const measured: [string, Size][] = [];
measured.push([
  'cdn/two-factor-recovery.js',
  sizeOf(readFileSync('dist/cdn/two-factor-recovery.js')),
]);
const chunkDir = 'dist/cdn/chunks';
for (const chunk of existsSync(chunkDir) ? readdirSync(chunkDir).sort() : []) {
  // Chunk names carry a content hash; the budget goes by the name before it.
  measured.push([
    `cdn/chunks/${chunk.replace(/-[\w-]{8}\.js$/, '.js')}`,
    sizeOf(readFileSync(`${chunkDir}/${chunk}`)),
  ]);
}
for (const entry of readdirSync('dist')
  .filter((file) => file.endsWith('.js'))
  .sort()) {
  measured.push([`npm/${entry}`, await npmEntrySize(entry)]);
}

if (update) {
  const updated = Object.fromEntries(
    measured.map(([name, size]) => [
      name,
      Object.fromEntries(Object.entries(size).map(([key, bytes]) => [key, Math.ceil(bytes * 1.1)])),
    ]),
  );
  writeFileSync('bench/budgets.json', `${JSON.stringify(updated, null, 2)}\n`);
  budgets = updated;
  console.log('bench/budgets.json: every budget set to what was measured plus 10%');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
const failures: string[] = [];
console.log(
  `${'what'.padEnd(40)}${'min'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}   gzip budget`,
);
for (const [name, size] of measured) {
  const budget = budgets[name];
  console.log(
    `${name.padEnd(40)}${kb(size.min)}${kb(size.gzip)}${kb(size.brotli)}   ${budget?.gzip ? kb(budget.gzip) : '     none'}`,
  );
  if (!budget)
    failures.push(`${name} has no budget in bench/budgets.json (measured ${JSON.stringify(size)})`);
  for (const key of ['min', 'gzip', 'brotli'] as const) {
    const limit = budget?.[key];
    if (limit !== undefined && size[key] > limit)
      failures.push(`${name}: ${key} ${size[key]} B is over its budget of ${limit} B`);
  }
}
for (const name of Object.keys(budgets)) {
  if (!measured.some(([measuredName]) => measuredName === name))
    console.warn(`note: ${name} has a budget but was not built`);
}

// Speed: each element's first state before the browser's next frame (DESIGN.md).
const renders = await measureFirstRender();
if (renders) {
  console.log(`\n${'first render, drop-in in Chromium (median of 7)'.padEnd(49)}ms   frames`);
  for (const [tag, { ms, frames }] of renders) {
    console.log(`${tag.padEnd(49)}${ms.toFixed(1).padStart(4)}${String(frames).padStart(9)}`);
    if (frames > 0)
      failures.push(`${tag}: its first state came ${frames} frame(s) after it was defined`);
  }
} else if (process.env.CI === 'true') {
  failures.push(`no Chromium to time the first render: ${installHint}`);
} else console.warn(`\nfirst render not timed: no Chromium (${installHint})`);

if (failures.length > 0) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('\nall sizes within budget; every element shows its first state within a frame');
