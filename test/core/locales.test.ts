/**
 * Languages in a live element: the words follow `lang` (the element's, an ancestor's, the
 * page's) as it changes; dates and plurals come in the same locale as the words, so a language
 * without words (Japanese) is English throughout; a shipped locale fetches only the tables of
 * the element that asks.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../src/api/memory-client.js';
import { formatDate } from '../../src/core/format.js';
import { registerLocale } from '../../src/core/strings/localize.js';
import '../../src/elements/recovery-key-panel/define.js';
import '../../src/elements/two-factor-reset/define.js';
import arReset from '../../src/locales/ar/two-factor-reset.js';
import { getByRole, getByText, waitFor } from '../support/queries.js';

// Private tags: no shipped locale races these.
registerLocale('x-one', { authenticateDifferently: 'One way', useBackupMethod: 'One backup' });
registerLocale('x-two', { authenticateDifferently: 'Two ways' });

const reset = async (outer = '') => {
  const host = await fixture(
    html`<div lang=${outer || 'en'}>
      <two-factor-reset open .client=${createMemoryClient()}></two-factor-reset>
    </div>`,
  );
  return { host: host as HTMLElement, element: host.querySelector('two-factor-reset')! };
};
const headingOf = (element: Element, name: string) =>
  waitFor(() => getByRole(element.shadowRoot!, 'heading', name));

describe('languages in a live element', () => {
  it("switches when an ancestor's lang changes, then its own, then back", async () => {
    const { host, element } = await reset();
    await headingOf(element, 'Authenticate a different way');
    host.lang = 'x-one';
    await headingOf(element, 'One way');
    getByRole(element.shadowRoot!, 'button', 'One backup');
    element.setAttribute('lang', 'x-two');
    await headingOf(element, 'Two ways');
    getByRole(element.shadowRoot!, 'button', 'Use backup method'); // x-two has no word for it
    element.removeAttribute('lang');
    await headingOf(element, 'One way');
  });

  it("follows the page's <html lang>", async () => {
    const page = document.documentElement;
    const before = page.getAttribute('lang');
    const element = await fixture(
      html`<two-factor-reset open .client=${createMemoryClient()}></two-factor-reset>`,
    );
    try {
      page.lang = 'x-one';
      await headingOf(element, 'One way');
    } finally {
      if (before === null) page.removeAttribute('lang');
      else page.lang = before;
    }
    await headingOf(element, 'Authenticate a different way');
  });

  it('speaks English, dates included, in a language it has no words for', async () => {
    const client = createMemoryClient();
    await client.generateRecoveryKey({});
    const { createdAt } = (await client.getStatus({})).recoveryKey!;
    const host = await fixture(
      html`<div lang="ja"><recovery-key-panel .client=${client}></recovery-key-panel></div>`,
    );
    const panel = host.querySelector('recovery-key-panel')!;
    const line = `You created your recovery key on ${formatDate('en', createdAt)}.`;
    await waitFor(() => getByText(panel.shadowRoot!, line));
    expect(line).not.to.contain(formatDate('ja', createdAt));
  });

  it('speaks English for a lang Intl refuses, or one named like an Object method', async () => {
    for (const lang of ['en_US', 'constructor', '__proto__', 'toString', 'valueOf']) {
      const { element } = await reset(lang);
      await headingOf(element, 'Authenticate a different way');
    }
  });

  it('lays a right-to-left language out right to left, unless the page says otherwise', async () => {
    const { element } = await reset('ar');
    const heading = await headingOf(element, arReset.authenticateDifferently);
    expect(getComputedStyle(heading).direction).to.equal('rtl');
    element.setAttribute('dir', 'ltr');
    expect(getComputedStyle(heading).direction).to.equal('ltr');
  });

  it("fetches a shipped language's tables for this element only, and shows them", async () => {
    performance.clearResourceTimings(); // the module loads before may have filled the buffer
    const { element } = await reset('fr');
    await waitFor(() => expect(element.step).to.equal('choose'));
    const fetched = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name.match(/\/locales\/fr\/([\w-]+)\.ts/)?.[1])
      .filter(Boolean);
    expect(fetched).to.have.members(['shared', 'two-factor-reset']);
    const fr = (await import('../../src/locales/fr/two-factor-reset.js')).default;
    await headingOf(element, fr.authenticateDifferently);
    getByRole(element.shadowRoot!, 'button', fr.useBackupMethod);
  });
});
