import { expect, fixture, html } from '@open-wc/testing';
import { RecoveryError } from '../../src/api/client.js';
import type { StepUpChallenge } from '../../src/api/contract.js';
import '../../src/core/step-up/define.js';
import type { StepUp } from '../../src/core/step-up/step-up.js';
import type { StepUpState } from '../../src/flows/step-up.js';
import { descriptionOf, getByRole, getByText, queryByRole } from '../support/queries.js';
import { click, press, type } from '../support/user.js';

const totp: StepUpChallenge = { method: 'totp', maskedDestination: null, codeLength: 6 };
const sms: StepUpChallenge = { method: 'sms', maskedDestination: '•••• 0123', codeLength: 6 };
const codeState = (challenge: StepUpChallenge): StepUpState => ({
  phase: 'code',
  operation: 'removeDevice',
  challenge,
});

async function stepUp(state: StepUpState, props: Partial<StepUp> = {}) {
  const element = await fixture<StepUp>(html`<tfr-step-up .state=${state}></tfr-step-up>`);
  Object.assign(element, props);
  await element.updateComplete;
  const intents: string[] = [];
  for (const intent of ['tfr-submit', 'tfr-resend', 'tfr-retry', 'tfr-cancel']) {
    element.addEventListener(intent, () =>
      intents.push(intent === 'tfr-submit' ? `${intent}:${element.code}` : intent),
    );
  }
  return { element, root: element.shadowRoot!, intents };
}

describe("shared step: step-up (Verify it's you)", () => {
  it('asks for the authenticator code, and continues with it', async () => {
    const { element, root, intents } = await stepUp(codeState(totp));
    expect(getByRole(root, 'heading', "Verify it's you")).to.exist;
    expect(getByText(root, 'Enter the code from your authenticator app.')).to.exist;
    expect(queryByRole(root, 'button', 'Resend code')).to.equal(null);
    await type(getByRole(root, 'textbox', 'Authentication code'), '123 456');
    await press('Enter');
    expect(intents).to.deep.equal(['tfr-submit:123456']);
    await expect(element).to.be.accessible();
  });

  it('asks for a texted code, and can text another', async () => {
    const { root, intents } = await stepUp(codeState(sms));
    expect(getByText(root, 'Enter the code we texted to •••• 0123.')).to.exist;
    await click(getByRole(root, 'button', 'Resend code'));
    expect(intents).to.deep.equal(['tfr-resend']);
  });

  it('clears the old code when "Resend code" is pressed, and keeps what is typed after it', async () => {
    const { element, root } = await stepUp(codeState(sms));
    const field = () => getByRole<HTMLInputElement>(root, 'textbox', 'Authentication code');
    await type(field(), '111111');
    await click(getByRole(root, 'button', 'Resend code'));
    expect(field().value).to.equal('');
    await type(field(), '222333'); // the new text arrived before the answer
    element.state = { phase: 'starting', operation: 'removeDevice' };
    await element.updateComplete;
    element.state = codeState(sms);
    await element.updateComplete;
    expect(field().value).to.equal('222333');
    expect(getByText(root, 'We sent a new code to phone number ending in 0 1 2 3.')).to.exist;
  });

  it('asks for the code read out in a call', async () => {
    const { root } = await stepUp(codeState({ ...sms, method: 'voice' }));
    expect(getByText(root, 'Enter the code we read out when we called •••• 0123.')).to.exist;
    expect(getByRole(root, 'button', 'Resend code')).to.exist;
  });

  it('refuses a short code and sends nothing', async () => {
    const { root, intents } = await stepUp(codeState(totp));
    const field = getByRole<HTMLInputElement>(root, 'textbox', 'Authentication code');
    await type(field, '123');
    await click(getByRole(root, 'button', 'Continue'));
    expect(intents).to.deep.equal([]);
    expect(descriptionOf(field)).to.equal(
      'Enter the 6-digit code. Enter the code from your authenticator app.',
    );
  });

  it('lets the user cancel', async () => {
    const { root, intents } = await stepUp(codeState(totp));
    await click(getByRole(root, 'button', 'Cancel'));
    expect(intents).to.deep.equal(['tfr-cancel']);
  });

  it('shows a wrong code on the field, and locks after too many', async () => {
    const { element, root } = await stepUp(codeState(totp), {
      error: new RecoveryError('invalid_code', { attemptsRemaining: 3 }),
    });
    const field = getByRole<HTMLInputElement>(root, 'textbox', 'Authentication code');
    expect(descriptionOf(field)).to.equal(
      "That code isn't right. 3 attempts left. Enter the code from your authenticator app.",
    );
    element.error = new RecoveryError('too_many_attempts', { retryAfterSeconds: 900 });
    await element.updateComplete;
    expect(field.disabled).to.equal(true);
    expect(descriptionOf(field)).to.equal(
      'Too many wrong attempts. Try again in 15 minutes. Enter the code from your authenticator app.',
    );
    expect(getByRole(root, 'button', 'Continue').getAttribute('aria-disabled')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('says how long to wait when resending too soon', async () => {
    const { root } = await stepUp(codeState(sms), {
      error: new RecoveryError('rate_limited', { retryAfterSeconds: 25 }),
    });
    expect(getByRole(root, 'alert').textContent).to.equal(
      'Too many requests. Try again in 25 seconds.',
    );
  });

  it('shows it is getting a code ready, and offers "Try again" when that fails', async () => {
    const { element, root, intents } = await stepUp(
      { phase: 'starting', operation: 'removeDevice' },
      { busy: true },
    );
    expect(getByText(root, 'Getting a code ready…')).to.exist;
    expect(root.querySelector('[aria-busy="true"]')).to.exist;
    element.busy = false;
    element.error = new RecoveryError('timeout');
    await element.updateComplete;
    await click(getByRole(root, 'button', 'Try again'));
    expect(intents).to.deep.equal(['tfr-retry']);
    await expect(element).to.be.accessible();
  });

  it('waits while the host page verifies the user', async () => {
    const { element, root, intents } = await stepUp({
      phase: 'waiting',
      operation: 'removeDevice',
    });
    expect(getByRole(root, 'heading', 'Waiting for verification')).to.exist;
    expect(queryByRole(root, 'textbox')).to.equal(null);
    await click(getByRole(root, 'button', 'Cancel'));
    expect(intents).to.deep.equal(['tfr-cancel']);
    await expect(element).to.be.accessible();
  });

  it('moves focus to its heading when asked', async () => {
    const { element, root } = await stepUp(codeState(totp));
    await element.focusHeading();
    expect(root.activeElement).to.equal(getByRole(root, 'heading', "Verify it's you"));
  });
});
