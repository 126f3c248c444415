/**
 * The base of the shared steps (code entry, step-up, recovery-key display, redeem form): each a
 * small element inside a public element's shadow root, given its strings, whether an operation
 * is running, and the last error; it tells its element what the user wants with events that
 * neither bubble nor carry a secret (the element reads the value from the step).
 */
import { LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import type { RecoveryError } from '../api/client.js';
import { en, type Strings } from './strings/en.js';
import { langOf } from './strings/localize.js';
import { baseStyles } from './styles.js';

export abstract class StepComponent extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** The strings, already resolved by the element for its language. */
  @property({ attribute: false }) strings: Strings = en;
  /** An operation of this step is running. */
  @property({ type: Boolean }) busy = false;
  /** The last failure of this step's operations. */
  @property({ attribute: false }) error: RecoveryError | null = null;
  /** The backend's time (ms), for countdowns to the backend's deadlines; the device's clock by default. */
  @property({ attribute: false }) clock: () => number = Date.now;

  override connectedCallback(): void {
    super.connectedCallback();
    this.toggleAttribute('data-step-component', true);
  }

  /** Moves focus to this step's heading (its element calls this when the step changes). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-heading]')?.focus();
  }

  protected get locale(): string {
    return langOf(this);
  }

  /** A backend time (ISO 8601) as the device's clock shows it, for telling the user. */
  protected onDeviceClock(iso: string): string {
    return new Date(Date.parse(iso) - (this.clock() - Date.now())).toISOString();
  }

  /** Tells the element what the user wants: `tfr-submit`, `tfr-resend`, `tfr-retry`, `tfr-cancel`, `tfr-done`. */
  protected emit(
    intent: 'tfr-submit' | 'tfr-resend' | 'tfr-retry' | 'tfr-cancel' | 'tfr-done',
  ): void {
    this.dispatchEvent(new Event(intent));
  }
}
