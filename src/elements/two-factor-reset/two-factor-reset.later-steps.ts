/**
 * What `<two-factor-reset>` shows once the backend has answered: the code, the verified
 * recovery and what it leads to, and the ends (no backup method, locked, expired); a chunk of
 * its own, loaded with the element's first call (core/later-steps.ts).
 */
import { html, nothing } from 'lit/html.js';
import {
  RecoveryKeyAcknowledgedEvent,
  RecoveryKeyGeneratedEvent,
  TwoFactorDeviceRemovedEvent,
  TwoFactorResetCompleteEvent,
  type SupportReason,
} from '../../core/events.js';
import { formatTime, formatWait, onDeviceClock } from '../../core/format.js';
import { renderWithMasked } from '../../core/readings.js';
import { errorMessage } from '../../core/strings/localize.js';
import { renderSupport } from '../../core/support.js';
import type { ResetState } from '../../flows/two-factor-reset.js';
import type { TwoFactorReset } from './two-factor-reset.js';

type In<S extends ResetState['step']> = Extract<ResetState, { step: S }>;

/** The steps, on the element's class (a type-only import: no cycle between the chunks). */
export function steps(Base: typeof TwoFactorReset): { prototype: object } {
  return class ResetLaterSteps extends Base {
    protected override renderLaterStep(): unknown {
      const { state, t } = this;
      switch (state.step) {
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

    private renderSupport(reason: SupportReason, guidance?: string) {
      return renderSupport(this, {
        reason,
        guidance,
        supportUrl: this.resolvedSupportUrl,
        strings: this.t,
      });
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
  };
}
