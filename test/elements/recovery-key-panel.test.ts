import { expect, fixture, html } from '@open-wc/testing';
import type { RecoveryClient } from '../../src/api/client.js';
import { createHttpClient } from '../../src/api/http-client.js';
import { createMemoryClient, type MemoryScenario } from '../../src/api/memory-client.js';
import { formatDate } from '../../src/core/format.js';
import '../../src/elements/recovery-key-panel/define.js';
import '../../src/elements/recovery-provider/define.js';
import { errorBody, fakeFetch, httpClientAnswering, json, raw } from '../api/fake-fetch.js';
import { samples } from '../api/samples.js';
import { emulateMedia } from '../support/media.js';
import {
  expectFocusOn,
  getByRole,
  getByText,
  queryByRole,
  required,
  textOf,
  waitFor,
} from '../support/queries.js';
import { recordEvents, userOf } from '../support/element-user.js';
import { click, press, type } from '../support/user.js';

const keyPattern = /^([2-9A-HJ-NP-Z]{4} ){5}[2-9A-HJ-NP-Z]{4}$/;

async function panel(
  options: { scenario?: MemoryScenario; client?: RecoveryClient; mode?: 'manage' | 'sign-in' } = {},
) {
  const memory = createMemoryClient(options.scenario);
  const provider = await fixture(
    html`<recovery-provider site-name="Example" .client=${options.client ?? memory}>
      <p>Elsewhere on the page</p>
      <recovery-key-panel mode=${options.mode ?? 'manage'}></recovery-key-panel>
    </recovery-provider>`,
  );
  const element = provider.querySelector('recovery-key-panel')!;
  const events = recordEvents(element, [
    'recovery-key-generated',
    'recovery-key-acknowledged',
    'recovery-key-redeemed',
  ]);
  const user = {
    ...userOf(element),
    /** The key on screen, once it is. */
    shownKey: async () =>
      textOf(await waitFor(() => getByText(element, keyPattern))).replace(/\s/g, ''),
    acknowledge: async () => {
      await click(
        await waitFor(() => getByRole(element, 'checkbox', "I've noted down my recovery key")),
      );
      await user.press('Done');
    },
  };
  return { element, provider, client: memory, events, ...user };
}
type Panel = Awaited<ReturnType<typeof panel>>;

/** Everything the element holds and shows, as text. */
const everythingIn = (p: Panel) =>
  [
    JSON.stringify((p.element as unknown as { state: unknown }).state),
    p.element.shadowRoot!.innerHTML,
    p.element.shadowRoot!.querySelector('tfr-recovery-key')?.shadowRoot?.innerHTML ?? '',
  ].join('\n');

describe('<recovery-key-panel>', () => {
  describe('manage', () => {
    it('says when the key was made', async () => {
      const p = await panel();
      const { recoveryKey } = await p.client.getStatus({});
      await p.heading('Recovery key');
      await p.text(`You created your recovery key on ${formatDate('en', recoveryKey!.createdAt)}.`);
    });

    it('warns when there is none, and makes the first without asking', async () => {
      const p = await panel({ scenario: { account: 'no-backup' } });
      await p.heading('No recovery key yet');
      await p.text(/a recovery key is how you get back in/);
      expect(p.element.shadowRoot!.querySelector('[part~="banner"]')).to.exist;
      await p.press('Generate a new recovery key');
      await waitFor(() => expectFocusOn(getByRole(p.element, 'heading', 'Your new recovery key')));
      expect(await p.shownKey()).to.have.length(24);
    });

    it('with no-warning: a plain line instead of the banner, for a page that warns itself', async () => {
      const p = await panel({ scenario: { account: 'no-backup' } });
      p.element.toggleAttribute('no-warning', true);
      await p.heading('Recovery key');
      await p.text("You don't have a recovery key yet.");
      expect(p.element.shadowRoot!.querySelector('[part~="banner"]')).to.equal(null);
      await expect(p.element).to.be.accessible();
    });

    it('replaces a key after confirming that the old one stops working', async () => {
      const p = await panel();
      const old = (await p.client.generateRecoveryKey({})).recoveryKey;
      await p.press('Generate a new recovery key');
      await waitFor(() =>
        expectFocusOn(getByRole(p.element, 'heading', 'Replace your recovery key?')),
      );
      await p.text('Your current recovery key stops working as soon as you make a new one.');
      await p.press('Cancel');
      await p.heading('Recovery key');
      await p.press('Generate a new recovery key');
      await p.press('Replace recovery key');
      const key = await p.shownKey();
      expect(key).not.to.equal(old);
      await p.acknowledge();
      await waitFor(() => expectFocusOn(getByRole(p.element, 'heading', 'Recovery key')));
      const { createdAt } = p.events[0]!.detail as { createdAt: string };
      await p.text(`You created your recovery key on ${formatDate('en', createdAt)}.`);
      expect(p.events).to.deep.equal([
        { type: 'recovery-key-generated', detail: { createdAt } },
        { type: 'recovery-key-acknowledged', detail: { createdAt } },
      ]);
      const refused = await p.client
        .redeemRecoveryKey({ recoveryKey: old })
        .catch((error: unknown) => error);
      expect((refused as { code: string }).code).to.equal('invalid_code');
      await p.client.redeemRecoveryKey({ recoveryKey: key });
    });

    it('keeps the key nowhere after "Done": not in its state, the page, an event, web storage or the URL', async () => {
      const p = await panel();
      await p.press('Generate a new recovery key');
      await p.press('Replace recovery key');
      const key = await p.shownKey();
      expect(everythingIn(p)).to.contain(key.slice(0, 4));
      await p.acknowledge();
      await p.step('summary');
      const places = [
        everythingIn(p),
        JSON.stringify(p.events),
        JSON.stringify({ ...localStorage }),
        JSON.stringify({ ...sessionStorage }),
        location.href,
      ];
      for (const place of places) {
        expect(place).not.to.contain(key);
        expect(place).not.to.contain(key.slice(0, 4) + ' ' + key.slice(4, 8));
      }
    });

    it('shows a key it made on a page whose lang Intl refuses ("en_US")', async () => {
      const p = await panel();
      p.provider.setAttribute('lang', 'en_US');
      await p.press('Generate a new recovery key');
      await p.press('Replace recovery key');
      expect(await p.shownKey()).to.have.length(24);
      await p.text(/^Created /);
    });

    it('forgets the key when removed while it is shown', async () => {
      const p = await panel();
      await p.press('Generate a new recovery key');
      await p.press('Replace recovery key');
      const key = await p.shownKey();
      const display = p.element.shadowRoot!.querySelector('tfr-recovery-key')!;
      p.element.remove();
      expect(JSON.stringify((p.element as unknown as { state: unknown }).state)).not.to.contain(
        key,
      );
      expect(display.recoveryKey).to.equal(null);
    });

    it('downloads a text file with the key, the site and the date', async () => {
      const p = await panel();
      await p.press('Generate a new recovery key');
      await p.press('Replace recovery key');
      const key = await p.shownKey();
      const files: Blob[] = [];
      const names: string[] = [];
      const realCreate = URL.createObjectURL;
      const realClick = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (file: Blob | MediaSource) => (
        files.push(file as Blob),
        realCreate(file)
      );
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        names.push(this.download);
      };
      try {
        await p.press('Download');
      } finally {
        URL.createObjectURL = realCreate;
        HTMLAnchorElement.prototype.click = realClick;
      }
      expect(names[0]).to.match(/^Example recovery key \d{4}-\d{2}-\d{2}\.txt$/);
      const content = await files[0]!.text();
      expect(content).to.contain('Recovery key for Example');
      expect(content).to.contain(key.match(/.{4}/g)!.join('-'));
    });

    it('prints only the key card', async function () {
      const p = await panel();
      await p.press('Generate a new recovery key');
      await p.press('Replace recovery key');
      await p.shownKey();
      const realPrint = window.print;
      window.print = () => {};
      // Found on screen: in print, they are meant to disappear.
      const elsewhere = getByText(p.provider, 'Elsewhere on the page');
      const display = p.element.shadowRoot!.querySelector('tfr-recovery-key')!;
      const copy = getByRole(display, 'button', 'Copy');
      try {
        await p.press('Print');
        if (!(await emulateMedia([], 'print'))) this.skip(); // print media emulation is Chromium's
        expect(getComputedStyle(elsewhere).visibility).to.equal('hidden');
        expect(getComputedStyle(p.element).visibility).to.equal('visible');
        expect(getComputedStyle(copy.parentElement!).display).to.equal('none');
        expect(
          getComputedStyle(display.shadowRoot!.querySelector('[part="recovery-key"]')!).display,
        ).not.to.equal('none');
      } finally {
        window.print = realPrint;
        window.dispatchEvent(new Event('afterprint'));
        await emulateMedia([]);
      }
    });

    it("asks the user to verify it's them where the backend wants it, then shows the key", async () => {
      const p = await panel({ scenario: { account: 'step-up' } });
      await p.press('Generate a new recovery key');
      await p.press('Replace recovery key');
      await type(
        await waitFor(() =>
          getByRole<HTMLInputElement>(p.element, 'textbox', 'Authentication code'),
        ),
        required((await p.client.totp()).code),
      );
      await press('Enter');
      expect(await p.shownKey()).to.have.length(24);
    });
  });

  describe('sign-in', () => {
    it('signs in with a key pasted as people do', async () => {
      const p = await panel({ mode: 'sign-in', scenario: { redirectUrl: null } });
      const { recoveryKey } = await p.client.generateRecoveryKey({});
      expect(p.element.step).to.equal('redeem');
      await p.heading('Sign in with a recovery key');
      await type(
        await waitFor(() => getByRole<HTMLInputElement>(p.element, 'textbox', 'Recovery key')),
        recoveryKey.toLowerCase(),
      );
      await press('Enter');
      await p.heading("You're signed in");
      expect(p.events).to.deep.equal([
        { type: 'recovery-key-redeemed', detail: { redirectUrl: null } },
      ]);
    });

    it('sends nothing that cannot be a key, so it costs no attempt; a wrong key says "recovery key"', async () => {
      const p = await panel({ mode: 'sign-in' });
      const field = await p.field('Recovery key');
      await type(field, 'abc');
      await press('Enter');
      await p.text("That's too short for a recovery key. Enter all of it.");
      field.value = '';
      await type(field, 'WRONG-KEY1');
      await press('Enter');
      await p.text("That recovery key isn't right. 4 attempts left.");
    });

    for (const code of ['hasOwnProperty', 'valueOf', 'isPrototypeOf', 'constructor']) {
      it(`a server code "${code}" is shown as an unknown error, and the panel carries on`, async () => {
        const p = await panel({
          mode: 'sign-in',
          client: httpClientAnswering(errorBody(code, {}, 400)),
        });
        await type(await p.field('Recovery key'), 'ABCD-EFGH');
        await press('Enter');
        await p.text('Something went wrong. Try again.');
        expect(p.element.hasAttribute('aria-busy')).to.equal(false);
        expect(p.element.shadowRoot!.textContent).not.to.contain('[object');
      });
    }

    it('starts over when the mode changes', async () => {
      const p = await panel({ mode: 'sign-in' });
      p.element.mode = 'manage';
      await p.heading('Recovery key');
    });
  });

  describe('faults, through the HTTP client', () => {
    it('the status fails to load: a clear error and "Try again"', async () => {
      const p = await panel({
        client: httpClientAnswering(
          raw('', 503),
          raw('', 503),
          raw('', 503),
          json(samples.getStatus.response),
        ),
      });
      await p.heading("Your 2-factor authentication settings couldn't be loaded");
      await p.press('Try again');
      await p.heading('Recovery key');
    });

    it('making the key times out: the error in the step, and "Try again" makes it', async () => {
      const client = createHttpClient({
        baseUrl: '/api/2fa',
        timeoutMs: 200,
        fetch: fakeFetch(
          json(samples.getStatus.response),
          ({ signal }) =>
            new Promise((_, reject) =>
              signal.addEventListener('abort', () => reject(signal.reason)),
            ),
          json(samples.generateRecoveryKey.response),
        ).fetch,
      });
      const p = await panel({ client });
      await p.press('Generate a new recovery key');
      await p.press('Replace recovery key');
      await p.text('The server took too long to answer. Try again.');
      expect(p.element.step).to.equal('confirm');
      await p.press('Try again');
      await p.heading('Your new recovery key');
    });
  });

  describe('accessibility', () => {
    it('passes axe on the summary, the confirmation and the key', async () => {
      const p = await panel();
      await p.step('summary');
      await expect(p.element).to.be.accessible();
      await p.press('Generate a new recovery key');
      await p.step('confirm');
      await expect(p.element).to.be.accessible();
      await p.press('Replace recovery key');
      await p.shownKey();
      await expect(p.element).to.be.accessible();
    });

    it('passes axe with no key, signing in, signed in, and the status error', async () => {
      const none = await panel({ scenario: { account: 'no-backup' } });
      await none.step('summary');
      await expect(none.element).to.be.accessible();
      const signIn = await panel({ mode: 'sign-in' });
      await expect(signIn.element).to.be.accessible();
      const { recoveryKey } = await signIn.client.generateRecoveryKey({});
      await type(
        await waitFor(() => getByRole<HTMLInputElement>(signIn.element, 'textbox', 'Recovery key')),
        recoveryKey,
      );
      await press('Enter');
      await signIn.step('signed-in');
      await expect(signIn.element).to.be.accessible();
      const failing = await panel({ scenario: { faults: { getStatus: 'unauthorized' } } });
      await failing.step('error');
      await failing.text('Your sign-in has expired. Sign in again.');
      expect(queryByRole(failing.element, 'button', 'Try again')).to.equal(null);
      await expect(failing.element).to.be.accessible();
    });
  });
});
