import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../../src/elements/two-factor-reset/define.js';
import {
  clickOn,
  clientOf,
  expect,
  field,
  getByRole,
  getByText,
  heading,
  press,
  sentCode,
  typeInto,
  waitFor,
} from '../support/play.js';
import {
  clientFor,
  scenarioArgs,
  scenarioArgTypes,
  type ScenarioArgs,
} from '../support/scenario.js';

type Args = ScenarioArgs & { open: boolean; supportUrl: string };

/**
 * `<two-factor-reset>`, for the sign-in page: reset 2FA when the authenticator is lost, with a
 * code sent to the backup method, or sign in with a recovery key. On the memory client.
 */
const meta: Meta<Args> = {
  title: 'Elements/two-factor-reset',
  component: 'two-factor-reset',
  args: { ...scenarioArgs, open: false, supportUrl: '#support' },
  argTypes: {
    ...scenarioArgTypes,
    open: { control: 'boolean', description: 'Start at the choice of methods.' },
    supportUrl: {
      control: 'text',
      description: 'Where "Contact support" leads; empty: ask an admin.',
    },
  },
  render: ({ open, supportUrl, ...scenario }) =>
    html`<two-factor-reset
      .client=${clientFor(scenario)}
      ?open=${open}
      support-url=${ifDefined(supportUrl || undefined)}
    ></two-factor-reset>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Opens, chooses the backup method and enters the code sent to it. */
async function verified(canvas: HTMLElement) {
  await press(canvas, 'Use backup method');
  typeInto(await field(canvas, 'Verification code'), await sentCode(canvas));
  await press(canvas, 'Verify');
  await heading(canvas, "You're verified");
}

/** Under the 2FA prompt: only the way in. */
export const Closed: Story = {};

/** The ways to authenticate differently. */
export const Choose: Story = { args: { open: true } };

/** On a slow network: after a second, a screen reader hears "Sending a code…". */
export const SlowSend: Story = {
  args: { open: true, latencyMs: 4000 },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Use backup method');
    const element = canvasElement.querySelector('two-factor-reset')!;
    await waitFor(() => {
      const said = getByText(element.shadowRoot!, 'Sending a code…');
      expect(said.getAttribute('aria-live')).to.equal('polite');
    }, 2500);
  },
};

/** The code sent to the backup email. */
export const Code: Story = {
  args: { open: true },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Use backup method');
    await waitFor(() =>
      getByText(canvasElement, 'Enter the 6-digit code sent to a•••@example.net.'),
    );
  },
};

/** The whole happy path, as in the help article: code, remove the device, the set-up email. */
export const HappyPath: Story = {
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Authenticate a different way');
    await verified(canvasElement);
    await press(canvasElement, 'Remove the device and add new one');
    await heading(canvasElement, 'Device removed');
    await press(canvasElement, 'Send 2-factor authentication email');
    await heading(canvasElement, 'Check your email');
    await waitFor(() => getByText(canvasElement, /^We sent an email to a•••@example\.com\./));
  },
};

/** Verified: remove the device, or make a new recovery key. */
export const Verified: Story = {
  args: { open: true },
  play: ({ canvasElement }) => verified(canvasElement),
};

/** The device is gone: next, the set-up email. */
export const DeviceRemoved: Story = {
  args: { open: true },
  play: async ({ canvasElement }) => {
    await verified(canvasElement);
    await press(canvasElement, 'Remove the device and add new one');
    await heading(canvasElement, 'Device removed');
  },
};

/** The set-up email is on its way: "Check your email". */
export const EmailSent: Story = {
  args: { open: true },
  play: async ({ canvasElement }) => {
    await verified(canvasElement);
    await press(canvasElement, 'Remove the device and add new one');
    await press(canvasElement, 'Send 2-factor authentication email');
    await heading(canvasElement, 'Check your email');
  },
};

/** A new recovery key, shown once. */
export const NewKey: Story = {
  args: { open: true },
  play: async ({ canvasElement }) => {
    await verified(canvasElement);
    await press(canvasElement, 'Generate a new recovery key');
    await heading(canvasElement, 'Your new recovery key');
  },
};

/** Then signing in with it, and signed in. */
export const SignedInWithNewKey: Story = {
  args: { open: true },
  play: async ({ canvasElement }) => {
    await verified(canvasElement);
    await press(canvasElement, 'Generate a new recovery key');
    const key = (
      await waitFor(() => getByText(canvasElement, /^([2-9A-HJ-NP-Z]{4} ){5}[2-9A-HJ-NP-Z]{4}$/))
    ).textContent!;
    clickOn(
      await waitFor(() => getByRole(canvasElement, 'checkbox', "I've noted down my recovery key")),
    );
    await press(canvasElement, 'Done');
    await heading(canvasElement, 'Sign in with your new recovery key');
    typeInto(await field(canvasElement, 'Recovery key'), key);
    await press(canvasElement, 'Sign in with recovery key');
    await heading(canvasElement, "You're signed in");
  },
};

/** Signing in with a recovery key the user has. */
export const UseRecoveryKey: Story = {
  args: { open: true },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Use recovery key');
    await heading(canvasElement, 'Sign in with a recovery key');
  },
};

/** "No backup method set up": the admin must contact support. */
export const NoBackupMethod: Story = {
  args: { open: true, account: 'no-backup' },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Use backup method');
    await heading(canvasElement, 'No backup method set up');
    getByText(canvasElement, 'You have not set up a backup method for your account');
  },
};

/** "I don't have access to the backup email/phone number". */
export const NoAccess: Story = {
  args: { open: true },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Use backup method');
    await press(canvasElement, "I don't have access to the backup email/phone number");
    await heading(canvasElement, "Can't get to your backup method?");
  },
};

/** Without a support page: ask an admin. */
export const NoAccessWithoutSupportPage: Story = {
  args: { open: true, supportUrl: '' },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Use backup method');
    await press(canvasElement, "I don't have access to the backup email/phone number");
    await waitFor(() =>
      getByText(canvasElement, 'Ask an admin user of your organisation to contact support.'),
    );
  },
};

/** Too many attempts: wait, or contact support. */
export const Locked: Story = {
  args: {
    open: true,
    faults: { verifyBackupRecovery: { code: 'too_many_attempts', retryAfterSeconds: 900 } },
  },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Use backup method');
    typeInto(await field(canvasElement, 'Verification code'), '123456');
    await press(canvasElement, 'Verify');
    await heading(canvasElement, 'Too many attempts');
    getByText(canvasElement, 'Too many wrong attempts. Try again in 15 minutes.');
  },
};

/** Too many wrong codes for this one: "Start again" with a new code, or contact support. */
export const LockedStartAgain: Story = {
  args: { open: true, faults: { verifyBackupRecovery: { code: 'too_many_attempts', times: 1 } } },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Use backup method');
    typeInto(await field(canvasElement, 'Verification code'), '123456');
    await press(canvasElement, 'Verify');
    await heading(canvasElement, 'Too many attempts');
    await press(canvasElement, 'Start again');
    await heading(canvasElement, 'Authenticate a different way');
  },
};

/** The recovery took too long: sign in again. */
export const Expired: Story = {
  args: { open: true },
  play: async ({ canvasElement }) => {
    await verified(canvasElement);
    await clientOf(canvasElement).advanceClock(600);
    await press(canvasElement, 'Remove the device and add new one');
    await heading(canvasElement, 'Your sign-in has expired');
  },
};

/** Offline: a clear error, and "Try again". */
export const Offline: Story = {
  args: { open: true, faults: { startBackupRecovery: { code: 'network', times: 1 } } },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Use backup method');
    await waitFor(() =>
      getByText(canvasElement, "Can't reach the server. Check your connection and try again."),
    );
    await press(canvasElement, 'Try again');
    await field(canvasElement, 'Verification code');
    expect(clientOf(canvasElement)).to.exist;
  },
};
