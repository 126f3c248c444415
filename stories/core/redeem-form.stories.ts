import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { clickOn, clientOf, getByRole, getByText, typeInto, waitFor } from '../support/play.js';
import '../support/hosts.js';
import {
  clientFor,
  scenarioArgs,
  scenarioArgTypes,
  type ScenarioArgs,
} from '../support/scenario.js';

/** Signing in with a recovery key (`<tfr-redeem-form>`): it takes the key however it is pasted. */
const meta: Meta<ScenarioArgs> = {
  title: 'Shared steps/Recovery-key sign-in',
  component: 'tfr-redeem-form',
  args: scenarioArgs,
  argTypes: scenarioArgTypes,
  render: (args) => html`<story-redeem .client=${clientFor(args)}></story-redeem>`,
};
export default meta;
type Story = StoryObj<ScenarioArgs>;

const keyField = (canvas: HTMLElement) =>
  waitFor(() => getByRole<HTMLInputElement>(canvas, 'textbox', 'Recovery key'));
const signIn = (canvas: HTMLElement) =>
  clickOn(getByRole(canvas, 'button', 'Sign in with recovery key'));
const wrongKey = 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF';

/** The empty form. */
export const Empty: Story = {};

/** Nothing typed: a message, nothing sent. */
export const NothingTyped: Story = {
  play: async ({ canvasElement }) => {
    await keyField(canvasElement);
    signIn(canvasElement);
    await waitFor(() => getByText(canvasElement, 'Enter your recovery key.'));
  },
};

/** A wrong key. */
export const WrongKey: Story = {
  play: async ({ canvasElement }) => {
    typeInto(await keyField(canvasElement), wrongKey);
    signIn(canvasElement);
    await waitFor(() =>
      getByText(canvasElement, "That recovery key isn't right. 4 attempts left."),
    );
  },
};

/** Five wrong keys in a row lock sign-in for 15 minutes. */
export const LockedOut: Story = {
  args: { latencyMs: 0 },
  play: async ({ canvasElement }) => {
    for (const left of ['4 attempts', '3 attempts', '2 attempts', '1 attempt']) {
      typeInto(await keyField(canvasElement), wrongKey);
      signIn(canvasElement);
      await waitFor(() => getByText(canvasElement, `That recovery key isn't right. ${left} left.`));
    }
    typeInto(await keyField(canvasElement), wrongKey);
    signIn(canvasElement);
    await waitFor(() =>
      getByText(canvasElement, 'Too many wrong attempts. Try again in 15 minutes.'),
    );
  },
};

/** The server does not answer in time: "Try again" keeps the key. */
export const Timeout: Story = {
  args: { faults: { redeemRecoveryKey: 'timeout' } },
  play: async ({ canvasElement }) => {
    typeInto(await keyField(canvasElement), wrongKey);
    signIn(canvasElement);
    await waitFor(() => getByText(canvasElement, 'The server took too long to answer. Try again.'));
    getByRole(canvasElement, 'button', 'Try again');
  },
};

/** The right key, pasted in lower case with spaces. */
export const SignedIn: Story = {
  play: async ({ canvasElement }) => {
    const { recoveryKey } = await clientOf(canvasElement).generateRecoveryKey({});
    typeInto(await keyField(canvasElement), recoveryKey.toLowerCase().replace(/(.{4})/g, '$1 '));
    signIn(canvasElement);
    await waitFor(() => getByRole(canvasElement, 'heading', 'Signed in'));
  },
};
