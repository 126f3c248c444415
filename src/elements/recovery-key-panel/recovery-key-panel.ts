import { shared } from '../../core/strings/shared.js';
import { sharedLocales, recoveryKeyPanelLocales } from '../../locales/shipped.js';
import { recoveryKeyPanel } from './strings.js';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { laterSteps } from '../../core/later-steps.js';
import { RecoveryElement } from '../../core/recovery-element.js';
import {
  initialKeyPanel,
  keyPanelTransition,
  type KeyPanelEvent,
  type KeyPanelMode,
  type KeyPanelState,
} from '../../flows/recovery-key.js';
import { styles } from './recovery-key-panel.styles.js';

/**
 * The recovery key. Signed in (`mode="manage"`, the default): when it was made, or a warning
 * that there is none and why that matters; "Generate a new recovery key" (after confirming that
 * the old one stops working, and verifying it's the user where the backend asks), shown once
 * with Copy, Download and Print until the user says they noted it down. Signed out
 * (`mode="sign-in"`): sign in with a recovery key.
 *
 * @summary See, regenerate and store a recovery key, or sign in with one.
 * @fires recovery-key-generated - A new key is shown. Detail: `{ createdAt }`.
 * @fires recovery-key-acknowledged - The user noted it down. Detail: `{ createdAt }`.
 * @fires recovery-key-redeemed - Signed in with a key; cancel it to stay on the page. Detail: `{ redirectUrl }`.
 * @fires step-up-required - The server asks the user to verify it's them; cancel it to do that yourself, then call `retry()`. Detail: `{ operation }`.
 * @fires recovery-step-change - The step changed. Detail: `{ step }`.
 * @fires recovery-error - An operation failed. Detail: `{ operation, code }`.
 * @csspart card - Each step's box.
 * @csspart banner - "No recovery key yet" (none with `no-warning`).
 * @csspart heading - Each step's heading.
 * @csspart button - Every button (the main one of a step also `primary-button`).
 * @csspart primary-button - The main button of a step (also `button`).
 * @csspart recovery-key - A new recovery key.
 * @csspart input - The recovery-key field (sign-in) and the step-up code field.
 * @csspart code-input - A one-time code field, in the code and step-up steps (also `input`).
 * @csspart error - An error message.
 */
export class RecoveryKeyPanel extends RecoveryElement {
  static override styles = styles;
  protected static override tables = { shared, 'recovery-key-panel': recoveryKeyPanel };
  protected static override locales = {
    shared: sharedLocales,
    'recovery-key-panel': recoveryKeyPanelLocales,
  };
  static override laterSteps = laterSteps(
    this,
    () => import('./recovery-key-panel.later-steps.js'),
  );

  /** `manage` (signed in, the default) or `sign-in` (signed out). */
  @property() mode: KeyPanelMode = 'manage';
  /** A plain line instead of the "No recovery key yet" banner, for a page that warns itself. */
  @property({ type: Boolean, attribute: 'no-warning' }) noWarning = false;

  @state() protected state: KeyPanelState = initialKeyPanel('manage');

  protected override get flowStep(): string {
    return this.state.step;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || !changed.has('mode')) {
      if (!this.hasUpdated) this.state = initialKeyPanel(this.mode);
      return;
    }
    this.operation.abort();
    this.state = initialKeyPanel(this.mode);
    this.start();
  }

  protected override clientReady(): void {
    this.start();
  }

  private start(): void {
    if (this.mode === 'manage' && this.operationClient) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.state.step === 'show-key')
      this.state = { step: 'summary', createdAt: this.state.createdAt };
  }

  protected override renderStep(): unknown {
    const { state } = this;
    switch (state.step) {
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderLoadError(state.error, () => this.send({ type: 'reload' }));
      case 'redeem':
        return this.renderRedeemForm({
          onSignedIn: (redirectUrl) => this.send({ type: 'redeemed', redirectUrl }),
        });
      default:
        return this.renderLaterStep();
    }
  }

  protected send(event: KeyPanelEvent): void {
    this.state = keyPanelTransition(this.state, event);
  }

  private load(): void {
    this.operation.run(
      'getStatus',
      {},
      ({ recoveryKey }) => this.send({ type: 'loaded', createdAt: recoveryKey?.createdAt ?? null }),
      (error) => {
        this.send({ type: 'loadFailed', error });
        return true;
      },
    );
  }
}
