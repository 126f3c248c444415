/**
 * What a screen-reader user hears, item by item of the walk-through (issue 26): read from the
 * flattened accessibility semantics (browse mode), the live-region changes as they are announced,
 * and where focus lands, in both browsers; Chromium's own accessibility tree where it says more.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { generate } from 'otplib';
import type { Challenge } from '../../src/api/contract.js';
import { createMemoryClient, type MemoryScenario } from '../../src/api/memory-client.js';
import '../../src/core/code-entry/define.js';
import type { CodeEntry } from '../../src/core/code-entry/code-entry.js';
import '../../src/core/recovery-key/define.js';
import '../../src/core/redeem-form/define.js';
import type { RecoveryKeyDisplay } from '../../src/core/recovery-key/recovery-key.js';
import '../../src/elements/authenticator-setup/define.js';
import type { AuthenticatorSetup } from '../../src/elements/authenticator-setup/authenticator-setup.js';
import '../../src/elements/backup-method-manager/define.js';
import type { BackupMethodManager } from '../../src/elements/backup-method-manager/backup-method-manager.js';
import '../../src/elements/two-factor-reset/define.js';
import type { TwoFactorReset } from '../../src/elements/two-factor-reset/two-factor-reset.js';
import { userOf } from '../support/element-user.js';
import { getByRole, queryByRole, required, textOf, waitFor } from '../support/queries.js';
import { engineNode, engineText, engineTree } from '../support/engine-tree.js';
import { listen, readAloud, spoken, type Listener } from '../support/screen-reader.js';
import { click, paste, press, type } from '../support/user.js';

function challengeOf(overrides: Partial<Challenge> = {}): Challenge {
  return {
    challengeId: 'ch_1',
    channel: 'email',
    maskedDestination: 'a•••@example.net',
    codeLength: 6,
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
    resendAvailableAt: new Date(Date.now() + 30_000).toISOString(),
    ...overrides,
  };
}

const codeEntry = (challenge = challengeOf()) =>
  fixture<CodeEntry>(html`<tfr-code-entry .challenge=${challenge}></tfr-code-entry>`);

const keyDisplay = (key = 'ABCDEFGHJKLMNPQRSTUVWXYZ') =>
  fixture<RecoveryKeyDisplay>(
    html`<tfr-recovery-key .recoveryKey=${key} site-name="Example"></tfr-recovery-key>`,
  );

async function manager(scenario?: MemoryScenario, country = '') {
  const element = await fixture<BackupMethodManager>(
    html`<backup-method-manager
      .client=${createMemoryClient(scenario)}
      default-country=${country}
    ></backup-method-manager>`,
  );
  return { element, ...userOf(element) };
}

/** <authenticator-setup> past "Continue" (the demo accounts have an app already), at the QR code. */
async function authenticatorSetup(scenario?: MemoryScenario) {
  const client = createMemoryClient(scenario);
  const element = await fixture<AuthenticatorSetup>(
    html`<authenticator-setup .client=${client}></authenticator-setup>`,
  );
  await waitFor(() => expect(element.step).not.to.equal('loading'));
  const replace = queryByRole(element, 'button', 'Continue');
  if (element.step === 'replace' && replace) await click(replace);
  const user = userOf(element);
  const key = () =>
    waitFor(() => textOf(required(element.shadowRoot!.querySelector('#manual-key')))).then(
      (shown) => shown.replace(/\s/g, ''),
    );
  const enrol = async () => {
    const code = await generate({ secret: await key(), epoch: Math.floor(client.now!() / 1000) });
    // Pasted, as the app's copy button or a password manager would: what is heard after the
    // code is what counts here (typing it is the element tests' business).
    paste(await user.field('Verification code'), code);
    (await user.button('Verify')).click();
    await waitFor(() =>
      expect(spoken(element.shadowRoot!)).not.to.include('Set up your authenticator app'),
    );
  };
  return { element, client, key, enrol, ...user };
}

/** Each test starts listening before it acts, and stops after. */
let listener: Listener;
beforeEach(() => {
  listener = listen();
});
afterEach(() => listener.stop());

describe('what a screen-reader user hears (issue 26)', () => {
  describe('1. "Done" on the recovery key is never dimmed, and says why it stays', () => {
    it('is reached and read as a plain button; pressed too soon, the reason is said and focus goes to the box', async () => {
      const element = await keyDisplay();
      const done = getByRole(element, 'button', 'Done');
      expect(readAloud(element.shadowRoot!)).to.include('button, Done');
      // Chromium's own tree: enabled too (a native `disabled` would show there).
      expect((await engineNode('button', 'Done'))?.disabled).not.to.equal(true);
      await click(done);
      await waitFor(() =>
        expect(listener.focusMoves.at(-1)).to.equal(
          "checkbox, I've noted down my recovery key, not checked, invalid entry, Confirm you've noted down your recovery key.",
        ),
      );
      expect(listener.announcements).to.deep.include({
        politeness: 'assertive',
        text: "Confirm you've noted down your recovery key.",
      });
    });
  });

  describe('2. the phone field says its form before any error', () => {
    it('reads the country code and an example with the field', async () => {
      const m = await manager({ account: 'no-backup' });
      await m.press('Set up a backup method');
      await waitFor(() => expect(listener.focusMoves.at(-1)).to.match(/^heading/));
      await click(await m.radio('Phone number'));
      await click(await m.field('Phone number'));
      await waitFor(() =>
        expect(listener.focusMoves.at(-1)).to.equal(
          'textbox, Phone number, Start with + and the country code, like +44 7700 900123.',
        ),
      );
      const node = await engineNode('textbox', 'Phone number');
      if (node)
        expect(node.description).to.equal(
          'Start with + and the country code, like +44 7700 900123.',
        );
    });
  });

  describe('3. every failed submit is said again', () => {
    it('an empty code, submitted twice, is announced twice', async () => {
      const element = await codeEntry();
      const verify = getByRole(element, 'button', 'Verify');
      await click(verify);
      await waitFor(() => expect(listener.said()).to.include('Enter the 6-digit code.'));
      await click(verify);
      await waitFor(() =>
        expect(listener.said().filter((text) => text === 'Enter the 6-digit code.')).to.have.length(
          2,
        ),
      );
    });
  });

  describe('4. a running request is announced politely', () => {
    it('"Sending a code…" while the code is on its way', async () => {
      const m = await manager({ account: 'no-backup', latencyMs: 1600 });
      await m.press('Set up a backup method');
      await click(await m.radio('Email address'));
      await type(await m.field('Email address'), 'new@example.org');
      listener.clear();
      await m.press('Send code');
      await waitFor(
        () =>
          expect(listener.announcements).to.deep.include({
            politeness: 'polite',
            text: 'Sending a code…',
          }),
        2500,
      );
    });
  });

  describe('5. <authenticator-setup> confirms the app is set up', () => {
    it('the next step, for an account with a backup method, starts by saying so', async () => {
      const s = await authenticatorSetup();
      await s.enrol();
      await s.heading('Recovery key');
      // Focus lands on the new heading, and the line after it confirms the app.
      await waitFor(() =>
        expect(listener.focusMoves.at(-1), listener.focusMoves.join(' | ')).to.equal(
          'heading, level 2, Recovery key',
        ),
      );
      const lines = readAloud(s.element.shadowRoot!);
      const heading = lines.indexOf('heading, level 2, Recovery key');
      expect(lines[heading + 1]).to.equal('Your authenticator app is set up.');
    });
  });

  describe('6. "Skip for now" moves focus once', () => {
    it("to the new step's heading, never through another heading or the page", async () => {
      const s = await authenticatorSetup({ account: 'no-backup', latencyMs: 150 });
      await s.enrol();
      const skip = await s.button('Skip for now');
      skip.focus();
      listener.clear();
      await press('Enter');
      await waitFor(() =>
        expect(listener.focusMoves).to.deep.equal(['heading, level 2, Your new recovery key']),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(listener.focusMoves).to.deep.equal(['heading, level 2, Your new recovery key']);
    });
  });

  describe("7. the code step's polite region starts empty and is filled", () => {
    it('so the resend wait is announced, not created silent', async () => {
      await codeEntry();
      await waitFor(() =>
        expect(listener.announcements).to.deep.include({
          politeness: 'polite',
          text: 'You can ask for a new code in 30 seconds.',
        }),
      );
    });
  });

  describe('8. keys and masked values are read as what they are', () => {
    const spelled = 'A B C D, E F G H, J K L M, N P Q R, S T U V, W X Y Z';

    it('a recovery key character by character, still shown and copied in groups', async () => {
      const element = await keyDisplay();
      const reading = spoken(element.shadowRoot!);
      expect(reading).to.include(spelled);
      expect(reading).not.to.include('ABCD');
      const shown = element.shadowRoot!.querySelector('[part="recovery-key"]')!;
      expect(textOf(shown)).to.equal('ABCD EFGH JKLM NPQR STUV WXYZ');
      expect(shown.closest('[dir="ltr"]')).to.equal(shown);
      // What a selection of the key holds: the groups, not the reading.
      getSelection()!.selectAllChildren(required(shown.querySelector('#key')));
      expect(String(getSelection())).to.equal('ABCD EFGH JKLM NPQR STUV WXYZ');
      getSelection()!.removeAllRanges();
    });

    it("the same in the browser's own accessibility tree", async function () {
      await keyDisplay();
      const tree = await engineTree();
      if (!tree) this.skip(); // only Chromium gives its tree to the test runner
      const text = engineText(tree);
      expect(text).to.include(spelled);
      expect(text).not.to.include('ABCD');
    });

    it('the manual set-up key of <authenticator-setup> too', async () => {
      const s = await authenticatorSetup();
      const key = await s.key();
      const groups = key.match(/.{1,4}/g)!.map((group) => [...group].join(' '));
      expect(spoken(s.element.shadowRoot!)).to.include(groups.join(', '));
    });

    it('where a code went: "partly hidden", "ending in" and spelled digits, never bullets', async () => {
      const email = await codeEntry();
      expect(spoken(email.shadowRoot!)).to.include(
        'Enter the 6-digit code sent to a…@example.net, partly hidden.',
      );
      const phone = await codeEntry(
        challengeOf({ channel: 'sms', maskedDestination: '•••• 0789' }),
      );
      const reading = spoken(phone.shadowRoot!);
      expect(reading).to.include('sent to phone number ending in 0 7 8 9.');
      expect(reading).not.to.include('•');
      // The field's description says it the same way.
      getByRole(phone, 'textbox', 'Verification code').focus();
      await waitFor(() => expect(listener.focusMoves.at(-1)).to.include('ending in 0 7 8 9'));
    });

    it('"Resend code" announces where the new code went the same way', async () => {
      const element = await codeEntry(challengeOf({ maskedDestination: '•••• 0456' }));
      listener.clear();
      element.challenge = challengeOf({ challengeId: 'ch_2', maskedDestination: '•••• 0456' });
      await waitFor(() =>
        expect(listener.said()).to.include('We sent a new code to phone number ending in 0 4 5 6.'),
      );
    });

    it('the backup method in the manager and the status list', async () => {
      const m = await manager({ account: 'phone-backup' });
      await waitFor(() => expect(spoken(m.element.shadowRoot!)).to.include('ending in'));
      const reading = spoken(m.element.shadowRoot!);
      expect(reading).to.match(/Phone number ending in( \d){4}/);
      expect(reading).not.to.include('•');
      expect(reading).not.to.include('phone number phone number');
    });
  });

  describe("9. an embedded element's headings sit one level under its host's", () => {
    it('<authenticator-setup> with the backup method manager inside', async () => {
      const s = await authenticatorSetup({ account: 'no-backup' });
      await s.enrol();
      await s.heading('Your authenticator app is set up');
      const manager = await waitFor(() =>
        required(s.element.shadowRoot!.querySelector('backup-method-manager')),
      );
      const inner = await waitFor(() => {
        const headings = readAloud(manager.shadowRoot!).filter((line) =>
          line.startsWith('heading'),
        );
        return required(headings[0], 'a heading in the manager');
      });
      const host = readAloud(s.element.shadowRoot!).find((line) =>
        line.includes('Your authenticator app is set up'),
      );
      expect(host).to.match(/^heading, level 2, /);
      expect(inner).to.match(/^heading, level 3, /);
      const engine = await engineNode('heading', inner.replace(/^heading, level \d, /, ''));
      if (engine) expect(engine.level).to.equal(3);
    });
  });

  describe('10. what sighted users read about a field is said with it', () => {
    it('the code field: where the code went and when it expires', async () => {
      const element = await codeEntry();
      getByRole(element, 'textbox', 'Verification code').focus();
      await waitFor(() =>
        expect(listener.focusMoves.at(-1)).to.match(
          /^textbox, Verification code, Enter the 6-digit code sent to a…@example\.net, partly hidden ?\. The code expires at /,
        ),
      );
      const node = await engineNode('textbox', 'Verification code');
      if (node)
        expect(node.description).to.match(
          /^Enter the 6-digit code sent to a…@example\.net, partly hidden ?\. The code expires at /,
        );
    });

    it('the recovery key field: "Spaces and dashes are fine"', async () => {
      const element = await fixture(html`<tfr-redeem-form></tfr-redeem-form>`);
      const field = await waitFor(() => getByRole(element, 'textbox', 'Recovery key'));
      field.focus();
      await waitFor(() =>
        expect(listener.focusMoves.at(-1)).to.match(
          /^textbox, Recovery key, .*Spaces and dashes are fine/,
        ),
      );
    });
  });

  describe('11. the recovery session\'s limit is said, and "expired" offers a way on', () => {
    it('the limit where it starts; on expiry, the heading and "Sign in again"', async () => {
      const client = createMemoryClient();
      const element = await fixture<TwoFactorReset>(
        html`<two-factor-reset .client=${client} sign-in-url="/sign-in"></two-factor-reset>`,
      );
      const user = userOf(element);
      await user.press('Authenticate a different way');
      await user.press('Use backup method');
      await type(await user.field('Verification code'), required(await client.lastCode()));
      await press('Enter');
      await user.heading("You're verified");
      expect(spoken(element.shadowRoot!)).to.match(/You have until .+ to finish\./);
      await client.advanceClock(600);
      await user.press('Remove the device and add new one');
      await waitFor(() =>
        expect(listener.focusMoves.at(-1)).to.match(
          /^heading, level \d, Your sign-in has expired$/,
        ),
      );
      expect(readAloud(element.shadowRoot!)).to.include('link, Sign in again');
    });
  });
});
