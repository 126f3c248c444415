/**
 * The base of the shared steps (code entry, step-up, recovery-key display, redeem form): each a
 * small element inside a public element's shadow root, given its strings, whether an operation
 * is running, and the last error; it tells its element what the user wants with events that
 * neither bubble nor carry a secret (the element reads the value from the step).
 */
import { LitElement, type CSSResultGroup } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { RecoveryError } from '../api/client.js';
import { messageFor } from './feedback.js';
import type { Strings } from './strings/en.js';
import { localeOf } from './strings/localize.js';
import { shared } from './strings/shared.js';
import { baseStyles } from './styles.js';
import { onDeviceClock } from './format.js';

/** Answers that concern what the user typed. */
const fieldErrorCodes = new Set([
  'invalid_code',
  'code_expired',
  'too_many_attempts',
  'invalid_request',
]);

export abstract class StepComponent extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** The strings, already resolved by the element for its language (the shared steps use the shared table's). */
  @property({ attribute: false }) strings: Strings = shared as Strings;
  /** An operation of this step is running. */
  @property({ type: Boolean }) busy = false;
  /** The last failure of this step's operations. */
  @property({ attribute: false }) error: RecoveryError | null = null;
  /** The backend's time (ms), for countdowns to the backend's deadlines; the device's clock by default. */
  @property({ attribute: false }) clock: () => number = Date.now;

  /** What is typed in the step's field. */
  @state() protected value = '';
  /** Why what is typed cannot be sent (so nothing is), if so. */
  @state() protected problem: string | null = null;

  /** How many times what was typed has been refused: each refusal is a new alert, said again. */
  @state() protected attempt = 0;

  /** Says why what is typed cannot be sent (null: it can); true when it cannot. */
  protected refuse(problem: string | null): boolean {
    this.problem = problem;
    if (problem) this.attempt += 1;
    return problem !== null;
  }

  /** What a field's error alert is keyed by: a refusal's count, or the server's failure. */
  protected get errorKey(): unknown {
    return this.problem ? this.attempt : this.error;
  }

  /** Keeps what the user types, and drops the last complaint about it. */
  protected readonly typed = (value: string) => {
    this.value = value;
    this.problem = null;
  };

  /** Too many wrong answers: the field and its submit button are off. */
  protected get locked(): boolean {
    return this.error?.code === 'too_many_attempts';
  }

  /** The server's answer about what was typed, shown on the field; other failures show under the buttons. */
  protected get fieldError(): string | null {
    const { error } = this;
    return error && fieldErrorCodes.has(error.code)
      ? messageFor(this.strings, this.locale, error)
      : null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.toggleAttribute('data-step-component', true);
  }

  /** Moves focus to this step's heading (its element calls this when the step changes). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-heading]')?.focus();
  }

  /** The locale the element resolved the strings for: dates and plurals in the same language. */
  protected get locale(): string {
    return localeOf(this.strings);
  }

  /** A backend time (ISO 8601) as the device's clock shows it, for telling the user. */
  protected onDeviceClock(iso: string): string {
    return onDeviceClock(iso, this.clock());
  }

  /** Tells the element what the user wants: `tfr-submit`, `tfr-resend`, `tfr-retry`, `tfr-cancel`, `tfr-done`. */
  protected emit(
    intent: 'tfr-submit' | 'tfr-resend' | 'tfr-retry' | 'tfr-cancel' | 'tfr-done',
  ): void {
    this.dispatchEvent(new Event(intent));
  }
}
