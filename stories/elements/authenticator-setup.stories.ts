import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../../src/elements/authenticator-setup/define.js';
import '../../src/elements/recovery-provider/define.js';
import {
  clickOn,
  clientOf,
  expect,
  field,
  getByRole,
  heading,
  press,
  required,
  sentCode,
  text,
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

/**
 * `<authenticator-setup>`: set the authenticator app up again (scan, or type the key; prove it
 * with a code), then a backup method if there is none, then a recovery key. On the memory client,
 * inside a provider naming the site for the downloaded key.
 */
const meta: Meta<ScenarioArgs> = {
  title: 'Elements/authenticator-setup',
  component: 'authenticator-setup',
  args: scenarioArgs,
  argTypes: scenarioArgTypes,
  render: (scenario) =>
    html`<recovery-provider site-name="Example" .client=${clientFor(scenario)}>
      <authenticator-setup></authenticator-setup>
    </recovery-provider>`,
};
export default meta;
type Story = StoryObj<ScenarioArgs>;

/** Every demo account has an app already: "Continue" at `replace` sets up a new one. */
const pastReplace = (canvas: HTMLElement) => press(canvas, 'Continue');

/** The code the app would show now, as the memory client computes it for the newest set-up. */
async function appCode(canvas: HTMLElement): Promise<string> {
  await waitFor(() => getByRole(canvas, 'img', 'QR code for your authenticator app'));
  return required((await clientOf(canvas).totp()).enrollmentCode, 'a set-up in progress');
}

async function verify(canvas: HTMLElement, code: string): Promise<void> {
  typeInto(await field(canvas, 'Verification code'), code);
  await press(canvas, 'Verify');
}

const verifyWithApp = async (canvas: HTMLElement) => verify(canvas, await appCode(canvas));

/** A code that is not the app's. */
const verifyWrong = async (canvas: HTMLElement) =>
  verify(canvas, String((Number(await appCode(canvas)) + 1) % 1_000_000).padStart(6, '0'));

/** The account has an app: it keeps working until the new one is verified. */
export const Replace: Story = {
  play: ({ canvasElement }) => heading(canvasElement, 'Set up a new authenticator app?'),
};

/** "Cancel" at `replace`: nothing changed. */
export const Kept: Story = {
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Cancel');
    await heading(canvasElement, 'Nothing changed');
  },
};

/**
 * The QR code, the key to type instead (in groups on screen, read out character by character),
 * which apps work, and the code field.
 */
export const Scan: Story = {
  play: async ({ canvasElement }) => {
    await pastReplace(canvasElement);
    await waitFor(() => getByRole(canvasElement, 'img', 'QR code for your authenticator app'));
  },
};

/** A wrong code: how many attempts are left. */
export const WrongCode: Story = {
  play: async ({ canvasElement }) => {
    await pastReplace(canvasElement);
    await verifyWrong(canvasElement);
    await text(canvasElement, "That code isn't right. 4 attempts left.");
  },
};

/** Too many wrong codes: the field is locked until "Start again". */
export const TooManyAttempts: Story = {
  args: { faults: { confirmAuthenticatorEnrollment: { code: 'too_many_attempts', times: 1 } } },
  play: async ({ canvasElement }) => {
    await pastReplace(canvasElement);
    await verifyWrong(canvasElement);
    await waitFor(async () =>
      expect((await field(canvasElement, 'Verification code')).disabled).to.equal(true),
    );
    await waitFor(() => getByRole(canvasElement, 'button', 'Start again'));
  },
};

/** The set-up expired before the code came: a fresh QR code to scan. */
export const Expired: Story = {
  play: async ({ canvasElement }) => {
    await pastReplace(canvasElement);
    const code = await appCode(canvasElement);
    await clientOf(canvasElement).advanceClock(600);
    await verify(canvasElement, code);
    await text(canvasElement, 'That set-up expired, so here is a new QR code. Scan it again.');
  },
};

/** "Verify it's you" first, where the backend asks, then the QR code. */
export const StepUp: Story = {
  args: { account: 'step-up' },
  play: async ({ canvasElement }) => {
    await pastReplace(canvasElement);
    await verifyItsYou(canvasElement);
    await heading(canvasElement, 'Set up your authenticator app');
  },
};

/** No backup method: the manager, with "Skip for now". */
export const Backup: Story = {
  args: { account: 'no-backup' },
  play: async ({ canvasElement }) => {
    await pastReplace(canvasElement);
    await verifyWithApp(canvasElement);
    await heading(canvasElement, 'Your authenticator app is set up');
    await waitFor(() => getByRole(canvasElement, 'radio', 'Email address'));
  },
};

/** The whole way, as after the set-up email: app, backup email, first recovery key, done. */
export const Walkthrough: Story = {
  args: { account: 'no-backup' },
  play: async ({ canvasElement }) => {
    await pastReplace(canvasElement);
    await verifyWithApp(canvasElement);
    clickOn(await waitFor(() => getByRole(canvasElement, 'radio', 'Email address')));
    typeInto(await field(canvasElement, 'Email address'), 'backup@example.org');
    await press(canvasElement, 'Send code');
    typeInto(await field(canvasElement, 'Verification code'), await sentCode(canvasElement));
    await press(canvasElement, 'Verify');
    await heading(canvasElement, 'Your new recovery key');
    clickOn(
      await waitFor(() => getByRole(canvasElement, 'checkbox', "I've noted down my recovery key")),
    );
    await press(canvasElement, 'Done');
    await heading(canvasElement, '2-factor authentication is set up');
  },
};

/** Backup skipped: the first recovery key, made at once. */
export const FirstKey: Story = {
  args: { account: 'no-backup' },
  play: async ({ canvasElement }) => {
    await pastReplace(canvasElement);
    await verifyWithApp(canvasElement);
    await press(canvasElement, 'Skip for now');
    await heading(canvasElement, 'Your new recovery key');
  },
};

/** A backup method and a key already: keep the key, or make a new one. */
export const KeyOffer: Story = {
  play: async ({ canvasElement }) => {
    await pastReplace(canvasElement);
    await verifyWithApp(canvasElement);
    await text(canvasElement, /^You already have a recovery key, made on /);
  },
};

/** Before replacing the key: the old one stops working. */
export const ReplaceKey: Story = {
  play: async ({ canvasElement }) => {
    await pastReplace(canvasElement);
    await verifyWithApp(canvasElement);
    await press(canvasElement, 'Generate a new recovery key');
    await heading(canvasElement, 'Replace your recovery key?');
  },
};

/** Keeping the key: done. */
export const Done: Story = {
  play: async ({ canvasElement }) => {
    await pastReplace(canvasElement);
    await verifyWithApp(canvasElement);
    await press(canvasElement, 'Continue');
    await heading(canvasElement, '2-factor authentication is set up');
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
    await pastReplace(canvasElement);
    await heading(canvasElement, 'Set up your authenticator app');
  },
};

/** The set-up does not start: "Try again". */
export const StartFails: Story = {
  args: { faults: { startAuthenticatorEnrollment: { code: 'network', times: 1 } } },
  play: async ({ canvasElement }) => {
    await pastReplace(canvasElement);
    await text(canvasElement, "Can't reach the server. Check your connection and try again.");
    await press(canvasElement, 'Try again');
    await heading(canvasElement, 'Set up your authenticator app');
  },
};

/** Making the first recovery key fails: "Try again" makes it. */
export const KeyFails: Story = {
  args: { account: 'no-backup', faults: { generateRecoveryKey: { code: 'server', times: 1 } } },
  play: async ({ canvasElement }) => {
    await pastReplace(canvasElement);
    await verifyWithApp(canvasElement);
    await press(canvasElement, 'Skip for now');
    await text(canvasElement, 'Something went wrong on the server. Try again.');
    await press(canvasElement, 'Try again');
    await heading(canvasElement, 'Your new recovery key');
  },
};

/** The code check fails: the code stays for "Try again". */
export const VerifyFails: Story = {
  args: { faults: { confirmAuthenticatorEnrollment: { code: 'server', times: 1 } } },
  play: async ({ canvasElement }) => {
    await pastReplace(canvasElement);
    await verifyWithApp(canvasElement);
    await text(canvasElement, 'Something went wrong on the server. Try again.');
    await press(canvasElement, 'Try again');
    await text(canvasElement, /^You already have a recovery key/);
  },
};
