import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../../src/elements/recovery-key-panel/define.js';
import '../../src/elements/recovery-provider/define.js';
import {
  clickOn,
  clientOf,
  field,
  getByRole,
  getByText,
  heading,
  press,
  statusStories,
  typeInto,
  verifyItsYou,
  waitFor,
} from '../support/play.js';
import {
  clientFor,
  scenarioArgs,
  scenarioArgTypes,
  type ScenarioArgs,
} from '../support/scenario.js';

type Args = ScenarioArgs & { mode: 'manage' | 'sign-in'; noWarning: boolean };

/**
 * `<recovery-key-panel>`: when the recovery key was made, a new one (shown once), or signing in
 * with one. On the memory client, inside a provider naming the site for the downloaded file.
 */
const meta: Meta<Args> = {
  title: 'Elements/recovery-key-panel',
  component: 'recovery-key-panel',
  args: { ...scenarioArgs, mode: 'manage', noWarning: false },
  argTypes: {
    ...scenarioArgTypes,
    mode: { control: 'select', options: ['manage', 'sign-in'] },
    noWarning: {
      control: 'boolean',
      description: 'A plain line instead of the banner, for a page that warns itself.',
    },
  },
  render: ({ mode, noWarning, ...scenario }) =>
    html`<recovery-provider site-name="Example" .client=${clientFor(scenario)}>
      <recovery-key-panel mode=${mode} ?no-warning=${noWarning}></recovery-key-panel>
    </recovery-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A key made earlier: when. */
export const Summary: Story = {
  play: async ({ canvasElement }) =>
    void (await waitFor(() => getByText(canvasElement, /^You created your recovery key on /))),
};

/** No key yet: why one matters. */
export const NoKeyYet: Story = {
  args: { account: 'no-backup' },
  play: ({ canvasElement }) => heading(canvasElement, 'No recovery key yet'),
};

/** Before replacing a key: the old one stops working. */
export const Confirm: Story = {
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Generate a new recovery key');
    await heading(canvasElement, 'Replace your recovery key?');
  },
};

/** The new key, shown once: noted down, then back to the summary. */
export const NewKeyWalkthrough: Story = {
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Generate a new recovery key');
    await press(canvasElement, 'Replace recovery key');
    await heading(canvasElement, 'Your new recovery key');
    clickOn(
      await waitFor(() => getByRole(canvasElement, 'checkbox', "I've noted down my recovery key")),
    );
    await press(canvasElement, 'Done');
    await waitFor(() => getByText(canvasElement, /^You created your recovery key on /));
  },
};

/** The first key: no confirmation needed. */
export const FirstKey: Story = {
  args: { account: 'no-backup' },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Generate a new recovery key');
    await heading(canvasElement, 'Your new recovery key');
  },
};

/** "Verify it's you" before a new key, where the backend asks. */
export const StepUp: Story = {
  args: { account: 'step-up' },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Generate a new recovery key');
    await press(canvasElement, 'Replace recovery key');
    await verifyItsYou(canvasElement);
    await heading(canvasElement, 'Your new recovery key');
  },
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
    await heading(canvasElement, 'Recovery key');
  },
};

/** Making the key fails: the error in the step, "Try again". */
export const GenerateFails: Story = {
  args: { faults: { generateRecoveryKey: { code: 'network', times: 1 } } },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Generate a new recovery key');
    await press(canvasElement, 'Replace recovery key');
    await waitFor(() =>
      getByText(canvasElement, "Can't reach the server. Check your connection and try again."),
    );
    await press(canvasElement, 'Try again');
    await heading(canvasElement, 'Your new recovery key');
  },
};

/** Signed out: sign in with a recovery key. */
export const SignIn: Story = { args: { mode: 'sign-in' } };

/** Signed in with a key. */
export const SignedIn: Story = {
  args: { mode: 'sign-in' },
  play: async ({ canvasElement }) => {
    const { recoveryKey } = await clientOf(canvasElement).generateRecoveryKey({});
    typeInto(await field(canvasElement, 'Recovery key'), recoveryKey);
    await press(canvasElement, 'Sign in with recovery key');
    await heading(canvasElement, "You're signed in");
  },
};

/** No key yet, on a page that warns itself (`no-warning`): a plain line. */
export const NoKeyWithoutWarning: Story = {
  args: { account: 'no-backup', noWarning: true },
  play: async ({ canvasElement }) =>
    void (await waitFor(() => getByText(canvasElement, "You don't have a recovery key yet."))),
};
