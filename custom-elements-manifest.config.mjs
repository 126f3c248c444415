// custom-elements.json, from the classes' JSDoc: the API docs of Storybook and of editors.
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
  outdir: 'dist',
  litelement: true,
  plugins: [themeProperties],
};
