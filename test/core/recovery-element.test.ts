import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../src/api/memory-client.js';
import { registerLocale } from '../../src/core/strings/localize.js';
import '../../src/elements/recovery-provider/define.js';
import { controlledClient } from '../support/controlled-client.js';
import { expectFocusOn, focused, getByRole, getByText, waitFor } from '../support/queries.js';
import type { TestFlow } from '../support/test-flow.js';
import '../support/test-flow.js';
import { click } from '../support/user.js';

describe('what every element gets from the core', () => {
  describe('its client', () => {
    it('shows a configuration error, and throws nothing, when no client is anywhere', async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      const element = await fixture<TestFlow>(html`<test-flow></test-flow>`);
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
      expect(element.step).to.equal('error');
      expect(element.dataset.step).to.equal('error');
      expect(getByRole(element.shadowRoot!, 'heading', "Two-factor recovery isn't available")).to
        .exist;
      expect(getByText(element.shadowRoot!, /give the element a client or an api-base attribute/))
        .to.exist;
      await expect(element).to.be.accessible();
    });

    it('starts once a client arrives', async () => {
      const element = await fixture<TestFlow>(html`<test-flow></test-flow>`);
      element.client = createMemoryClient();
      await waitFor(() => expect(element.step).to.equal('ready'));
    });

    it('makes an HTTP client for api-base', async () => {
      const element = await fixture<TestFlow>(html`<test-flow api-base="/api/2fa"></test-flow>`);
      await waitFor(() => expect(element.step).to.equal('ready'));
    });

    it('uses the nearest provider, but its own client and api-base first', async () => {
      const provided = controlledClient();
      const own = controlledClient();
      const host = await fixture(
        html`<recovery-provider .client=${provided.client}>
          <div><test-flow id="provided"></test-flow></div>
          <test-flow id="own" .client=${own.client}></test-flow>
          <test-flow id="api-base" api-base="/nowhere"></test-flow>
        </recovery-provider>`,
      );
      expect(provided.calls.map((call) => call.name)).to.deep.equal(['getStatus']);
      expect(own.calls.map((call) => call.name)).to.deep.equal(['getStatus']);
      const byApiBase = host.querySelector<TestFlow>('#api-base')!;
      await waitFor(() => expect(byApiBase.step).to.equal('failed'));
      // The test server has nothing there: its HTML 404 is not the backend saying "not found".
      expect(byApiBase.handled[0]!.code).to.equal('bad_response');
    });
  });

  describe('steps, focus and events', () => {
    it('takes no focus and fires no step change on its first render, loading included', async () => {
      const outside = await fixture<HTMLButtonElement>(html`<button>Outside</button>`);
      outside.focus();
      const steps: string[] = [];
      document.addEventListener('recovery-step-change', (event) => steps.push(event.detail.step));
      const element = await fixture<TestFlow>(
        html`<test-flow .client=${createMemoryClient()}></test-flow>`,
      );
      expect(element.step).to.equal('loading');
      await waitFor(() => expect(element.step).to.equal('ready'));
      expect(steps).to.deep.equal([]);
      expect(document.activeElement).to.equal(outside);
      expect(element.dataset.step).to.equal('ready');
    });

    it('moves focus to the new heading and fires recovery-step-change on every later step change', async () => {
      const element = await fixture<TestFlow>(
        html`<test-flow .client=${createMemoryClient()}></test-flow>`,
      );
      await waitFor(() => expect(element.step).to.equal('ready'));
      const steps: string[] = [];
      element.addEventListener('recovery-step-change', (event) => steps.push(event.detail.step));
      await click(getByRole(element.shadowRoot!, 'button', 'Skip'));
      await waitFor(() => expectFocusOn(getByRole(element.shadowRoot!, 'heading', 'Removed')));
      await click(getByRole(element.shadowRoot!, 'button', 'Back'));
      await waitFor(() => expectFocusOn(getByRole(element.shadowRoot!, 'heading', 'Ready')));
      expect(steps).to.deep.equal(['removed', 'ready']);
      expect(element.dataset.step).to.equal('ready');
    });

    describe('takes no focus and keeps the scroll until the user has acted on it', () => {
      /** A tall page scrolled to its top, focus on a button above the element. */
      async function page(element: ReturnType<typeof html>) {
        const host = await fixture<HTMLElement>(
          html`<div>
            <button>Outside</button>
            <div style="height: 150vh"></div>
            ${element}
          </div>`,
        );
        const outside = host.querySelector('button')!;
        outside.focus();
        window.scrollTo(0, 0);
        const steps: string[] = [];
        host.addEventListener('recovery-step-change', (event) => steps.push(event.detail.step));
        const flow = host.querySelector<TestFlow>('test-flow')!;
        const untouched = () => {
          expectFocusOn(outside);
          expect(window.scrollY).to.equal(0);
        };
        return { flow, steps, untouched };
      }

      it('a client that the host sets after the first render', async () => {
        const { flow, steps, untouched } = await page(html`<test-flow></test-flow>`);
        expect(flow.step).to.equal('error');
        flow.client = createMemoryClient();
        await waitFor(() => expect(flow.step).to.equal('ready'));
        untouched();
        expect(steps).to.deep.equal([]);
      });

      it('a provider whose client comes late', async () => {
        const { flow, steps, untouched } = await page(
          html`<recovery-provider><test-flow></test-flow></recovery-provider>`,
        );
        expect(flow.step).to.equal('error');
        flow.closest('recovery-provider')!.client = createMemoryClient();
        await waitFor(() => expect(flow.step).to.equal('ready'));
        untouched();
        expect(steps).to.deep.equal([]);
      });

      it("the host's retry() after a fault", async () => {
        const client = createMemoryClient({ faults: { getStatus: { code: 'server', times: 1 } } });
        const { flow, steps, untouched } = await page(
          html`<test-flow .client=${client}></test-flow>`,
        );
        await waitFor(() => expect(flow.step).to.equal('failed'));
        flow.retry();
        await waitFor(() => expect(flow.step).to.equal('ready'));
        untouched();
        expect(steps).to.deep.equal(['ready']);
      });

      it('focus arriving alone, by Tab, is not acting on it', async () => {
        const client = createMemoryClient({ faults: { getStatus: { code: 'server', times: 1 } } });
        const { flow } = await page(html`<test-flow .client=${client}></test-flow>`);
        await waitFor(() => expect(flow.step).to.equal('failed'));
        const tryAgain = getByRole(flow.shadowRoot!, 'button', 'Try again');
        tryAgain.focus();
        flow.retry();
        await waitFor(() => expect(flow.step).to.equal('ready'));
        // Its button went with the step: focus stays in the element, on the new heading.
        await waitFor(() => expectFocusOn(getByRole(flow.shadowRoot!, 'heading', 'Ready')));
      });
    });

    it('moves focus into a shared step, such as step-up', async () => {
      const client = createMemoryClient({ account: 'step-up' });
      const element = await fixture<TestFlow>(html`<test-flow .client=${client}></test-flow>`);
      await waitFor(() => expect(element.step).to.equal('ready'));
      await click(getByRole(element.shadowRoot!, 'button', 'Remove device'));
      await waitFor(() => expect(focused()?.textContent).to.equal("Verify it's you"));
    });

    it('exposes step as read-only', async () => {
      const element = await fixture<TestFlow>(html`<test-flow></test-flow>`);
      expect(() => ((element as unknown as { step: string }).step = 'x')).to.throw(TypeError);
    });
  });

  describe('strings and language', () => {
    before(() => {
      // A language that doesn't ship, so no shipped locale races these.
      registerLocale('nl', {
        tryAgain: 'Opnieuw proberen',
        back: 'Terug',
        errors: { network: 'Server onbereikbaar.' },
      });
      registerLocale('nl-BE', { back: 'Keer terug' });
    });

    const stringsOf = async (template: ReturnType<typeof html>, id = 'flow') => {
      const host = await fixture(template);
      const element = (host.id === id ? host : host.querySelector(`#${id}`)!) as TestFlow;
      return element.resolvedStrings;
    };

    it('speaks English by default', async () => {
      const strings = await stringsOf(html`<test-flow id="flow"></test-flow>`);
      expect(strings.tryAgain).to.equal('Try again');
    });

    it('takes the locale of its lang, or of an ancestor, falling back to English for the rest', async () => {
      const strings = await stringsOf(html`<div lang="nl"><test-flow id="flow"></test-flow></div>`);
      expect(strings.tryAgain).to.equal('Opnieuw proberen');
      expect(strings.errors.network).to.equal('Server onbereikbaar.');
      expect(strings.errors.timeout).to.equal('The server took too long to answer. Try again.');
      expect(strings.verify).to.equal('Verify');
    });

    it('takes a regional locale on top of its language', async () => {
      const strings = await stringsOf(html`<test-flow id="flow" lang="nl-BE"></test-flow>`);
      expect(strings.back).to.equal('Keer terug');
      expect(strings.tryAgain).to.equal('Opnieuw proberen');
    });

    it("takes the provider's strings, and its own over them", async () => {
      const host = await fixture(
        html`<recovery-provider .strings=${{ back: 'Go back', cancel: 'Stop' }}>
          <test-flow id="a"></test-flow>
          <test-flow id="b" .strings=${{ back: 'Previous' }}></test-flow>
        </recovery-provider>`,
      );
      const [a, b] = ['a', 'b'].map(
        (id) => host.querySelector<TestFlow>(`#${id}`)!.resolvedStrings,
      );
      expect([a!.back, a!.cancel]).to.deep.equal(['Go back', 'Stop']);
      expect([b!.back, b!.cancel]).to.deep.equal(['Previous', 'Stop']);
    });

    it('shows its strings', async () => {
      const element = await fixture<TestFlow>(
        html`<test-flow
          .client=${createMemoryClient()}
          .strings=${{ back: 'Previous step' }}
        ></test-flow>`,
      );
      await waitFor(() => expect(element.step).to.equal('ready'));
      await click(getByRole(element.shadowRoot!, 'button', 'Skip'));
      await waitFor(() => getByRole(element.shadowRoot!, 'button', 'Previous step'));
    });
  });
});
