import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/core/recovery-key/define.js';
import type { RecoveryKeyDisplay } from '../../src/core/recovery-key/recovery-key.js';
import {
  descriptionOf,
  expectFocusOn,
  getByRole,
  getByText,
  queryByRole,
  queryByText,
  textOf,
  waitFor,
} from '../support/queries.js';
import { click } from '../support/user.js';

const key = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const createdAt = '2026-11-22T10:00:00.000Z';

async function keyDisplay() {
  const element = await fixture<RecoveryKeyDisplay>(
    html`<tfr-recovery-key
      .recoveryKey=${key}
      created-at=${createdAt}
      site-name="Example"
    ></tfr-recovery-key>`,
  );
  const done: string[] = [];
  element.addEventListener('tfr-done', () => done.push('done'));
  return { element, root: element.shadowRoot!, done };
}

/** Whether leaving the page now would ask first. */
function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('shared step: recovery-key display', () => {
  it('shows the key once, in groups of four', async () => {
    const { element, root } = await keyDisplay();
    expect(getByRole(root, 'heading', 'Your new recovery key')).to.exist;
    expect(textOf(root.querySelector('[part="recovery-key"]')!)).to.equal(
      'ABCD EFGH JKLM NPQR STUV WXYZ',
    );
    await expect(element).to.be.accessible();
  });

  it('"Done" is never disabled: pressed too soon, it says why on the checkbox, each time', async () => {
    const { element, root, done } = await keyDisplay();
    const finish = getByRole<HTMLButtonElement>(root, 'button', 'Done');
    const checkbox = getByRole<HTMLInputElement>(
      root,
      'checkbox',
      "I've noted down my recovery key",
    );
    expect(finish.disabled).to.equal(false);
    await click(finish);
    await element.updateComplete;
    const first = getByRole(root, 'alert');
    expect(first.textContent).to.equal("Confirm you've noted down your recovery key.");
    expect(checkbox.getAttribute('aria-invalid')).to.equal('true');
    expect(descriptionOf(checkbox)).to.equal("Confirm you've noted down your recovery key.");
    expectFocusOn(checkbox);
    expect(done).to.deep.equal([]);
    // Pressed again: a new alert, so a screen reader says it again.
    await click(finish);
    await element.updateComplete;
    expect(getByRole(root, 'alert') === first).to.equal(false);
    await expect(element).to.be.accessible();
    await click(checkbox);
    expect(queryByRole(root, 'alert')).to.equal(null);
    await click(finish);
    expect(done).to.deep.equal(['done']);
    expect(element.recoveryKey).to.equal(null);
    await element.updateComplete;
    expect(root.textContent).not.to.contain('ABCD');
  });

  it('asks before the page is left while the key is unacknowledged, and not after', async () => {
    const { root } = await keyDisplay();
    expect(leavingAsks()).to.equal(true);
    await click(getByRole(root, 'checkbox', "I've noted down my recovery key"));
    await click(getByRole(root, 'button', 'Done'));
    expect(leavingAsks()).to.equal(false);
  });

  it('forgets the key when removed', async () => {
    const { element } = await keyDisplay();
    element.remove();
    expect(element.recoveryKey).to.equal(null);
    expect(leavingAsks()).to.equal(false);
  });

  describe('copy', () => {
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    afterEach(() => Object.defineProperty(Navigator.prototype, 'clipboard', original!));
    const clipboard = (writeText: (text: string) => Promise<void>) =>
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        configurable: true,
        get: () => ({ writeText }),
      });

    it('copies the key, grouped, and says so', async () => {
      const copied: string[] = [];
      clipboard(async (text) => void copied.push(text));
      const { root } = await keyDisplay();
      await click(getByRole(root, 'button', 'Copy'));
      await waitFor(() => getByText(root, 'Copied.'));
      expect(copied).to.deep.equal(['ABCD-EFGH-JKLM-NPQR-STUV-WXYZ']);
    });

    it('says when copying fails, and selects the key to copy by hand', async () => {
      clipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      const { root } = await keyDisplay();
      await click(getByRole(root, 'button', 'Copy'));
      await waitFor(() => getByText(root, 'Copy failed — select the key'));
      expect(getSelection()?.toString().replace(/\s/g, '')).to.equal(key);
    });
  });

  it('downloads a text file naming the site and the date', async () => {
    const clicked: HTMLAnchorElement[] = [];
    const files: Blob[] = [];
    const realClick = HTMLAnchorElement.prototype.click;
    const realCreate = URL.createObjectURL;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    URL.createObjectURL = (file: Blob | MediaSource) => {
      files.push(file as Blob);
      return realCreate(file);
    };
    try {
      const { root } = await keyDisplay();
      await click(getByRole(root, 'button', 'Download'));
    } finally {
      HTMLAnchorElement.prototype.click = realClick;
      URL.createObjectURL = realCreate;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.equal('Example recovery key 2026-11-22.txt');
    expect(clicked[0]!.href).to.match(/^blob:/);
    expect(files[0]!.type).to.match(/^text\/plain/);
    const text = await files[0]!.text();
    expect(text).to.contain('Recovery key for Example');
    expect(text).to.contain('ABCD-EFGH-JKLM-NPQR-STUV-WXYZ');
    expect(text).to.match(/Created .*2026/);
  });

  describe('print', () => {
    const realPrint = window.print;
    afterEach(() => (window.print = realPrint));

    it('prints only the element showing the key', async () => {
      class Outer extends LitElement {
        override render() {
          return html`<tfr-recovery-key .recoveryKey=${key}></tfr-recovery-key>`;
        }
      }
      customElements.define('test-outer-key', Outer);
      const outer = await fixture<Outer>(html`<test-outer-key></test-outer-key>`);
      const display = outer.shadowRoot!.querySelector('tfr-recovery-key')!;
      await display.updateComplete;
      let during: { printing: boolean; target: boolean } | undefined;
      window.print = () => {
        during = {
          printing: document.documentElement.hasAttribute('data-tfr-printing'),
          target: outer.hasAttribute('data-tfr-print-target'),
        };
      };
      await click(getByRole(display.shadowRoot!, 'button', 'Print'));
      expect(during).to.deep.equal({ printing: true, target: true });
      const rules = document.adoptedStyleSheets.flatMap((sheet) =>
        [...sheet.cssRules].map((rule) => rule.cssText),
      );
      expect(rules.join('\n')).to.match(/@media print/);
      window.dispatchEvent(new Event('afterprint'));
      expect(document.documentElement.hasAttribute('data-tfr-printing')).to.equal(false);
      expect(outer.hasAttribute('data-tfr-print-target')).to.equal(false);
    });
  });

  it('shows nothing without a key', async () => {
    const element = await fixture<RecoveryKeyDisplay>(html`<tfr-recovery-key></tfr-recovery-key>`);
    expect(queryByText(element.shadowRoot!, 'Your new recovery key')).to.equal(null);
  });
});
