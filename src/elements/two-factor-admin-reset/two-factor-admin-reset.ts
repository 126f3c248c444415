import { shared } from '../../core/strings/shared.js';
import { sharedLocales, adminResetLocales } from '../../locales/shipped.js';
import { adminReset } from './strings.js';
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { RecoveryError } from '../../api/client.js';
import { renderError, renderSubmit } from '../../core/feedback.js';
import { laterSteps } from '../../core/later-steps.js';
import { RecoveryElement } from '../../core/recovery-element.js';
import {
  adminResetTransition,
  initialAdminReset,
  maxUserIdLength,
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
  protected static override locales = {
    shared: sharedLocales,
    'two-factor-admin-reset': adminResetLocales,
  };
  static override laterSteps = laterSteps(
    this,
    () => import('./two-factor-admin-reset.later-steps.js'),
  );

  /** Looks this user up at once, instead of starting at the "User ID" field. */
  @property({ attribute: 'user-id' }) userId?: string;

  @state() protected state: AdminResetState = initialAdminReset();

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
      default:
        return this.renderLaterStep();
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
          ${this.renderFailure()}
        </form>`,
    );
  }

  private userIdMessage(problem: UserIdProblem): string {
    const { t } = this;
    if (problem === 'required') return t.enterUserId;
    return problem === 'too_long' ? t.userIdTooLong(maxUserIdLength) : t.userNotFound;
  }

  protected send(event: AdminResetEvent): void {
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

  /** Failures that change the step (returns true); the rest show in the step. */
  protected handleFailure(error: RecoveryError): boolean {
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

  /** Says on the field why what is typed cannot be sent, and puts the user back on it. */
  protected async refuse(problem: UserIdProblem | ReasonProblem, field: string): Promise<void> {
    this.send({ type: 'invalid', problem });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(field)?.focus();
  }
}
