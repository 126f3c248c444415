import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { createMemoryClient } from '../../src/api/memory-client.js';
import '../../src/elements/recovery-provider/define.js';
import { RecoveryProvider } from '../../src/elements/recovery-provider/recovery-provider.js';
import { controlledClient } from '../support/controlled-client.js';
import { waitFor } from '../support/queries.js';
import type { TestFlow } from '../support/test-flow.js';
import '../support/test-flow.js';

/** An element that holds a `<test-flow>` in its own shadow root, as `<account-protection>` will. */
class Composite extends LitElement {
  override render() {
    return html`<test-flow></test-flow>`;
  }
}
customElements.define('test-composite', Composite);

describe('<recovery-provider>', () => {
  it('gives every element inside it its configuration', async () => {
    const client = createMemoryClient();
    const provider = await fixture<RecoveryProvider>(
      html`<recovery-provider
        .client=${client}
        support-url="/help/2fa"
        default-country="GB"
        site-name="Example"
      >
        <test-flow></test-flow>
      </recovery-provider>`,
    );
    const element = provider.querySelector<TestFlow>('test-flow')!;
    expect(element.providedContext).to.deep.include({
      client,
      supportUrl: '/help/2fa',
      defaultCountry: 'GB',
      siteName: 'Example',
    });
    await waitFor(() => expect(element.step).to.equal('ready'));
  });

  it("reaches elements inside other elements' shadow roots", async () => {
    const { client, of } = controlledClient();
    const provider = await fixture(
      html`<recovery-provider .client=${client}
        ><test-composite></test-composite
      ></recovery-provider>`,
    );
    const inner = provider
      .querySelector('test-composite')!
      .shadowRoot!.querySelector<TestFlow>('test-flow')!;
    await inner.updateComplete;
    expect(of('getStatus')).to.have.length(1);
  });

  it('makes an HTTP client for api-base', async () => {
    const provider = await fixture(
      html`<recovery-provider api-base="/api/2fa"><test-flow></test-flow></recovery-provider>`,
    );
    await waitFor(() =>
      expect(provider.querySelector<TestFlow>('test-flow')!.step).to.equal('ready'),
    );
  });

  it('tells the elements inside when its configuration changes', async () => {
    const provider = await fixture<RecoveryProvider>(
      html`<recovery-provider><test-flow></test-flow></recovery-provider>`,
    );
    const element = provider.querySelector<TestFlow>('test-flow')!;
    expect(element.step).to.equal('error');
    provider.client = createMemoryClient();
    await waitFor(() => expect(element.step).to.equal('ready'));
    provider.supportUrl = '/support';
    await provider.updateComplete;
    expect(element.providedContext?.supportUrl).to.equal('/support');
  });

  it('serves elements defined after it', async () => {
    class LateFlow extends (customElements.get('test-flow') as typeof TestFlow) {}
    const provider = await fixture(
      html`<recovery-provider .client=${createMemoryClient()}
        ><late-flow></late-flow
      ></recovery-provider>`,
    );
    customElements.define('late-flow', LateFlow);
    await waitFor(() =>
      expect(provider.querySelector<TestFlow>('late-flow')!.step).to.equal('ready'),
    );
  });

  it('serves elements defined before it', async () => {
    class LateProvider extends RecoveryProvider {}
    const host = await fixture(
      html`<late-provider .client=${createMemoryClient()}><test-flow></test-flow></late-provider>`,
    );
    const element = host.querySelector<TestFlow>('test-flow')!;
    expect(element.step).to.equal('error');
    customElements.define('late-provider', LateProvider);
    await waitFor(() => expect(element.step).to.equal('ready'));
  });

  it('leaves layout to what is inside it', async () => {
    const provider = await fixture(html`<recovery-provider></recovery-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });
});
