import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { renderError } from '../feedback.js';
import { formatDate } from '../format.js';
import { StepComponent } from '../step-component.js';
import { baseStyles } from '../styles.js';
import { printOnly } from './print.js';
import { renderHeading } from '../heading.js';
import { groupKey, renderKey } from '../readings.js';

/**
 * A new recovery key, shown once: in groups of four, with "Copy", "Download" and "Print", and
 * "Done" once the user says they have noted it down (pressed before that, it says so on the
 * checkbox). Until then, leaving the page asks first.
 * After "Done", or when the step is removed, it holds the key no more.
 *
 * @summary Shared step: show a new recovery key.
 * @fires tfr-done - The user has noted the key down (the key is already gone from the step).
 * @csspart card - The step's box.
 * @csspart heading - The step's heading.
 * @csspart recovery-key - The key.
 * @csspart button - Every button (the primary one with `primary-button`).
 */
export class RecoveryKeyDisplay extends StepComponent {
  static override styles = [
    baseStyles,
    css`
      .key {
        font-family: var(--_tfr-mono);
        font-size: 1.35em;
        letter-spacing: 0.08em;
        word-spacing: 0.4em;
        padding: 0.75rem 1rem;
        border: 1px dashed var(--_tfr-border);
        border-radius: calc(var(--_tfr-radius) * 0.5);
        overflow-wrap: anywhere;
      }
      .key-text {
        user-select: all;
      }
      @media print {
        .actions,
        .checkbox,
        .status {
          display: none;
        }
        .card {
          border: none;
        }
      }
    `,
  ];

  /** The key, held only until "Done" or until the step is removed. */
  @property({ attribute: false }) recoveryKey: string | null = null;
  /** When the key was made (ISO 8601). */
  @property({ attribute: 'created-at' }) createdAt = '';
  /** Named in the downloaded file. */
  @property({ attribute: 'site-name' }) siteName = '';

  @state() private noted = false;
  /** "Done" pressed before the box was ticked: how many times, so each is announced. */
  @state() private unconfirmed = 0;
  @state() private copyStatus: 'copied' | 'failed' | null = null;

  private readonly guard = (event: BeforeUnloadEvent) => {
    if (!this.recoveryKey) return;
    event.preventDefault();
    event.returnValue = ''; // older browsers still need it to ask
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.guard);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.guard);
    this.recoveryKey = null;
  }

  override render() {
    const { strings } = this;
    if (!this.recoveryKey) return nothing;
    return html`<section class="card" part="card">
      ${renderHeading(this, strings.recoveryKeyHeading)}
      <p>${strings.recoveryKeyIntro}</p>
      <p class="key" part="recovery-key" dir="ltr">
        ${renderKey(strings, this.recoveryKey, 'key')}
      </p>
      ${this.createdAt ? html`<p class="hint">${strings.recoveryKeyCreated(this.date)}</p>` : nothing}
      <div class="actions">
        <button type="button" part="button" @click=${this.handleCopy}>${strings.copy}</button>
        <button type="button" part="button" @click=${this.handleDownload}>
          ${strings.download}
        </button>
        <button type="button" part="button" @click=${this.handlePrint}>${strings.print}</button>
      </div>
      <p class="status ${this.copyStatus === 'failed' ? 'error' : 'success'}" role="status">
        ${this.copyStatus === 'copied' ? strings.copied : this.copyStatus === 'failed' ? strings.copyFailed : ''}
      </p>
      <label class="checkbox">
        <input
          id="noted"
          type="checkbox"
          .checked=${this.noted}
          aria-invalid=${this.unconfirmed ? 'true' : 'false'}
          aria-describedby=${this.unconfirmed ? 'noted-error' : nothing}
          @change=${this.handleNoted}
        />
        ${strings.notedDown}
      </label>
      ${renderError('noted-error', this.unconfirmed ? strings.confirmNotedDown : null, this.unconfirmed)}
      <div class="actions">
        <!-- Never disabled: pressed too soon, it says why on the checkbox. -->
        <button
          type="button"
          class="primary"
          part="button primary-button"
          @click=${this.handleDone}
        >
          ${strings.done}
        </button>
      </div>
    </section>`;
  }

  private get date(): string {
    return formatDate(this.locale, this.createdAt || new Date().toISOString());
  }

  private async handleCopy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(groupKey(this.recoveryKey ?? ''));
      this.copyStatus = 'copied';
    } catch {
      this.copyStatus = 'failed';
      // Select the key, so copying it by hand is one keystroke away.
      const key = this.renderRoot.querySelector('#key');
      if (key) getSelection()?.selectAllChildren(key);
    }
  }

  private handleDownload(): void {
    const key = groupKey(this.recoveryKey ?? '');
    const siteName = this.siteName || this.strings.defaultSiteName;
    const day = (this.createdAt || new Date().toISOString()).slice(0, 10);
    const url = URL.createObjectURL(
      new Blob([this.strings.recoveryKeyFile(siteName, key, this.date)], {
        type: 'text/plain;charset=utf-8',
      }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = this.strings.recoveryKeyFileName(siteName, day).replace(/[\\/:*?"<>|]+/g, '-');
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private handlePrint(): void {
    printOnly(this);
  }

  private handleNoted(event: Event): void {
    this.noted = (event.target as HTMLInputElement).checked;
    if (this.noted) this.unconfirmed = 0;
  }

  private async handleDone(): Promise<void> {
    if (!this.noted) {
      this.unconfirmed += 1;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#noted')?.focus();
      return;
    }
    this.recoveryKey = null;
    this.emit('tfr-done');
  }
}
