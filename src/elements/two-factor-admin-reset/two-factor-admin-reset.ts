import { shared } from '../../core/strings/shared.js';
import { adminReset } from './strings.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { RecoveryError } from '../../api/client.js';
import { TwoFactorAdminResetEvent } from '../../core/events.js';
import { renderError, renderFailure, renderSubmit } from '../../core/feedback.js';
import { formatDateTime } from '../../core/format.js';
import { RecoveryElement } from '../../core/recovery-element.js';
import { renderStatusList } from '../../core/status-list.js';
import {
  adminResetTransition,
  initialAdminReset,
  maxReasonLength,
  maxUserIdLength,
  reasonProblem,
  userIdProblem,
  type AdminResetEvent,
  type AdminResetState,
  type ReasonProblem,
  type UserIdProblem,
} from '../../flows/admin-reset.js';
import { styles } from './two-factor-admin-reset.styles.js';

type In<S extends AdminResetState['step']> = Extract<AdminResetState, { step: S }>;

/**
 * The admin-assisted reset, for support staff and account admins: look a user up by ID, see
 * their 2FA method, backup method and recovery key, give a reason, confirm in a dialog. Their
 * 2FA is then off until they set it up again at their next sign-in, and they are told so.
 * An account that may not do this sees only that, never a user's data.
 *
 * @summary Look up a user and reset their 2FA, with a reason.
 * @fires two-factor-admin-reset - A user's 2FA was reset. Detail: `{ userId, resetAt }`.
 * @fires step-up-required - The server asks the admin to verify it's them; cancel it to do that yourself, then call `retry()`. Detail: `{ operation }`.
 * @fires recovery-step-change - The step changed. Detail: `{ step }`.
 * @fires recovery-error - An operation failed. Detail: `{ operation, code }`.
 * @csspart card - Each step's box.
 * @csspart heading - Each step's heading.
 * @csspart button - Every button (the main one of a step also `primary-button`).
 * @csspart primary-button - The main button of a step (also `button`).
 * @csspart input - The user ID and reason fields.
 * @csspart code-input - A one-time code field, in the code and step-up steps (also `input`).
 * @csspart error - An error message.
 */
export class TwoFactorAdminReset extends RecoveryElement {
  static override styles = styles;
  protected static override tables = { shared, 'two-factor-admin-reset': adminReset };

  /** Looks this user up at once, instead of starting at the "User ID" field. */
  @property({ attribute: 'user-id' }) userId?: string;

  @state() private state: AdminResetState = initialAdminReset();

  protected override get flowStep(): string {
    return this.state.step;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('userId')) return;
    if (this.hasUpdated) this.operation.abort();
    this.send({ type: 'start', userId: this.userId ?? '' });
    if (this.hasUpdated) this.lookUpGiven();
  }

  protected override clientReady(): void {
    this.lookUpGiven();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The modal confirmation follows the flow: open while it says so, closed otherwise.
    const dialog = this.renderRoot.querySelector('dialog');
    const confirming = this.state.step === 'confirm' && this.state.confirming;
    if (dialog && confirming && !dialog.open) dialog.showModal();
    if (dialog && !confirming && dialog.open) dialog.close();
  }

  protected override renderStep(): unknown {
    const { state, t } = this;
    switch (state.step) {
      case 'loading':
        return this.renderLoading();
      case 'error':
        return state.error.code === 'forbidden'
          ? this.renderCard(t.adminForbiddenHeading, html`<p role="alert">${t.adminForbidden}</p>`)
          : this.renderLoadError(state.error, () => this.send({ type: 'reload' }));
      case 'lookup':
        return this.renderLookup(state);
      case 'confirm':
        return this.renderConfirm(state);
      case 'done':
        return this.renderCard(
          t.adminDoneHeading(state.user.displayName),
          html`<p>${t.adminDone(formatDateTime(this.locale, state.resetAt))}</p>
            <div class="actions">
              ${this.renderAction(t.lookUpAnother, () => this.send({ type: 'another' }), {
                primary: true,
              })}
            </div>`,
        );
    }
  }

  private renderLookup({ userId, problem }: In<'lookup'>) {
    const { t } = this;
    const message = problem && this.userIdMessage(problem);
    return this.renderCard(
      t.adminHeading,
      html`<p>${t.adminIntro}</p>
        <form novalidate @submit=${this.handleLookUp}>
          <div class="field">
            <label for="user-id">${t.userId}</label>
            <span id="user-id-hint" class="hint">${t.userIdHint}</span>
            <input
              id="user-id"
              part="input"
              dir="auto"
              type="text"
              autocomplete="off"
              autocapitalize="none"
              spellcheck="false"
              .value=${live(userId)}
              aria-invalid=${message ? 'true' : 'false'}
              aria-describedby=${message ? 'user-id-hint user-id-error' : 'user-id-hint'}
              @input=${(event: InputEvent) =>
                this.send({ type: 'editUserId', userId: (event.target as HTMLInputElement).value })}
            />
            ${renderError('user-id-error', message, this.state)}
          </div>
          <div class="actions">
            ${renderSubmit(t.lookUp, { busy: this.operation.busy, blocked: false })}
          </div>
          ${this.renderOperationFailure()}
        </form>`,
    );
  }

  private renderConfirm(state: In<'confirm'>) {
    const { t } = this;
    const { user, reason, problem } = state;
    const message = problem && this.reasonMessage(problem);
    return this.renderCard(
      html`<bdi>${user.displayName}</bdi>`,
      html`${renderStatusList(t, this.locale, user.status, {
          before: [[t.userId, html`<bdi>${user.userId}</bdi>`]],
        })}
        <p>${t.adminResetEffect}</p>
        <form novalidate @submit=${this.handleAskConfirm}>
          <div class="field">
            <label for="reason">${t.reason}</label>
            <span id="reason-hint" class="hint">${t.reasonHint(maxReasonLength)}</span>
            <textarea
              id="reason"
              part="input"
              rows="3"
              .value=${live(reason)}
              aria-invalid=${message ? 'true' : 'false'}
              aria-describedby=${message ? 'reason-hint reason-error' : 'reason-hint'}
              @input=${(event: InputEvent) =>
                this.send({
                  type: 'editReason',
                  reason: (event.target as HTMLTextAreaElement).value,
                })}
            ></textarea>
            ${renderError('reason-error', message, this.state)}
          </div>
          <div class="actions">
            <button id="reset" type="submit" class="primary" part="button primary-button">
              ${t.resetTwoFactor}
            </button>
            ${this.renderAction(t.back, () => this.send({ type: 'back' }))}
          </div>
          ${this.renderOperationFailure()}
        </form>
        ${this.renderDialog(state)}`,
    );
  }

  private renderDialog({ user }: In<'confirm'>) {
    const { t } = this;
    const busy = this.operation.busy;
    return html`<dialog
      part="card"
      aria-labelledby="dialog-heading"
      aria-describedby="dialog-text"
      aria-busy=${busy ? 'true' : 'false'}
      @cancel=${(event: Event) => busy && event.preventDefault()}
      @close=${this.handleDialogClosed}
    >
      <h2 id="dialog-heading" part="heading">${t.adminConfirmHeading(user.displayName)}</h2>
      <p id="dialog-text">${t.adminConfirmText}</p>
      <div class="actions">
        ${this.renderAction(t.resetTwoFactor, () => this.reset(), {
          operation: 'adminResetTwoFactor',
          primary: true,
        })}
        <button type="button" part="button" autofocus @click=${this.cancelConfirm}>
          ${t.cancel}
        </button>
      </div>
    </dialog>`;
  }

  /** A failure of the step's operation that no field owns, with "Try again" for a fault. */
  private renderOperationFailure() {
    const error = this.operation.failure?.error ?? null;
    return error ? renderFailure(this.t, this.locale, error, () => this.retry()) : nothing;
  }

  private userIdMessage(problem: UserIdProblem): string {
    const { t } = this;
    if (problem === 'required') return t.enterUserId;
    return problem === 'too_long' ? t.userIdTooLong(maxUserIdLength) : t.userNotFound;
  }

  private reasonMessage(problem: ReasonProblem): string {
    return problem === 'required' ? this.t.enterReason : this.t.reasonTooLong(maxReasonLength);
  }

  private send(event: AdminResetEvent): void {
    this.state = adminResetTransition(this.state, event);
  }

  /** Looks up the user of the `user-id` attribute, if there is one and a client to ask. */
  private lookUpGiven(): void {
    if (this.state.step === 'loading' && this.operationClient) this.lookUp(this.state.userId);
  }

  private lookUp(userId: string): void {
    this.operation.run(
      'adminGetUser',
      { userId },
      (user) => this.send({ type: 'found', user }),
      (error) => this.handleFailure(error),
    );
  }

  private reset(): void {
    const { state } = this;
    if (state.step !== 'confirm') return;
    const userId = state.user.userId;
    this.operation.run(
      'adminResetTwoFactor',
      { userId, reason: state.reason.trim() },
      ({ resetAt }) => {
        this.send({ type: 'reset', resetAt });
        this.dispatchEvent(new TwoFactorAdminResetEvent({ userId, resetAt }));
      },
      (error) => {
        if (this.handleFailure(error)) return true;
        this.send({ type: 'cancelConfirm' }); // the failure shows in the step, under its button
        return false;
      },
    );
  }

  /** Failures that change the step (returns true); the rest show in the step. */
  private handleFailure(error: RecoveryError): boolean {
    if (error.code === 'forbidden') this.send({ type: 'forbidden', error });
    else if (error.code === 'not_found') this.send({ type: 'notFound' });
    else if (this.state.step === 'loading') this.send({ type: 'loadFailed', error });
    else return false;
    return true;
  }

  private handleLookUp(event: Event): void {
    event.preventDefault();
    const { state } = this;
    if (state.step !== 'lookup' || this.operation.busy) return;
    const problem = userIdProblem(state.userId);
    if (problem) return void this.refuse(problem, '#user-id');
    this.lookUp(state.userId.trim());
  }

  private handleAskConfirm(event: Event): void {
    event.preventDefault();
    const { state } = this;
    if (state.step !== 'confirm' || this.operation.busy) return;
    const problem = reasonProblem(state.reason);
    if (problem) return void this.refuse(problem, '#reason');
    this.send({ type: 'askConfirm' });
  }

  /** Says on the field why what is typed cannot be sent, and puts the user back on it. */
  private async refuse(problem: UserIdProblem | ReasonProblem, field: string): Promise<void> {
    this.send({ type: 'invalid', problem });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(field)?.focus();
  }

  private readonly cancelConfirm = () => this.send({ type: 'cancelConfirm' });

  /** The dialog closed (Escape, "Cancel", or the reset failed): focus goes back to its trigger. */
  private readonly handleDialogClosed = async () => {
    this.cancelConfirm();
    await this.updateComplete;
    if (this.state.step === 'confirm')
      this.renderRoot.querySelector<HTMLElement>('#reset')?.focus();
  };
}
