import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../dist/custom-elements.json';
// The shared steps (`tfr-*`) are not public API, so not in the package's manifest: their
// stories read their docs from the one `npm run manifest` writes beside it, never shipped.
import sharedSteps from '../node_modules/.cache/two-factor-recovery/shared-steps.json';

setCustomElementsManifest({ ...manifest, modules: [...manifest.modules, ...sharedSteps.modules] });

/** The shipped languages, for the toolbar: a story in any of them, Arabic right to left. */
const locales = [
  { value: 'en', title: 'English' },
  { value: 'fr', title: 'Français' },
  { value: 'fr-CA', title: 'Français (Canada)' },
  { value: 'de', title: 'Deutsch' },
  { value: 'es', title: 'Español' },
  { value: 'ar', title: 'العربية', right: 'right to left' },
];

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'The language the elements speak (their lang)',
      toolbar: { icon: 'globe', title: 'Language', items: locales, dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en' },
  // The story plays in English (plays find controls by their English names), then its wrapper
  // takes the toolbar's language, as a host page would change lang: the elements follow it live.
  decorators: [(story) => html`<div data-story-locale lang="en">${story()}</div>`],
  afterEach: ({ canvasElement, globals }) => {
    const lang = (globals.locale as string | undefined) ?? 'en';
    const wrapper = canvasElement.querySelector<HTMLElement>('[data-story-locale]');
    if (!wrapper) return;
    wrapper.lang = lang;
    wrapper.dir = lang === 'ar' ? 'rtl' : 'ltr';
  },
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
