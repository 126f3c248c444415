import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { registerLocale } from '../../src/core/strings/localize.js';
import { fr } from '../support/fr.js';
import { clickOn, clientOf, expect, getByRole, waitFor } from '../support/play.js';
import '../support/hosts.js';
import { clientFor, scenarioArgs, type ScenarioArgs } from '../support/scenario.js';

registerLocale('fr', fr);

type Args = ScenarioArgs & { style: string; lang: string };

/**
 * Theming: the `--tfr-*` custom properties (here on a wrapper), light and dark, forced colours,
 * reduced motion, 200% zoom, and a second language. The code-entry step stands for them all.
 */
const meta: Meta<Args> = {
  title: 'Theming',
  args: { ...scenarioArgs, style: '', lang: 'en' },
  argTypes: {
    style: {
      control: 'text',
      description: 'Inline style of the wrapper: set any --tfr-* custom property.',
    },
    lang: { control: 'select', options: ['en', 'fr'] },
  },
  render: ({ style, lang, ...scenario }) =>
    html`<div style=${style} lang=${lang}>
      <story-code-entry .client=${clientFor(scenario)}></story-code-entry>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const verifyButton = (canvas: HTMLElement) =>
  waitFor(() => getByRole(canvas, 'button', /^(Verify|Vérifier)$/));
const style = async (canvas: HTMLElement, pseudo?: string) =>
  getComputedStyle(await verifyButton(canvas), pseudo);

/** Dark, chosen by the page with `--tfr-color-scheme: dark`. */
export const Dark: Story = {
  args: { style: '--tfr-color-scheme: dark; background: #010409; padding: 1rem' },
  play: async ({ canvasElement }) => {
    expect((await style(canvasElement)).backgroundColor).to.equal('rgb(110, 168, 254)');
  },
};

/** Dark because the reader's system is (`prefers-color-scheme: dark`, emulated in the tests). */
export const SystemDark: Story = {
  parameters: { emulate: [{ name: 'prefers-color-scheme', value: 'dark' }] },
  play: async ({ canvasElement }) => {
    expect((await style(canvasElement)).backgroundColor).to.equal('rgb(110, 168, 254)');
  },
};

/** A host's own look: colour, corners and font from `--tfr-*`. */
export const CustomTokens: Story = {
  args: {
    style:
      '--tfr-color-primary: light-dark(#5a2d9c, #c9a7ff); --tfr-color-on-primary: light-dark(#ffffff, #1b0f2e); --tfr-color-focus: light-dark(#5a2d9c, #c9a7ff); --tfr-radius: 0; --tfr-font-family: Georgia, serif',
  },
  play: async ({ canvasElement }) => {
    const button = await style(canvasElement);
    // The light or the dark colour of the pair, as the scheme in force picks.
    expect(['rgb(90, 45, 156)', 'rgb(201, 167, 255)']).to.include(button.backgroundColor);
    expect(button.borderTopLeftRadius).to.equal('0px');
    expect(button.fontFamily).to.contain('Georgia');
  },
};

/** French, from a locale registered with `registerLocale('fr', …)` and `lang="fr"`; the rest falls back to English. */
export const SecondLanguage: Story = {
  args: { lang: 'fr' },
  play: async ({ canvasElement }) => {
    await waitFor(() => getByRole(canvasElement, 'heading', 'Saisissez le code de vérification'));
    getByRole(canvasElement, 'textbox', 'Code de vérification');
  },
};

/** Forced colours (Windows High Contrast, emulated in the tests): system colours, every edge still drawn. */
export const ForcedColours: Story = {
  parameters: { emulate: [{ name: 'forced-colors', value: 'active' }] },
  play: async ({ canvasElement }) => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const button = await style(canvasElement);
    expect(button.borderTopStyle).to.equal('solid');
    expect(parseFloat(button.borderTopWidth)).to.be.at.least(1);
  },
};

/** Reduced motion (emulated in the tests): the busy indicator stands still. */
export const ReducedMotion: Story = {
  parameters: { emulate: [{ name: 'prefers-reduced-motion', value: 'reduce' }] },
  play: async ({ canvasElement }) => {
    await verifyButton(canvasElement);
    clientOf(canvasElement).setLatency(60_000);
    const field = getByRole<HTMLInputElement>(canvasElement, 'textbox', 'Verification code');
    field.value = '123456';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    clickOn(await verifyButton(canvasElement));
    await waitFor(async () =>
      expect((await style(canvasElement, '::after')).content).not.to.equal('none'),
    );
    expect((await style(canvasElement, '::after')).animationName).to.equal('none');
  },
};

/** At 200% zoom in a 320px column: everything reflows, nothing scrolls sideways. */
export const Zoom200: Story = {
  args: { style: 'zoom: 2; width: 320px' },
  parameters: { ownWidth: true },
  play: async ({ canvasElement }) => {
    const card = (await verifyButton(canvasElement)).closest('section')!;
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
  },
};
