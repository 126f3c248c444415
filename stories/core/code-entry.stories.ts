import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import {
  clickOn,
  clientOf,
  expect,
  getByRole,
  getByText,
  heard,
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

/**
 * The shared code-entry step (`<tfr-code-entry>`), here on a recovery challenge of the memory
 * client: "Enter the 6-digit code sent to …", Verify, and Resend code after its countdown.
 */
const meta: Meta<ScenarioArgs> = {
  title: 'Shared steps/Code entry',
  component: 'tfr-code-entry',
  args: scenarioArgs,
  argTypes: scenarioArgTypes,
  render: (args) => html`<story-code-entry .client=${clientFor(args)}></story-code-entry>`,
};
export default meta;
type Story = StoryObj<ScenarioArgs>;

const field = (canvas: HTMLElement) =>
  waitFor(() => getByRole<HTMLInputElement>(canvas, 'textbox', 'Verification code'));
const verify = (canvas: HTMLElement) => clickOn(getByRole(canvas, 'button', 'Verify'));
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

/** A code sent to the backup email address (read out as "a…@example.net, partly hidden"). */
export const Email: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      getByText(canvasElement, 'Enter the 6-digit code sent to a•••@example.net.'),
    );
    await heard(canvasElement, 'sent to a…@example.net, partly hidden.');
  },
};

/**
 * A code texted to the backup phone (WebOTP fills it in where the browser can); the number is
 * read out as "phone number ending in 0 4 5 6".
 */
export const TextMessage: Story = {
  args: { account: 'phone-backup' },
  play: async ({ canvasElement }) => {
    await waitFor(() => getByText(canvasElement, 'Enter the 6-digit code sent to •••• 0456.'));
    await heard(canvasElement, 'sent to phone number ending in 0 4 5 6.');
  },
};

/** "Resend code" waits out its cooldown, the wait shown beside it. */
export const ResendCountdown: Story = {
  play: async ({ canvasElement }) => {
    await field(canvasElement);
    expect(
      getByRole(canvasElement, 'button', 'Resend code').getAttribute('aria-disabled'),
    ).to.equal('true');
    getByText(canvasElement, /^Available in \d+ seconds$/);
  },
};

/** Bad input gets a message by the field, and nothing is sent. */
export const InvalidInput: Story = {
  play: async ({ canvasElement }) => {
    typeInto(await field(canvasElement), '12a');
    verify(canvasElement);
    await waitFor(() => getByText(canvasElement, 'The code has digits only.'));
  },
};

/** A wrong code says how many attempts are left. */
export const WrongCode: Story = {
  play: async ({ canvasElement }) => {
    const code = await sentCode(canvasElement);
    typeInto(await field(canvasElement), wrong(code));
    verify(canvasElement);
    await waitFor(() => getByText(canvasElement, "That code isn't right. 4 attempts left."));
  },
};

/** Five wrong codes end the challenge. */
export const TooManyAttempts: Story = {
  args: { latencyMs: 0 },
  play: async ({ canvasElement }) => {
    const code = await sentCode(canvasElement);
    const attempt = async () => {
      typeInto(await field(canvasElement), wrong(code));
      verify(canvasElement);
    };
    for (const left of ['4 attempts', '3 attempts', '2 attempts', '1 attempt']) {
      await attempt();
      await waitFor(() => getByText(canvasElement, `That code isn't right. ${left} left.`));
    }
    await attempt();
    await waitFor(() =>
      getByText(canvasElement, 'Too many wrong attempts. Start again, or contact support.'),
    );
    expect((await field(canvasElement)).disabled).to.equal(true);
  },
};

/** Ten minutes on, the code has expired: "Resend code" brings a new one. */
export const Expired: Story = {
  play: async ({ canvasElement }) => {
    const client = clientOf(canvasElement);
    const code = await sentCode(canvasElement);
    await client.advanceClock(600);
    typeInto(await field(canvasElement), code);
    verify(canvasElement);
    await waitFor(() => getByText(canvasElement, 'This code has expired. Ask for a new one.'));
    await waitFor(() =>
      expect(
        getByRole(canvasElement, 'button', 'Resend code').getAttribute('aria-disabled'),
      ).to.equal('false'),
    );
  },
};

/** After the cooldown, a new code replaces the old, and the step says where it went. */
export const NewCodeSent: Story = {
  play: async ({ canvasElement }) => {
    const client = clientOf(canvasElement);
    await field(canvasElement);
    await client.advanceClock(30);
    const resend = getByRole(canvasElement, 'button', 'Resend code');
    await waitFor(() => expect(resend.getAttribute('aria-disabled')).to.equal('false'));
    clickOn(resend);
    await waitFor(() =>
      getByText(canvasElement, 'We sent a new code to a…@example.net, partly hidden.'),
    );
  },
};

/** While the answer is on its way: busy, and Verify sends nothing more. */
export const Checking: Story = {
  play: async ({ canvasElement }) => {
    const input = await field(canvasElement);
    clientOf(canvasElement).setLatency(60_000);
    typeInto(input, '123456');
    verify(canvasElement);
    await waitFor(() =>
      expect(getByRole(canvasElement, 'button', 'Verify').getAttribute('aria-disabled')).to.equal(
        'true',
      ),
    );
  },
  parameters: {
    docs: { description: { story: 'Once the code is on screen, every answer takes a minute.' } },
  },
};

/** The network fails: the code is kept, and "Try again" sends it again. */
export const NetworkFault: Story = {
  args: { faults: { verifyBackupRecovery: { code: 'network', times: 1 } } },
  play: async ({ canvasElement }) => {
    const code = await sentCode(canvasElement);
    typeInto(await field(canvasElement), code);
    verify(canvasElement);
    await waitFor(() =>
      getByText(canvasElement, "Can't reach the server. Check your connection and try again."),
    );
    expect((await field(canvasElement)).value).to.equal(code);
    clickOn(getByRole(canvasElement, 'button', 'Try again'));
    await waitFor(() => getByRole(canvasElement, 'heading', 'Verified'));
  },
};

/** The right code. */
export const Verified: Story = {
  play: async ({ canvasElement }) => {
    typeInto(await field(canvasElement), await sentCode(canvasElement));
    verify(canvasElement);
    await waitFor(() => getByRole(canvasElement, 'heading', 'Verified'));
  },
};
