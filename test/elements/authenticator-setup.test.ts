import { expect, fixture, html } from '@open-wc/testing';
import { generate } from 'otplib';
import decodeQR from 'qr/decode.js';
import type { RecoveryClient } from '../../src/api/client.js';

import {
  createMemoryClient,
  type MemoryClient,
  type MemoryScenario,
} from '../../src/api/memory-client.js';
import type { AuthenticatorSetup } from '../../src/elements/authenticator-setup/authenticator-setup.js';
import '../../src/elements/authenticator-setup/define.js';
import { errorBody, httpClientAnswering, json, offline, raw } from '../api/fake-fetch.js';
import { samples } from '../api/samples.js';
import {
  expectFocusOn,
  focused,
  getByRole,
  getByText,
  queryByRole,
  required,
  textOf,
  waitFor,
} from '../support/queries.js';
import { sendKeys } from '@web/test-runner-commands';
import { recordEvents, userOf } from '../support/element-user.js';
import { click, press, type } from '../support/user.js';

/**
 * The element on a page. Every demo account has an authenticator already, so the user first
 * chooses "Continue" at `replace`, unless `atReplace` keeps them there.
 */
async function setup(
  options: { scenario?: MemoryScenario; client?: RecoveryClient; atReplace?: boolean } = {},
) {
  const memory = createMemoryClient(options.scenario);
  const element = await fixture<AuthenticatorSetup>(
    html`<authenticator-setup .client=${options.client ?? memory}></authenticator-setup>`,
  );
  if (!options.atReplace) {
    await waitFor(() => expect(element.step).not.to.equal('loading'));
    const replace = queryByRole(element, 'button', 'Continue');
    if (element.step === 'replace' && replace) await click(replace);
  }
  const events = recordEvents(element, [
    'authenticator-enrolled',
    'backup-method-changed',
    'recovery-key-generated',
    'recovery-key-acknowledged',
    'recovery-step-change',
  ]);
  const user = {
    ...userOf(element),
    /** The set-up key as shown, without its spaces. */
    manualKey: async () =>
      textOf(
        await waitFor(() => required(element.shadowRoot!.querySelector('#manual-key'))),
      ).replace(/\s/g, ''),
    codeField: () => userOf(element).field('Verification code'),
  };
  return { element, client: memory, events, ...user };
}
type Setup = Awaited<ReturnType<typeof setup>>;

/** The code the user's app would show now, computed from the key on screen. */
async function appCode(s: Setup, client: MemoryClient = s.client, offsetSeconds = 0) {
  return generate({
    secret: await s.manualKey(),
    epoch: Math.floor(client.now!() / 1000) + offsetSeconds,
  });
}

async function enrol(s: Setup) {
  await type(await s.codeField(), await appCode(s));
  await press('Enter');
}

/** Draws the QR code's SVG on a canvas and reads it back with a QR decoder. */
async function decode(svgElement: SVGSVGElement): Promise<string> {
  const size = 400;
  const source = new XMLSerializer().serializeToString(svgElement);
  const image = new Image(size, size);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, size, size);
  const { data } = context.getImageData(0, 0, size, size);
  return decodeQR({ width: size, height: size, data });
}

describe('<authenticator-setup>', () => {
  describe('scan', () => {
    it('shows a QR code of the otpauth URI, named for the user, and the key to type instead', async () => {
      const s = await setup();
      await s.heading('Set up your authenticator app');
      const qr = await waitFor(() =>
        getByRole(s.element, 'img', 'QR code for your authenticator app'),
      );
      const uri = await decode(qr as unknown as SVGSVGElement);
      expect(uri).to.match(/^otpauth:\/\/totp\//);
      const key = await s.manualKey();
      expect(uri).to.contain(`secret=${key}`);
      expect(textOf(required(s.element.shadowRoot!.querySelector('#manual-key')))).to.match(
        /^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/,
      );
      await s.text(/Google Authenticator, Microsoft Authenticator, Authy or 1Password/);
      await s.text('Then enter the 6-digit code the app shows.');
    });

    it('copies the key', async () => {
      const s = await setup();
      const copied: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        configurable: true,
        get: () => ({ writeText: async (text: string) => void copied.push(text) }),
      });
      try {
        await s.press('Copy');
        await s.text('Copied.');
      } finally {
        Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
      expect(copied).to.deep.equal([await s.manualKey()]);
    });

    it('says how many attempts are left after a wrong code, and sends nothing for a short one', async () => {
      const s = await setup();
      await type(await s.codeField(), '123');
      await press('Enter');
      await s.text('Enter the 6-digit code.');
      const right = await appCode(s);
      (await s.codeField()).value = '';
      await type(await s.codeField(), String((Number(right) + 1) % 1_000_000).padStart(6, '0'));
      await press('Enter');
      await s.text("That code isn't right. 4 attempts left.");
    });

    it('starts again with a fresh QR code when the set-up has expired', async () => {
      const s = await setup();
      const first = await s.manualKey();
      await s.client.advanceClock(600);
      await enrol(s);
      await s.text('That set-up expired, so here is a new QR code. Scan it again.');
      await waitFor(async () => expect(await s.manualKey()).not.to.equal(first));
      await enrol(s);
      await s.step('recovery-key');
    });

    it('locks the field after too many wrong codes; "Start again" gives a fresh QR code', async () => {
      const s = await setup();
      const first = await s.manualKey();
      const wrong = String((Number(await appCode(s)) + 1) % 1_000_000).padStart(6, '0');
      for (let left = 4; left >= 1; left--) {
        (await s.codeField()).value = '';
        await type(await s.codeField(), wrong);
        await press('Enter');
        await s.text(`That code isn't right. ${left} ${left === 1 ? 'attempt' : 'attempts'} left.`);
      }
      (await s.codeField()).value = '';
      await type(await s.codeField(), wrong);
      await press('Enter');
      await waitFor(async () => expect((await s.codeField()).disabled).to.equal(true));
      await s.press('Start again');
      await waitFor(async () => expect(await s.manualKey()).not.to.equal(first));
      expect((await s.codeField()).disabled).to.equal(false);
      await enrol(s);
      await s.step('recovery-key');
    });

    it('drops the set-up key when removed, and starts a fresh set-up when put back', async () => {
      const s = await setup();
      const first = await s.manualKey();
      const parent = s.element.parentNode!;
      s.element.remove();
      expect(JSON.stringify((s.element as unknown as { state: unknown }).state)).not.to.contain(
        first,
      );
      parent.append(s.element);
      await s.press('Continue'); // it starts over, at `replace`
      await waitFor(async () => expect(await s.manualKey()).not.to.equal(first));
    });
  });

  describe('replacing the 2FA method the account has', () => {
    it('says the current app stops working once the new one is verified; "Continue" sets it up', async () => {
      const s = await setup({ atReplace: true });
      await s.heading('Set up a new authenticator app?');
      await s.text(
        "Your current 2FA method (Authenticator app) keeps working until you've verified the new app. Then it stops working.",
      );
      expect(s.element.step).to.equal('replace');
      await expect(s.element).to.be.accessible();
      const oldCode = required((await s.client.totp()).code);
      await s.press('Continue');
      await waitFor(() =>
        expectFocusOn(getByRole(s.element, 'heading', 'Set up your authenticator app')),
      );
      // Until the new app is verified, the old one still works: never without 2FA.
      expect((await s.client.getStatus({})).primary?.type).to.equal('totp');
      await s.client.startStepUp({});
      await s.client.stepUp({ code: oldCode });
      const secret = await s.manualKey();
      await enrol(s);
      await s.step('recovery-key');
      // Now the new app's codes are the account's.
      expect((await s.client.totp()).code).to.equal(
        await generate({ secret, epoch: Math.floor(s.client.now!() / 1000) }),
      );
    });

    it('names text messages when they are the 2FA method', async () => {
      const s = await setup({ scenario: { account: 'sms-primary' }, atReplace: true });
      await s.text(/^Your current 2FA method \(Text message\) keeps working/);
    });

    it('"Cancel" changes nothing; "Set up a new app" asks again', async () => {
      const s = await setup({ atReplace: true });
      await s.press('Cancel');
      await waitFor(() => expectFocusOn(getByRole(s.element, 'heading', 'Nothing changed')));
      await s.text('Your 2-factor authentication stays as it is.');
      expect(s.element.step).to.equal('kept');
      await expect(s.element).to.be.accessible();
      await s.press('Set up a new app');
      await s.heading('Set up a new authenticator app?');
    });

    it('an element that embeds it hears "Cancel" as tfr-cancel, and can take the user back', async () => {
      const s = await setup({ atReplace: true });
      s.element.addEventListener('tfr-cancel', (event) => event.preventDefault());
      await s.press('Cancel');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(s.element.step).to.equal('replace');
    });

    it('asks nothing of an account without a 2FA method', async () => {
      const client = createMemoryClient();
      await client.removeDevice({});
      const s = await setup({ client, atReplace: true });
      await s.heading('Set up your authenticator app');
      expect(s.events.filter((event) => event.type === 'recovery-step-change')).to.deep.equal([]);
    });
  });

  it('goes all the way with the keyboard alone, focus on each new step', async () => {
    const s = await setup({ scenario: { account: 'no-backup' } });
    const { element } = s;
    /** Presses Tab until the control has focus, as a keyboard user would, within a few presses. */
    async function tabTo(role: string, name: string) {
      for (let presses = 0; presses < 8; presses++) {
        await press('Tab');
        if (focused() === queryByRole(element, role, name)) return;
      }
      throw new Error(`Tab never reached the ${role} "${name}"`);
    }
    const focusOn = (name: string) =>
      waitFor(() => expectFocusOn(getByRole(element, 'heading', name)));

    await s.codeField();
    await tabTo('textbox', 'Verification code');
    await sendKeys({ type: await appCode(s) });
    await press('Enter');
    await focusOn('Your authenticator app is set up');

    await tabTo('button', 'Skip for now');
    await press('Enter');
    await focusOn('Your new recovery key');

    await tabTo('checkbox', "I've noted down my recovery key");
    await press(' ');
    await tabTo('button', 'Done');
    await press('Enter');
    await focusOn('2-factor authentication is set up');
  });

  it('"Skip for now" moves focus once, to the new key, never through another heading or the page', async () => {
    const s = await setup({ scenario: { account: 'no-backup', latencyMs: 150 } });
    await enrol(s);
    await s.heading('Your authenticator app is set up');
    const seen: string[] = [];
    let sampling = true;
    const sample = () => {
      const active = focused();
      const name = active ? `${active.localName} ${textOf(active)}` : 'nothing';
      if (seen.at(-1) !== name) seen.push(name);
      if (sampling) requestAnimationFrame(sample);
    };
    await s.press('Skip for now');
    sample();
    await waitFor(() => expectFocusOn(getByRole(s.element, 'heading', 'Your new recovery key')));
    sampling = false;
    sample(); // where it ended
    expect(seen).to.deep.equal(['button Skip for now', 'h2 Your new recovery key']);
  });

  it('keeps focus on the step when the control that had it goes: "Replace recovery key"', async () => {
    const s = await setup();
    await enrol(s);
    await s.press('Generate a new recovery key');
    await s.press('Replace recovery key');
    await waitFor(() => expectFocusOn(getByRole(s.element, 'heading', 'Your new recovery key')));
  });

  describe('after the app is set up', () => {
    it('with no backup method: the embedded manager, then a first recovery key made at once, then done', async () => {
      const s = await setup({ scenario: { account: 'no-backup' } });
      await enrol(s);
      await waitFor(() =>
        expectFocusOn(getByRole(s.element, 'heading', 'Your authenticator app is set up')),
      );
      const manager = await waitFor(() =>
        required(s.element.shadowRoot!.querySelector('backup-method-manager')),
      );
      await waitFor(() => getByRole(manager, 'heading', 'Set up a backup method'));
      await click(await waitFor(() => getByRole(manager, 'radio', 'Email address')));
      await type(
        await waitFor(() => getByRole<HTMLInputElement>(manager, 'textbox', 'Email address')),
        'backup@example.org',
      );
      await press('Enter');
      await type(
        await waitFor(() => getByRole<HTMLInputElement>(manager, 'textbox', 'Verification code')),
        required(await s.client.lastCode()),
      );
      await press('Enter');
      await s.heading('Your new recovery key');
      await click(
        await waitFor(() => getByRole(s.element, 'checkbox', "I've noted down my recovery key")),
      );
      await s.press('Done');
      await s.heading('2-factor authentication is set up');
      const status = await s.client.getStatus({});
      expect(status.primary?.type).to.equal('totp');
      expect(status.backupMethod?.maskedValue).to.equal('b•••@example.org');
      expect(status.recoveryKey).not.to.equal(null);
      const types = s.events
        .map((event) => event.type)
        .filter((type) => type !== 'recovery-step-change');
      expect(types).to.deep.equal([
        'authenticator-enrolled',
        'backup-method-changed',
        'recovery-key-generated',
        'recovery-key-acknowledged',
      ]);
      expect(
        s.events
          .filter((event) => event.type === 'recovery-step-change')
          .map((event) => event.detail),
      ).to.deep.equal(['backup', 'recovery-key', 'done'].map((step) => ({ step })));
    });

    it("keeps the embedded manager's errors inside: a host hears none of them", async () => {
      const s = await setup({
        scenario: {
          account: 'no-backup',
          faults: { startBackupMethodChange: { code: 'network', times: 1 } },
        },
      });
      const heard: unknown[] = [];
      const listen = (event: Event) => heard.push((event as CustomEvent).detail);
      document.addEventListener('recovery-error', listen);
      try {
        await enrol(s);
        await click(await s.radio('Email address'));
        await type(await s.field('Email address'), 'ada.new@example.org');
        await s.press('Send code');
        await s.text("Can't reach the server. Check your connection and try again.");
        expect(heard).to.deep.equal([]);
      } finally {
        document.removeEventListener('recovery-error', listen);
      }
    });

    it('skips the backup method when the user says so', async () => {
      const s = await setup({ scenario: { account: 'no-backup' } });
      await enrol(s);
      await s.press('Skip for now');
      await s.heading('Your new recovery key');
    });

    it('with a backup method and a key: offers a new key, through the confirmation, or finishing', async () => {
      const s = await setup();
      await enrol(s);
      await s.text(/^You already have a recovery key, made on /);
      // Nothing else says so, the backup step being skipped: the first line does.
      await s.text('Your authenticator app is set up.');
      expect(queryByRole(s.element, 'button', 'Skip for now')).to.equal(null);
      await s.press('Generate a new recovery key');
      await s.heading('Replace your recovery key?');
      await s.press('Cancel');
      await s.press('Continue');
      await s.heading('2-factor authentication is set up');
      expect(s.events.map((event) => event.type)).not.to.include('recovery-key-generated');
    });

    it('replaces the key after the confirmation, and shows the new one once', async () => {
      const s = await setup();
      await enrol(s);
      await s.press('Generate a new recovery key');
      await s.press('Replace recovery key');
      await s.heading('Your new recovery key');
      await click(
        await waitFor(() => getByRole(s.element, 'checkbox', "I've noted down my recovery key")),
      );
      await s.press('Done');
      await s.heading('2-factor authentication is set up');
      const { createdAt } = required((await s.client.getStatus({})).recoveryKey);
      expect(s.events.filter((event) => event.type.startsWith('recovery-key-'))).to.deep.equal([
        { type: 'recovery-key-generated', detail: { createdAt } },
        { type: 'recovery-key-acknowledged', detail: { createdAt } },
      ]);
    });

    it('holds the set-up key nowhere once the app is set up: not its state, QR code or page', async () => {
      const s = await setup({ scenario: { account: 'no-backup' } });
      const secret = await s.manualKey();
      await enrol(s);
      await s.heading('Your authenticator app is set up');
      const held = s.element as unknown as { state: unknown; qr: unknown };
      expect(JSON.stringify(held.state)).not.to.contain(secret);
      expect(JSON.stringify(held.qr)).not.to.contain(secret);
      expect(s.element.shadowRoot!.innerHTML).not.to.contain(secret);
    });

    it('keeps no secret in any event, web storage or the URL', async () => {
      const s = await setup({ scenario: { account: 'no-backup' } });
      const secret = await s.manualKey();
      await enrol(s);
      await s.press('Skip for now');
      const key = textOf(
        await waitFor(() => getByText(s.element, /^([2-9A-HJ-NP-Z]{4} ){5}[2-9A-HJ-NP-Z]{4}$/)),
      ).replace(/\s/g, '');
      await click(
        await waitFor(() => getByRole(s.element, 'checkbox', "I've noted down my recovery key")),
      );
      await s.press('Done');
      await s.step('done');
      for (const place of [
        JSON.stringify(s.events),
        JSON.stringify({ ...localStorage, ...sessionStorage }),
        location.href,
      ]) {
        expect(place).not.to.contain(secret);
        expect(place).not.to.contain(key);
      }
      expect(JSON.stringify((s.element as unknown as { state: unknown }).state)).not.to.contain(
        key,
      );
    });
  });

  it("asks the user to verify it's them before a new set-up where the backend wants it", async () => {
    const s = await setup({ scenario: { account: 'step-up' } });
    await s.heading("Verify it's you");
    expect(s.element.step).to.equal('step-up');
    await type(
      await waitFor(() => getByRole<HTMLInputElement>(s.element, 'textbox', 'Authentication code')),
      required((await s.client.totp()).code),
    );
    await press('Enter');
    await s.heading('Set up your authenticator app');
  });

  describe('faults, through the HTTP client', () => {
    it('the set-up fails to start: a clear error, and "Try again"', async () => {
      const s = await setup({
        client: httpClientAnswering(
          json(samples.getStatus.response),
          raw('', 500),
          json(samples.startAuthenticatorEnrollment.response),
        ),
      });
      // The failure shows in the step the user asked from, with their current app unchanged.
      await s.heading('Set up a new authenticator app?');
      await s.text('Something went wrong on the server. Try again.');
      await s.press('Try again');
      await s.heading('Set up your authenticator app');
    });

    it('offline, then an answer off the contract: each a clear error, and "Try again" carries on', async () => {
      const s = await setup({
        client: httpClientAnswering(
          json(samples.getStatus.response),
          offline,
          json({ recoveryKey: 1 }),
          json(samples.startAuthenticatorEnrollment.response),
        ),
      });
      await s.text("Can't reach the server. Check your connection and try again.");
      await s.press('Try again');
      await s.text("The server's answer didn't make sense. Try again.");
      await s.press('Try again');
      await s.heading('Set up your authenticator app');
    });

    it('a 429 on the code says how long to wait, and keeps the code', async () => {
      const s = await setup({
        client: httpClientAnswering(
          json(samples.getStatus.response),
          json(samples.startAuthenticatorEnrollment.response),
          raw('', 429, { 'Retry-After': '30' }),
        ),
      });
      await type(await s.codeField(), '123456');
      await press('Enter');
      await s.text('Too many requests. Try again in 30 seconds.');
      expect((await s.codeField()).value).to.equal('123456');
    });

    it('an enrolment the backend no longer knows starts again', async () => {
      const s = await setup({
        client: httpClientAnswering(
          json(samples.getStatus.response),
          json(samples.startAuthenticatorEnrollment.response),
          errorBody('not_found', {}, 404),
          json(samples.startAuthenticatorEnrollment.response),
        ),
      });
      await type(await s.codeField(), '123456');
      await press('Enter');
      await s.text('That set-up expired, so here is a new QR code. Scan it again.');
      expect((await s.codeField()).value).to.equal('');
    });

    it('making the first recovery key fails: the error in the step, and "Try again" makes it', async () => {
      const s = await setup({
        scenario: {
          account: 'no-backup',
          faults: { generateRecoveryKey: { code: 'server', times: 1 } },
        },
      });
      await enrol(s);
      await s.press('Skip for now');
      await s.text('Something went wrong on the server. Try again.');
      await expect(s.element).to.be.accessible();
      await s.press('Try again');
      await s.heading('Your new recovery key');
    });

    it('the code check fails: the code is kept for "Try again"', async () => {
      const s = await setup({
        client: httpClientAnswering(
          json(samples.getStatus.response),
          json(samples.startAuthenticatorEnrollment.response),
          raw('', 503),
          json(samples.confirmAuthenticatorEnrollment.response),
        ),
      });
      await type(await s.codeField(), '123456');
      await press('Enter');
      await s.text('Something went wrong on the server. Try again.');
      expect((await s.codeField()).value).to.equal('123456');
      await s.press('Try again');
      await s.step('recovery-key');
    });
  });

  describe('accessibility', () => {
    it('passes axe on scan, backup and the new key', async () => {
      const s = await setup({ scenario: { account: 'no-backup' } });
      await waitFor(() => getByRole(s.element, 'img', 'QR code for your authenticator app'));
      await expect(s.element).to.be.accessible();
      await enrol(s);
      await s.step('backup');
      await waitFor(() => getByRole(s.element, 'radio', 'Phone number'));
      await expect(s.element).to.be.accessible();
      await s.press('Skip for now');
      await s.heading('Your new recovery key');
      await expect(s.element).to.be.accessible();
    });

    it('passes axe on the key offer, the confirmation and done', async () => {
      const s = await setup();
      await enrol(s);
      await s.text(/^You already have a recovery key/);
      await expect(s.element).to.be.accessible();
      await s.press('Generate a new recovery key');
      await expect(s.element).to.be.accessible();
      await s.press('Cancel');
      await s.press('Continue');
      await s.step('done');
      await expect(s.element).to.be.accessible();
    });

    it('passes axe on step-up, a wrong code, the locked field and the load error', async () => {
      const stepUp = await setup({ scenario: { account: 'step-up' } });
      await stepUp.heading("Verify it's you");
      await expect(stepUp.element).to.be.accessible();

      const s = await setup({
        scenario: { faults: { confirmAuthenticatorEnrollment: { code: 'too_many_attempts' } } },
      });
      await type(await s.codeField(), '123456');
      await press('Enter');
      await waitFor(async () => expect((await s.codeField()).disabled).to.equal(true));
      await expect(s.element).to.be.accessible();
      s.client.setFault('confirmAuthenticatorEnrollment', null);
      await s.press('Start again');
      await waitFor(async () => expect((await s.codeField()).disabled).to.equal(false));
      await type(await s.codeField(), '000000');
      await press('Enter');
      await s.text(/^That code isn't right/);
      await expect(s.element).to.be.accessible();

      const failed = await setup({ scenario: { faults: { getStatus: 'server' } } });
      await failed.heading("Your 2-factor authentication settings couldn't be loaded");
      await expect(failed.element).to.be.accessible();
    });
  });
});
