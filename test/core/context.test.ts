import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { underUndefined } from '../../src/core/context.js';

/** A defined element that holds its children in its own shadow root. */
class ShadowHost extends LitElement {
  override render() {
    return html`<span id="inside"></span>`;
  }
}
customElements.define('context-shadow-host', ShadowHost);

describe('waiting for a provider that is not defined yet', () => {
  it('is needed under an element not yet defined, however far up', async () => {
    const page = await fixture(
      html`<not-yet-provider
        ><div>
          <p><span id="deep"></span></p></div
      ></not-yet-provider>`,
    );
    expect(underUndefined(page.querySelector('#deep')!)).to.equal(true);
  });

  it('is needed across shadow roots, a host not yet defined included', async () => {
    const outer = await fixture(
      html`<not-yet-provider><context-shadow-host></context-shadow-host></not-yet-provider>`,
    );
    const host = outer.querySelector<ShadowHost>('context-shadow-host')!;
    await host.updateComplete;
    expect(underUndefined(host.shadowRoot!.querySelector('#inside')!)).to.equal(true);

    const undefinedHost = await fixture(html`<div><not-yet-host></not-yet-host></div>`);
    const inside = undefinedHost
      .querySelector('not-yet-host')!
      .attachShadow({ mode: 'open' })
      .appendChild(document.createElement('span'));
    expect(underUndefined(inside)).to.equal(true);
  });

  it('is not needed where every ancestor is defined, in the page or a shadow root', async () => {
    const page = await fixture(
      html`<section>
        <div><span id="plain"></span></div>
      </section>`,
    );
    expect(underUndefined(page.querySelector('#plain')!)).to.equal(false);
    const host = await fixture<ShadowHost>(html`<context-shadow-host></context-shadow-host>`);
    await host.updateComplete;
    expect(underUndefined(host.shadowRoot!.querySelector('#inside')!)).to.equal(false);
    // An element's own definition is not its ancestors'.
    expect(underUndefined(document.createElement('not-yet-itself'))).to.equal(false);
  });
});
