import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components';
import manifest from '../dist/custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Every story must pass axe: a violation fails it, in Storybook as in the tests.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
