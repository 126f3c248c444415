/**
 * One Vite config, three jobs:
 * - `vite` (npm start): the demo host site in demo/, on the reference backend under /api/2fa;
 * - `vite build`: the npm entries in dist/, dependencies (lit, zod) left to the host's bundler;
 * - `vite build --mode cdn`: the drop-in folder dist/cdn/, everything inside, lazy chunks beside it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { demoLayout } from './demo/layout.js';
import { referenceBackend } from './demo/server/vite-plugin.js';
import { minifyTemplates } from './scripts/minify-templates.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};

/** `dist/<tag>.js` for every element folder that has a define.ts, beside the index. */
export function npmEntries(): Record<string, string> {
  const elements = existsSync('src/elements') ? readdirSync('src/elements') : [];
  return {
    index: 'src/index.ts',
    ...Object.fromEntries(
      elements
        .filter((tag) => existsSync(`src/elements/${tag}/define.ts`))
        .map((tag) => [tag, `src/elements/${tag}/define.ts`]),
    ),
    ...(existsSync('src/api/memory-client.ts') && { 'memory-client': 'src/api/memory-client.ts' }),
    ...(existsSync('src/react/index.ts') && { react: 'src/react/index.ts' }),
  };
}

// The host's own: dependencies, and the frameworks a wrapper module imports (react).
const dependency = new RegExp(
  `^(${[...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)].join('|')})(/|$)`,
);

/** A shipped locale's chunk: `locales/fr/shared-….js` in npm builds, `locales/fr-….js` in the drop-in. */
function chunkFileNames({ facadeModuleId }: { facadeModuleId: string | null }): string {
  const locale = facadeModuleId?.match(/src\/locales\/([\w-]+)\/([\w-]+)\.ts$/);
  if (!locale) return 'chunks/[name]-[hash].js';
  return locale[2] === 'index'
    ? `locales/${locale[1]}-[hash].js`
    : `locales/${locale[1]}/[name]-[hash].js`;
}

const library: UserConfig['build'] = {
  target: 'es2022',
  emptyOutDir: false,
  reportCompressedSize: false,
};

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') {
    return {
      root: 'demo',
      server: { host: 'localhost' },
      clearScreen: false,
      // The site name the demo pages show, so the authenticator app's issuer matches it.
      plugins: [
        referenceBackend({ site: { redirectUrl: '/account.html', name: 'Demo site' } }),
        demoLayout(),
      ],
    };
  }
  if (mode === 'cdn') {
    return {
      plugins: [minifyTemplates()],
      // A language's words as one chunk: the drop-in has every element, so it wants all tables.
      resolve: {
        alias: [
          {
            find: /^(\.\.\/)+locales\/shipped\.js$/,
            replacement: fileURLToPath(new URL('src/locales/shipped.cdn.ts', import.meta.url)),
          },
        ],
      },
      build: {
        ...library,
        outDir: 'dist/cdn',
        minify: true,
        lib: { entry: { 'two-factor-recovery': 'src/drop-in.ts' }, formats: ['es'] },
        rolldownOptions: {
          // The lazy validation chunk imports what it shares with the main file from it.
          preserveEntrySignatures: 'allow-extension',
          output: {
            // Library mode keeps whitespace for the host's bundler; the drop-in is the final file.
            minify: true,
            // Licences stay; the minifier's annotations are of no use to anyone past it.
            comments: { legal: true, annotation: false, jsdoc: false },
            chunkFileNames,
            // Fetched only when needed (a phone number typed, a QR code shown, the first call to
            // the backend: its checks, zod and the schemas, and the steps an answer shows);
            // named for the bench.
            codeSplitting: {
              groups: [
                {
                  name: 'validation',
                  test: /node_modules[\/]zod[\/]|src[\/]api[\/](contract|validation|http-transport)\.ts/,
                  // What these import from the rest (RecoveryError, …) stays in the main file.
                  includeDependenciesRecursively: false,
                },
                {
                  // The shared steps shown only after an answer, loaded with the first call.
                  name: 'answer-steps',
                  test: /src[\/]core[\/](answer-steps\.ts|web-otp\.ts|code-entry[\/]|recovery-key[\/]|step-up[\/])/,
                  includeDependenciesRecursively: false,
                },
                { name: 'phone-numbers', test: /libphonenumber-js|phone-numbers/ },
                { name: 'qr-code', test: /lean-qr|authenticator-setup[\/]qr-code/ },
              ],
            },
          },
        },
      },
    };
  }
  return {
    plugins: [minifyTemplates()],
    build: {
      ...library,
      outDir: 'dist',
      minify: false,
      sourcemap: true,
      lib: { entry: npmEntries(), formats: ['es'] },
      rolldownOptions: {
        external: (id) => dependency.test(id),
        // The wrappers' "use client" stays on dist/react.js, its entry chunk (a test checks it).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.id?.endsWith('react/index.ts'))
            return;
          warn(warning);
        },
        output: { chunkFileNames },
      },
    },
  };
});
