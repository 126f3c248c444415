import { shared } from '../../core/strings/shared.js';
import { recoveryKeyPanel } from './strings.js';
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RecoveryKeyAcknowledgedEvent, RecoveryKeyGeneratedEvent } from '../../core/events.js';
import { renderFailure } from '../../core/feedback.js';
import { formatDate } from '../../core/format.js';
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

  /** `manage` (signed in, the default) or `sign-in` (signed out). */
  @property() mode: KeyPanelMode = 'manage';
  /** A plain line instead of the "No recovery key yet" banner, for a page that warns itself. */
  @property({ type: Boolean, attribute: 'no-warning' }) noWarning = false;

  @state() private state: KeyPanelState = initialKeyPanel('manage');

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
    const { state, t } = this;
    switch (state.step) {
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderLoadError(state.error, () => this.send({ type: 'reload' }));
      case 'summary': {
        const generate = this.renderAction(t.generateNewRecoveryKey, () => this.generate(), {
          operation: 'generateRecoveryKey',
          primary: true,
        });
        const failure = renderFailure(t, this.locale, this.operation.failure?.error ?? null, () =>
          this.retry(),
        );
        return state.createdAt
          ? this.renderCard(
              t.recoveryKey,
              html`<p>${t.keyCreatedOn(formatDate(this.locale, state.createdAt))}</p>
                <p class="hint">${t.keyExplained}</p>
                <div class="actions">${generate}</div>
                ${failure}`,
            )
          : this.noWarning // the page warns in its own way: a plain line, no banner
            ? this.renderCard(
                t.recoveryKey,
                html`<p>${t.noKeyYet}</p>
                  <div class="actions">${generate}</div>
                  ${failure}`,
              )
            : this.renderCard(
                t.noKeyHeading,
                html`<p>${t.noKeyWhy}</p>
                  <div class="actions">${generate}</div>
                  ${failure}`,
                { banner: true },
              );
      }
      case 'confirm':
        return this.renderCard(
          t.replaceKeyHeading,
          html`<p>${t.replaceKeyText}</p>
            <div class="actions">
              ${this.renderAction(t.replaceRecoveryKey, () => this.makeKey(), {
                operation: 'generateRecoveryKey',
                primary: true,
              })}
              ${this.renderAction(t.cancel, () => this.send({ type: 'cancel' }))}
            </div>
            ${renderFailure(t, this.locale, this.operation.failure?.error ?? null, () => this.retry())}`,
        );
      case 'show-key':
        return this.renderKeyDisplay(state, () => {
          this.send({ type: 'acknowledged' });
          this.dispatchEvent(new RecoveryKeyAcknowledgedEvent({ createdAt: state.createdAt }));
        });
      case 'redeem':
        return this.renderRedeemForm({
          onSignedIn: (redirectUrl) => this.send({ type: 'redeemed', redirectUrl }),
        });
      case 'signed-in':
        return this.renderCard(t.signedInHeading, html`<p>${t.signedInIntro}</p>`);
    }
  }

  private send(event: KeyPanelEvent): void {
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

  /** "Generate a new recovery key": a key that would be replaced is confirmed first. */
  private generate(): void {
    if (this.state.step === 'summary' && this.state.createdAt) this.send({ type: 'generate' });
    else this.makeKey();
  }

  private makeKey(): void {
    this.operation.run('generateRecoveryKey', {}, ({ recoveryKey, createdAt }) => {
      this.send({ type: 'generated', recoveryKey, createdAt });
      this.dispatchEvent(new RecoveryKeyGeneratedEvent({ createdAt }));
    });
  }
}
