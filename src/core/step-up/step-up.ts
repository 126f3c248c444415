import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { stepUpIdle, type StepUpState } from '../../flows/step-up.js';
import { codeProblem, normaliseCode, renderCodeField } from '../code-field.js';
import { renderFailure, renderSubmit } from '../feedback.js';
import { StepComponent } from '../step-component.js';
import { WebOtpController } from '../web-otp.js';
import { renderHeading } from '../heading.js';
import { readMasked, renderWithMasked } from '../readings.js';

/**
 * "Verify it's you": the step any element shows when an operation needs a fresh proof of the
 * user. The code comes from the authenticator app, or by text or call ("Resend code" asks again).
 * While the host page verifies the user itself, "Waiting for verification".
 *
 * @summary Shared step: step-up.
 * @fires tfr-submit - The user submits a well-formed code; read it from `code`.
 * @fires tfr-resend - The user asks for a new text or call.
 * @fires tfr-cancel - The user gives up the operation that needed step-up.
 * @fires tfr-retry - The user asks to try a failed operation again.
 * @csspart card - The step's box.
 * @csspart heading - The step's heading.
 * @csspart input - The code field (with `code-input`).
 * @csspart button - Every button (the primary one with `primary-button`).
 * @csspart error - An error message.
 */
export class StepUp extends StepComponent {
  /** Where step-up is: starting, asking for the code, or waiting for the host page. */
  @property({ attribute: false }) state: StepUpState = stepUpIdle;

  @state() private announcement = '';

  private readonly webOtp = new WebOtpController(this, (code) => {
    this.value = code;
    this.submit();
  });

  /** The code as typed, without spaces or dashes. */
  get code(): string {
    return normaliseCode(this.value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('state')) return;
    const previous = changed.get('state') as StepUpState | undefined;
    if (this.state.phase === 'code') {
      const { method, maskedDestination } = this.state.challenge;
      if (previous?.phase === 'starting' && maskedDestination && method !== 'totp') {
        this.announcement = this.strings.codeResent(readMasked(this.strings, maskedDestination));
      }
      if (method === 'sms') this.webOtp.start();
    } else {
      this.webOtp.stop();
    }
  }

  override render() {
    switch (this.state.phase) {
      case 'idle':
        return nothing;
      case 'waiting':
        return this.renderCard(
          this.strings.stepUpWaitingHeading,
          html`<p>${this.strings.stepUpWaiting}</p>
            <div class="actions">${this.renderCancel()}</div>`,
        );
      case 'starting':
        return this.renderCard(
          this.strings.stepUpHeading,
          html`<p class=${this.busy ? 'busy' : ''}>${this.strings.stepUpStarting}</p>
            ${renderFailure(this.strings, this.locale, this.error, () => this.emit('tfr-retry'))}
            <div class="actions">${this.renderCancel()}</div>`,
        );
      case 'code':
        return this.renderCard(this.strings.stepUpHeading, this.renderCodeForm(this.state));
    }
  }

  private renderCard(heading: string, content: unknown) {
    return html`<section class="card" part="card" aria-busy=${this.busy ? 'true' : 'false'}>
      ${renderHeading(this, heading)} ${content}
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  private renderCodeForm({ challenge }: Extract<StepUpState, { phase: 'code' }>) {
    const { strings, busy, error, locked, fieldError } = this;
    const destination = challenge.maskedDestination ?? '';
    const instructions =
      challenge.method === 'totp'
        ? strings.stepUpTotp
        : challenge.method === 'sms'
          ? strings.stepUpSms(destination)
          : strings.stepUpVoice(destination);
    return html`<p id="step-up-instructions">
        ${renderWithMasked(strings, instructions, challenge.maskedDestination)}
      </p>
      <form novalidate @submit=${this.handleSubmit}>
        ${renderCodeField({
          id: 'step-up-code',
          label: strings.authenticationCode,
          value: this.value,
          message: this.problem ?? fieldError,
          attempt: this.errorKey,
          instructions: 'step-up-instructions',
          disabled: locked,
          onInput: this.typed,
        })}
        <div class="actions">
          ${renderSubmit(strings.continue, { busy, blocked: locked })}
          ${
            challenge.method === 'totp'
              ? nothing
              : html`<button
                  type="button"
                  part="button"
                  aria-disabled=${busy ? 'true' : 'false'}
                  @click=${this.handleResend}
                >
                  ${strings.resendCode}
                </button>`
          }
          ${this.renderCancel()}
        </div>
        ${fieldError ? nothing : renderFailure(strings, this.locale, error, () => this.emit('tfr-retry'))}
      </form>`;
  }

  /** "Resend code": the old code stops working, so it goes now; what is typed after stays. */
  private readonly handleResend = () => {
    if (this.busy) return;
    this.value = '';
    this.problem = null;
    this.emit('tfr-resend');
  };

  private renderCancel() {
    return html`<button
      type="button"
      class="link"
      part="button"
      @click=${() => this.emit('tfr-cancel')}
    >
      ${this.strings.cancel}
    </button>`;
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.submit();
  }

  private submit(): void {
    if (this.busy || this.state.phase !== 'code' || this.error?.code === 'too_many_attempts')
      return;
    if (this.refuse(codeProblem(this.strings, this.code, this.state.challenge.codeLength))) return;
    this.webOtp.stop();
    this.emit('tfr-submit');
  }
}
