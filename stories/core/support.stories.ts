import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components';
import type { SupportReason } from '../../src/core/events.js';
import { expect, getByRole, getByText, queryByRole, waitFor } from '../support/play.js';
import '../support/hosts.js';
import { clientFor, scenarioArgs } from '../support/scenario.js';

type Args = { reason: SupportReason; supportUrl?: string };

/** What to do when the user cannot recover by themselves: "Contact support", or ask an admin. */
const meta: Meta<Args> = {
  title: 'Shared steps/Support guidance',
  args: { reason: 'no_backup_method', supportUrl: '#support' },
  argTypes: {
    reason: { control: 'select', options: ['no_backup_method', 'no_backup_access', 'locked_out'] },
    supportUrl: {
      control: 'text',
      description: 'Where "Contact support" leads; empty: ask an admin.',
    },
  },
  render: ({ reason, supportUrl }) =>
    html`<story-support
      .client=${clientFor(scenarioArgs)}
      reason=${reason}
      support-url=${ifDefined(supportUrl || undefined)}
    ></story-support>`,
};
export default meta;
type Story = StoryObj<Args>;

/** No backup method set up. */
export const NoBackupMethod: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => getByRole(canvasElement, 'heading', 'No backup method set up'));
    expect(
      getByRole<HTMLAnchorElement>(canvasElement, 'link', 'Contact support').getAttribute('href'),
    ).to.equal('#support');
  },
};

/** No access to the backup email or phone. */
export const NoBackupAccess: Story = {
  args: { reason: 'no_backup_access' },
  play: async ({ canvasElement }) => {
    await waitFor(() => getByText(canvasElement, /can't get to your backup email or phone/));
  },
};

/** Locked out after too many attempts. */
export const LockedOut: Story = { args: { reason: 'locked_out' } };

/** Without a support page: ask an admin. */
export const WithoutSupportPage: Story = {
  args: { supportUrl: '' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      getByText(canvasElement, 'Ask an admin user of your organisation to contact support.'),
    );
    expect(queryByRole(canvasElement, 'link')).to.equal(null);
  },
};
