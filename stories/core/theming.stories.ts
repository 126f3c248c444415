import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
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
  args: { ...scenarioArgs, style: '', lang: '' },
  argTypes: {
    style: {
      control: 'text',
      description: 'Inline style of the wrapper: set any --tfr-* custom property.',
    },
    lang: {
      control: 'select',
      options: ['', 'en', 'fr'],
      description: "The wrapper's lang; none: the page's (the toolbar's language)",
    },
  },
  render: ({ style, lang, ...scenario }) =>
    html`<div style=${style} lang=${ifDefined(lang || undefined)}>
      <story-code-entry .client=${clientFor(scenario)}></story-code-entry>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Where the browser is not set as a story needs (Storybook in a plain browser; the tests emulate
 * the media feature), a line saying so and how to see the real thing.
 */
const unless = (query: string, note: string) =>
  matchMedia(query).matches ? nothing : html`<p><small>${note}</small></p>`;
const devTools = 'Chrome DevTools: Rendering, "Emulate CSS media feature"';

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

/**
 * Dark because the reader's system is (`prefers-color-scheme: dark`, emulated in the tests). In a
 * browser set to light, the story stands in with `--tfr-color-scheme: dark`, the same colours.
 */
export const SystemDark: Story = {
  parameters: { emulate: [{ name: 'prefers-color-scheme', value: 'dark' }] },
  render: (args) => {
    const system = matchMedia('(prefers-color-scheme: dark)').matches;
    return html`${unless(
      '(prefers-color-scheme: dark)',
      `This browser prefers light: shown with --tfr-color-scheme: dark instead (or set ${devTools} to dark).`,
    )}
    ${meta.render!(
      {
        ...args,
        style: system ? '' : '--tfr-color-scheme: dark; background: #010409; padding: 1rem',
      },
      {} as never,
    )}`;
  },
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
  parameters: { ownLang: true },
  play: async ({ canvasElement }) => {
    await waitFor(() => getByRole(canvasElement, 'heading', 'Saisissez le code de vérification'));
    getByRole(canvasElement, 'textbox', 'Code de vérification');
  },
};

/**
 * Forced colours (Windows High Contrast, emulated in the tests): system colours, every edge still
 * drawn. In a browser without them, the usual look, and the styles that forced colours would use.
 */
export const ForcedColours: Story = {
  parameters: { emulate: [{ name: 'forced-colors', value: 'active' }] },
  render: (args) =>
    html`${unless(
      '(forced-colors: active)',
      `Forced colours are off in this browser: turn on a Windows contrast theme, or set ${devTools} to forced-colors: active.`,
    )}
    ${meta.render!(args, {} as never)}`,
  play: async ({ canvasElement }) => {
    const button = await verifyButton(canvasElement);
    if (matchMedia('(forced-colors: active)').matches) {
      const look = getComputedStyle(button);
      expect(look.borderTopStyle).to.equal('solid');
      expect(parseFloat(look.borderTopWidth)).to.be.at.least(1);
      return;
    }
    // Not in force here: the element's styles still hold the look for when they are.
    const sheets = (button.getRootNode() as ShadowRoot).adoptedStyleSheets;
    const forced = sheets.flatMap((sheet) =>
      [...sheet.cssRules].filter(
        (rule) => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'),
      ),
    );
    expect(forced).to.have.length.above(0);
  },
};

/**
 * Reduced motion (emulated in the tests): the busy indicator stands still. In a browser that does
 * not ask for it, the indicator turns, as it should there.
 */
export const ReducedMotion: Story = {
  parameters: { emulate: [{ name: 'prefers-reduced-motion', value: 'reduce' }] },
  render: (args) =>
    html`${unless(
      '(prefers-reduced-motion: reduce)',
      `This browser does not ask for reduced motion, so the indicator turns: turn on reduced motion in the system, or set ${devTools} to prefers-reduced-motion: reduce.`,
    )}
    ${meta.render!(args, {} as never)}`,
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
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const animation = (await style(canvasElement, '::after')).animationName;
    if (still) expect(animation).to.equal('none');
    else expect(animation).not.to.equal('none');
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
