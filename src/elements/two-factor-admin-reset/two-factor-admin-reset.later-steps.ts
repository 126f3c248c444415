/**
 * What `<two-factor-admin-reset>` shows once a user is found: their 2FA, the reason, the
 * confirmation and the end; a chunk of its own, loaded with the element's first call
 * (core/later-steps.ts).
 */
import { html } from 'lit/html.js';
import { live } from 'lit/directives/live.js';
import { TwoFactorAdminResetEvent } from '../../core/events.js';
import { renderError } from '../../core/feedback.js';
import { formatDateTime } from '../../core/format.js';
import { renderStatusList } from '../../core/status-list.js';
import {
  maxReasonLength,
  reasonProblem,
  type AdminResetState,
  type ReasonProblem,
} from '../../flows/admin-reset.js';
import type { TwoFactorAdminReset } from './two-factor-admin-reset.js';

type In<S extends AdminResetState['step']> = Extract<AdminResetState, { step: S }>;

/** The steps, on the element's class (a type-only import: no cycle between the chunks). */
export function steps(Base: typeof TwoFactorAdminReset): { prototype: object } {
  return class AdminLaterSteps extends Base {
    protected override renderLaterStep(): unknown {
      const { state, t } = this;
      switch (state.step) {
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
            ${this.renderFailure()}
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

    private reasonMessage(problem: ReasonProblem): string {
      return problem === 'required' ? this.t.enterReason : this.t.reasonTooLong(maxReasonLength);
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

    private handleAskConfirm(event: Event): void {
      event.preventDefault();
      const { state } = this;
      if (state.step !== 'confirm' || this.operation.busy) return;
      const problem = reasonProblem(state.reason);
      if (problem) return void this.refuse(problem, '#reason');
      this.send({ type: 'askConfirm' });
    }

    private cancelConfirm(): void {
      this.send({ type: 'cancelConfirm' });
    }

    /** The dialog closed (Escape, "Cancel", or the reset failed): focus goes back to its trigger. */
    private async handleDialogClosed(): Promise<void> {
      this.cancelConfirm();
      await this.updateComplete;
      if (this.state.step === 'confirm')
        this.renderRoot.querySelector<HTMLElement>('#reset')?.focus();
    }
  };
}
