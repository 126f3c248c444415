import { expect, fixture, html } from '@open-wc/testing';
import type { RecoveryClient } from '../../src/api/client.js';
import { createHttpClient } from '../../src/api/http-client.js';
import { createMemoryClient, type MemoryScenario } from '../../src/api/memory-client.js';
import '../../src/elements/backup-method-manager/define.js';
import type { BackupMethodManager } from '../../src/elements/backup-method-manager/backup-method-manager.js';
import '../../src/elements/recovery-provider/define.js';
import {
  errorBody,
  fakeFetch,
  httpClientAnswering,
  json,
  offline,
  raw,
} from '../api/fake-fetch.js';
import { samples } from '../api/samples.js';
import {
  descriptionOf,
  expectFocusOn,
  focused,
  getByRole,
  getByText,
  queryByRole,
  queryByText,
  required,
  waitFor,
} from '../support/queries.js';
import { recordEvents, userOf } from '../support/element-user.js';
import { spied } from '../support/spied-client.js';
import { click, press, type } from '../support/user.js';

async function manager(
  options: {
    scenario?: MemoryScenario;
    client?: RecoveryClient;
    attributes?: { start?: string; country?: string };
  } = {},
) {
  const memory = createMemoryClient(options.scenario);
  const { spy, of } = spied(options.client ?? memory);
  const element = await fixture<BackupMethodManager>(
    html`<backup-method-manager
      .client=${spy}
      start=${options.attributes?.start ?? ''}
      default-country=${options.attributes?.country ?? ''}
    ></backup-method-manager>`,
  );
  if (!options.attributes?.country) element.removeAttribute('default-country');
  const events = recordEvents(element, [
    'backup-method-changed',
    'recovery-step-change',
    'step-up-required',
  ]);
  return { element, client: memory, of, events, ...userOf(element) };
}
type Manager = Awaited<ReturnType<typeof manager>>;

async function sendCodeTo(m: Manager, kind: 'Phone number' | 'Email address', value: string) {
  await click(await m.radio(kind));
  await type(await m.field(kind), value);
  await m.press('Send code');
}

describe('<backup-method-manager>', () => {
  describe('after the status', () => {
    it('without a backup method: the banner, why it matters, and "Set up a backup method"', async () => {
      const m = await manager({ scenario: { account: 'no-backup' } });
      await m.heading('Backup method not set up');
      await m.text(/an admin user has to contact support to reset 2-factor authentication for you/);
      expect(m.element.shadowRoot!.querySelector('[part~="banner"]')).to.exist;
      await m.press('Set up a backup method');
      await waitFor(() => expectFocusOn(getByRole(m.element, 'heading', 'Set up a backup method')));
      await m.text(
        "Tip: choose a method you'll still have if you lose your device. For example, if you lose your phone, you can't get a text on it.",
      );
      expect((await m.radio('Phone number')).checked).to.equal(false);
      expect((await m.radio('Email address')).checked).to.equal(false);
      await m.press('Back');
      await m.heading('Backup method not set up');
    });

    it('with no-warning: a plain line instead of the banner, for a page that warns itself', async () => {
      const m = await manager({ scenario: { account: 'no-backup' } });
      m.element.toggleAttribute('no-warning', true);
      await m.heading('Backup method');
      await m.text("You haven't set up a backup method.");
      expect(m.element.shadowRoot!.querySelector('[part~="banner"]')).to.equal(null);
      await expect(m.element).to.be.accessible();
      await m.press('Set up a backup method');
      await m.heading('Set up a backup method');
    });

    it('with one: the method masked; "Manage backup method" shows "Change backup method"', async () => {
      const m = await manager({ scenario: { account: 'phone-backup' } });
      await m.text('Phone number •••• 0456');
      const manage = getByRole(m.element, 'button', 'Manage backup method');
      expect(manage.getAttribute('aria-expanded')).to.equal('false');
      expect(queryByRole(m.element, 'button', 'Change backup method')).to.equal(null);
      await click(manage);
      await waitFor(() => expect(manage.getAttribute('aria-expanded')).to.equal('true'));
      await m.press('Change backup method');
      await m.heading('Select a backup method');
      await m.text('Your new backup method replaces •••• 0456.');
      expect((await m.radio('Phone number')).checked).to.equal(true);
    });

    it('opens at the choice with start="choose"', async () => {
      const m = await manager({ attributes: { start: 'choose' } });
      await m.heading('Select a backup method');
      await m.text('Your new backup method replaces a•••@example.net.');
      expect(m.events).to.deep.equal([]);
    });
  });

  describe('setting one up', () => {
    it('proves a phone number with a code, saves it and says so', async () => {
      const m = await manager({ scenario: { account: 'no-backup' } });
      await m.press('Set up a backup method');
      await click(await m.radio('Phone number'));
      const field = await m.field('Phone number');
      expect([
        field.type,
        field.getAttribute('autocomplete'),
        field.getAttribute('inputmode'),
      ]).to.deep.equal(['tel', 'tel', 'tel']);
      await type(field, '+44 7700 900999');
      await press('Enter');
      await m.text('Enter the 6-digit code sent to •••• 0999.');
      expect(m.of('startBackupMethodChange')[0]!.body).to.deep.equal({
        type: 'phone',
        value: '+447700900999',
      });
      await type(await m.field('Verification code'), required(await m.client.lastCode()));
      await press('Enter');
      await waitFor(() => expectFocusOn(getByRole(m.element, 'heading', 'Backup method saved')));
      await m.text(/^Your backup method is now the phone number •••• 0999\./);
      expect(m.events.filter((event) => event.type === 'backup-method-changed')).to.deep.equal([
        {
          type: 'backup-method-changed',
          detail: { backupMethod: { type: 'phone', maskedValue: '•••• 0999' } },
        },
      ]);
      await m.press('Done');
      await m.text('Phone number •••• 0999');
      expect((await m.client.getStatus({})).backupMethod).to.deep.equal({
        type: 'phone',
        maskedValue: '•••• 0999',
      });
      expect(
        m.events
          .filter((event) => event.type === 'recovery-step-change')
          .map((event) => event.detail),
      ).to.deep.equal(['choose', 'code', 'saved', 'current'].map((step) => ({ step })));
    });

    it('replaces a phone number with an email address', async () => {
      const m = await manager({ scenario: { account: 'phone-backup' } });
      await m.press('Manage backup method');
      await m.press('Change backup method');
      await sendCodeTo(m, 'Email address', 'new.backup@example.org');
      await type(await m.field('Verification code'), required(await m.client.lastCode()));
      await press('Enter');
      await m.text(/^Your backup method is now the email address n•••@example\.org\./);
      expect((await m.client.getStatus({})).backupMethod?.type).to.equal('email');
    });

    it('offers the email field as an email field', async () => {
      const m = await manager({ attributes: { start: 'choose' } });
      await click(await m.radio('Email address'));
      const field = await m.field('Email address');
      expect([
        field.type,
        field.getAttribute('autocomplete'),
        field.getAttribute('inputmode'),
      ]).to.deep.equal(['email', 'email', 'email']);
    });

    it('goes back from the code to the choice, keeping what was typed', async () => {
      const m = await manager({ attributes: { start: 'choose' } });
      await sendCodeTo(m, 'Email address', 'kept@example.org');
      await m.field('Verification code');
      await m.press('Back');
      expect((await m.field('Email address')).value).to.equal('kept@example.org');
    });
  });

  describe('bad input: a clear message on the field, and no request', () => {
    const cases: [string, 'Phone number' | 'Email address' | null, string, string][] = [
      ['no kind of method chosen', null, '', 'Choose a phone number or an email address.'],
      ['an empty phone number', 'Phone number', '', 'Enter a phone number.'],
      ['an empty email address', 'Email address', '', 'Enter an email address.'],
      [
        'an email address without a domain',
        'Email address',
        'ada@',
        'Enter an email address, like name@example.com.',
      ],
      [
        'a national number with no default country',
        'Phone number',
        '07700 900999',
        'Enter the number with its country code, starting with +, like +44 7700 900123.',
      ],
      [
        'too few digits',
        'Phone number',
        '+44 7700',
        "That isn't a phone number we can text. Check it, with its country code.",
      ],
    ];
    for (const [what, kind, typed, message] of cases) {
      it(what, async () => {
        const m = await manager({
          scenario: { account: 'no-backup' },
          attributes: { start: 'choose' },
        });
        if (kind) {
          await click(await m.radio(kind));
          if (typed) await type(await m.field(kind), typed);
        }
        await m.press('Send code');
        await m.text(message);
        if (kind) {
          const field = await m.field(kind);
          expect(field.getAttribute('aria-invalid')).to.equal('true');
          // The error first, then (for a phone number) the form it takes.
          const hint =
            kind === 'Phone number'
              ? ' Start with + and the country code, like +44 7700 900123.'
              : '';
          expect(descriptionOf(field)).to.equal(`${message}${hint}`);
          await waitFor(() => expectFocusOn(field));
        }
        expect(m.of('startBackupMethodChange')).to.deep.equal([]);
      });
    }

    it('reads a national number with the default country of the element, or of the provider', async () => {
      const m = await manager({ attributes: { start: 'choose', country: 'GB' } });
      await sendCodeTo(m, 'Phone number', '07700 900999');
      await m.field('Verification code');
      expect(m.of('startBackupMethodChange')[0]!.body).to.deep.equal({
        type: 'phone',
        value: '+447700900999',
      });

      const provided = await fixture(
        html`<recovery-provider default-country="GB" .client=${createMemoryClient()}>
          <backup-method-manager start="choose"></backup-method-manager>
        </recovery-provider>`,
      );
      const inner = provided.querySelector('backup-method-manager')!;
      await click(await waitFor(() => getByRole(inner, 'radio', 'Phone number')));
      await type(
        await waitFor(() => getByRole<HTMLInputElement>(inner, 'textbox', 'Phone number')),
        '07700 900999',
      );
      await press('Enter');
      await waitFor(() => getByText(inner, 'Enter the 6-digit code sent to •••• 0999.'));
    });
  });

  it("tells the phone number's form before anything is typed, in the default country too", async () => {
    const m = await manager({ attributes: { start: 'choose' } });
    await click(await m.radio('Phone number'));
    expect(descriptionOf(await m.field('Phone number'))).to.equal(
      'Start with + and the country code, like +44 7700 900123.',
    );
    const inGB = await manager({ attributes: { start: 'choose', country: 'GB' } });
    await click(await inGB.radio('Phone number'));
    expect(descriptionOf(await inGB.field('Phone number'))).to.equal(
      "Start with + and the country code, or enter a number from United Kingdom as you'd dial it there.",
    );
    await expect(inGB.element).to.be.accessible();
  });

  it('says the same refusal again on each "Send code": a new alert each time', async () => {
    const m = await manager({ attributes: { start: 'choose' } });
    await sendCodeTo(m, 'Email address', 'not an address');
    const first = await waitFor(() => getByRole(m.element, 'alert'));
    await m.press('Send code');
    await waitFor(() => expect(getByRole(m.element, 'alert') === first).to.equal(false));
    expect(m.of('startBackupMethodChange')).to.have.length(0);
  });

  describe("the server's answers about the value", () => {
    it('the account email is not a backup method: same_as_primary on the field', async () => {
      const m = await manager({ attributes: { start: 'choose' } });
      await sendCodeTo(m, 'Email address', 'ada@example.com');
      await m.text(
        'Your backup method must be different from the phone number or email address you already use.',
      );
      const field = await m.field('Email address');
      expect(descriptionOf(field)).to.equal(
        'Your backup method must be different from the phone number or email address you already use.',
      );
      expect(field.value).to.equal('ada@example.com');
    });

    it('an error goes with its value: editing it, or choosing the other kind, clears it', async () => {
      const m = await manager({ attributes: { start: 'choose' } });
      const sameAsPrimary =
        'Your backup method must be different from the phone number or email address you already use.';
      await sendCodeTo(m, 'Email address', 'ada@example.com');
      await m.text(sameAsPrimary);
      await type(await m.field('Email address'), 'x');
      await waitFor(() => expect(queryByText(m.element, sameAsPrimary)).to.equal(null));
      expect((await m.field('Email address')).getAttribute('aria-invalid')).to.equal('false');

      (await m.field('Email address')).value = '';
      await type(await m.field('Email address'), 'ada@example.com');
      await m.press('Send code');
      await m.text(sameAsPrimary);
      await click(await m.radio('Phone number'));
      await waitFor(() => expect(queryByText(m.element, sameAsPrimary)).to.equal(null));
      expect((await m.field('Phone number')).getAttribute('aria-invalid')).to.equal('false');
    });

    it('the current backup method again: same_as_current on the field, and no code sent', async () => {
      const m = await manager({
        client: httpClientAnswering(
          json({
            ...samples.getStatus.response,
            backupMethod: { type: 'email', maskedValue: 'a•••@example.net' },
          }),
          errorBody('same_as_current', {}, 409),
        ),
        attributes: { start: 'choose' },
      });
      await sendCodeTo(m, 'Email address', 'ada.backup@example.net');
      const field = await m.field('Email address');
      await waitFor(() =>
        expect(descriptionOf(field)).to.equal(
          "That's already your backup method. Enter a different one, or keep it as it is.",
        ),
      );
      expect(m.element.step).to.equal('choose');
    });

    it('neither is the phone 2FA texts go to', async () => {
      const m = await manager({
        scenario: { account: 'sms-primary' },
        attributes: { start: 'choose' },
      });
      await sendCodeTo(m, 'Phone number', '+44 7700 900123');
      await m.text(
        'Your backup method must be different from the phone number or email address you already use.',
      );
    });

    it('invalid_destination on the field', async () => {
      const m = await manager({
        scenario: { faults: { startBackupMethodChange: 'invalid_destination' } },
        attributes: { start: 'choose' },
      });
      await sendCodeTo(m, 'Email address', 'fine@example.org');
      expect(descriptionOf(await m.field('Email address'))).to.equal(
        "That isn't a phone number or email address we can send a code to.",
      );
    });
  });

  describe('step-up', () => {
    it("asks the user to verify it's them, then carries on with what they typed", async () => {
      const m = await manager({
        scenario: { account: 'step-up' },
        attributes: { start: 'choose' },
      });
      await sendCodeTo(m, 'Email address', 'after.step.up@example.org');
      await waitFor(() => expect(focused()?.textContent).to.equal("Verify it's you"));
      expect(m.element.step).to.equal('step-up');
      expect(m.events.find((event) => event.type === 'step-up-required')?.detail).to.deep.equal({
        operation: 'startBackupMethodChange',
      });
      await type(await m.field('Authentication code'), required((await m.client.totp()).code));
      await press('Enter');
      await m.text('Enter the 6-digit code sent to a•••@example.org.');
      expect(m.of('startBackupMethodChange').map((call) => call.body)).to.deep.equal([
        { type: 'email', value: 'after.step.up@example.org' },
        { type: 'email', value: 'after.step.up@example.org' },
      ]);
    });

    it('keeps what was typed when step-up is cancelled', async () => {
      const m = await manager({
        scenario: { account: 'step-up' },
        attributes: { start: 'choose' },
      });
      await sendCodeTo(m, 'Email address', 'kept@example.org');
      await m.press('Cancel');
      expect((await m.field('Email address')).value).to.equal('kept@example.org');
    });
  });

  describe('faults, through the HTTP client', () => {
    const status = json(samples.getStatus.response);

    it('the status fails to load: a clear error and "Try again"', async () => {
      const m = await manager({
        client: httpClientAnswering(raw('', 500), raw('', 500), raw('', 500), status),
      });
      await m.heading("Your 2-factor authentication settings couldn't be loaded");
      await m.text('Something went wrong on the server. Try again.');
      expect(m.element.step).to.equal('error');
      await m.press('Try again');
      await m.text('Email address a•••@example.net');
    });

    it('offline when sending the code: the error, the value kept, "Try again" sends it', async () => {
      const m = await manager({
        client: httpClientAnswering(
          status,
          offline,
          json(samples.startBackupMethodChange.response),
        ),
        attributes: { start: 'choose' },
      });
      await sendCodeTo(m, 'Email address', 'new@example.org');
      await m.text("Can't reach the server. Check your connection and try again.");
      expect((await m.field('Email address')).value).to.equal('new@example.org');
      await m.press('Try again');
      await m.field('Verification code');
    });

    it('a timeout on the code keeps it for "Try again"', async () => {
      const m = await manager({
        client: createHttpClient({
          baseUrl: '/api/2fa',
          timeoutMs: 200,
          fetch: fakeFetch(
            status,
            json(samples.startBackupMethodChange.response),
            ({ signal }) =>
              new Promise((_, reject) =>
                signal.addEventListener('abort', () => reject(signal.reason)),
              ),
            json(samples.confirmBackupMethodChange.response),
          ).fetch,
        }),
        attributes: { start: 'choose' },
      });
      await sendCodeTo(m, 'Phone number', '+44 7700 900999');
      await type(await m.field('Verification code'), '123456');
      await press('Enter');
      await m.text('The server took too long to answer. Try again.');
      expect((await m.field('Verification code')).value).to.equal('123456');
      await m.press('Try again');
      await m.heading('Backup method saved');
    });
  });

  describe('accessibility', () => {
    it('passes axe on none, choose (with an error) and code', async () => {
      const m = await manager({ scenario: { account: 'no-backup' } });
      await m.step('none');
      await expect(m.element).to.be.accessible();
      await m.press('Set up a backup method');
      await m.press('Send code');
      await m.text('Choose a phone number or an email address.');
      await expect(m.element).to.be.accessible();
      await sendCodeTo(m, 'Email address', 'new@example.org');
      await m.step('code');
      await expect(m.element).to.be.accessible();
    });

    it('passes axe on current (managing), saved and the status error', async () => {
      const m = await manager();
      await m.press('Manage backup method');
      await expect(m.element).to.be.accessible();
      await m.press('Change backup method');
      await sendCodeTo(m, 'Email address', 'new@example.org');
      await type(await m.field('Verification code'), required(await m.client.lastCode()));
      await press('Enter');
      await m.step('saved');
      await expect(m.element).to.be.accessible();
      const failing = await manager({ scenario: { faults: { getStatus: 'server' } } });
      await failing.step('error');
      await expect(failing.element).to.be.accessible();
    });
  });
});
