/** What `npm run build` put in dist/, read the way a package consumer would see it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface PackageJson {
  version: string;
  exports: Record<string, string | { types: string; default: string }>;
  sideEffects: string[];
  types: string;
  dependencies: Record<string, string>;
}

export const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;

export function requireBuild(): void {
  if (!existsSync('dist/index.js')) throw new Error('dist/ is missing: run `npm run build` first');
}

/** The npm entries: every top-level module in dist/ (shared code lives in dist/chunks/). */
export function npmEntries(): string[] {
  requireBuild();
  return readdirSync('dist').filter((file) => file.endsWith('.js'));
}

export const read = (file: string) => readFileSync(file, 'utf8');
