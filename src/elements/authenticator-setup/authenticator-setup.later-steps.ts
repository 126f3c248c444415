/**
 * What `<authenticator-setup>` shows once the backend has answered: replacing an app, the scan
 * step, the backup method, the recovery key and the end; a chunk of its own, loaded with the
 * element's first call (core/later-steps.ts).
 */
import { html, nothing, svg } from 'lit/html.js';
import { codeProblem, normaliseCode, renderCodeField } from '../../core/code-field.js';
import {
  AuthenticatorEnrolledEvent,
  RecoveryKeyAcknowledgedEvent,
  RecoveryKeyGeneratedEvent,
  keepInside,
} from '../../core/events.js';
import { messageFor, renderSubmit } from '../../core/feedback.js';
import { formatDate } from '../../core/format.js';
import { exportParts } from '../../core/parts.js';
import { methodName } from '../../core/status-list.js';
import { renderKey } from '../../core/readings.js';
import {
  setupTransition,
  type Enrollment,
  type SetupState,
} from '../../flows/authenticator-setup.js';
import type { AuthenticatorSetup } from './authenticator-setup.js';

type In<S extends SetupState['step']> = Extract<SetupState, { step: S }>;

/** Answers about the typed code, shown on its field. */
const codeErrors = new Set(['invalid_code', 'too_many_attempts', 'invalid_request']);

/** The steps, on the element's class (a type-only import: no cycle between the chunks). */
export function steps(Base: typeof AuthenticatorSetup): { prototype: object } {
  return class SetupLaterSteps extends Base {
    protected override renderLaterStep(): unknown {
      const { state, t } = this;
      switch (state.step) {
        case 'replace':
          return this.renderReplace(state);
        case 'kept':
          return this.renderCard(
            t.keptHeading,
            html`<p>${t.keptText}</p>
              <div class="actions">
                ${this.renderAction(t.setUpNewApp, () => this.send({ type: 'replace' }))}
              </div>`,
          );
        case 'scan':
          return this.renderScan(state);
        case 'backup':
          // One card for the step: the embedded manager's own card melts into it (styles).
          return this.renderCard(
            t.authenticatorReadyHeading,
            html`<p>${t.backupNext}</p>
              <backup-method-manager
                exportparts=${exportParts}
                class="embedded"
                start="choose"
                .client=${this.operationClient}
                .strings=${this.strings}
                support-url=${this.resolvedSupportUrl ?? nothing}
                @backup-method-changed=${() => this.leaveBackup()}
                @recovery-step-change=${keepInside}
                @recovery-error=${keepInside}
              ></backup-method-manager>
              <div class="actions">
                ${this.renderAction(t.skipForNow, () => this.leaveBackup(), { operation: 'generateRecoveryKey' })}
              </div>
              ${this.renderFailure()}`,
          );
        case 'recovery-key':
          return this.renderRecoveryKey(state);
        case 'done':
          return this.renderCard(t.setupDoneHeading, html`<p>${t.setupDone}</p>`);
      }
    }

    private renderReplace({ status }: In<'replace'>) {
      const { t } = this;
      return this.renderCard(
        t.replaceAppHeading,
        html`<p>${t.replaceAppText(methodName(t, status.primary!.type))}</p>
          <div class="actions">
            ${this.renderAction(t.continue, () => this.startEnrollment(), {
              operation: 'startAuthenticatorEnrollment',
              primary: true,
            })}
            ${this.renderAction(t.cancel, () => this.cancelReplace())}
          </div>
          ${this.renderFailure()}`,
      );
    }

    private renderScan({ enrollment, restarted }: In<'scan'>) {
      const { t, operation } = this;
      const failure = operation.failure?.error ?? null;
      const onField =
        failure && codeErrors.has(failure.code) ? messageFor(t, this.locale, failure) : null;
      const locked = failure?.code === 'too_many_attempts';
      return this.renderCard(
        t.setupHeading,
        html`${restarted ? html`<p class="banner" part="banner" role="status">${t.enrollmentRestarted}</p>` : nothing}
          <p>${t.scanIntro}</p>
          ${this.renderQr()}
          <p>${t.manualKeyIntro}</p>
          <p class="key" dir="ltr">${renderKey(t, enrollment.secret, 'manual-key')}</p>
          <div class="actions">
            <button type="button" part="button" @click=${() => this.copySecret(enrollment.secret)}>
              ${t.copy}
            </button>
            <span role="status" class=${this.copyStatus === 'failed' ? 'error' : 'success'}>
              ${this.copyStatus === 'copied' ? t.copied : this.copyStatus === 'failed' ? t.copyFailed : ''}
            </span>
          </div>
          <p class="hint">${t.whichApps}</p>
          <form novalidate @submit=${(event: SubmitEvent) => this.verify(event, enrollment)}>
            <p id="totp-instructions">${t.enterAppCode(enrollment.digits)}</p>
            ${renderCodeField({
              id: 'totp',
              label: t.verificationCode,
              value: this.value,
              message: this.problem ?? onField,
              attempt: this.problem ? this.refusals : failure,
              instructions: 'totp-instructions',
              disabled: locked,
              onInput: (value) => {
                this.value = value;
                this.problem = null;
              },
            })}
            <div class="actions">
              ${renderSubmit(t.verify, { busy: operation.busy, blocked: locked })}
              ${locked ? this.renderAction(t.startAgain, () => this.startEnrollment()) : nothing}
            </div>
            ${onField ? nothing : this.renderFailure()}
          </form>`,
      );
    }

    private renderQr() {
      const { qr, t } = this;
      if (qr === 'loading') return html`<p class="hint">${t.qrCodeLoading}</p>`;
      if (qr === 'failed') {
        return html`<p class="error" part="error" role="alert">${t.qrCodeFailed}</p>
          <div class="actions">${this.renderAction(t.tryAgain, () => this.showQr())}</div>`;
      }
      const margin = 4; // the quiet zone scanners need around the code
      const side = qr.code.size + 2 * margin;
      return html`<svg
        class="qr"
        part="qr-code"
        role="img"
        aria-label=${t.qrCodeLabel}
        viewBox="${-margin} ${-margin} ${side} ${side}"
        shape-rendering="crispEdges"
      >
        ${svg`<rect x=${-margin} y=${-margin} width=${side} height=${side} fill="#fff" />
        <path d=${qr.code.path} fill="#000" />`}
      </svg>`;
    }

    private renderRecoveryKey(state: In<'recovery-key'>) {
      const { t } = this;
      const failure = this.renderFailure();
      if (state.phase === 'show') {
        return this.renderKeyDisplay(state.key, () => {
          this.send({ type: 'keyAcknowledged' });
          this.dispatchEvent(new RecoveryKeyAcknowledgedEvent({ createdAt: state.key.createdAt }));
        });
      }
      if (state.phase === 'confirm') {
        return this.renderCard(
          t.replaceKeyHeading,
          html`<p>${t.replaceKeyText}</p>
            <div class="actions">
              ${this.renderAction(t.replaceRecoveryKey, () => this.makeKey(), { operation: 'generateRecoveryKey', primary: true })}
              ${this.renderAction(t.cancel, () => this.send({ type: 'cancel' }))}
            </div>
            ${failure}`,
        );
      }
      // Straight from the code (a backup method there already): nothing else says the app is set up.
      const enrolled = this.enrolledJustNow
        ? html`<p class="success">${t.authenticatorReadyHeading}.</p>`
        : nothing;
      if (!state.keyCreatedAt) {
        return this.renderCard(
          t.recoveryKey,
          html`${enrolled}
            <p class=${this.operation.busy ? 'busy' : ''}>${t.makingKey}</p>
            ${failure}`,
        );
      }
      return this.renderCard(
        t.recoveryKey,
        html`${enrolled}
          <p>${t.haveKey(formatDate(this.locale, state.keyCreatedAt))}</p>
          <div class="actions">
            ${this.renderAction(t.continue, () => this.send({ type: 'finish' }), { primary: true })}
            ${this.renderAction(t.generateNewRecoveryKey, () => this.send({ type: 'generate' }))}
          </div>`,
      );
    }

    /**
     * "Cancel" at `replace`: an element that embeds this one (`<account-protection>`) hears it as
     * a cancelable `tfr-cancel` and takes the user back; on its own, it says nothing changed.
     */
    private cancelReplace(): void {
      const request = new Event('tfr-cancel', { cancelable: true });
      this.dispatchEvent(request);
      if (!request.defaultPrevented) this.send({ type: 'cancel' });
    }

    /**
     * On from the backup method. With no recovery key yet, it is made here first, so the next step
     * is the key itself: one step change, one move of focus (not "Making your key…" and then the key).
     */
    private leaveBackup(): void {
      const { state } = this;
      if (state.step !== 'backup') return;
      if (state.status.recoveryKey) return this.send({ type: 'backupDone' });
      this.operation.run('generateRecoveryKey', {}, ({ recoveryKey, createdAt }) => {
        const keyStep = setupTransition(state, { type: 'backupDone' });
        this.state = setupTransition(keyStep, { type: 'keyGenerated', recoveryKey, createdAt });
        this.dispatchEvent(new RecoveryKeyGeneratedEvent({ createdAt }));
      });
    }

    private async copySecret(secret: string): Promise<void> {
      try {
        await navigator.clipboard.writeText(secret);
        this.copyStatus = 'copied';
      } catch {
        this.copyStatus = 'failed';
        const key = this.renderRoot.querySelector('#manual-key');
        if (key) getSelection()?.selectAllChildren(key);
      }
    }

    private verify(event: SubmitEvent, enrollment: Enrollment): void {
      event.preventDefault();
      if (this.operation.busy) return;
      const code = normaliseCode(this.value);
      this.problem = codeProblem(this.t, code, enrollment.digits);
      if (this.problem) return void (this.refusals += 1);
      this.operation.run(
        'confirmAuthenticatorEnrollment',
        { enrollmentId: enrollment.enrollmentId, code },
        () => {
          this.qr = 'loading'; // the QR code holds the secret: it goes once the app is set up
          this.value = '';
          this.dispatchEvent(new AuthenticatorEnrolledEvent());
          this.send({ type: 'enrolled' });
          this.enrolledJustNow = this.state.step === 'recovery-key';
        },
        (error) => {
          // An expired (or forgotten) set-up starts again, with a fresh QR code.
          if (error.code !== 'code_expired' && error.code !== 'not_found') return false;
          this.startEnrollment();
          return true;
        },
      );
    }
  };
}
