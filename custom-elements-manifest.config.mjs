// The analyzer's view of the sources, from the classes' JSDoc. scripts/manifest.ts (run after it
// by `npm run manifest`) keeps the public API of it for dist/custom-elements.json, and writes the
// framework types and the editors' data from that.
import { readFileSync } from 'node:fs';

const customProperties = JSON.parse(readFileSync('src/core/custom-properties.json', 'utf8'));

/** Every element takes every --tfr-* custom property: they are listed once, and added to each. */
const themeProperties = {
  name: 'two-factor-recovery:custom-properties',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.customElement || !declaration.tagName) continue;
        declaration.cssProperties = Object.entries(customProperties).map(([name, description]) => ({
          name,
          description,
        }));
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/reference/**'],
  outdir: 'node_modules/.cache/two-factor-recovery',
  packagejson: false, // package.json names the public manifest in dist/
  litelement: true,
  plugins: [themeProperties],
};
