import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../../src/elements/account-protection/define.js';
import '../../src/elements/recovery-provider/define.js';
import {
  getByRole,
  heading,
  press,
  text,
  statusStories,
  verifyItsYou,
  waitFor,
} from '../support/play.js';
import {
  clientFor,
  scenarioArgs,
  scenarioArgTypes,
  type ScenarioArgs,
} from '../support/scenario.js';

type Args = ScenarioArgs & { setupUrl?: string };

/**
 * `<account-protection>`: the "Protect your account" page, composed of the backup-method
 * manager, the recovery-key panel and the authenticator set-up. On the memory client, inside a
 * provider naming the site and the country for national phone numbers.
 */
const meta: Meta<Args> = {
  title: 'Elements/account-protection',
  component: 'account-protection',
  args: scenarioArgs,
  argTypes: {
    ...scenarioArgTypes,
    setupUrl: {
      control: 'text',
      description: 'A page of your own to set the authenticator up on.',
    },
  },
  render: ({ setupUrl, ...scenario }) =>
    html`<recovery-provider site-name="Example" default-country="GB" .client=${clientFor(scenario)}>
      <account-protection setup-url=${ifDefined(setupUrl)}></account-protection>
    </recovery-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

const overview = (canvas: HTMLElement) =>
  waitFor(() => getByRole(canvas, 'button', 'Replace 2FA device'));

/** Everything set up: the summary, no warning. */
export const Protected: Story = {
  play: async ({ canvasElement }) => void (await overview(canvasElement)),
};

/** No backup method and no recovery key: one warning, a checklist. */
export const Missing: Story = {
  args: { account: 'no-backup' },
  play: ({ canvasElement }) => text(canvasElement, 'Finish protecting your account:'),
};

/** Loading the status. */
export const Loading: Story = { ...statusStories.loading };

/** The status does not load: the error, and "Try again". */
export const StatusError: Story = { ...statusStories.statusError };

/** The status does not load: "Try again". */
export const StatusFails: Story = {
  args: { faults: { getStatus: { code: 'server', times: 1 } } },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Try again');
    await overview(canvasElement);
  },
};

/** "Replace 2FA device": the set-up asks first. */
export const Replace: Story = {
  play: async ({ canvasElement }) => {
    await overview(canvasElement);
    await press(canvasElement, 'Replace 2FA device');
    await heading(canvasElement, 'Set up a new authenticator app?');
  },
};

/** Scanning the new app's QR code, with "Cancel" back to the overview. */
export const Scan: Story = {
  play: async ({ canvasElement }) => {
    await overview(canvasElement);
    await press(canvasElement, 'Replace 2FA device');
    await press(canvasElement, 'Continue');
    await heading(canvasElement, 'Set up your authenticator app');
    await waitFor(() => getByRole(canvasElement, 'button', 'Cancel'));
  },
};

/** With `setup-url`: "Replace 2FA device" is a link to the host's own set-up page. */
export const SetupUrl: Story = {
  args: { setupUrl: '#setup' },
  play: async ({ canvasElement }) =>
    void (await waitFor(() => getByRole(canvasElement, 'link', 'Replace 2FA device'))),
};

/** An embedded element asks the user to verify it's them, in place. */
export const StepUp: Story = {
  args: { account: 'step-up' },
  play: async ({ canvasElement }) => {
    await overview(canvasElement);
    await press(canvasElement, 'Generate a new recovery key');
    await press(canvasElement, 'Replace recovery key');
    await verifyItsYou(canvasElement);
    await heading(canvasElement, 'Your new recovery key');
  },
};
