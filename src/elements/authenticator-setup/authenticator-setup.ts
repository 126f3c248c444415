import { html, nothing, svg } from 'lit';
import { state } from 'lit/decorators.js';
import type { RecoveryError } from '../../api/client.js';
import { codeProblem, normaliseCode, renderCodeField } from '../../core/code-field.js';
import {
  AuthenticatorEnrolledEvent,
  RecoveryKeyAcknowledgedEvent,
  RecoveryKeyGeneratedEvent,
  keepInside,
} from '../../core/events.js';
import { messageFor, renderFailure, renderSubmit } from '../../core/feedback.js';
import { formatDate, groupKey } from '../../core/format.js';
import { lazyChunk } from '../../core/lazy-chunk.js';
import { exportParts } from '../../core/parts.js';
import { RecoveryElement } from '../../core/recovery-element.js';
import { methodName } from '../../core/status-list.js';
import {
  initialSetup,
  setupTransition,
  type Enrollment,
  type SetupEvent,
  type SetupState,
} from '../../flows/authenticator-setup.js';
import { styles } from './authenticator-setup.styles.js';
import type { QrCode } from './qr-code.js';

/** lean-qr and the path drawing: a chunk of its own, fetched when the scan step shows. */
const loadQrCode = lazyChunk(() => import('./qr-code.js'));

type In<S extends SetupState['step']> = Extract<SetupState, { step: S }>;

/** Answers about the typed code, shown on its field. */
const codeErrors = new Set(['invalid_code', 'too_many_attempts', 'invalid_request']);

/**
 * Setting up the authenticator app (again), as after the set-up email. Where the account has a
 * 2FA method already, it first says that it stops working once the new app is verified
 * ("Continue" / "Cancel"); the account is never without 2FA meanwhile. Scan a QR code (or type
 * the key), prove it with a code from the app; then, as first-time set-up does, a backup method
 * if there is none (the embedded `<backup-method-manager>`, or "Skip for now"), and a recovery
 * key (made at once if there is none, else offered). May ask the user to verify it's them first.
 *
 * @summary Set up the authenticator app (TOTP), then a backup method and a recovery key.
 * @fires authenticator-enrolled - The app is set up. Detail: `{}`.
 * @fires backup-method-changed - A backup method was saved (by the embedded manager). Detail: `{ backupMethod }`.
 * @fires recovery-key-generated - A new recovery key is shown. Detail: `{ createdAt }`.
 * @fires recovery-key-acknowledged - The user noted it down. Detail: `{ createdAt }`.
 * @fires step-up-required - The server asks the user to verify it's them; cancel it to do that yourself, then call `retry()`. Detail: `{ operation }`.
 * @fires recovery-step-change - The step changed. Detail: `{ step }`.
 * @fires recovery-error - An operation failed. Detail: `{ operation, code }`.
 * @csspart card - Each step's box.
 * @csspart heading - Each step's heading.
 * @csspart qr-code - The QR code.
 * @csspart button - Every button (the main one of a step also `primary-button`).
 * @csspart primary-button - The main button of a step (also `button`).
 * @csspart input - The code field (also `code-input`).
 * @csspart code-input - A one-time code field, in the code and step-up steps (also `input`).
 * @csspart error - An error message.
 * @csspart recovery-key - A new recovery key.
 */
export class AuthenticatorSetup extends RecoveryElement {
  static override styles = styles;

  @state() private state: SetupState = initialSetup;
  /** The QR code of the current enrolment, once its chunk has loaded. */
  @state() private qr: { uri: string; code: QrCode } | 'loading' | 'failed' = 'loading';
  @state() private value = '';
  @state() private problem: string | null = null;
  @state() private copyStatus: 'copied' | 'failed' | null = null;
  /** How many codes have been refused before sending: each refusal is a new alert, said again. */
  @state() private refusals = 0;
  /** The app was just set up and the backup step skipped: the next step says so first. */
  @state() private enrolledJustNow = false;

  protected override get flowStep(): string {
    return this.state.step;
  }

  protected override clientReady(): void {
    this.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.operationClient) this.load(); // back on the page: start again
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The set-up key and any new recovery key go with the element.
    this.state = initialSetup;
    this.qr = 'loading';
  }

  protected override renderStep(): unknown {
    const { state, t } = this;
    switch (state.step) {
      case 'loading':
        return this.renderCard(t.setupHeading, html`<p>${t.loading}</p>`);
      case 'error':
        return this.renderLoadError(state.error, () => this.send({ type: 'reload' }));
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
              @backup-method-changed=${this.leaveBackup}
              @recovery-step-change=${keepInside}
              @recovery-error=${keepInside}
            ></backup-method-manager>
            <div class="actions">
              ${this.renderAction(t.skipForNow, this.leaveBackup, { operation: 'generateRecoveryKey' })}
            </div>
            ${renderFailure(t, this.locale, this.operation.failure?.error ?? null, () => this.retry())}`,
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
        ${renderFailure(t, this.locale, this.operation.failure?.error ?? null, () => this.retry())}`,
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
        <p class="key" id="manual-key">${groupKey(enrollment.secret, ' ')}</p>
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
          ${onField ? nothing : renderFailure(t, this.locale, failure, () => this.retry())}
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
    const failure = renderFailure(t, this.locale, this.operation.failure?.error ?? null, () =>
      this.retry(),
    );
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

  private send(event: SetupEvent): void {
    this.state = setupTransition(this.state, event);
    // A first recovery key is made as soon as the step comes: there is nothing to choose.
    const { state } = this;
    if (state.step === 'recovery-key' && state.phase === 'offer' && !state.keyCreatedAt)
      this.makeKey();
  }

  /**
   * On from the backup method. With no recovery key yet, it is made here first, so the next step
   * is the key itself: one step change, one move of focus (not "Making your key…" and then the key).
   */
  private readonly leaveBackup = () => {
    const { state } = this;
    if (state.step !== 'backup') return;
    if (state.status.recoveryKey) return this.send({ type: 'backupDone' });
    this.operation.run('generateRecoveryKey', {}, ({ recoveryKey, createdAt }) => {
      const keyStep = setupTransition(state, { type: 'backupDone' });
      this.state = setupTransition(keyStep, { type: 'keyGenerated', recoveryKey, createdAt });
      this.dispatchEvent(new RecoveryKeyGeneratedEvent({ createdAt }));
    });
  };

  private readonly onLoadFailure = (error: RecoveryError): boolean => {
    if (this.state.step !== 'loading') return false;
    this.send({ type: 'failed', error });
    return true;
  };

  private load(): void {
    this.operation.run(
      'getStatus',
      {},
      (status) => {
        this.send({ type: 'statusLoaded', status });
        if (this.state.step === 'loading') this.startEnrollment(); // else `replace` asks first
      },
      this.onLoadFailure,
    );
  }

  /** A new enrolment: a new secret and QR code (the first, or after the last one ended). */
  private startEnrollment(): void {
    this.operation.run(
      'startAuthenticatorEnrollment',
      {},
      (enrollment) => {
        this.value = '';
        this.problem = null;
        this.copyStatus = null;
        this.send({ type: 'started', enrollment });
        void this.showQr();
      },
      this.onLoadFailure,
    );
  }

  private async showQr(): Promise<void> {
    if (this.state.step !== 'scan') return;
    const uri = this.state.enrollment.otpauthUri;
    this.qr = 'loading';
    try {
      const { qrCode } = await loadQrCode();
      if (this.state.step === 'scan' && this.state.enrollment.otpauthUri === uri)
        this.qr = { uri, code: qrCode(uri) };
    } catch {
      this.qr = 'failed';
    }
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

  private makeKey(): void {
    this.operation.run('generateRecoveryKey', {}, ({ recoveryKey, createdAt }) => {
      this.send({ type: 'keyGenerated', recoveryKey, createdAt });
      this.dispatchEvent(new RecoveryKeyGeneratedEvent({ createdAt }));
    });
  }
}
