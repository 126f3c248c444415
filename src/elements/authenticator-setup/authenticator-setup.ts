import { shared } from '../../core/strings/shared.js';
import { sharedLocales, authenticatorSetupLocales } from '../../locales/shipped.js';
import { authenticatorSetup } from './strings.js';
import { state } from 'lit/decorators.js';
import type { RecoveryError } from '../../api/client.js';
import { RecoveryKeyGeneratedEvent } from '../../core/events.js';
import { lazyChunk } from '../../core/lazy-chunk.js';
import { laterSteps } from '../../core/later-steps.js';
import { RecoveryElement } from '../../core/recovery-element.js';
import {
  initialSetup,
  setupTransition,
  type SetupEvent,
  type SetupState,
} from '../../flows/authenticator-setup.js';
import { styles } from './authenticator-setup.styles.js';
import type { QrCode } from './qr-code.js';

/** lean-qr and the path drawing: a chunk of its own, fetched when the scan step shows. */
const loadQrCode = lazyChunk(() => import('./qr-code.js'));

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
  protected static override tables = { shared, 'authenticator-setup': authenticatorSetup };
  protected static override locales = {
    shared: sharedLocales,
    'authenticator-setup': authenticatorSetupLocales,
  };
  static override laterSteps = laterSteps(
    this,
    () => import('./authenticator-setup.later-steps.js'),
  );

  @state() protected state: SetupState = initialSetup;
  /** The QR code of the current enrolment, once its chunk has loaded. */
  @state() protected qr: { uri: string; code: QrCode } | 'loading' | 'failed' = 'loading';
  @state() protected value = '';
  @state() protected problem: string | null = null;
  @state() protected copyStatus: 'copied' | 'failed' | null = null;
  /** How many codes have been refused before sending: each refusal is a new alert, said again. */
  @state() protected refusals = 0;
  /** The app was just set up and the backup step skipped: the next step says so first. */
  @state() protected enrolledJustNow = false;

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
    const { state } = this;
    if (state.step === 'loading') return this.renderLoading();
    if (state.step === 'error')
      return this.renderLoadError(state.error, () => this.send({ type: 'reload' }));
    return this.renderLaterStep();
  }

  protected send(event: SetupEvent): void {
    this.state = setupTransition(this.state, event);
    // A first recovery key is made as soon as the step comes: there is nothing to choose.
    const { state } = this;
    if (state.step === 'recovery-key' && state.phase === 'offer' && !state.keyCreatedAt)
      this.makeKey();
  }

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
  protected startEnrollment(): void {
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

  protected async showQr(): Promise<void> {
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

  protected makeKey(): void {
    this.operation.run('generateRecoveryKey', {}, ({ recoveryKey, createdAt }) => {
      this.send({ type: 'keyGenerated', recoveryKey, createdAt });
      this.dispatchEvent(new RecoveryKeyGeneratedEvent({ createdAt }));
    });
  }
}
