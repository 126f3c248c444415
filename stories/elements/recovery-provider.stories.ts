import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../../src/elements/backup-method-manager/define.js';
import '../../src/elements/recovery-provider/define.js';
import '../../src/elements/two-factor-reset/define.js';
import { fr } from '../support/fr.js';
import {
  clickOn,
  expect,
  field,
  getByRole,
  heading,
  press,
  text,
  typeInto,
  waitFor,
} from '../support/play.js';
import {
  clientFor,
  scenarioArgs,
  scenarioArgTypes,
  type ScenarioArgs,
} from '../support/scenario.js';

type Args = ScenarioArgs & {
  supportUrl: string;
  defaultCountry: string;
  siteName: string;
  french: boolean;
};

/**
 * `<recovery-provider>` gives every element inside it one client and one configuration: the
 * backend (`client`, or `api-base` for the HTTP client), `support-url`, `default-country`,
 * `site-name` and `strings`. An element's own settings win over it. Here it holds
 * `<two-factor-reset>` and `<backup-method-manager>`, which set nothing themselves.
 */
const meta: Meta<Args> = {
  title: 'Elements/recovery-provider',
  component: 'recovery-provider',
  args: {
    ...scenarioArgs,
    supportUrl: '#support',
    defaultCountry: 'GB',
    siteName: 'Example site',
    french: false,
  },
  argTypes: {
    ...scenarioArgTypes,
    french: {
      control: 'boolean',
      description: 'Give the provider part of a French locale as its `strings`.',
      table: { category: 'story' },
    },
  },
  render: ({ supportUrl, defaultCountry, siteName, french, ...scenario }) =>
    html`<recovery-provider
      .client=${clientFor(scenario)}
      .strings=${french ? fr : undefined}
      support-url=${ifDefined(supportUrl || undefined)}
      default-country=${ifDefined(defaultCountry || undefined)}
      site-name=${ifDefined(siteName || undefined)}
    >
      <two-factor-reset open></two-factor-reset>
      <backup-method-manager start="choose"></backup-method-manager>
    </recovery-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Both elements use the provider's client: each shows its first step. */
export const SharedClient: Story = {
  play: async ({ canvasElement }) => {
    await heading(canvasElement, 'Authenticate a different way');
    await waitFor(() => getByRole(canvasElement, 'radio', 'Phone number'));
  },
};

/** `support-url` from the provider: "Contact support" leads there. */
export const SupportUrl: Story = {
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Use backup method');
    await press(canvasElement, "I don't have access to the backup email/phone number");
    const link = await waitFor(() =>
      getByRole<HTMLAnchorElement>(canvasElement, 'link', /support/i),
    );
    expect(link.getAttribute('href')).to.equal('#support');
  },
};

/** `default-country` from the provider: a national number is read as a British one. */
export const DefaultCountry: Story = {
  args: { account: 'no-backup' },
  play: async ({ canvasElement }) => {
    clickOn(await waitFor(() => getByRole(canvasElement, 'radio', 'Phone number')));
    typeInto(await field(canvasElement, 'Phone number'), '07700 900999');
    await press(canvasElement, 'Send code');
    await text(canvasElement, 'Enter the 6-digit code sent to •••• 0999.');
  },
};

/** `strings` from the provider: French where the locale has words, English for the rest. */
export const Strings: Story = {
  args: { french: true },
  parameters: { ownLang: true },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Use backup method');
    await heading(canvasElement, 'Saisissez le code de vérification');
  },
};
