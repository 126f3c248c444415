import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { renderError, renderFailure, renderSubmit } from '../feedback.js';
import { StepComponent } from '../step-component.js';
import type { Strings } from '../strings/en.js';
import { renderHeading } from '../heading.js';

/** Bidirectional controls and zero-width characters: invisible, and pasted along with text. */
const invisible = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
/** What people put between the groups: spaces and dashes (typographic ones included). */
const separators = /[\s\-\u2010-\u2015\u2212]+/g;
/** Fewer characters than this cannot be a recovery key of any backend. */
export const minRecoveryKeyLength = 8;

/** What people paste (spaces, dashes, lower case) as the key it is: upper case, nothing between. */
export const normaliseRecoveryKey = (raw: string) =>
  raw.replace(invisible, '').replace(separators, '').toUpperCase();

/** Why `raw` cannot be a recovery key (so nothing is sent), or null. */
export function recoveryKeyProblem(strings: Strings, raw: string): string | null {
  const key = normaliseRecoveryKey(raw);
  if (!key) return strings.enterRecoveryKey;
  if (!/^[A-Z0-9]+$/.test(key)) return strings.recoveryKeyCharacters;
  return key.length < minRecoveryKeyLength ? strings.recoveryKeyTooShort : null;
}

/**
 * Signing in with a recovery key: field "Recovery key", which takes the key however it is pasted
 * and refuses, sending nothing, what cannot be a key; and "Sign in with recovery key".
 *
 * @summary Shared step: sign in with a recovery key.
 * @fires tfr-submit - The user submits a key; read it from `recoveryKey`.
 * @fires tfr-retry - The user asks to try a failed operation again.
 * @csspart card - The step's box.
 * @csspart heading - The step's heading.
 * @csspart input - The key field.
 * @csspart button - Every button (the primary one with `primary-button`).
 * @csspart error - An error message.
 * @slot more - What the element adds under the step (other ways on, "Back").
 */
export class RedeemForm extends StepComponent {
  /** The step's heading; by default "Sign in with a recovery key". */
  @property() heading?: string;

  /** The key as it is sent: upper case, without spaces or dashes. */
  get recoveryKey(): string {
    return normaliseRecoveryKey(this.value);
  }

  override render() {
    const { strings, busy, error, locked, fieldError } = this;
    // A wrong key is a wrong *recovery key*, not a wrong code.
    const wrongKey =
      error?.code === 'invalid_code' ? strings.wrongRecoveryKey(error.attemptsRemaining) : null;
    const message = this.problem ?? wrongKey ?? fieldError;
    return html`<section class="card" part="card" aria-busy=${busy ? 'true' : 'false'}>
      ${renderHeading(this, this.heading ?? strings.redeemHeading)}
      <p id="recovery-key-instructions">${strings.redeemIntro}</p>
      <form novalidate @submit=${this.handleSubmit}>
        <div class="field">
          <label for="recovery-key">${strings.recoveryKey}</label>
          <input
            id="recovery-key"
            part="input"
            dir="ltr"
            .value=${live(this.value)}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            aria-invalid=${message ? 'true' : 'false'}
            aria-describedby=${message ? 'recovery-key-error recovery-key-instructions' : 'recovery-key-instructions'}
            ?disabled=${locked}
            @input=${this.handleInput}
          />
          ${renderError('recovery-key-error', message, this.errorKey)}
        </div>
        <div class="actions">
          ${renderSubmit(strings.signInWithRecoveryKey, { busy, blocked: locked })}
        </div>
        ${fieldError ? nothing : renderFailure(strings, this.locale, error, () => this.emit('tfr-retry'))}
      </form>
      <slot name="more"></slot>
    </section>`;
  }

  private handleInput(event: InputEvent): void {
    this.typed((event.target as HTMLInputElement).value);
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.busy || this.locked) return;
    if (!this.refuse(recoveryKeyProblem(this.strings, this.value))) this.emit('tfr-submit');
  }
}
