import { shared } from '../../core/strings/shared.js';
import { twoFactorReset } from './strings.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { RecoveryError } from '../../api/client.js';
import {
  RecoveryKeyAcknowledgedEvent,
  RecoveryKeyGeneratedEvent,
  TwoFactorDeviceRemovedEvent,
  TwoFactorResetCompleteEvent,
  type SupportReason,
} from '../../core/events.js';
import { errorMessage } from '../../core/strings/localize.js';
import { formatTime, formatWait, onDeviceClock } from '../../core/format.js';
import { renderFailure } from '../../core/feedback.js';
import { RecoveryElement } from '../../core/recovery-element.js';
import { renderSupport } from '../../core/support.js';
import {
  canGoBack,
  initialReset,
  resetTransition,
  type ResetEvent,
  type ResetState,
} from '../../flows/two-factor-reset.js';
import { styles } from './two-factor-reset.styles.js';
import { renderWithMasked } from '../../core/readings.js';

type In<S extends ResetState['step']> = Extract<ResetState, { step: S }>;

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

  /** Starts at the choice of methods, instead of only the "Authenticate a different way" button. */
  @property({ type: Boolean }) open = false;
  /** Where "Sign in again" leads once the recovery has expired (else the provider's `sign-in-url`). */
  @property({ attribute: 'sign-in-url' }) signInUrl?: string;

  /** When the verified recovery ends: said where it starts, so the limit is known. */
  @state() private recoveryEndsAt: string | null = null;

  @state() private state: ResetState = initialReset(false);

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
      case 'code':
        return this.renderCodeEntry(state.challenge, {
          submit: (code) => this.verify(state, code),
          resend: () => this.resend(state),
          more: html`<div slot="more" class="actions">
            ${this.renderAction(t.noBackupAccess, () => this.send({ type: 'noAccess' }))}
            ${this.renderBack()}
          </div>`,
        });
      case 'no-access':
        return this.renderCard(
          t.noAccessHeading,
          html`${this.renderSupport('no_backup_access')} ${this.renderBack()}`,
        );
      case 'verified':
        return this.renderCard(
          t.verifiedHeading,
          html`<p>${t.verifiedIntro}</p>
            ${this.renderTimeLimit()}
            <div class="actions">
              ${this.renderAction(t.removeDeviceAndAddNew, () => this.removeDevice(state), {
                operation: 'removeDeviceWithRecovery',
                primary: true,
              })}
              ${this.renderAction(t.generateNewRecoveryKey, () => this.generateKey(state), {
                operation: 'generateRecoveryKeyWithRecovery',
              })}
            </div>
            ${this.renderFailure()}`,
        );
      case 'device-removed':
        return this.renderCard(
          t.deviceRemovedHeading,
          html`<p>${t.deviceRemovedIntro}</p>
            <div class="actions">
              ${this.renderAction(t.sendSetupEmail, () => this.sendSetupEmail(state), {
                operation: 'sendSetupEmail',
                primary: true,
              })}
            </div>
            ${this.renderFailure()}`,
        );
      case 'email-sent':
        return this.renderCard(
          t.emailSentHeading,
          html`<p>${renderWithMasked(t, t.emailSent(state.maskedEmail), state.maskedEmail)}</p>
            <p class="banner" part="banner">${t.resetTip}</p>`,
        );
      case 'new-key':
        return this.renderKeyDisplay(state, () => this.acknowledge(state));
      case 'redeem':
        return this.renderRedeemForm({
          heading: state.newKey ? t.redeemNewKeyHeading : t.redeemHeading,
          onSignedIn: (redirectUrl) => this.send({ type: 'redeemed', redirectUrl }),
          onFailure: this.onFailure,
          more: canGoBack(state, this.open)
            ? html`<div slot="more" class="actions">${this.renderBack()}</div>`
            : nothing,
        });
      case 'signed-in':
        return this.renderCard(t.signedInHeading, html`<p>${t.signedInIntro}</p>`);
      case 'no-backup':
        return this.renderCard(
          t.noBackupHeading,
          html`<p>${t.noBackupText}</p>
            ${this.renderSupport('no_backup_method')}
            <p class="hint">${t.noBackupAdvice}</p>
            ${this.renderBack()}`,
        );
      case 'locked': {
        // With a wait, it passes by itself; without one, a fresh start is the way on.
        if (state.retryAfterSeconds !== null) {
          const wait = formatWait(this.locale, state.retryAfterSeconds);
          return this.renderCard(
            t.lockedHeading,
            html`<p>${errorMessage(t, 'too_many_attempts', { wait })}</p>
              ${this.renderSupport('locked_out')} ${this.renderBack()}`,
          );
        }
        return this.renderCard(
          t.lockedHeading,
          html`<p>${errorMessage(t, 'too_many_attempts')}</p>
            <div class="actions">
              ${this.renderAction(t.startAgain, () => this.goBack(), { primary: true })}
            </div>
            ${this.renderSupport('locked_out', t.supportStillLockedOut)}`,
        );
      }
      case 'expired':
        return this.renderCard(
          t.expiredHeading,
          html`<p>${errorMessage(t, 'recovery_expired')}</p>
            ${
              this.resolvedSignInUrl
                ? html`<div class="actions">
                    <a
                      class="button primary"
                      part="button primary-button"
                      href=${this.resolvedSignInUrl}
                      >${t.signInAgain}</a
                    >
                  </div>`
                : nothing
            }`,
        );
    }
  }

  private get resolvedSignInUrl(): string | undefined {
    return this.signInUrl ?? this.context?.signInUrl;
  }

  /** "You have until 10:42 AM to finish; after that, sign in again." */
  private renderTimeLimit() {
    if (!this.recoveryEndsAt) return nothing;
    const time = formatTime(this.locale, onDeviceClock(this.recoveryEndsAt, this.backendClock()));
    return html`<p class="hint">${this.t.recoveryTimeLimit(time)}</p>`;
  }

  private renderBack() {
    if (!canGoBack(this.state, this.open)) return nothing;
    return html`<button type="button" class="link" part="button" @click=${() => this.goBack()}>
      ${this.t.back}
    </button>`;
  }

  private renderFailure() {
    return renderFailure(this.t, this.locale, this.operation.failure?.error ?? null, () =>
      this.retry(),
    );
  }

  private renderSupport(reason: SupportReason, guidance?: string) {
    return renderSupport(this, {
      reason,
      guidance,
      supportUrl: this.resolvedSupportUrl,
      strings: this.t,
    });
  }

  private send(event: ResetEvent): void {
    this.state = resetTransition(this.state, event, this.open);
  }

  /** A failure that leaves the flow's path changes the step; any other shows in the step. */
  private readonly onFailure = (error: RecoveryError): boolean => {
    const next = resetTransition(this.state, { type: 'failed', error }, this.open);
    if (next === this.state) return false;
    this.state = next;
    return true;
  };

  private goBack(): void {
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

  private verify({ challenge }: In<'code'>, code: string): void {
    this.operation.run(
      'verifyBackupRecovery',
      { challengeId: challenge.challengeId, code },
      ({ recoveryToken, expiresAt }) => {
        this.recoveryEndsAt = expiresAt;
        this.send({ type: 'verified', recoveryToken });
      },
      this.onFailure,
    );
  }

  private resend({ challenge }: In<'code'>): void {
    this.operation.run(
      'resendCode',
      { challengeId: challenge.challengeId },
      (renewed) => this.send({ type: 'challengeSent', challenge: renewed }),
      this.onFailure,
    );
  }

  private removeDevice({ recoveryToken }: In<'verified'>): void {
    this.operation.run(
      'removeDeviceWithRecovery',
      { recoveryToken },
      () => {
        this.send({ type: 'deviceRemoved' });
        this.dispatchEvent(new TwoFactorDeviceRemovedEvent());
      },
      this.onFailure,
    );
  }

  private sendSetupEmail({ recoveryToken }: In<'device-removed'>): void {
    this.operation.run(
      'sendSetupEmail',
      { recoveryToken },
      ({ maskedEmail }) => {
        this.send({ type: 'emailSent', maskedEmail });
        this.dispatchEvent(new TwoFactorResetCompleteEvent({ maskedEmail }));
      },
      this.onFailure,
    );
  }

  private generateKey({ recoveryToken }: In<'verified'>): void {
    this.operation.run(
      'generateRecoveryKeyWithRecovery',
      { recoveryToken },
      ({ recoveryKey, createdAt }) => {
        this.send({ type: 'keyGenerated', recoveryKey, createdAt });
        this.dispatchEvent(new RecoveryKeyGeneratedEvent({ createdAt }));
      },
      this.onFailure,
    );
  }

  private acknowledge({ createdAt }: In<'new-key'>): void {
    this.send({ type: 'keyAcknowledged' });
    this.dispatchEvent(new RecoveryKeyAcknowledgedEvent({ createdAt }));
  }
}
