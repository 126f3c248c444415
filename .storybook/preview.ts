import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components';
import manifest from '../dist/custom-elements.json';
// The shared steps (`tfr-*`) are not public API, so not in the package's manifest: their
// stories read their docs from the one `npm run manifest` writes beside it, never shipped.
import sharedSteps from '../node_modules/.cache/two-factor-recovery/shared-steps.json';

setCustomElementsManifest({ ...manifest, modules: [...manifest.modules, ...sharedSteps.modules] });

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Every story must pass axe: a violation fails it, in Storybook as in the tests.
    a11y: { test: 'error' },
    controls: { expanded: true },
    // What a newcomer needs first: what the kit is, then the elements; the parts and looks after.
    options: {
      storySort: { order: ['Introduction', 'Elements', 'Shared steps', 'Theming'] },
    },
  },
};
export default preview;
