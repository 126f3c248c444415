import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import {
  clickOn,
  clientOf,
  expect,
  getByRole,
  getByText,
  queryByRole,
  sentCode,
  typeInto,
  waitFor,
} from '../support/play.js';
import '../support/hosts.js';
import {
  clientFor,
  scenarioArgs,
  scenarioArgTypes,
  type ScenarioArgs,
} from '../support/scenario.js';

type Args = ScenarioArgs & { hostVerifies: boolean };

/**
 * Step-up, "Verify it's you" (`<tfr-step-up>`): what any element shows when an operation needs
 * a fresh proof of the user. Here "Remove device" on an account that asks for step-up.
 */
const meta: Meta<Args> = {
  title: 'Shared steps/Step-up',
  component: 'tfr-step-up',
  args: { ...scenarioArgs, stepUpRequired: true, hostVerifies: false },
  argTypes: {
    ...scenarioArgTypes,
    hostVerifies: {
      control: 'boolean',
      description: 'The host page verifies the user itself (cancels step-up-required).',
    },
  },
  render: (args) =>
    html`<story-step-up
      .client=${clientFor(args)}
      ?host-verifies=${args.hostVerifies}
    ></story-step-up>`,
};
export default meta;
type Story = StoryObj<Args>;

const removeDevice = async (canvas: HTMLElement) =>
  clickOn(await waitFor(() => getByRole(canvas, 'button', 'Remove device')));
const codeField = (canvas: HTMLElement) =>
  waitFor(() => getByRole<HTMLInputElement>(canvas, 'textbox', 'Authentication code'));
const carryOn = (canvas: HTMLElement) => clickOn(getByRole(canvas, 'button', 'Continue'));

/** With the authenticator app: the code is read from it. */
export const AuthenticatorApp: Story = {
  play: async ({ canvasElement }) => {
    await removeDevice(canvasElement);
    await waitFor(() => getByText(canvasElement, 'Enter the code from your authenticator app.'));
    expect(queryByRole(canvasElement, 'button', 'Resend code')).to.equal(null);
  },
};

/** By text message: a code is sent, and another can be asked for. */
export const TextMessage: Story = {
  args: { account: 'sms-primary' },
  play: async ({ canvasElement }) => {
    await removeDevice(canvasElement);
    await waitFor(() => getByText(canvasElement, 'Enter the code we texted to •••• 0123.'));
    getByRole(canvasElement, 'button', 'Resend code');
  },
};

/** Asking for another text within 30 seconds says how long to wait. */
export const ResendTooSoon: Story = {
  args: { account: 'sms-primary' },
  play: async ({ canvasElement }) => {
    await removeDevice(canvasElement);
    clickOn(await waitFor(() => getByRole(canvasElement, 'button', 'Resend code')));
    await waitFor(() =>
      getByText(canvasElement, /^Too many requests\. Try again in \d+ seconds\.$/),
    );
  },
};

/** A wrong code. */
export const WrongCode: Story = {
  play: async ({ canvasElement }) => {
    await removeDevice(canvasElement);
    typeInto(await codeField(canvasElement), '000000');
    carryOn(canvasElement);
    await waitFor(() =>
      getByText(canvasElement, /^That code isn't right\. [1-4] attempts? left\.$/),
    );
  },
};

/** The right code: the operation carries on by itself. */
export const Verified: Story = {
  play: async ({ canvasElement }) => {
    await removeDevice(canvasElement);
    typeInto(await codeField(canvasElement), (await clientOf(canvasElement).totp()).code!);
    carryOn(canvasElement);
    await waitFor(() => getByRole(canvasElement, 'heading', 'Device removed'));
  },
};

/** A texted code, typed in. */
export const VerifiedByText: Story = {
  args: { account: 'sms-primary' },
  play: async ({ canvasElement }) => {
    await removeDevice(canvasElement);
    typeInto(await codeField(canvasElement), await sentCode(canvasElement));
    carryOn(canvasElement);
    await waitFor(() => getByRole(canvasElement, 'heading', 'Device removed'));
  },
};

/** Cancelling goes back, and nothing is removed. */
export const Cancelled: Story = {
  play: async ({ canvasElement }) => {
    await removeDevice(canvasElement);
    clickOn(await waitFor(() => getByRole(canvasElement, 'button', 'Cancel')));
    await waitFor(() => getByRole(canvasElement, 'heading', 'Your 2FA device'));
    expect((await clientOf(canvasElement).getStatus({})).primary).not.to.equal(null);
  },
};

/** The host page verifies the user itself: the element waits until it calls `retry()`. */
export const WaitingForTheHost: Story = {
  args: { hostVerifies: true },
  play: async ({ canvasElement }) => {
    await removeDevice(canvasElement);
    await waitFor(() => getByRole(canvasElement, 'heading', 'Waiting for verification'));
  },
};

/** Starting step-up fails: "Try again". */
export const StartFails: Story = {
  args: { faults: { startStepUp: { code: 'timeout', times: 1 } } },
  play: async ({ canvasElement }) => {
    await removeDevice(canvasElement);
    clickOn(await waitFor(() => getByRole(canvasElement, 'button', 'Try again')));
    await codeField(canvasElement);
  },
};
