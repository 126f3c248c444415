import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RecoveryClient } from '../../src/api/client.js';
import { createMemoryClient, type MemoryScenario } from '../../src/api/memory-client.js';
import { formatDate, formatDateTime } from '../../src/core/format.js';
import '../../src/elements/two-factor-admin-reset/define.js';
import type { TwoFactorAdminReset } from '../../src/elements/two-factor-admin-reset/two-factor-admin-reset.js';
import { errorBody, httpClientAnswering, json, offline, raw } from '../api/fake-fetch.js';
import { samples } from '../api/samples.js';
import {
  descriptionOf,
  expectFocusOn,
  getByRole,
  queryByRole,
  textOf,
  waitFor,
} from '../support/queries.js';
import { recordEvents, userOf } from '../support/element-user.js';
import { spied } from '../support/spied-client.js';
import { click, paste, press, type } from '../support/user.js';
import { sendKeys } from '@web/test-runner-commands';

const admin = 'grace@example.com';

/**
 * The element on a page, signed in as the admin on a memory backend (or on `client`); `ada`
 * is the demo account on the same backend, to see what the reset did to her.
 */
async function adminReset(
  options: { scenario?: MemoryScenario; client?: RecoveryClient; userId?: string } = {},
) {
  const memory = createMemoryClient({ account: 'email-backup', ...options.scenario });
  const { spy, of } = spied(options.client ?? memory.as(admin));
  const page = await fixture(
    html`<div>
      <button type="button">Elsewhere on the page</button>
      <two-factor-admin-reset
        .client=${spy}
        user-id=${ifDefined(options.userId)}
      ></two-factor-admin-reset>
    </div>`,
  );
  const elsewhere = page.querySelector('button')!;
  const element = page.querySelector<TwoFactorAdminReset>('two-factor-admin-reset')!;
  const events = recordEvents(element, [
    'two-factor-admin-reset',
    'recovery-step-change',
    'recovery-error',
  ]);
  const user = userOf(element);
  const dialog = () => waitFor(() => getByRole(element, 'dialog'));
  const reasonField = () =>
    waitFor(() => getByRole<HTMLTextAreaElement>(element, 'textbox', 'Reason'));
  return {
    element,
    elsewhere,
    ada: memory,
    events,
    of,
    dialog,
    reasonField,
    ...user,
    async lookUp(userId: string) {
      await type(await user.field('User ID'), userId);
      await user.press('Look up');
    },
    async giveReason(reason: string) {
      await type(await reasonField(), reason);
    },
    /** "Reset 2FA" in the dialog (the step's own button is behind it, out of reach). */
    async confirm() {
      await click(getByRole(await dialog(), 'button', 'Reset 2FA'));
    },
  };
}
type Admin = Awaited<ReturnType<typeof adminReset>>;

async function toConfirm(a: Admin, reason = 'Lost phone, identity checked by video call') {
  await a.lookUp('ada@example.com');
  await a.step('confirm');
  if (reason) await a.giveReason(reason);
}

const fired = (a: Admin, type: string) => a.events.filter((event) => event.type === type);

describe('<two-factor-admin-reset>', () => {
  describe('the reset', () => {
    it('looks ada up, shows her 2FA state, and resets it with a reason once confirmed', async () => {
      const a = await adminReset();
      const { recoveryKey, backupMethod } = await a.ada.getStatus({});
      await a.heading('Reset 2-factor authentication');
      await a.lookUp(' ada@example.com ');
      await waitFor(() => expectFocusOn(getByRole(a.element, 'heading', 'Ada Lovelace')));
      const details = textOf(a.element.shadowRoot!.querySelector('dl')!);
      expect(details).to.equal(
        [
          'User ID ada@example.com',
          '2FA method Authenticator app',
          `Backup method Email address ${backupMethod!.maskedValue}`,
          `Recovery key Created ${formatDate('en', recoveryKey!.createdAt)}`,
        ].join(' '),
      );

      await a.giveReason('Lost phone, identity checked by video call');
      await a.press('Reset 2FA');
      const dialog = await a.dialog();
      expect(textOf(getByRole(dialog, 'heading'))).to.equal('Reset 2FA for Ada Lovelace?');
      expect(descriptionOf(dialog)).to.contain('must set up 2-factor authentication again');
      expect(a.of('adminResetTwoFactor')).to.have.length(0);
      await a.confirm();

      await waitFor(() =>
        expectFocusOn(getByRole(a.element, 'heading', '2FA reset for Ada Lovelace')),
      );
      const [reset] = fired(a, 'two-factor-admin-reset');
      const { resetAt } = reset!.detail as { resetAt: string };
      expect(reset!.detail).to.deep.equal({ userId: 'ada@example.com', resetAt });
      await a.text(
        new RegExp(`^Reset ${escape(formatDateTime('en', resetAt))}\\. We've told them`),
      );
      expect(a.of('adminResetTwoFactor').map((call) => call.body)).to.deep.equal([
        { userId: 'ada@example.com', reason: 'Lost phone, identity checked by video call' },
      ]);

      // What the backend did: 2FA off, the key gone, the reset recorded, ada told.
      const status = await a.ada.getStatus({});
      expect(status.primary).to.equal(null);
      expect(status.recoveryKey).to.equal(null);
      expect((await a.ada.adminLog()).at(-1)).to.include({
        userId: 'ada@example.com',
        by: admin,
        reason: 'Lost phone, identity checked by video call',
      });
      expect((await a.ada.outbox()).at(-1)).to.include({
        to: 'ada@example.com',
        kind: 'admin-reset',
      });

      await a.press('Look up another user');
      await waitFor(() =>
        expectFocusOn(getByRole(a.element, 'heading', 'Reset 2-factor authentication')),
      );
      expect((await a.field('User ID')).value).to.equal('');
      expect(
        a.events.filter((e) => e.type === 'recovery-step-change').map((e) => e.detail),
      ).to.deep.equal([{ step: 'confirm' }, { step: 'done' }, { step: 'lookup' }]);
    });

    it('goes the whole way with the keyboard alone', async () => {
      const a = await adminReset();
      a.elsewhere.focus();
      await press('Tab');
      expectFocusOn(await a.field('User ID'));
      await type(await a.field('User ID'), 'ada@example.com');
      await press('Enter');
      await waitFor(() => expectFocusOn(getByRole(a.element, 'heading', 'Ada Lovelace')));
      await press('Tab');
      expectFocusOn(await a.reasonField());
      await sendKeys({ type: 'Lost phone' });
      await press('Tab');
      expectFocusOn(await a.button('Reset 2FA'));
      await press('Enter');
      const dialog = await a.dialog();
      // Focus starts on "Cancel", the safe choice; Escape cancels and focus comes back.
      await waitFor(() => expectFocusOn(getByRole(dialog, 'button', 'Cancel')));
      await press('Escape');
      await waitFor(() => expect(queryByRole(a.element, 'dialog')).to.equal(null));
      await waitFor(() => expectFocusOn(getByRole(a.element, 'button', 'Reset 2FA')));
      await press('Enter');
      await waitFor(() => expectFocusOn(getByRole(dialog, 'button', 'Cancel')));
      await sendKeys({ down: 'Shift' });
      await press('Tab');
      await sendKeys({ up: 'Shift' });
      expectFocusOn(getByRole(dialog, 'button', 'Reset 2FA'));
      await press('Enter');
      await waitFor(() =>
        expectFocusOn(getByRole(a.element, 'heading', '2FA reset for Ada Lovelace')),
      );
      await press('Tab');
      expectFocusOn(await a.button('Look up another user'));
      await press('Enter');
      await waitFor(() => expect(a.element.step).to.equal('lookup'));
      expect(fired(a, 'two-factor-admin-reset')).to.have.length(1);
    });

    it('"Cancel" in the dialog sends nothing and returns focus to "Reset 2FA"', async () => {
      const a = await adminReset();
      await toConfirm(a);
      await a.press('Reset 2FA');
      await click(getByRole(await a.dialog(), 'button', 'Cancel'));
      await waitFor(() => expectFocusOn(getByRole(a.element, 'button', 'Reset 2FA')));
      expect(a.of('adminResetTwoFactor')).to.have.length(0);
      expect(a.element.step).to.equal('confirm');
      expect((await a.reasonField()).value).to.equal('Lost phone, identity checked by video call');
    });

    it('"Back" returns to the lookup with the user ID kept', async () => {
      const a = await adminReset();
      await toConfirm(a, '');
      await a.press('Back');
      await waitFor(() =>
        expectFocusOn(getByRole(a.element, 'heading', 'Reset 2-factor authentication')),
      );
      expect((await a.field('User ID')).value).to.equal('ada@example.com');
    });

    it('shows a user with no 2FA, no backup method and no key as such', async () => {
      const a = await adminReset();
      await a.lookUp('alan@example.com');
      await a.heading('Alan Turing');
      expect(textOf(a.element.shadowRoot!.querySelector('dl')!)).to.equal(
        'User ID alan@example.com 2FA method Not set up Backup method Not set up Recovery key Not set up',
      );
    });

    it('a double click on "Reset 2FA" in the dialog sends one request', async () => {
      const a = await adminReset({ scenario: { latencyMs: 300 } });
      await toConfirm(a);
      await a.press('Reset 2FA');
      const reset = getByRole(await a.dialog(), 'button', 'Reset 2FA');
      await click(reset);
      await click(reset);
      expect(reset.getAttribute('aria-disabled')).to.equal('true');
      await a.heading('2FA reset for Ada Lovelace');
      expect(a.of('adminResetTwoFactor')).to.have.length(1);
    });
  });

  describe('what it refuses before sending', () => {
    it('an empty or blank user ID', async () => {
      const a = await adminReset();
      await a.press('Look up');
      await a.text('Enter a user ID.');
      const field = await a.field('User ID');
      expectFocusOn(field);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(descriptionOf(field)).to.contain('Enter a user ID.');
      await type(field, '   ');
      await press('Enter');
      await a.text('Enter a user ID.');
      expect(a.of('adminGetUser')).to.have.length(0);
    });

    it('a user ID longer than the contract allows', async () => {
      const a = await adminReset();
      paste(await a.field('User ID'), 'x'.repeat(257));
      await a.press('Look up');
      await a.text('A user ID has at most 256 characters.');
      expect(a.of('adminGetUser')).to.have.length(0);
    });

    it('an empty, blank or too long reason', async () => {
      const a = await adminReset();
      await toConfirm(a, '');
      await a.press('Reset 2FA');
      await a.text('Enter a reason for the reset.');
      const reason = await a.reasonField();
      expectFocusOn(reason);
      expect(reason.getAttribute('aria-invalid')).to.equal('true');
      expect(descriptionOf(reason)).to.contain('Enter a reason for the reset.');
      expect(queryByRole(a.element, 'dialog')).to.equal(null);

      await type(reason, ' \n ');
      await a.press('Reset 2FA');
      await a.text('Enter a reason for the reset.');

      paste(reason, 'x'.repeat(1001));
      await a.press('Reset 2FA');
      await a.text('Keep the reason to 1000 characters or fewer.');
      expect(queryByRole(a.element, 'dialog')).to.equal(null);
      expect(a.of('adminResetTwoFactor')).to.have.length(0);

      paste(reason, 'x'.repeat(1000));
      await waitFor(() => expect(reason.getAttribute('aria-invalid')).to.equal('false'));
      await a.press('Reset 2FA');
      await a.dialog();
    });
  });

  describe('user-id', () => {
    it('looks the user up at once, taking no focus', async () => {
      const a = await adminReset({ userId: 'ada@example.com', scenario: { latencyMs: 100 } });
      a.elsewhere.focus();
      await a.step('loading');
      await a.heading('Ada Lovelace');
      expectFocusOn(a.elsewhere);
      expect(fired(a, 'recovery-step-change')).to.have.length(0);
    });

    it('an unknown user: "No user with that ID" on the field, with the ID kept', async () => {
      const a = await adminReset({ userId: 'nobody@example.com' });
      await a.text('No user with that ID');
      const field = await a.field('User ID');
      expect(field.value).to.equal('nobody@example.com');
      expect(descriptionOf(field)).to.contain('No user with that ID');
      await type(field, 'x');
      await waitFor(() => expect(field.getAttribute('aria-invalid')).to.equal('false'));
    });

    it('a fault: the error step with "Try again", which looks the user up again', async () => {
      const a = await adminReset({
        userId: 'ada@example.com',
        client: httpClientAnswering(offline, json(samples.adminGetUser.response)),
      });
      await a.heading("Your 2-factor authentication settings couldn't be loaded");
      await a.text("Can't reach the server. Check your connection and try again.");
      await a.press('Try again');
      await a.heading('Ada');
    });

    it('a new user-id looks that user up instead', async () => {
      const a = await adminReset({ userId: 'ada@example.com' });
      await a.heading('Ada Lovelace');
      a.element.setAttribute('user-id', 'alan@example.com');
      await a.heading('Alan Turing');
    });
  });

  describe('an account that is not an admin', () => {
    it('is told it may not reset 2FA, and sees no user data', async () => {
      const a = await adminReset({ client: createMemoryClient() });
      await a.lookUp('ada@example.com');
      await a.heading("You can't reset 2FA");
      await a.text(/isn't allowed to look up users/);
      expect(a.element.shadowRoot!.textContent).not.to.contain('Ada');
      expect(a.element.step).to.equal('error');
      expect(queryByRole(a.element, 'button', 'Try again')).to.equal(null);
    });

    it('the same for a user that does not exist, and for a 403 without a code', async () => {
      const a = await adminReset({ client: createMemoryClient(), userId: 'nobody@example.com' });
      await a.heading("You can't reset 2FA");
      const b = await adminReset({ client: httpClientAnswering(raw('{}', 403)) });
      await b.lookUp('ada@example.com');
      await b.heading("You can't reset 2FA");
    });

    it('losing the right between lookup and reset drops the user from the screen', async () => {
      const a = await adminReset({
        client: httpClientAnswering(
          json(samples.adminGetUser.response),
          errorBody('forbidden', {}, 403),
        ),
      });
      await toConfirm(a);
      await a.press('Reset 2FA');
      await a.confirm();
      await a.heading("You can't reset 2FA");
      expect(a.element.shadowRoot!.textContent).not.to.contain('Ada');
    });
  });

  describe('faults', () => {
    it('offline on the lookup: a clear error, the ID kept, "Try again" looks up', async () => {
      const a = await adminReset({
        client: httpClientAnswering(offline, json(samples.adminGetUser.response)),
      });
      await a.lookUp('u_1');
      await a.text("Can't reach the server. Check your connection and try again.");
      expect((await a.field('User ID')).value).to.equal('u_1');
      await a.press('Try again');
      await a.heading('Ada');
    });

    it('a 500 on the reset: the dialog closes, the error shows, the reason is kept, "Try again" resets', async () => {
      const a = await adminReset({
        client: httpClientAnswering(
          json(samples.adminGetUser.response),
          raw('oops', 500),
          json(samples.adminResetTwoFactor.response),
        ),
      });
      await toConfirm(a);
      await a.press('Reset 2FA');
      await a.confirm();
      await a.text('Something went wrong on the server. Try again.');
      expect(queryByRole(a.element, 'dialog')).to.equal(null);
      await waitFor(() => expectFocusOn(getByRole(a.element, 'button', 'Reset 2FA')));
      expect((await a.reasonField()).value).to.equal('Lost phone, identity checked by video call');
      await a.press('Try again');
      await a.heading('2FA reset for Ada');
      expect(fired(a, 'recovery-error').map((event) => event.detail)).to.deep.equal([
        { operation: 'adminResetTwoFactor', code: 'server' },
      ]);
    });

    it('a 429 says how long to wait; an off-contract answer is a clear error', async () => {
      const a = await adminReset({
        client: httpClientAnswering(
          raw('', 429, { 'Retry-After': '30' }),
          json({ userId: 'u_1' }),
          json(samples.adminGetUser.response),
        ),
      });
      await a.lookUp('u_1');
      await a.text('Too many requests. Try again in 30 seconds.');
      await a.press('Try again');
      await a.text("The server's answer didn't make sense. Try again.");
      await a.press('Try again');
      await a.heading('Ada');
    });

    it('a user deleted between lookup and reset: "No user with that ID" on the lookup', async () => {
      const a = await adminReset({
        client: httpClientAnswering(
          json(samples.adminGetUser.response),
          errorBody('not_found', {}, 404),
        ),
      });
      await toConfirm(a);
      await a.press('Reset 2FA');
      await a.confirm();
      await a.text('No user with that ID');
      expect((await a.field('User ID')).value).to.equal('u_1');
    });
  });

  describe('accessibility', () => {
    it('passes axe on every step, the dialog open included', async () => {
      const a = await adminReset({ scenario: { latencyMs: 200 }, userId: 'ada@example.com' });
      await a.step('loading');
      await expect(a.element).to.be.accessible();
      await a.heading('Ada Lovelace');
      await a.press('Back');
      await a.step('lookup');
      await expect(a.element).to.be.accessible();
      paste(await a.field('User ID'), '');
      await a.press('Look up');
      await a.text('Enter a user ID.');
      await expect(a.element).to.be.accessible();
      await a.lookUp('ada@example.com');
      await a.heading('Ada Lovelace');
      await expect(a.element).to.be.accessible();
      await a.press('Reset 2FA');
      await a.text('Enter a reason for the reset.');
      await expect(a.element).to.be.accessible();
      await a.giveReason('Lost phone');
      await a.press('Reset 2FA');
      await a.dialog();
      await expect(a.element).to.be.accessible();
      await a.confirm();
      await a.heading('2FA reset for Ada Lovelace');
      await expect(a.element).to.be.accessible();

      const other = await adminReset({ client: createMemoryClient(), userId: 'ada@example.com' });
      await other.heading("You can't reset 2FA");
      await expect(other.element).to.be.accessible();
      const faulty = await adminReset({ client: httpClientAnswering(offline), userId: 'u_1' });
      await faulty.step('error');
      await expect(faulty.element).to.be.accessible();
    });

    it('fits 320 px without scrolling sideways', async () => {
      const a = await adminReset();
      a.element.style.width = '320px';
      await toConfirm(a);
      const card = a.element.shadowRoot!.querySelector('section')!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
      expect(a.element.getBoundingClientRect().width).to.equal(320);
    });
  });
});

/** `text` as a regular expression that matches it literally. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
