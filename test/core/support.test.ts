import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { SupportReason } from '../../src/core/events.js';
import { en } from '../../src/core/strings/en.js';
import { baseStyles } from '../../src/core/styles.js';
import { renderSupport } from '../../src/core/support.js';
import { getByRole, getByText, queryByRole } from '../support/queries.js';
import { click } from '../support/user.js';

class SupportHost extends LitElement {
  static override styles = baseStyles;
  @property() reason: SupportReason = 'no_backup_method';
  @property() supportUrl?: string;
  override render() {
    return renderSupport(this, { reason: this.reason, supportUrl: this.supportUrl, strings: en });
  }
}
customElements.define('test-support-host', SupportHost);

describe('support guidance', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  const messages: Record<SupportReason, string> = {
    no_backup_method: en.supportNoBackupMethod,
    no_backup_access: en.supportNoBackupAccess,
    locked_out: en.supportLockedOut,
  };
  for (const [reason, message] of Object.entries(messages)) {
    it(`explains what to do: ${reason}`, async () => {
      const host = await fixture<SupportHost>(
        html`<test-support-host reason=${reason}></test-support-host>`,
      );
      expect(getByText(host.shadowRoot!, message)).to.exist;
    });
  }

  it('links to the support page, saying why in support-requested', async () => {
    const host = await fixture<SupportHost>(
      html`<test-support-host
        reason="locked_out"
        .supportUrl=${'#support-page'}
      ></test-support-host>`,
    );
    const requests: unknown[] = [];
    host.addEventListener('support-requested', (event) => requests.push(event.detail));
    await click(getByRole(host.shadowRoot!, 'link', 'Contact support'));
    expect(requests).to.deep.equal([{ reason: 'locked_out' }]);
    expect(location.hash).to.equal('#support-page');
    await expect(host).to.be.accessible();
  });

  it('stays on the page when the host cancels support-requested', async () => {
    const host = await fixture<SupportHost>(
      html`<test-support-host .supportUrl=${'#support-page'}></test-support-host>`,
    );
    document.addEventListener('support-requested', (event) => event.preventDefault(), {
      once: true,
    });
    await click(getByRole(host.shadowRoot!, 'link', 'Contact support'));
    expect(location.hash).to.equal('');
  });

  it('without a support page, tells the user to ask an admin', async () => {
    const host = await fixture<SupportHost>(html`<test-support-host></test-support-host>`);
    expect(queryByRole(host.shadowRoot!, 'link')).to.equal(null);
    expect(getByText(host.shadowRoot!, en.askAdmin)).to.exist;
  });
});
