import { shared } from '../../core/strings/shared.js';
import { sharedLocales, twoFactorResetLocales } from '../../locales/shipped.js';
import { twoFactorReset } from './strings.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { RecoveryError } from '../../api/client.js';
import { laterSteps } from '../../core/later-steps.js';
import { RecoveryElement } from '../../core/recovery-element.js';
import {
  canGoBack,
  initialReset,
  resetTransition,
  type ResetEvent,
  type ResetState,
} from '../../flows/two-factor-reset.js';
import { styles } from './two-factor-reset.styles.js';

/**
 * For the sign-in page, under the 2FA prompt: a user who cannot use their authenticator proves
 * who they are with a code sent to their backup email or phone, then removes the 2FA device and
 * gets an email to set 2FA up again, or makes a new recovery key and signs in with it; or they
 * sign in with a recovery key they have. Without a backup method, or without access to it, it
 * says how to get help.
 *
 * @summary Reset 2FA when the authenticator is lost.
 * @fires two-factor-device-removed - The 2FA device was removed. Detail: `{}`.
 * @fires two-factor-reset-complete - The set-up email was sent. Detail: `{ maskedEmail }`.
 * @fires recovery-key-generated - A new recovery key is shown. Detail: `{ createdAt }`.
 * @fires recovery-key-acknowledged - The user noted the key down. Detail: `{ createdAt }`.
 * @fires recovery-key-redeemed - Signed in with a recovery key; cancel it to stay on the page. Detail: `{ redirectUrl }`.
 * @fires support-requested - "Contact support" was followed; cancel it to handle it yourself. Detail: `{ reason }`.
 * @fires recovery-step-change - The step changed. Detail: `{ step }`.
 * @fires recovery-error - An operation failed. Detail: `{ operation, code }`.
 * @csspart card - Each step's box.
 * @csspart heading - Each step's heading.
 * @csspart button - Every button (the main one of a step also `primary-button`).
 * @csspart primary-button - The main button of a step (also `button`).
 * @csspart input - The code and recovery-key fields (the code field also `code-input`).
 * @csspart code-input - A one-time code field, in the code and step-up steps (also `input`).
 * @csspart error - An error message.
 * @csspart banner - The tip after the set-up email is sent.
 * @csspart recovery-key - A new recovery key.
 */
export class TwoFactorReset extends RecoveryElement {
  static override styles = styles;
  protected static override tables = { shared, 'two-factor-reset': twoFactorReset };
  protected static override locales = {
    shared: sharedLocales,
    'two-factor-reset': twoFactorResetLocales,
  };
  static override laterSteps = laterSteps(this, () => import('./two-factor-reset.later-steps.js'));

  /** Starts at the choice of methods, instead of only the "Authenticate a different way" button. */
  @property({ type: Boolean }) open = false;
  /** Where "Sign in again" leads once the recovery has expired (else the provider's `sign-in-url`). */
  @property({ attribute: 'sign-in-url' }) signInUrl?: string;

  /** When the verified recovery ends: said where it starts, so the limit is known. */
  @state() protected recoveryEndsAt: string | null = null;

  @state() protected state: ResetState = initialReset(false);

  protected override get flowStep(): string {
    return this.state.step;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.state = initialReset(this.open);
    else if (changed.has('open') && this.open) this.send({ type: 'open' });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.state = initialReset(this.open); // no recovery token or key outlives the element
  }

  protected override renderStep(): unknown {
    const { state, t } = this;
    switch (state.step) {
      case 'closed':
        return html`<button
          type="button"
          class="link"
          part="button"
          data-heading
          @click=${() => this.send({ type: 'open' })}
        >
          ${t.authenticateDifferently}
        </button>`;
      case 'choose':
        return this.renderCard(
          t.authenticateDifferently,
          html`<p>${t.chooseIntro}</p>
            <div class="actions">
              ${this.renderAction(t.useBackupMethod, () => this.startBackupRecovery(), {
                operation: 'startBackupRecovery',
                primary: true,
              })}
              ${this.renderAction(t.useRecoveryKey, () => this.send({ type: 'useRecoveryKey' }))}
              ${this.renderBack()}
            </div>
            ${this.renderFailure()}`,
        );
      case 'redeem':
        return this.renderRedeemForm({
          heading: state.newKey ? t.redeemNewKeyHeading : t.redeemHeading,
          onSignedIn: (redirectUrl) => this.send({ type: 'redeemed', redirectUrl }),
          onFailure: this.onFailure,
          more: canGoBack(state, this.open)
            ? html`<div slot="more" class="actions">${this.renderBack()}</div>`
            : nothing,
        });
      default:
        return this.renderLaterStep();
    }
  }

  protected renderBack() {
    if (!canGoBack(this.state, this.open)) return nothing;
    return html`<button type="button" class="link" part="button" @click=${() => this.goBack()}>
      ${this.t.back}
    </button>`;
  }

  protected send(event: ResetEvent): void {
    this.state = resetTransition(this.state, event, this.open);
  }

  /** A failure that leaves the flow's path changes the step; any other shows in the step. */
  protected readonly onFailure = (error: RecoveryError): boolean => {
    const next = resetTransition(this.state, { type: 'failed', error }, this.open);
    if (next === this.state) return false;
    this.state = next;
    return true;
  };

  protected goBack(): void {
    this.operation.abort();
    this.send({ type: 'back' });
  }

  private startBackupRecovery(): void {
    this.operation.run(
      'startBackupRecovery',
      {},
      (challenge) => this.send({ type: 'challengeSent', challenge }),
      this.onFailure,
    );
  }
}
