// Lays out dist/ as a host serves it: the page, the drop-in folder copied whole, and the memory
// client in one file (a demonstration backend; a real site uses the drop-in's createHttpClient).
import { cpSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
cpSync('node_modules/two-factor-recovery/dist/cdn', 'dist/two-factor-recovery', {
  recursive: true,
});
for (const file of ['index.html', 'main.js']) cpSync(file, `dist/${file}`);
await build({
  entryPoints: ['two-factor-recovery/memory-client'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  outfile: 'dist/memory-client.js',
  logLevel: 'warning',
});
