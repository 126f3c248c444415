import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Challenge } from '../../api/contract.js';
import { codeProblem, normaliseCode, renderCodeField } from '../code-field.js';
import { renderFailure, renderSubmit } from '../feedback.js';
import { formatTime, formatWait } from '../format.js';
import { StepComponent } from '../step-component.js';
import { baseStyles } from '../styles.js';
import { WebOtpController } from '../web-otp.js';
import { renderHeading } from '../heading.js';
import { readMasked, renderWithMasked } from '../readings.js';

/**
 * The step where the user types the code sent to their email or phone: "Enter the N-digit code
 * sent to …", the code's expiry, "Verify", and "Resend code" once the cooldown is over (the
 * wait shown beside it and announced). An SMS code fills itself in where the browser has WebOTP.
 *
 * @summary Shared step: enter a one-time code.
 * @fires tfr-submit - The user submits a well-formed code; read it from `code`.
 * @fires tfr-resend - The user asks for a new code.
 * @fires tfr-retry - The user asks to try a failed operation again.
 * @csspart card - The step's box.
 * @csspart heading - The step's heading.
 * @csspart input - The code field (with `code-input`).
 * @csspart button - Every button (the primary one with `primary-button`).
 * @csspart error - An error message.
 * @slot more - What the element adds under the step (other ways on, "Back").
 */
export class CodeEntry extends StepComponent {
  static override styles = [
    baseStyles,
    css`
      .resend-wait {
        color: var(--_tfr-muted);
      }
    `,
  ];

  /** The challenge the code was sent for. */
  @property({ attribute: false }) challenge?: Challenge;
  /** The step's heading; by default "Enter the verification code". */
  @property() heading?: string;

  @state() private secondsToResend = 0;
  @state() private announcement = '';
  @state() private intent: 'submit' | 'resend' | null = null;

  private timer?: ReturnType<typeof setInterval>;
  private readonly webOtp = new WebOtpController(this, (code) => {
    this.value = code;
    this.submit();
  });

  /** The code as typed, without spaces or dashes. */
  get code(): string {
    return normaliseCode(this.value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.challenge && this.hasUpdated) this.startChallenge();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
    this.timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('challenge') || !this.challenge) return;
    if (changed.get('challenge')) {
      // What was typed since "Resend code" (by the user, or WebOTP) is for the new code: kept.
      this.announcement = this.strings.codeResent(
        readMasked(this.strings, this.challenge.maskedDestination),
      );
    }
    this.startChallenge();
  }

  private startChallenge(): void {
    this.startCountdown();
    if (this.challenge?.channel === 'sms') this.webOtp.start();
    else this.webOtp.stop();
  }

  private startCountdown(): void {
    clearInterval(this.timer);
    const resendAt = Date.parse(this.challenge!.resendAvailableAt);
    const tick = () => {
      this.secondsToResend = Math.max(0, Math.ceil((resendAt - this.clock()) / 1000));
      if (this.secondsToResend > 0) return;
      clearInterval(this.timer);
      if (this.timer) this.announcement = this.strings.resendReady;
      this.timer = undefined;
    };
    tick();
    if (this.secondsToResend === 0) return;
    // Said once the live region is on the page: one created holding text is never read out.
    const started = this.strings.resendCountdownStarted(
      formatWait(this.locale, this.secondsToResend),
    );
    void this.updateComplete.then(() => (this.announcement ||= started));
    this.timer = setInterval(tick, 1000);
  }

  override render() {
    const { strings, challenge, busy, error, locked, fieldError } = this;
    if (!challenge) return nothing;
    const resendBlocked = busy || locked || this.secondsToResend > 0;
    return html`<section class="card" part="card" aria-busy=${busy ? 'true' : 'false'}>
      ${renderHeading(this, this.heading ?? strings.codeHeading)}
      <p id="code-instructions">
        ${renderWithMasked(
          strings,
          strings.codeSentTo(challenge.maskedDestination, challenge.codeLength),
          challenge.maskedDestination,
        )}
      </p>
      <form novalidate @submit=${this.handleSubmit}>
        ${renderCodeField({
          id: 'code',
          label: strings.verificationCode,
          value: this.value,
          message: this.problem ?? fieldError,
          attempt: this.errorKey,
          instructions: 'code-instructions',
          hint: strings.codeExpiresAt(
            formatTime(this.locale, this.onDeviceClock(challenge.expiresAt)),
          ),
          disabled: locked,
          onInput: this.typed,
        })}
        <div class="actions">
          ${renderSubmit(strings.verify, { busy: busy && this.intent === 'submit', blocked: busy || locked })}
          <button
            type="button"
            class=${busy && this.intent === 'resend' ? 'busy' : ''}
            part="button"
            aria-disabled=${resendBlocked ? 'true' : 'false'}
            aria-describedby=${this.secondsToResend > 0 ? 'resend-wait' : nothing}
            @click=${this.handleResend}
          >
            ${strings.resendCode}
          </button>
          ${
            this.secondsToResend > 0
              ? html`<span id="resend-wait" class="resend-wait"
                  >${strings.resendAvailableIn(formatWait(this.locale, this.secondsToResend))}</span
                >`
              : nothing
          }
        </div>
        ${fieldError ? nothing : renderFailure(strings, this.locale, error, () => this.emit('tfr-retry'))}
      </form>
      <slot name="more"></slot>
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.submit();
  }

  private submit(): void {
    if (this.busy || this.locked || !this.challenge) return;
    if (this.refuse(codeProblem(this.strings, this.code, this.challenge.codeLength))) return;
    this.webOtp.stop();
    this.intent = 'submit';
    this.emit('tfr-submit');
  }

  private handleResend(): void {
    if (this.busy || this.secondsToResend > 0 || this.locked) return;
    // The old code stops working once a new one is sent: clear it now, not when the answer comes.
    this.value = '';
    this.problem = null;
    this.intent = 'resend';
    this.emit('tfr-resend');
  }
}
