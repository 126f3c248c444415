import { expect, fixture, html } from '@open-wc/testing';
import { RecoveryError } from '../../src/api/client.js';
import '../../src/core/redeem-form/define.js';
import type { RedeemForm } from '../../src/core/redeem-form/redeem-form.js';
import { descriptionOf, getByRole } from '../support/queries.js';
import { click, paste, press, type } from '../support/user.js';

/** What the field says it wants, tied to it: every description ends with it. */
const intro = 'Enter the recovery key you noted down. Spaces and dashes are fine.';

async function redeemForm(props: Partial<RedeemForm> = {}) {
  const element = await fixture<RedeemForm>(html`<tfr-redeem-form></tfr-redeem-form>`);
  Object.assign(element, props);
  await element.updateComplete;
  const intents: string[] = [];
  element.addEventListener('tfr-submit', () => intents.push(`submit:${element.recoveryKey}`));
  element.addEventListener('tfr-retry', () => intents.push('retry'));
  const root = element.shadowRoot!;
  return {
    element,
    root,
    intents,
    field: () => getByRole<HTMLInputElement>(root, 'textbox', 'Recovery key'),
    submit: () => getByRole(root, 'button', 'Sign in with recovery key'),
  };
}

describe('shared step: recovery-key sign-in', () => {
  it('takes a key as people paste it: spaces, dashes, lower case', async () => {
    const { element, field, submit, intents } = await redeemForm();
    expect(getByRole(element.shadowRoot!, 'heading', 'Sign in with a recovery key')).to.exist;
    paste(field(), ' abcd-efgh ijkl-mnpq rstu-vwxy ');
    await click(submit());
    expect(intents).to.deep.equal(['submit:ABCDEFGHIJKLMNPQRSTUVWXY']);
    await expect(element).to.be.accessible();
  });

  it('leaves the exact length to the server', async () => {
    const { field, intents } = await redeemForm();
    await type(field(), 'abcd-efgh');
    await press('Enter');
    expect(intents).to.deep.equal(['submit:ABCDEFGH']);
  });

  it('strips invisible characters and takes typographic dashes', async () => {
    const { field, submit, intents } = await redeemForm();
    paste(field(), '\u202Eabcd\u200B\u2013efgh\uFEFF ijkl\u2066');
    await click(submit());
    expect(intents).to.deep.equal(['submit:ABCDEFGHIJKL']);
  });

  for (const [typed, message] of [
    ['', 'Enter your recovery key.'],
    ['   ', 'Enter your recovery key.'],
    ['ABCD!EFGH', 'A recovery key has letters and digits only.'],
    ['ÄBCD-EFGH', 'A recovery key has letters and digits only.'],
    ['abc', "That's too short for a recovery key. Enter all of it."],
    ['ab-cd ef-g', "That's too short for a recovery key. Enter all of it."],
  ]) {
    it(`refuses "${typed}" with "${message}" and sends nothing`, async () => {
      const { field, submit, intents } = await redeemForm();
      if (typed) paste(field(), typed);
      await click(submit());
      expect(intents).to.deep.equal([]);
      expect(field().getAttribute('aria-invalid')).to.equal('true');
      expect(descriptionOf(field())).to.equal(`${message} ${intro}`);
    });
  }

  it('shows a wrong key, with the attempts left, on the field', async () => {
    const { element, field } = await redeemForm({
      error: new RecoveryError('invalid_code', { attemptsRemaining: 4 }),
    });
    expect(descriptionOf(field())).to.equal(
      `That recovery key isn't right. 4 attempts left. ${intro}`,
    );
    await expect(element).to.be.accessible();
  });

  it('locks after too many wrong keys, with the wait', async () => {
    const { element, field, submit, intents } = await redeemForm({
      error: new RecoveryError('too_many_attempts', { retryAfterSeconds: 900 }),
    });
    expect(field().disabled).to.equal(true);
    expect(descriptionOf(field())).to.equal(
      `Too many wrong attempts. Try again in 15 minutes. ${intro}`,
    );
    expect(submit().getAttribute('aria-disabled')).to.equal('true');
    await click(submit());
    expect(intents).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('offers "Try again" after a fault, keeping the key', async () => {
    const { element, root, field, intents } = await redeemForm();
    await type(field(), 'ABCD');
    element.error = new RecoveryError('server');
    await element.updateComplete;
    expect(getByRole(root, 'alert').textContent).to.equal(
      'Something went wrong on the server. Try again.',
    );
    await click(getByRole(root, 'button', 'Try again'));
    expect(intents).to.deep.equal(['retry']);
    expect(field().value).to.equal('ABCD');
  });

  it('sends nothing while an operation runs', async () => {
    const { field, submit, intents } = await redeemForm({ busy: true });
    await type(field(), 'ABCD');
    await click(submit());
    expect(intents).to.deep.equal([]);
  });
});
