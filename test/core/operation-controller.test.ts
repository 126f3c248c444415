import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../src/api/memory-client.js';
import { prepareFirstCall } from '../../src/core/operation-controller.js';
import { controlledClient } from '../support/controlled-client.js';
import { getByRole, getByText, queryByRole, required, waitFor } from '../support/queries.js';
import { TestFlow } from '../support/test-flow.js';
import { click, press, type } from '../support/user.js';

const settle = () => new Promise((resolve) => setTimeout(resolve));

/** A `<test-flow>` on a controlled client, past its status load. */
async function ready() {
  const controlled = controlledClient();
  const element = await fixture<TestFlow>(
    html`<test-flow .client=${controlled.client}></test-flow>`,
  );
  controlled.of('getStatus')[0]!.answer();
  await waitFor(() => expect(element.step).to.equal('ready'));
  const events: string[] = [];
  for (const type of ['recovery-error', 'step-up-required', 'recovery-step-change'] as const) {
    element.addEventListener(type, (event) =>
      events.push(`${type} ${JSON.stringify(event.detail)}`),
    );
  }
  const root = element.shadowRoot!;
  return {
    ...controlled,
    element,
    root,
    events,
    removeButton: () => getByRole(root, 'button', 'Remove device'),
  };
}

describe('the operation runner', () => {
  // An element's first call waits for the steps an answer shows and the client's checks to
  // load; loaded here first, the tests below see each call as soon as it is made.
  before(() => prepareFirstCall(TestFlow));

  it('sends one request however often the trigger is clicked', async () => {
    const { element, of, removeButton } = await ready();
    await click(removeButton());
    await click(removeButton());
    removeButton().click();
    expect(of('removeDevice')).to.have.length(1);
    of('removeDevice')[0]!.answer();
    await waitFor(() => expect(element.step).to.equal('removed'));
  });

  it('shows it is busy while the operation runs', async () => {
    const { element, root, of, removeButton } = await ready();
    await click(removeButton());
    await element.updateComplete;
    expect(element.getAttribute('aria-busy')).to.equal('true');
    expect(root.querySelector('section')!.getAttribute('aria-busy')).to.equal('true');
    expect(removeButton().getAttribute('aria-disabled')).to.equal('true');
    of('removeDevice')[0]!.answer();
    await waitFor(() => expect(element.hasAttribute('aria-busy')).to.equal(false));
  });

  it('gives up the operation when the element is removed, and ignores its late answer', async () => {
    const { element, of, removeButton } = await ready();
    await click(removeButton());
    element.remove();
    const call = of('removeDevice')[0]!;
    expect(call.signal.aborted).to.equal(true);
    call.answer();
    await settle();
    expect(element.step).to.equal('ready');
  });

  it('ignores the answer when the user has moved to another step', async () => {
    const { element, root, of, removeButton } = await ready();
    await click(removeButton());
    await click(getByRole(root, 'button', 'Skip'));
    await click(getByRole(root, 'button', 'Back'));
    expect(of('removeDevice')[0]!.signal.aborted).to.equal(true);
    of('removeDevice')[0]!.fail('network');
    await settle();
    expect(queryByRole(root, 'alert')).to.equal(null);
    expect(element.step).to.equal('ready');
  });

  it('shows a failure in the step, fires recovery-error, and retries a fault with the same request', async () => {
    const { element, root, of, events, removeButton } = await ready();
    await click(removeButton());
    of('removeDevice')[0]!.fail('timeout');
    await waitFor(() => getByRole(root, 'alert'));
    expect(getByRole(root, 'alert').textContent).to.equal(
      'The server took too long to answer. Try again.',
    );
    expect(events).to.deep.equal(['recovery-error {"operation":"removeDevice","code":"timeout"}']);
    element.retry();
    expect(of('removeDevice')).to.have.length(2);
    await element.updateComplete;
    expect(queryByRole(root, 'alert')).to.equal(null);
    of('removeDevice')[1]!.answer();
    await waitFor(() => expect(element.step).to.equal('removed'));
  });

  it('does not retry what failed because of the user', async () => {
    const { element, of, removeButton } = await ready();
    await click(removeButton());
    of('removeDevice')[0]!.fail('not_found');
    await settle();
    element.retry();
    expect(of('removeDevice')).to.have.length(1);
  });

  it('leaves to the element a failure that changes the step, and still lets it retry a fault', async () => {
    const controlled = controlledClient();
    const element = await fixture<TestFlow>(
      html`<test-flow .client=${controlled.client}></test-flow>`,
    );
    controlled.of('getStatus')[0]!.fail('server');
    await waitFor(() => expect(element.step).to.equal('failed'));
    expect(element.handled.map((error) => error.code)).to.deep.equal(['server']);
    expect(queryByRole(element.shadowRoot!, 'alert')).to.equal(null);
    await click(getByRole(element.shadowRoot!, 'button', 'Try again'));
    controlled.of('getStatus')[1]!.answer();
    await waitFor(() => expect(element.step).to.equal('ready'));
  });

  describe('step-up', () => {
    it('asks the user to verify, then carries on with the operation', async () => {
      const { element, root, of, events, removeButton } = await ready();
      await click(removeButton());
      of('removeDevice')[0]!.fail('step_up_required');
      await waitFor(() => expect(element.step).to.equal('step-up'));
      expect(element.dataset.step).to.equal('step-up');
      expect(events).to.include('step-up-required {"operation":"removeDevice"}');
      of('startStepUp')[0]!.answer({ method: 'totp', maskedDestination: null, codeLength: 6 });
      const stepUp = await waitFor(() => required(root.querySelector('tfr-step-up')));
      const field = await waitFor(() =>
        getByRole(stepUp.shadowRoot!, 'textbox', 'Authentication code'),
      );
      await type(field, '123456');
      await press('Enter');
      expect(of('stepUp')[0]!.body).to.deep.equal({ code: '123456' });
      of('stepUp')[0]!.answer();
      await waitFor(() => expect(of('removeDevice')).to.have.length(2));
      expect(element.step).to.equal('ready');
      of('removeDevice')[1]!.answer();
      await waitFor(() => expect(element.step).to.equal('removed'));
    });

    it('shows a wrong code in step-up, and texts a new code on request', async () => {
      const { element, root, of, removeButton } = await ready();
      await click(removeButton());
      of('removeDevice')[0]!.fail('step_up_required');
      await waitFor(() =>
        of('startStepUp')[0]!.answer({
          method: 'sms',
          maskedDestination: '•••• 0123',
          codeLength: 6,
        }),
      );
      const stepUp = await waitFor(() => required(root.querySelector('tfr-step-up')));
      await waitFor(() => getByText(stepUp.shadowRoot!, 'Enter the code we texted to •••• 0123.'));
      await type(getByRole(stepUp.shadowRoot!, 'textbox', 'Authentication code'), '000000');
      await press('Enter');
      of('stepUp')[0]!.fail('invalid_code', { attemptsRemaining: 4 });
      await waitFor(() => getByText(stepUp.shadowRoot!, "That code isn't right. 4 attempts left."));
      await click(getByRole(stepUp.shadowRoot!, 'button', 'Resend code'));
      expect(of('startStepUp')).to.have.length(2);
      expect(element.step).to.equal('step-up');
    });

    it('goes back without the operation when the user cancels', async () => {
      const { element, root, of, removeButton } = await ready();
      await click(removeButton());
      of('removeDevice')[0]!.fail('step_up_required');
      await waitFor(() =>
        of('startStepUp')[0]!.answer({ method: 'totp', maskedDestination: null, codeLength: 6 }),
      );
      const stepUp = await waitFor(() => required(root.querySelector('tfr-step-up')));
      // Once the challenge is in: while it is asked for, the step is busy and Cancel waits.
      await waitFor(() => getByRole(stepUp.shadowRoot!, 'textbox', 'Authentication code'));
      await click(await waitFor(() => getByRole(stepUp.shadowRoot!, 'button', 'Cancel')));
      await waitFor(() => expect(element.step).to.equal('ready'));
      element.retry();
      expect(of('removeDevice')).to.have.length(1);
    });

    it('waits for the host page to verify the user when it cancels step-up-required, then carries on on retry()', async () => {
      const { element, root, of, removeButton } = await ready();
      element.addEventListener('step-up-required', (event) => event.preventDefault());
      await click(removeButton());
      of('removeDevice')[0]!.fail('step_up_required');
      const stepUp = await waitFor(() => required(root.querySelector('tfr-step-up')));
      await waitFor(() => getByRole(stepUp.shadowRoot!, 'heading', 'Waiting for verification'));
      expect(of('startStepUp')).to.have.length(0);
      element.retry();
      expect(of('removeDevice')).to.have.length(2);
      of('removeDevice')[1]!.answer();
      await waitFor(() => expect(element.step).to.equal('removed'));
    });

    it('works end to end on the memory client', async () => {
      const client = createMemoryClient({ account: 'step-up' });
      const element = await fixture<TestFlow>(html`<test-flow .client=${client}></test-flow>`);
      await waitFor(() => expect(element.step).to.equal('ready'));
      await click(getByRole(element.shadowRoot!, 'button', 'Remove device'));
      const stepUp = await waitFor(() =>
        required(element.shadowRoot!.querySelector('tfr-step-up')),
      );
      const field = await waitFor(() =>
        getByRole(stepUp.shadowRoot!, 'textbox', 'Authentication code'),
      );
      await type(field, (await client.totp()).code!);
      await press('Enter');
      await waitFor(() => expect(element.step).to.equal('removed'));
      expect((await client.getStatus({})).primary).to.equal(null);
    });
  });
});
