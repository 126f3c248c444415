import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../../src/elements/two-factor-admin-reset/define.js';
import { field, getByRole, heading, press, text, typeInto, waitFor } from '../support/play.js';
import {
  clientFor,
  scenarioArgs,
  scenarioArgTypes,
  type ScenarioArgs,
} from '../support/scenario.js';

type Args = ScenarioArgs & { signedInAs: string; userId?: string };

/**
 * `<two-factor-admin-reset>`: support staff or an account admin looks a user up and resets
 * their 2FA with a reason. On the memory client, signed in as an admin (grace@example.com)
 * unless `signedInAs` says otherwise; the demo's users are ada@, grace@ and alan@example.com.
 */
const meta: Meta<Args> = {
  title: 'Elements/two-factor-admin-reset',
  component: 'two-factor-admin-reset',
  args: { ...scenarioArgs, signedInAs: 'grace@example.com' },
  argTypes: {
    ...scenarioArgTypes,
    signedInAs: {
      control: 'select',
      options: ['grace@example.com', 'ada@example.com'],
      description: 'Who uses the element: grace@example.com is an admin, ada@example.com is not.',
      table: { category: 'story' },
    },
    userId: { control: 'text', description: 'The `user-id` attribute: look this user up at once.' },
  },
  render: ({ signedInAs, userId, ...scenario }) =>
    html`<two-factor-admin-reset
      .client=${clientFor(scenario).as(signedInAs)}
      user-id=${ifDefined(userId)}
    ></two-factor-admin-reset>`,
};
export default meta;
type Story = StoryObj<Args>;

const lookUp = async (canvas: HTMLElement, userId: string) => {
  typeInto(await field(canvas, 'User ID'), userId);
  await press(canvas, 'Look up');
};
const giveReason = async (canvas: HTMLElement, reason: string) =>
  typeInto((await field(canvas, 'Reason')) as unknown as HTMLInputElement, reason);
/** "Reset 2FA" with a reason, then the dialog's "Reset 2FA". */
const resetWithReason = async (canvas: HTMLElement) => {
  await giveReason(canvas, 'Lost phone, identity checked by video call');
  await press(canvas, 'Reset 2FA');
  await waitFor(() => getByRole(canvas, 'dialog', 'Reset 2FA for Ada Lovelace?'));
};

/** The start: a user ID to look up. */
export const Lookup: Story = {};

/** "Look up" with nothing typed: the field says why, nothing is sent. */
export const UserIdRequired: Story = {
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Look up');
    await text(canvasElement, 'Enter a user ID.');
  },
};

/** Looking up the `user-id` it was given. */
export const Loading: Story = {
  args: { userId: 'ada@example.com', latencyMs: 60_000 },
};

/** An unknown user ID: "No user with that ID" on the field. */
export const NotFound: Story = {
  args: { userId: 'nobody@example.com' },
  play: ({ canvasElement }) => text(canvasElement, 'No user with that ID'),
};

/** The user's 2FA method, backup method and recovery key, and the reason to give. */
export const Confirm: Story = {
  args: { userId: 'ada@example.com' },
  play: ({ canvasElement }) => heading(canvasElement, 'Ada Lovelace'),
};

/** A user with nothing set up. */
export const NothingSetUp: Story = {
  args: { userId: 'alan@example.com' },
  play: ({ canvasElement }) => heading(canvasElement, 'Alan Turing'),
};

/** "Reset 2FA" with no reason: the field says why, nothing is sent. */
export const ReasonRequired: Story = {
  args: { userId: 'ada@example.com' },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Reset 2FA');
    await text(canvasElement, 'Enter a reason for the reset.');
  },
};

/** The modal confirmation. */
export const ConfirmDialog: Story = {
  args: { userId: 'ada@example.com' },
  play: ({ canvasElement }) => resetWithReason(canvasElement),
};

/** Looked up, confirmed, reset: the user is told to set 2FA up again. */
export const Walkthrough: Story = {
  play: async ({ canvasElement }) => {
    await lookUp(canvasElement, 'ada@example.com');
    await resetWithReason(canvasElement);
    const dialog = await waitFor(() => getByRole(canvasElement, 'dialog'));
    await press(dialog, 'Reset 2FA');
    await heading(canvasElement, '2FA reset for Ada Lovelace');
  },
};

/** Signed in as someone who is not an admin: no user data, only that they may not. */
export const Forbidden: Story = {
  args: { signedInAs: 'ada@example.com', userId: 'ada@example.com' },
  play: ({ canvasElement }) => heading(canvasElement, "You can't reset 2FA"),
};

/** The lookup fails: a clear error with "Try again", the ID kept. */
export const LookupFails: Story = {
  args: { faults: { adminGetUser: { code: 'network', times: 1 } } },
  play: async ({ canvasElement }) => {
    await lookUp(canvasElement, 'ada@example.com');
    await text(canvasElement, "Can't reach the server. Check your connection and try again.");
    await press(canvasElement, 'Try again');
    await heading(canvasElement, 'Ada Lovelace');
  },
};

/** The reset fails: the dialog closes, the error shows under "Reset 2FA", "Try again". */
export const ResetFails: Story = {
  args: {
    userId: 'ada@example.com',
    faults: { adminResetTwoFactor: { code: 'server', times: 1 } },
  },
  play: async ({ canvasElement }) => {
    await resetWithReason(canvasElement);
    await press(await waitFor(() => getByRole(canvasElement, 'dialog')), 'Reset 2FA');
    await text(canvasElement, 'Something went wrong on the server. Try again.');
    await press(canvasElement, 'Try again');
    await heading(canvasElement, '2FA reset for Ada Lovelace');
  },
};
