import { expect, fixture, html } from '@open-wc/testing';
import { RecoveryError } from '../../src/api/client.js';
import type { Challenge } from '../../src/api/contract.js';
import '../../src/core/code-entry/define.js';
import type { CodeEntry } from '../../src/core/code-entry/code-entry.js';
import { descriptionOf, getByRole, getByText, queryByText, waitFor } from '../support/queries.js';
import { click, paste, press, type } from '../support/user.js';

function challengeOf(overrides: Partial<Challenge> = {}, resendInSeconds = 30): Challenge {
  return {
    challengeId: 'ch_1',
    channel: 'email',
    maskedDestination: 'a•••@example.net',
    codeLength: 6,
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
    resendAvailableAt: new Date(Date.now() + resendInSeconds * 1000).toISOString(),
    ...overrides,
  };
}

async function codeEntry(challenge = challengeOf(), props: Partial<CodeEntry> = {}) {
  const element = await fixture<CodeEntry>(
    html`<tfr-code-entry .challenge=${challenge}></tfr-code-entry>`,
  );
  Object.assign(element, props);
  await element.updateComplete;
  const intents: string[] = [];
  for (const intent of ['tfr-submit', 'tfr-resend', 'tfr-retry']) {
    element.addEventListener(intent, () =>
      intents.push(intent === 'tfr-submit' ? `${intent}:${element.code}` : intent),
    );
  }
  const root = element.shadowRoot!;
  return {
    element,
    root,
    intents,
    field: () => getByRole<HTMLInputElement>(root, 'textbox', 'Verification code'),
    verify: () => getByRole(root, 'button', 'Verify'),
    resend: () => getByRole(root, 'button', 'Resend code'),
  };
}

describe('shared step: code entry', () => {
  describe('accessibility', () => {
    it('says where the code went, and offers a code field browsers and phones can fill', async () => {
      const { root, field } = await codeEntry();
      expect(getByRole(root, 'heading', 'Enter the verification code')).to.exist;
      expect(getByText(root, 'Enter the 6-digit code sent to a•••@example.net.')).to.exist;
      expect(field().getAttribute('autocomplete')).to.equal('one-time-code');
      expect(field().getAttribute('inputmode')).to.equal('numeric');
      // What to enter, then when the code expires: both tied to the field.
      expect(descriptionOf(field())).to.match(
        /^Enter the 6-digit code sent to a…@example\.net, partly hidden ?\. The code expires at /,
      );
    });

    it('passes axe as it opens', async () => {
      const { element } = await codeEntry();
      await expect(element).to.be.accessible();
    });

    for (const error of [
      new RecoveryError('invalid_code', { attemptsRemaining: 2 }),
      new RecoveryError('too_many_attempts', { retryAfterSeconds: 900 }),
      new RecoveryError('network'),
    ]) {
      it(`passes axe showing ${error.code}`, async () => {
        const { element } = await codeEntry(challengeOf(), { error });
        await expect(element).to.be.accessible();
      });
    }
  });

  describe('entering the code', () => {
    it('submits a typed code with the Enter key', async () => {
      const { field, intents } = await codeEntry();
      await type(field(), '123456');
      await press('Enter');
      expect(intents).to.deep.equal(['tfr-submit:123456']);
    });

    for (const pasted of ['123 456', '123-456', ' 123456 ']) {
      it(`takes a pasted "${pasted}" as 123456`, async () => {
        const { field, verify, intents } = await codeEntry();
        paste(field(), pasted);
        await click(verify());
        expect(intents).to.deep.equal(['tfr-submit:123456']);
      });
    }

    for (const [typed, message] of [
      ['', 'Enter the 6-digit code.'],
      ['12345', 'Enter the 6-digit code.'],
      ['1234567', 'Enter the 6-digit code.'],
      ['12a456', 'The code has digits only.'],
    ]) {
      it(`refuses "${typed}" with "${message}" and sends nothing`, async () => {
        const { field, verify, intents } = await codeEntry();
        if (typed) await type(field(), typed);
        await click(verify());
        expect(intents).to.deep.equal([]);
        expect(field().getAttribute('aria-invalid')).to.equal('true');
        expect(descriptionOf(field())).to.contain(message);
      });
    }

    it('says a refusal again when the same one comes back: a new alert each time', async () => {
      const { element, root, verify } = await codeEntry();
      await click(verify());
      await element.updateComplete;
      const first = getByRole(root, 'alert');
      expect(first.textContent).to.equal('Enter the 6-digit code.');
      await click(verify());
      await element.updateComplete;
      const second = getByRole(root, 'alert');
      expect(second.textContent).to.equal('Enter the 6-digit code.');
      expect(second === first).to.equal(false);
    });

    it('takes the code length from the challenge', async () => {
      const { root, field, verify, intents } = await codeEntry(challengeOf({ codeLength: 8 }));
      expect(getByText(root, 'Enter the 8-digit code sent to a•••@example.net.')).to.exist;
      await type(field(), '123456');
      await click(verify());
      expect(intents).to.deep.equal([]);
      await type(field(), '78');
      await click(verify());
      expect(intents).to.deep.equal(['tfr-submit:12345678']);
    });

    it('sends nothing while an operation runs, and says it is busy', async () => {
      const { root, field, verify, intents } = await codeEntry(challengeOf(), { busy: true });
      await type(field(), '123456');
      await click(verify());
      expect(intents).to.deep.equal([]);
      expect(verify().getAttribute('aria-disabled')).to.equal('true');
      expect(root.querySelector('[aria-busy="true"]')).to.exist;
    });
  });

  describe('resending', () => {
    it('waits out the cooldown, showing and announcing the wait', async () => {
      const { root, resend, intents } = await codeEntry();
      expect(resend().getAttribute('aria-disabled')).to.equal('true');
      expect(getByText(root, /^Available in (29|30) seconds$/)).to.exist;
      expect(descriptionOf(resend())).to.match(/^Available in/);
      expect(getByText(root, /^You can ask for a new code in (29|30) seconds\.$/)).to.exist;
      await click(resend());
      expect(intents).to.deep.equal([]);
    });

    it('creates its live region empty, then says the wait, so it is read out', async () => {
      const element = document.createElement('tfr-code-entry') as CodeEntry;
      element.challenge = challengeOf();
      document.body.append(element);
      try {
        await element.updateComplete;
        const region = element.shadowRoot!.querySelector('[aria-live]')!;
        expect(region.textContent!.trim()).to.equal('');
        await waitFor(() =>
          expect(region.textContent!.trim()).to.match(/^You can ask for a new code in/),
        );
      } finally {
        element.remove();
      }
    });

    it('offers a new code once the cooldown is over, and says so', async () => {
      const { root, resend, intents } = await codeEntry(challengeOf({}, 1.2));
      await waitFor(() => expect(resend().getAttribute('aria-disabled')).to.equal('false'));
      expect(getByText(root, 'You can ask for a new code now.')).to.exist;
      expect(queryByText(root, /^Available in/)).to.equal(null);
      await click(resend());
      expect(intents).to.deep.equal(['tfr-resend']);
    });

    it("counts down on the backend's clock, not the device's", async () => {
      const { resend } = await codeEntry(challengeOf(), { clock: () => Date.now() + 60_000 });
      await waitFor(() => expect(resend().getAttribute('aria-disabled')).to.equal('false'));
    });

    it('clears the field when "Resend code" is pressed, and says where the new code went', async () => {
      const { element, root, field, resend } = await codeEntry(challengeOf({}, 0));
      await type(field(), '111111');
      await click(resend());
      expect(field().value).to.equal('');
      element.challenge = challengeOf({ maskedDestination: '•••• 0456' });
      await element.updateComplete;
      expect(getByText(root, 'We sent a new code to phone number ending in 0 4 5 6.')).to.exist;
    });

    it('keeps what is typed while the new code is on its way', async () => {
      const { element, field, resend } = await codeEntry(challengeOf({}, 0));
      await type(field(), '111111');
      await click(resend());
      element.busy = true;
      await type(field(), '222333'); // the new code arrived first, by email or WebOTP
      element.busy = false;
      element.challenge = challengeOf({ maskedDestination: '•••• 0456' });
      await element.updateComplete;
      expect(field().value).to.equal('222333');
      expect(element.code).to.equal('222333');
    });
  });

  describe('errors', () => {
    it('shows a wrong code, with the attempts left, on the field', async () => {
      const { element, field } = await codeEntry();
      element.error = new RecoveryError('invalid_code', { attemptsRemaining: 1 });
      await element.updateComplete;
      expect(field().getAttribute('aria-invalid')).to.equal('true');
      expect(descriptionOf(field())).to.contain("That code isn't right. 1 attempt left.");
      expect(getByRole(element.shadowRoot!, 'alert')).to.exist;
    });

    it('offers a new code for an expired one', async () => {
      const { element, resend } = await codeEntry(challengeOf({}, 0));
      element.error = new RecoveryError('code_expired');
      await element.updateComplete;
      expect(element.shadowRoot!.textContent).to.contain(
        'This code has expired. Ask for a new one.',
      );
      expect(resend().getAttribute('aria-disabled')).to.equal('false');
    });

    it('locks the field after too many attempts, with the wait', async () => {
      const { element, field, verify, resend } = await codeEntry(challengeOf({}, 0));
      element.error = new RecoveryError('too_many_attempts', { retryAfterSeconds: 900 });
      await element.updateComplete;
      expect(field().disabled).to.equal(true);
      expect(descriptionOf(field())).to.contain(
        'Too many wrong attempts. Try again in 15 minutes.',
      );
      expect(verify().getAttribute('aria-disabled')).to.equal('true');
      expect(resend().getAttribute('aria-disabled')).to.equal('true');
    });

    it('offers "Try again" after a fault, keeping the code', async () => {
      const { element, root, field, intents } = await codeEntry();
      await type(field(), '123456');
      element.error = new RecoveryError('network');
      await element.updateComplete;
      expect(getByRole(root, 'alert').textContent).to.contain("Can't reach the server.");
      await click(getByRole(root, 'button', 'Try again'));
      expect(intents).to.deep.equal(['tfr-retry']);
      expect(field().value).to.equal('123456');
    });
  });

  describe('WebOTP', () => {
    let requests: { signal: AbortSignal }[];
    let answer: (credential: { code: string }) => void;
    const original = navigator.credentials?.get;

    beforeEach(() => {
      requests = [];
      (window as unknown as Record<string, unknown>).OTPCredential = class {};
      navigator.credentials.get = ((options: { signal: AbortSignal }) => {
        requests.push(options);
        return new Promise((resolve) => (answer = resolve as unknown as typeof answer));
      }) as typeof navigator.credentials.get;
    });
    afterEach(() => {
      delete (window as unknown as Record<string, unknown>).OTPCredential;
      navigator.credentials.get = original;
    });

    it('fills in and submits a texted code', async () => {
      const { field, intents } = await codeEntry(
        challengeOf({ channel: 'sms', maskedDestination: '•••• 0456' }),
      );
      expect(requests).to.have.length(1);
      answer({ code: '654321' });
      await waitFor(() => expect(intents).to.deep.equal(['tfr-submit:654321']));
      expect(field().value).to.equal('654321');
    });

    it('is not asked for an emailed code', async () => {
      await codeEntry();
      expect(requests).to.have.length(0);
    });

    it('is given up when the step goes away', async () => {
      const { element } = await codeEntry(challengeOf({ channel: 'sms' }));
      element.remove();
      expect(requests[0]!.signal.aborted).to.equal(true);
    });
  });
});
