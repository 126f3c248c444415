/**
 * What `<backup-method-manager>` shows once the backend has answered: the method there is (or
 * none), the choice of a new one, its code and the end; a chunk of its own, loaded with the
 * element's first call (core/later-steps.ts).
 */
import { html, nothing } from 'lit/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { BackupMethod } from '../../api/contract.js';
import { checkEmail, checkPhone, loadPhoneNumbers } from '../../core/destination.js';
import { BackupMethodChangedEvent } from '../../core/events.js';
import { messageFor, renderError, renderSubmit } from '../../core/feedback.js';
import { renderMasked, renderWithMasked } from '../../core/readings.js';
import type { BackupState, BackupType } from '../../flows/backup-method.js';
import type { BackupMethodManager } from './backup-method-manager.js';

type In<S extends BackupState['step']> = Extract<BackupState, { step: S }>;

/** Server answers about the typed phone number or email address: shown on its field. */
const destinationErrors = new Set([
  'same_as_primary',
  'same_as_current',
  'invalid_destination',
  'invalid_request',
]);

/** The steps, on the element's class (a type-only import: no cycle between the chunks). */
export function steps(Base: typeof BackupMethodManager): { prototype: object } {
  return class BackupLaterSteps extends Base {
    protected override renderLaterStep(): unknown {
      const { state, t } = this;
      switch (state.step) {
        case 'none': {
          const setUp = html`<div class="actions">
            ${this.renderAction(t.setUpBackupMethod, () => this.send({ type: 'change' }), { primary: true })}
          </div>`;
          // With `no-warning` the page warns in its own way: a plain line, no banner.
          return this.noWarning
            ? this.renderCard(
                t.backupHeading,
                html`<p>${t.backupNone}</p>
                  ${setUp}`,
              )
            : this.renderCard(
                t.backupNotSetUp,
                html`<p>${t.backupWhy}</p>
                  ${setUp}`,
                {
                  banner: true,
                },
              );
        }
        case 'current':
          return this.renderCard(
            t.backupHeading,
            html`<p class="method">${this.describe(state.backupMethod)}</p>
              <div class="actions">
                <button
                  type="button"
                  part="button"
                  aria-expanded=${state.managing ? 'true' : 'false'}
                  aria-controls="manage"
                  @click=${() => this.send({ type: 'manage' })}
                >
                  ${t.manageBackupMethod}
                </button>
              </div>
              <div id="manage" class="manage" ?hidden=${!state.managing}>
                <p class="hint">${t.oneBackupMethod}</p>
                ${this.renderAction(t.changeBackupMethod, () => this.send({ type: 'change' }), { primary: true })}
              </div>`,
          );
        case 'choose':
          return this.renderChoose(state);
        case 'code':
          return this.renderCodeEntry(state.challenge, {
            submit: (code) => this.confirm(state, code),
            resend: () => this.resend(state),
            more: html`<div slot="more" class="actions">${this.renderBack()}</div>`,
          });
        case 'saved':
          return this.renderCard(
            t.backupSavedHeading,
            html`<p>
                ${renderWithMasked(
                  t,
                  t.backupSaved(state.backupMethod.maskedValue, state.backupMethod.type),
                  state.backupMethod.maskedValue,
                  { named: true },
                )}
              </p>
              <div class="actions">
                ${this.renderAction(t.done, () => this.send({ type: 'done' }), { primary: true })}
              </div>`,
          );
      }
    }

    private renderChoose({ current, draft }: In<'choose'>) {
      const { t } = this;
      const failure = this.operation.failure?.error ?? null;
      const onField =
        failure && destinationErrors.has(failure.code) ? messageFor(t, this.locale, failure) : null;
      const message = this.problem ?? onField;
      const radio = (type: BackupType, label: string) =>
        html`<label class="radio">
          <input
            type="radio"
            name="type"
            value=${type}
            .checked=${draft.type === type}
            @change=${() => this.pickType(type)}
          />
          ${label}
        </label>`;
      return this.renderCard(
        current ? t.chooseChangeHeading : t.setUpBackupMethod,
        html`<p>${t.backupChooseIntro}</p>
          ${
            current
              ? html`<p>
                  ${renderWithMasked(t, t.backupReplaces(current.maskedValue), current.maskedValue)}
                </p>`
              : nothing
          }
          <p class="hint">${t.backupTip}</p>
          <form novalidate @submit=${this.handleSubmit}>
            <fieldset
              aria-describedby=${ifDefined(!draft.type && message ? 'destination-error' : undefined)}
            >
              <legend>${t.backupHeading}</legend>
              ${radio('phone', t.phoneNumber)} ${radio('email', t.emailAddress)}
            </fieldset>
            ${draft.type ? this.renderField(draft.type, draft.value, message) : renderError('destination-error', message, this.errorKey)}
            <div class="actions">
              ${renderSubmit(t.sendCode, { busy: this.checking || this.operation.busy, blocked: false })}
              ${this.renderBack()}
            </div>
            ${
              this.libraryFailed
                ? html`<p class="error" part="error" role="alert">${t.chunkLoadFailed}</p>
                    <button type="button" part="button" @click=${this.handleSubmit}>
                      ${t.tryAgain}
                    </button>`
                : onField
                  ? nothing
                  : this.renderFailure()
            }
          </form>`,
      );
    }

    private renderField(type: BackupType, value: string, message: string | null) {
      const phone = type === 'phone';
      return html`<div class="field">
        <label for="destination">${phone ? this.t.phoneNumber : this.t.emailAddress}</label>
        <input
          id="destination"
          part="input"
          dir="ltr"
          type=${phone ? 'tel' : 'email'}
          autocomplete=${phone ? 'tel' : 'email'}
          inputmode=${phone ? 'tel' : 'email'}
          spellcheck="false"
          .value=${live(value)}
          aria-invalid=${message ? 'true' : 'false'}
          aria-describedby=${ifDefined(
            [message && 'destination-error', phone && 'destination-hint']
              .filter(Boolean)
              .join(' ') || undefined,
          )}
          @focus=${() => phone && this.prefetchPhoneNumbers()}
          @input=${(event: InputEvent) => this.edit((event.target as HTMLInputElement).value)}
        />
        ${renderError('destination-error', message, this.errorKey)}
        ${phone ? html`<p id="destination-hint" class="hint">${this.phoneHint()}</p>` : nothing}
      </div>`;
    }

    /** The form a phone number takes: with its country code, or one of the default country's. */
    private phoneHint(): string {
      const country = this.country;
      if (!country) return this.t.phoneHint;
      try {
        const name = new Intl.DisplayNames([this.locale, 'en'], { type: 'region' }).of(country);
        if (name && name !== country) return this.t.phoneHintCountry(name);
      } catch {
        // An unknown country or language: the general hint says enough.
      }
      return this.t.phoneHint;
    }

    private renderBack() {
      return html`<button type="button" class="link" part="button" @click=${this.goBack}>
        ${this.t.back}
      </button>`;
    }

    /** "Phone number •••• 0456", "Email address a•••@example.net" (read "Phone number ending in 0 4 5 6"). */
    private describe({ type, maskedValue }: BackupMethod) {
      return html`${type === 'phone' ? this.t.phoneNumber : this.t.emailAddress}
      ${renderMasked(this.t, maskedValue, { named: true })}`;
    }

    private pickType(type: BackupType): void {
      this.forgetProblems();
      this.libraryFailed = false;
      this.send({ type: 'pickType', methodType: type });
    }

    private edit(value: string): void {
      this.forgetProblems();
      this.send({ type: 'edit', value });
    }

    /** What the field's alert is keyed by: a refusal's count, or the server's failure. */
    private get errorKey(): unknown {
      return this.problem ? this.refusals : this.operation.failure?.error;
    }

    /** A complaint about a value, ours or the server's, goes with the value. */
    private forgetProblems(): void {
      this.problem = null;
      if (this.operation.failure && destinationErrors.has(this.operation.failure.error.code))
        this.operation.failure = null;
    }

    /** The phone field is in use: fetch the phone-number library now, so it is there on "Send code". */
    private prefetchPhoneNumbers(): void {
      loadPhoneNumbers().catch(() => {}); // a failure shows, retryably, when the number is sent
    }

    private goBack(): void {
      this.operation.abort();
      this.problem = null;
      this.libraryFailed = false;
      this.send({ type: 'back' });
    }

    private async handleSubmit(event: Event): Promise<void> {
      event.preventDefault();
      const { state } = this;
      if (state.step !== 'choose' || this.checking || this.operation.busy) return;
      const { type, value } = state.draft;
      if (!type) {
        this.problem = this.t.chooseMethod;
        this.refusals += 1;
        return;
      }
      this.checking = true;
      this.libraryFailed = false;
      try {
        const checked =
          type === 'email'
            ? checkEmail(this.t, value)
            : await checkPhone(this.t, value, this.country);
        if (this.state !== state) return; // the user moved on meanwhile
        if (!checked.ok) {
          this.problem = checked.problem;
          this.refusals += 1;
          await this.updateComplete;
          this.renderRoot.querySelector<HTMLInputElement>('#destination')?.focus();
          return;
        }
        this.operation.run('startBackupMethodChange', { type, value: checked.value }, (challenge) =>
          this.send({ type: 'challengeSent', challenge }),
        );
      } catch {
        this.libraryFailed = true;
      } finally {
        this.checking = false;
      }
    }

    private get country(): string | undefined {
      return this.defaultCountry ?? this.context?.defaultCountry;
    }

    private confirm({ challenge }: In<'code'>, code: string): void {
      this.operation.run(
        'confirmBackupMethodChange',
        { challengeId: challenge.challengeId, code },
        ({ backupMethod }) => {
          this.send({ type: 'saved', backupMethod });
          this.dispatchEvent(new BackupMethodChangedEvent({ backupMethod }));
        },
      );
    }

    private resend({ challenge }: In<'code'>): void {
      this.operation.run('resendCode', { challengeId: challenge.challengeId }, (renewed) =>
        this.send({ type: 'challengeSent', challenge: renewed }),
      );
    }
  };
}
