import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../../src/elements/backup-method-manager/define.js';
import {
  clickOn,
  expect,
  field,
  getByRole,
  heading,
  heard,
  press,
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

type Args = ScenarioArgs & { start: string; defaultCountry: string; noWarning: boolean };

/**
 * `<backup-method-manager>`: set up or change the one backup method, a phone number or an email
 * address, proven by a code. On the memory client.
 */
const meta: Meta<Args> = {
  title: 'Elements/backup-method-manager',
  component: 'backup-method-manager',
  args: { ...scenarioArgs, start: '', defaultCountry: '', noWarning: false },
  argTypes: {
    ...scenarioArgTypes,
    start: {
      control: 'select',
      options: ['', 'choose'],
      description: '"choose" opens at the choice of a method.',
    },
    defaultCountry: {
      control: 'text',
      description: 'Country for numbers typed without their code, e.g. GB.',
    },
    noWarning: {
      control: 'boolean',
      description: 'A plain line instead of the banner, for a page that warns itself.',
    },
  },
  render: ({ start, defaultCountry, noWarning, ...scenario }) =>
    html`<backup-method-manager
      .client=${clientFor(scenario)}
      start=${ifDefined(start || undefined)}
      default-country=${ifDefined(defaultCountry || undefined)}
      ?no-warning=${noWarning}
    ></backup-method-manager>`,
};
export default meta;
type Story = StoryObj<Args>;

async function fill(canvas: HTMLElement, kind: 'Phone number' | 'Email address', value: string) {
  clickOn(await waitFor(() => getByRole(canvas, 'radio', kind)));
  typeInto(await field(canvas, kind), value);
}

/** No backup method: the banner. */
export const NotSetUp: Story = {
  args: { account: 'no-backup' },
  play: async ({ canvasElement }) => void (await text(canvasElement, 'Backup method not set up')),
};

/** A backup email address, masked (read out as "a…@example.net, partly hidden"). */
export const CurrentEmail: Story = {
  play: async ({ canvasElement }) => {
    await text(canvasElement, 'Email address a•••@example.net');
    await heard(canvasElement, 'Email address a…@example.net, partly hidden');
  },
};

/** A backup phone number (read out as "ending in 0 4 5 6"), and "Manage backup method" open. */
export const ManagingPhone: Story = {
  args: { account: 'phone-backup' },
  play: async ({ canvasElement }) => {
    await heard(canvasElement, 'Phone number ending in 0 4 5 6');
    await press(canvasElement, 'Manage backup method');
    await waitFor(() => getByRole(canvasElement, 'button', 'Change backup method'));
  },
};

/** Setting one up: the choice. */
export const Choose: Story = { args: { account: 'no-backup', start: 'choose' } };

/** The phone field's hint, in the default country's terms, before anything is typed. */
export const PhoneHint: Story = {
  args: { account: 'no-backup', start: 'choose', defaultCountry: 'GB' },
  play: async ({ canvasElement }) => {
    clickOn(await waitFor(() => getByRole(canvasElement, 'radio', 'Phone number')));
    await text(canvasElement, /^Start with \+ and the country code, or enter a number from /);
  },
};

/** The whole way: a phone number, its code, saved. */
export const SetUpPhone: Story = {
  args: { account: 'no-backup' },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Set up a backup method');
    await fill(canvasElement, 'Phone number', '+44 7700 900999');
    await press(canvasElement, 'Send code');
    await text(canvasElement, 'Enter the 6-digit code sent to •••• 0999.');
    typeInto(await field(canvasElement, 'Verification code'), await sentCode(canvasElement));
    await press(canvasElement, 'Verify');
    await text(canvasElement, /^Your backup method is now the phone number •••• 0999\./);
  },
};

/** Saved: the new backup method, once its code is verified. */
export const Saved: Story = {
  args: { account: 'no-backup', start: 'choose' },
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'Email address', 'ada.new@example.org');
    await press(canvasElement, 'Send code');
    typeInto(await field(canvasElement, 'Verification code'), await sentCode(canvasElement));
    await press(canvasElement, 'Verify');
    await heading(canvasElement, 'Backup method saved');
  },
};

/** A phone number replaced by an email address. */
export const PhoneToEmail: Story = {
  args: { account: 'phone-backup', start: 'choose' },
  play: async ({ canvasElement }) => {
    await text(canvasElement, 'Your new backup method replaces •••• 0456.');
    await fill(canvasElement, 'Email address', 'new.backup@example.org');
    await press(canvasElement, 'Send code');
    typeInto(await field(canvasElement, 'Verification code'), await sentCode(canvasElement));
    await press(canvasElement, 'Verify');
    await text(canvasElement, /^Your backup method is now the email address n•••@example\.org\./);
  },
};

/** A national number, read with the default country. */
export const NationalNumber: Story = {
  args: { account: 'no-backup', start: 'choose', defaultCountry: 'GB' },
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'Phone number', '07700 900999');
    await press(canvasElement, 'Send code');
    await text(canvasElement, 'Enter the 6-digit code sent to •••• 0999.');
  },
};

/** A national number without a default country: the international form, please. */
export const NeedsCountryCode: Story = {
  args: { account: 'no-backup', start: 'choose' },
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'Phone number', '07700 900999');
    await press(canvasElement, 'Send code');
    await text(
      canvasElement,
      'Enter the number with its country code, starting with +, like +44 7700 900123.',
    );
  },
};

/** Bad input, caught before anything is sent. */
export const InvalidEmail: Story = {
  args: { start: 'choose' },
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'Email address', 'ada@');
    await press(canvasElement, 'Send code');
    await text(canvasElement, 'Enter an email address, like name@example.com.');
  },
};

/** The phone 2FA texts go to cannot be the backup. */
export const SameAsPrimary: Story = {
  args: { account: 'sms-primary', start: 'choose' },
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'Phone number', '+44 7700 900123');
    await press(canvasElement, 'Send code');
    await text(
      canvasElement,
      'Your backup method must be different from the phone number or email address you already use.',
    );
  },
};

/** "Verify it's you" first, then on with the typed value. */
export const StepUp: Story = {
  args: { account: 'step-up', start: 'choose' },
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'Email address', 'after.step.up@example.org');
    await press(canvasElement, 'Send code');
    await verifyItsYou(canvasElement);
    await text(canvasElement, 'Enter the 6-digit code sent to a•••@example.org.');
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
    await text(canvasElement, "Your 2-factor authentication settings couldn't be loaded");
    await press(canvasElement, 'Try again');
    await text(canvasElement, 'Email address a•••@example.net');
  },
};

/** Offline when sending the code: the value is kept for "Try again". */
export const SendCodeOffline: Story = {
  args: { start: 'choose', faults: { startBackupMethodChange: { code: 'network', times: 1 } } },
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'Email address', 'new@example.org');
    await press(canvasElement, 'Send code');
    await text(canvasElement, "Can't reach the server. Check your connection and try again.");
    expect(getByRole<HTMLInputElement>(canvasElement, 'textbox', 'Email address').value).to.equal(
      'new@example.org',
    );
  },
};

/** The code check times out: "Try again" keeps the code. */
export const VerifyTimeout: Story = {
  args: { start: 'choose', faults: { confirmBackupMethodChange: { code: 'timeout', times: 1 } } },
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'Email address', 'new@example.org');
    await press(canvasElement, 'Send code');
    typeInto(await field(canvasElement, 'Verification code'), await sentCode(canvasElement));
    await press(canvasElement, 'Verify');
    await text(canvasElement, 'The server took too long to answer. Try again.');
    await press(canvasElement, 'Try again');
    await text(canvasElement, 'Backup method saved');
  },
};

/** No backup method, on a page that warns itself (`no-warning`): a plain line. */
export const NoneWithoutWarning: Story = {
  args: { account: 'no-backup', noWarning: true },
  play: ({ canvasElement }) => text(canvasElement, "You haven't set up a backup method."),
};
