import { expect, fixture, html } from '@open-wc/testing';
import { generate } from 'otplib';
import {
  createMemoryClient,
  type MemoryClient,
  type MemoryScenario,
} from '../../src/api/memory-client.js';
import '../../src/elements/account-protection/define.js';
import type { AccountProtection } from '../../src/elements/account-protection/account-protection.js';
import '../../src/elements/recovery-provider/define.js';
import type { StringsOverride } from '../../src/core/strings/en.js';
import {
  expectFocusOn,
  focused,
  getByRole,
  queryAllByRole,
  queryByText,
  required,
  textOf,
  waitFor,
} from '../support/queries.js';
import { recordEvents, userOf } from '../support/element-user.js';
import { sendKeys } from '@web/test-runner-commands';
import { click, press, type } from '../support/user.js';

const publicEvents = [
  'backup-method-changed',
  'recovery-key-generated',
  'recovery-key-acknowledged',
  'authenticator-enrolled',
  'step-up-required',
  'recovery-step-change',
  'recovery-error',
] as const;

/** Every element of the kit inside `root`, across shadow roots. */
function* shadowHosts(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    if (!element.shadowRoot) continue;
    yield element;
    yield* shadowHosts(element.shadowRoot);
  }
}

async function protection(
  options: {
    scenario?: MemoryScenario;
    client?: MemoryClient;
    setupUrl?: string;
    strings?: StringsOverride;
  } = {},
) {
  const memory = options.client ?? createMemoryClient(options.scenario);
  const provider = await fixture(
    html`<recovery-provider .client=${memory} site-name="Example" default-country="GB">
      <account-protection
        setup-url=${options.setupUrl ?? ''}
        .strings=${options.strings}
      ></account-protection>
    </recovery-provider>`,
  );
  const element = provider.querySelector<AccountProtection>('account-protection')!;
  if (!options.setupUrl) element.removeAttribute('setup-url');
  // Heard where a host listens: on the document, once each.
  const events = recordEvents(document.documentElement, publicEvents);
  const user = userOf(element);
  return {
    element,
    client: memory,
    events,
    ...user,
    /** Every banner on screen, in this element and the ones it embeds. */
    banners: () =>
      [...shadowHosts(provider)].flatMap((host) => [
        ...host.shadowRoot!.querySelectorAll('[part~="banner"]'),
      ]),
    of: (type: string) => events.filter((event) => event.type === type),
    /** The overview, once it and the elements it embeds have loaded (so nothing moves under a click). */
    overview: () =>
      waitFor(() => {
        expect(element.step).to.equal('overview');
        for (const tag of ['backup-method-manager', 'recovery-key-panel'] as const)
          expect(required(element.shadowRoot!.querySelector(tag)).step).not.to.equal('loading');
      }),
  };
}
type Protection = Awaited<ReturnType<typeof protection>>;

/** The code the new app shows, computed from the key on screen. */
async function enrolNewApp(p: Protection) {
  const key = textOf(
    await waitFor(() =>
      required(
        p.element
          .shadowRoot!.querySelector('authenticator-setup')
          ?.shadowRoot?.querySelector('#manual-key'),
      ),
    ),
  ).replace(/\s/g, '');
  const code = await generate({ secret: key, epoch: Math.floor(p.client.now!() / 1000) });
  await type(await p.field('Verification code'), code);
  await press('Enter');
}

describe('<account-protection>', () => {
  describe('the overview', () => {
    it('an account with everything: the summary, no warning, the backup method and key in place', async () => {
      const p = await protection();
      await p.overview();
      await p.heading('Protect your account');
      await p.text(
        'Your account is protected: 2-factor authentication, a backup method and a recovery key.',
      );
      const list = textOf(p.element.shadowRoot!.querySelector('dl')!);
      expect(list).to.match(
        /^2FA device Authenticator app Backup method Email address \S+ Recovery key Created /,
      );
      expect(p.banners()).to.have.length(0);
      await p.heading('Backup method');
      await p.text(/^You created your recovery key on /);
      await p.button('Replace 2FA device');
      await expect(p.element).to.be.accessible();
    });

    it('no backup method and no key: one warning, a checklist, and plain lines below', async () => {
      const p = await protection({ scenario: { account: 'no-backup' } });
      await p.overview();
      await p.text('Finish protecting your account:');
      const checklist = getByRole(p.element, 'list', 'Finish protecting your account:');
      expect(queryAllByRole(checklist, 'listitem').map(textOf)).to.deep.equal([
        'Set up a backup method, so you can reset 2FA yourself if you lose your device.',
        'Generate a recovery key, so you can sign in if you lose your device.',
      ]);
      await p.text("You haven't set up a backup method.");
      await p.text("You don't have a recovery key yet.");
      expect(p.banners()).to.have.length(1);
      await expect(p.element).to.be.accessible();
    });

    it('after an admin reset: "Set up 2FA", and 2FA first on the checklist', async () => {
      const client = createMemoryClient({ account: 'email-backup' });
      await client.as('grace@example.com').adminResetTwoFactor({
        userId: 'ada@example.com',
        reason: 'Lost phone',
      });
      const p = await protection({ client });
      await p.overview();
      const checklist = getByRole(p.element, 'list', 'Finish protecting your account:');
      expect(queryAllByRole(checklist, 'listitem').map(textOf)).to.deep.equal([
        'Set up 2-factor authentication.',
        'Generate a recovery key, so you can sign in if you lose your device.',
      ]);
      await p.press('Set up 2FA');
      // No 2FA to replace: straight to the QR code.
      await waitFor(() =>
        expectFocusOn(getByRole(p.element, 'heading', 'Set up your authenticator app')),
      );
    });

    it('a status that does not load: the error step, and "Try again"', async () => {
      const p = await protection({
        scenario: { faults: { getStatus: { code: 'server', times: 1 } } },
      });
      await p.heading("Your 2-factor authentication settings couldn't be loaded");
      expect(p.element.step).to.equal('error');
      await expect(p.element).to.be.accessible();
      await p.press('Try again');
      await p.overview();
    });

    it('with setup-url, "Replace 2FA device" links there', async () => {
      const p = await protection({ setupUrl: '/setup.html' });
      await p.overview();
      const link = await waitFor(() => getByRole(p.element, 'link', 'Replace 2FA device'));
      expect(link.getAttribute('href')).to.equal('/setup.html');
    });
  });

  it("nests the embedded elements' headings one level below its own", async () => {
    const p = await protection();
    await p.overview();
    const level = (name: string) =>
      getByRole(p.element, 'heading', name).getAttribute('aria-level');
    expect(level('Protect your account')).to.equal(null); // an h2
    expect(level('Backup method')).to.equal('3');
    expect(level('Recovery key')).to.equal('3');
    await p.press('Replace 2FA device');
    await p.heading('Set up a new authenticator app?');
    expect(level('Set up a new authenticator app?')).to.equal('3');
  });

  describe('changes made in place', () => {
    it('a backup method set up: the overview shows it, the warning shrinks, the host hears it once', async () => {
      const p = await protection({ scenario: { account: 'no-backup' } });
      await p.overview();
      await p.press('Set up a backup method');
      await click(await p.radio('Email address'));
      await type(await p.field('Email address'), 'ada.new@example.org');
      await p.press('Send code');
      await type(await p.field('Verification code'), required(await p.client.lastCode()));
      await press('Enter');
      await p.heading('Backup method saved');
      await waitFor(() =>
        expect(textOf(p.element.shadowRoot!.querySelector('dl')!)).to.contain('Email address a'),
      );
      const checklist = getByRole(p.element, 'list', 'Finish protecting your account:');
      expect(queryAllByRole(checklist, 'listitem')).to.have.length(1);
      expect(p.of('backup-method-changed')).to.have.length(1);
      // The embedded element's own steps and errors stay inside.
      expect(p.of('recovery-step-change')).to.deep.equal([]);
      expect(p.banners()).to.have.length(1);
    });

    it('a first recovery key: shown once, then the warning goes', async () => {
      const p = await protection({ scenario: { account: 'no-backup' } });
      await p.overview();
      await p.press('Generate a new recovery key');
      await p.heading('Your new recovery key');
      await click(
        await waitFor(() => getByRole(p.element, 'checkbox', "I've noted down my recovery key")),
      );
      await p.press('Done');
      await waitFor(() =>
        expect(queryByText(p.element, /^Generate a recovery key, so you can sign in/)).to.equal(
          null,
        ),
      );
      expect(p.of('recovery-key-generated')).to.have.length(1);
      expect(p.of('recovery-key-acknowledged')).to.have.length(1);
    });

    it("an embedded element's error stays inside; the host hears none", async () => {
      const p = await protection({
        scenario: { faults: { generateRecoveryKey: { code: 'network', times: 1 } } },
      });
      await p.overview();
      await p.press('Generate a new recovery key');
      await p.press('Replace recovery key');
      await p.text("Can't reach the server. Check your connection and try again.");
      expect(p.of('recovery-error')).to.deep.equal([]);
    });
  });

  describe('replacing the 2FA device', () => {
    it('asks first; "Cancel" there returns to the overview', async () => {
      const p = await protection();
      await p.overview();
      await p.press('Replace 2FA device');
      await waitFor(() =>
        expectFocusOn(getByRole(p.element, 'heading', 'Set up a new authenticator app?')),
      );
      expect(p.element.step).to.equal('setup');
      await expect(p.element).to.be.accessible();
      await p.press('Cancel');
      await p.overview();
      await waitFor(() => expectFocusOn(getByRole(p.element, 'heading', 'Protect your account')));
      expect(p.of('recovery-step-change').map((event) => event.detail)).to.deep.equal([
        { step: 'setup' },
        { step: 'overview' },
      ]);
    });

    it('"Cancel" while scanning returns to the overview, the old app unchanged', async () => {
      const p = await protection();
      await p.overview();
      await p.press('Replace 2FA device');
      await p.press('Continue');
      await p.heading('Set up your authenticator app');
      expect(queryAllByRole(p.element, 'button', 'Cancel')).to.have.length(1);
      await p.press('Cancel');
      await p.overview();
      expect((await p.client.getStatus({})).primary?.type).to.equal('totp');
    });

    it('a new app set up: "Done" returns to a refreshed overview; each event heard once', async () => {
      const p = await protection();
      await p.overview();
      await p.press('Replace 2FA device');
      await p.press('Continue');
      await enrolNewApp(p);
      await p.text(/^You already have a recovery key/);
      await p.press('Continue');
      await p.heading('2-factor authentication is set up');
      await p.press('Done');
      await p.overview();
      expect(p.of('authenticator-enrolled')).to.have.length(1);
      expect(p.of('recovery-step-change').map((event) => event.detail)).to.deep.equal([
        { step: 'setup' },
        { step: 'overview' },
      ]);
    });
  });

  it('goes the whole way with the keyboard alone, focus on each new heading', async () => {
    const p = await protection({ scenario: { account: 'no-backup' } });
    await p.overview();
    /** Presses Tab until the control named `name` has focus, within a few presses. */
    async function tabTo(role: string, name: string) {
      for (let presses = 0; presses < 12; presses++) {
        await press('Tab');
        if (focused() === queryAllByRole(p.element, role, name)[0]) return;
      }
      throw new Error(`Tab never reached the ${role} "${name}"`);
    }
    getByRole<HTMLElement>(p.element, 'heading', 'Protect your account').focus();
    await tabTo('button', 'Replace 2FA device');
    await press('Enter');
    await waitFor(() =>
      expectFocusOn(getByRole(p.element, 'heading', 'Set up a new authenticator app?')),
    );
    await tabTo('button', 'Cancel');
    await press('Enter');
    await waitFor(() => expectFocusOn(getByRole(p.element, 'heading', 'Protect your account')));

    await tabTo('button', 'Set up a backup method');
    await press('Enter');
    await waitFor(() => expectFocusOn(getByRole(p.element, 'heading', 'Set up a backup method')));
    await tabTo('radio', 'Phone number');
    await press('ArrowDown'); // to "Email address", as radios go
    expect((await p.radio('Email address')).checked).to.equal(true);
    await tabTo('textbox', 'Email address');
    await sendKeys({ type: 'ada.new@example.org' });
    await press('Enter');
    await waitFor(() =>
      expectFocusOn(getByRole(p.element, 'heading', 'Enter the verification code')),
    );
    await tabTo('textbox', 'Verification code');
    await sendKeys({ type: required(await p.client.lastCode()) });
    await press('Enter');
    await waitFor(() => expectFocusOn(getByRole(p.element, 'heading', 'Backup method saved')));
    expect(p.of('backup-method-changed')).to.have.length(1);
  });

  describe('step-up and retry()', () => {
    it('an embedded element does its own step-up; a host that verifies the user calls retry() here', async () => {
      const p = await protection({ scenario: { account: 'step-up' } });
      await p.overview();
      document.addEventListener('step-up-required', (event) => event.preventDefault(), {
        once: true,
      });
      await p.press('Generate a new recovery key');
      await p.press('Replace recovery key');
      await p.heading('Waiting for verification');
      expect(p.of('step-up-required').map((event) => event.detail)).to.deep.equal([
        { operation: 'generateRecoveryKey' },
      ]);
      // The host verifies the user its own way, then hands over.
      await p.client.startStepUp({});
      await p.client.stepUp({ code: required((await p.client.totp()).code) });
      p.element.retry();
      await p.heading('Your new recovery key');
    });
  });

  it("lets the page style the embedded elements' parts through its own", async () => {
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent =
      'account-protection::part(primary-button) { background-color: rgb(1, 2, 3); }';
    try {
      const p = await protection({ scenario: { account: 'no-backup' } });
      await p.overview();
      const setUp = await p.button('Set up a backup method');
      expect(getComputedStyle(setUp).backgroundColor).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  describe('its settings, handed on', () => {
    it("gives the embedded elements its client and strings, the provider's under its own", async () => {
      const p = await protection({
        scenario: { account: 'no-backup' },
        strings: { setUpBackupMethod: 'Add a backup method' },
      });
      await p.overview();
      await p.button('Add a backup method');
      // The provider's default country reaches the embedded manager: a national number works.
      await p.press('Add a backup method');
      await click(await p.radio('Phone number'));
      await type(await p.field('Phone number'), '07700 900999');
      await p.press('Send code');
      await p.text('Enter the 6-digit code sent to •••• 0999.');
    });
  });
});
