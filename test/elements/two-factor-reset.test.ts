import { expect, fixture, html } from '@open-wc/testing';
import { createHttpClient } from '../../src/api/http-client.js';
import {
  createMemoryClient,
  type MemoryClient,
  type MemoryScenario,
} from '../../src/api/memory-client.js';
import { formatTime } from '../../src/core/format.js';
import '../../src/elements/two-factor-reset/define.js';
import type { TwoFactorReset } from '../../src/elements/two-factor-reset/two-factor-reset.js';
import { errorBody, httpClientAnswering, json, offline, raw } from '../api/fake-fetch.js';
import { samples } from '../api/samples.js';
import {
  expectFocusOn,
  focused,
  getByRole,
  queryByRole,
  queryByText,
  required,
  textOf,
  waitFor,
} from '../support/queries.js';
import { recordEvents, userOf } from '../support/element-user.js';
import { click, press, type } from '../support/user.js';

const publicEvents = [
  'recovery-step-change',
  'two-factor-device-removed',
  'two-factor-reset-complete',
  'recovery-key-generated',
  'recovery-key-acknowledged',
  'recovery-key-redeemed',
  'support-requested',
  'recovery-error',
] as const;

async function resetElement(
  options: {
    scenario?: MemoryScenario;
    client?: ReturnType<typeof createHttpClient>;
    open?: boolean;
    supportUrl?: string;
  } = {},
) {
  const memory = createMemoryClient(options.scenario);
  const element = await fixture<TwoFactorReset>(
    html`<two-factor-reset
      .client=${options.client ?? memory}
      ?open=${options.open ?? false}
      support-url=${options.supportUrl ?? '#support'}
    ></two-factor-reset>`,
  );
  const events = recordEvents(element, publicEvents);
  const user = {
    ...userOf(element),
    stepsSeen: () =>
      events
        .filter((event) => event.type === 'recovery-step-change')
        .map((event) => (event.detail as { step: string }).step),
  };
  return { element, client: memory, events, ...user };
}

type Reset = Awaited<ReturnType<typeof resetElement>>;

/** Opens, chooses the backup method and enters the code sent to it. */
async function verify(reset: Reset, client: MemoryClient = reset.client) {
  await reset.press('Authenticate a different way');
  await reset.press('Use backup method');
  await type(await reset.field('Verification code'), required(await client.lastCode()));
  await press('Enter');
  await reset.heading("You're verified");
}

describe('<two-factor-reset>', () => {
  describe('the happy path, with the keyboard alone', () => {
    it('verifies with the backup email, removes the device and sends the set-up email', async () => {
      const reset = await resetElement();
      const { element, events, client } = reset;
      expect(element.step).to.equal('closed');

      await press('Tab');
      expectFocusOn(getByRole(element, 'button', 'Authenticate a different way'));
      await press('Enter');
      await waitFor(() =>
        expectFocusOn(getByRole(element, 'heading', 'Authenticate a different way')),
      );

      await press('Tab');
      expectFocusOn(getByRole(element, 'button', 'Use backup method'));
      await press('Enter');
      await waitFor(() => expect(textOf(focused()!)).to.equal('Enter the verification code'));
      expect(element.step).to.equal('code');
      expect(element.dataset.step).to.equal('code');
      await reset.text('Enter the 6-digit code sent to a•••@example.net.');

      const code = required(await client.lastCode());
      await press('Tab');
      expectFocusOn(getByRole(element, 'textbox', 'Verification code'));
      await type(focused() as HTMLInputElement, code);
      await press('Enter');
      await waitFor(() => expectFocusOn(getByRole(element, 'heading', "You're verified")));

      await press('Tab');
      expectFocusOn(getByRole(element, 'button', 'Remove the device and add new one'));
      await press('Enter');
      await waitFor(() => expectFocusOn(getByRole(element, 'heading', 'Device removed')));

      await press('Tab');
      expectFocusOn(getByRole(element, 'button', 'Send 2-factor authentication email'));
      await press('Enter');
      await waitFor(() => expectFocusOn(getByRole(element, 'heading', 'Check your email')));
      await reset.text(
        'We sent an email to a•••@example.com. Open it to set up 2-factor authentication again.',
      );
      await reset.text('Tip: once you have, note down your new recovery key.');

      expect(reset.stepsSeen()).to.deep.equal([
        'choose',
        'code',
        'verified',
        'device-removed',
        'email-sent',
      ]);
      expect(events.filter((event) => event.type !== 'recovery-step-change')).to.deep.equal([
        { type: 'two-factor-device-removed', detail: {} },
        { type: 'two-factor-reset-complete', detail: { maskedEmail: 'a•••@example.com' } },
      ]);
      expect(JSON.stringify(events)).not.to.contain(code);
      expect((await client.getStatus({})).primary).to.equal(null);
      expect((await client.outbox()).some((message) => message.kind === 'setup-email')).to.equal(
        true,
      );
    });
  });

  describe('steps', () => {
    it('starts at the choice of methods when open, with no "Back"', async () => {
      const reset = await resetElement({ open: true });
      expect(reset.element.step).to.equal('choose');
      await reset.heading('Authenticate a different way');
      expect(queryByRole(reset.element, 'button', 'Back')).to.equal(null);
    });

    it('goes back to the button, focus on it', async () => {
      const reset = await resetElement();
      await reset.press('Authenticate a different way');
      await reset.press('Back');
      await waitFor(() =>
        expectFocusOn(getByRole(reset.element, 'button', 'Authenticate a different way')),
      );
      expect(reset.element.step).to.equal('closed');
    });

    it('opens when `open` is set later', async () => {
      const reset = await resetElement();
      reset.element.open = true;
      await reset.heading('Authenticate a different way');
    });

    it('texts the code to a backup phone', async () => {
      const reset = await resetElement({ scenario: { account: 'phone-backup' } });
      await reset.press('Authenticate a different way');
      await reset.press('Use backup method');
      await reset.text('Enter the 6-digit code sent to •••• 0456.');
    });

    it('goes back from the code to the choice of methods', async () => {
      const reset = await resetElement();
      await reset.press('Authenticate a different way');
      await reset.press('Use backup method');
      await reset.field('Verification code');
      await reset.press('Back');
      await reset.heading('Authenticate a different way');
    });

    it('sends a new code after the cooldown, and takes it', async () => {
      const reset = await resetElement();
      await reset.press('Authenticate a different way');
      await reset.press('Use backup method');
      await reset.field('Verification code');
      await reset.client.advanceClock(30);
      const resend = await reset.button('Resend code');
      await waitFor(() => expect(resend.getAttribute('aria-disabled')).to.equal('false'));
      await click(resend);
      await reset.text('We sent a new code to a…@example.net, partly hidden.');
      await type(await reset.field('Verification code'), required(await reset.client.lastCode()));
      await press('Enter');
      await reset.heading("You're verified");
    });
  });

  describe('branches', () => {
    it('without a backup method: "No backup method set up", support, and "Back"', async () => {
      const reset = await resetElement({ scenario: { account: 'no-backup' } });
      await reset.press('Authenticate a different way');
      await reset.press('Use backup method');
      await waitFor(() =>
        expectFocusOn(getByRole(reset.element, 'heading', 'No backup method set up')),
      );
      await reset.text('You have not set up a backup method for your account');
      await reset.text(/an admin user needs to contact support/);
      await reset.text(
        /set it up again, set up a backup method, so that next time you can reset it yourself/,
      );
      await click(getByRole(reset.element, 'link', 'Contact support'));
      expect(
        reset.events.find((event) => event.type === 'support-requested')?.detail,
      ).to.deep.equal({ reason: 'no_backup_method' });
      history.replaceState(null, '', location.pathname);
      await reset.press('Back');
      await reset.heading('Authenticate a different way');
    });

    it('without access to the backup method: support guidance, and back to the code', async () => {
      const reset = await resetElement({ supportUrl: '' });
      await reset.press('Authenticate a different way');
      await reset.press('Use backup method');
      await reset.press("I don't have access to the backup email/phone number");
      await reset.heading("Can't get to your backup method?");
      await reset.text(
        /If you can't get to your backup email or phone, an admin user needs to contact support/,
      );
      await reset.text('Ask an admin user of your organisation to contact support.');
      await reset.press('Back');
      await reset.field('Verification code');
      await reset.text('Enter the 6-digit code sent to a•••@example.net.');
    });

    it('says how many attempts are left, and locks after five wrong codes', async () => {
      const reset = await resetElement({ scenario: { account: 'email-backup' } });
      await reset.press('Authenticate a different way');
      await reset.press('Use backup method');
      const code = required(await reset.client.lastCode());
      const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
      for (const left of ['4 attempts', '3 attempts', '2 attempts', '1 attempt']) {
        await type(await reset.field('Verification code'), wrong);
        await press('Enter');
        await reset.text(`That code isn't right. ${left} left.`);
        (await reset.field('Verification code')).value = '';
      }
      await type(await reset.field('Verification code'), wrong);
      await press('Enter');
      await reset.heading('Too many attempts');
      await reset.text('Too many wrong attempts. Start again, or contact support.');
      await reset.text("If you still can't get in, an admin user can contact support.");
      expect(queryByText(reset.element, /sooner/)).to.equal(null);
      await reset.press('Start again');
      await waitFor(() =>
        expectFocusOn(getByRole(reset.element, 'heading', 'Authenticate a different way')),
      );
      // A fresh challenge works again.
      await reset.press('Use backup method');
      await reset.field('Verification code');
    });

    it('a lock with a wait says how long, and how to get in sooner', async () => {
      const reset = await resetElement({
        scenario: {
          faults: { startBackupRecovery: { code: 'too_many_attempts', retryAfterSeconds: 900 } },
        },
        open: true,
      });
      await reset.press('Use backup method');
      await reset.heading('Too many attempts');
      await reset.text('Too many wrong attempts. Try again in 15 minutes.');
      await reset.text('If you need to get in sooner, an admin user can contact support.');
      expect(queryByRole(reset.element, 'button', 'Start again')).to.equal(null);
    });

    it('ends when the recovery has expired: "Your sign-in has expired. Sign in again."', async () => {
      const reset = await resetElement();
      await verify(reset);
      await reset.client.advanceClock(600);
      await reset.press('Remove the device and add new one');
      await reset.heading('Your sign-in has expired');
      await reset.text('Your sign-in has expired. Sign in again.');
      expect(queryByRole(reset.element, 'button', 'Back')).to.equal(null);
      expect(queryByRole(reset.element, 'link', 'Sign in again')).to.equal(null);
    });

    it('states the time limit where the recovery starts, and offers "Sign in again" with sign-in-url', async () => {
      const reset = await resetElement();
      reset.element.setAttribute('sign-in-url', '/sign-in');
      await verify(reset);
      const { now } = await reset.client.advanceClock(0);
      const ends = formatTime('en', new Date(Date.parse(now) + 600_000).toISOString());
      await reset.text(
        `You have until ${ends} to finish. After that, you'll need to sign in again.`,
      );
      await reset.client.advanceClock(600);
      await reset.press('Remove the device and add new one');
      await reset.heading('Your sign-in has expired');
      const link = await waitFor(() => getByRole(reset.element, 'link', 'Sign in again'));
      expect(link.getAttribute('href')).to.equal('/sign-in');
      await expect(reset.element).to.be.accessible();
    });

    it('ends on unauthorized too', async () => {
      const reset = await resetElement({
        scenario: { faults: { startBackupRecovery: 'unauthorized' } },
      });
      await reset.press('Authenticate a different way');
      await reset.press('Use backup method');
      await reset.heading('Your sign-in has expired');
    });
  });

  describe('recovery keys', () => {
    it('makes a new key, shows it once, then signs in with it', async () => {
      const reset = await resetElement();
      await verify(reset);
      await reset.press('Generate a new recovery key');
      await reset.heading('Your new recovery key');
      const key = textOf(
        required(
          reset.element
            .shadowRoot!.querySelector('tfr-recovery-key')!
            .shadowRoot!.querySelector('[part="recovery-key"]'),
        ),
      );
      await click(
        await waitFor(() =>
          getByRole(reset.element, 'checkbox', "I've noted down my recovery key"),
        ),
      );
      await reset.press('Done');
      await reset.heading('Sign in with your new recovery key');
      expect(queryByRole(reset.element, 'button', 'Back')).to.equal(null);
      expect(reset.element.shadowRoot!.textContent).not.to.contain(key.slice(0, 4));
      await type(await reset.field('Recovery key'), key);
      await press('Enter');
      await reset.heading("You're signed in");
      const types = reset.events
        .map((event) => event.type)
        .filter((type) => type !== 'recovery-step-change');
      expect(types).to.deep.equal([
        'recovery-key-generated',
        'recovery-key-acknowledged',
        'recovery-key-redeemed',
      ]);
      const createdAt = (
        reset.events.find((event) => event.type === 'recovery-key-generated')!.detail as {
          createdAt: string;
        }
      ).createdAt;
      expect(
        reset.events.find((event) => event.type === 'recovery-key-acknowledged')!.detail,
      ).to.deep.equal({ createdAt });
      expect(
        reset.events.find((event) => event.type === 'recovery-key-redeemed')!.detail,
      ).to.deep.equal({ redirectUrl: null });
      expect(JSON.stringify(reset.events)).not.to.contain(key.replace(/\s/g, '').slice(0, 8));
    });

    it('signs in with a recovery key the user has, and can go back', async () => {
      const reset = await resetElement();
      const { recoveryKey } = await reset.client.generateRecoveryKey({});
      await reset.press('Authenticate a different way');
      await reset.press('Use recovery key');
      await reset.heading('Sign in with a recovery key');
      await reset.press('Back');
      await reset.press('Use recovery key');
      await type(await reset.field('Recovery key'), recoveryKey.toLowerCase());
      await press('Enter');
      await reset.heading("You're signed in");
    });

    it('goes to the redirect URL unless recovery-key-redeemed is cancelled', async () => {
      const reset = await resetElement({ scenario: { redirectUrl: '#after-sign-in' } });
      const { recoveryKey } = await reset.client.generateRecoveryKey({});
      await reset.press('Authenticate a different way');
      await reset.press('Use recovery key');
      await type(await reset.field('Recovery key'), recoveryKey);
      await press('Enter');
      await reset.heading("You're signed in");
      expect(location.hash).to.equal('#after-sign-in');
      history.replaceState(null, '', location.pathname);

      const cancelled = await resetElement({ scenario: { redirectUrl: '#after-sign-in' } });
      cancelled.element.addEventListener('recovery-key-redeemed', (event) =>
        event.preventDefault(),
      );
      const second = await cancelled.client.generateRecoveryKey({});
      await cancelled.press('Authenticate a different way');
      await cancelled.press('Use recovery key');
      await type(await cancelled.field('Recovery key'), second.recoveryKey);
      await press('Enter');
      await cancelled.heading("You're signed in");
      expect(location.hash).to.equal('');
    });

    it('locks after five wrong keys, saying how long for', async () => {
      const reset = await resetElement();
      await reset.press('Authenticate a different way');
      await reset.press('Use recovery key');
      for (const left of ['4 attempts', '3 attempts', '2 attempts', '1 attempt']) {
        await type(await reset.field('Recovery key'), 'WRONGKEY');
        await press('Enter');
        await reset.text(`That recovery key isn't right. ${left} left.`);
        (await reset.field('Recovery key')).value = '';
      }
      await type(await reset.field('Recovery key'), 'WRONGKEY');
      await press('Enter');
      await reset.heading('Too many attempts');
      await reset.text('Too many wrong attempts. Try again in 15 minutes.');
    });
  });

  describe('faults, through the HTTP client', () => {
    const challenge = json(samples.startBackupRecovery.response);

    it('offline at the start: the error, and "Try again" carries on', async () => {
      const reset = await resetElement({
        client: httpClientAnswering(offline, challenge),
        open: true,
      });
      await reset.press('Use backup method');
      await reset.text("Can't reach the server. Check your connection and try again.");
      expect(reset.element.step).to.equal('choose');
      await reset.press('Try again');
      await reset.field('Verification code');
    });

    it('a 500 on the code keeps it, and "Try again" sends it again', async () => {
      const reset = await resetElement({
        client: httpClientAnswering(
          challenge,
          raw('oops', 500),
          json(samples.verifyBackupRecovery.response),
        ),
        open: true,
      });
      await reset.press('Use backup method');
      await type(await reset.field('Verification code'), '123456');
      await press('Enter');
      await reset.text('Something went wrong on the server. Try again.');
      expect((await reset.field('Verification code')).value).to.equal('123456');
      await reset.press('Try again');
      await reset.heading("You're verified");
    });

    it('a 429 says how long to wait', async () => {
      const reset = await resetElement({
        client: httpClientAnswering(raw('', 429, { 'Retry-After': '30' })),
        open: true,
      });
      await reset.press('Use backup method');
      await reset.text('Too many requests. Try again in 30 seconds.');
    });

    it('an answer that is not JSON, then one off the contract: each a clear error with "Try again"', async () => {
      const reset = await resetElement({
        client: httpClientAnswering(raw('<html>', 200), json({ challengeId: 1 }), challenge),
        open: true,
      });
      await reset.press('Use backup method');
      await reset.text("The server's answer didn't make sense. Try again.");
      await reset.press('Try again');
      await waitFor(() =>
        expect(reset.events.filter((event) => event.type === 'recovery-error')).to.have.length(2),
      );
      await reset.press('Try again');
      await reset.field('Verification code');
      expect(
        reset.events
          .filter((event) => event.type === 'recovery-error')
          .map((event) => event.detail),
      ).to.deep.equal([
        { operation: 'startBackupRecovery', code: 'bad_response' },
        { operation: 'startBackupRecovery', code: 'bad_response' },
      ]);
    });

    it('a 401 recovery_expired ends the recovery', async () => {
      const reset = await resetElement({
        client: httpClientAnswering(
          challenge,
          json(samples.verifyBackupRecovery.response),
          errorBody('recovery_expired', {}, 401),
        ),
        open: true,
      });
      await reset.press('Use backup method');
      await type(await reset.field('Verification code'), '123456');
      await press('Enter');
      await reset.press('Remove the device and add new one');
      await reset.heading('Your sign-in has expired');
    });
  });

  describe('accessibility', () => {
    it('says what a slow request is doing, politely, and falls silent when it is done', async () => {
      const reset = await resetElement({ scenario: { latencyMs: 1600 }, open: true });
      const region = () =>
        [...reset.element.shadowRoot!.querySelectorAll('[aria-live="polite"]')].at(-1)!;
      expect(region().textContent!.trim()).to.equal('');
      await reset.press('Use backup method');
      await waitFor(() => expect(region().textContent!.trim()).to.equal('Sending a code…'), 1500);
      await reset.field('Verification code');
      await waitFor(() => expect(region().textContent!.trim()).to.equal(''));
    });

    it('passes axe on every step', async () => {
      const reset = await resetElement({ scenario: { account: 'email-backup' } });
      const { element } = reset;
      const check = async (step: string) => {
        await waitFor(() => expect(element.step).to.equal(step));
        await expect(element).to.be.accessible();
      };
      await check('closed');
      await reset.press('Authenticate a different way');
      await check('choose');
      await reset.press('Use backup method');
      await check('code');
      await reset.press("I don't have access to the backup email/phone number");
      await check('no-access');
      await reset.press('Back');
      await type(await reset.field('Verification code'), required(await reset.client.lastCode()));
      await press('Enter');
      await check('verified');
      await reset.press('Generate a new recovery key');
      await check('new-key');
      await click(
        await waitFor(() => getByRole(element, 'checkbox', "I've noted down my recovery key")),
      );
      await reset.press('Done');
      await check('redeem');
    });

    it('passes axe on the device-removed, email-sent, signed-in, no-backup, locked and expired steps', async () => {
      const reset = await resetElement();
      await verify(reset);
      await reset.press('Remove the device and add new one');
      await waitFor(() => expect(reset.element.step).to.equal('device-removed'));
      await expect(reset.element).to.be.accessible();
      await reset.press('Send 2-factor authentication email');
      await waitFor(() => expect(reset.element.step).to.equal('email-sent'));
      await expect(reset.element).to.be.accessible();

      for (const [scenario, step] of [
        [{ account: 'no-backup' }, 'no-backup'],
        [
          { faults: { startBackupRecovery: { code: 'too_many_attempts', retryAfterSeconds: 60 } } },
          'locked',
        ],
        [{ faults: { startBackupRecovery: 'recovery_expired' } }, 'expired'],
      ] as const) {
        const other = await resetElement({ scenario, open: true });
        await other.press('Use backup method');
        await waitFor(() => expect(other.element.step).to.equal(step));
        await expect(other.element).to.be.accessible();
      }
    });
  });

  it('forgets the recovery token and key when removed', async () => {
    const reset = await resetElement();
    await verify(reset);
    reset.element.remove();
    expect(reset.element.step).to.equal('closed');
  });
});
