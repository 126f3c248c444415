/**
 * What `<account-protection>` shows once the status is here: the overview with the embedded
 * backup method and recovery key, and the authenticator's set-up in place; a chunk of its own,
 * loaded with the element's first call (core/later-steps.ts).
 */
import { html, nothing } from 'lit/html.js';
import { keepInside } from '../../core/events.js';
import { exportParts } from '../../core/parts.js';
import { renderStatusList } from '../../core/status-list.js';
import { missing, type Missing, type ProtectionState } from '../../flows/account-protection.js';
import type { AccountProtection } from './account-protection.js';

type In<S extends ProtectionState['step']> = Extract<ProtectionState, { step: S }>;

/** The embedded set-up's steps where "Cancel" here is the way back (its other steps have their own). */
const cancelableSetupSteps = new Set(['loading', 'error', 'scan']);

/** The steps, on the element's class (a type-only import: no cycle between the chunks). */
export function steps(Base: typeof AccountProtection): { prototype: object } {
  return class ProtectionLaterSteps extends Base {
    protected override renderLaterStep(): unknown {
      const { state } = this;
      if (state.step === 'overview') return this.renderOverview(state);
      return state.step === 'setup' ? this.renderSetup() : nothing;
    }

    private renderOverview({ status }: In<'overview'>) {
      const { t } = this;
      const replace = status.primary ? t.replaceDevice : t.setUpTwoFactor;
      return html`${this.renderCard(
          t.protectHeading,
          html`${this.renderWarning(missing(status))}
            ${renderStatusList(t, this.locale, status, { primaryTerm: t.twoFactorDevice })}
            <div class="actions">
              ${
                this.setupUrl
                  ? html`<a class="button" part="button" href=${this.setupUrl}>${replace}</a>`
                  : this.renderAction(replace, () => this.send({ type: 'setUp' }))
              }
            </div>
            ${this.renderFailure()}`,
        )}
        <backup-method-manager
          exportparts=${exportParts}
          no-warning
          class="embedded"
          @recovery-step-change=${keepInside}
          @recovery-error=${keepInside}
          @backup-method-changed=${this.refresh}
        ></backup-method-manager>
        <recovery-key-panel
          exportparts=${exportParts}
          no-warning
          class="embedded"
          @recovery-step-change=${keepInside}
          @recovery-error=${keepInside}
          @recovery-key-acknowledged=${this.refresh}
        ></recovery-key-panel>`;
    }

    /** The one warning: a checklist of what is missing, or that nothing is. */
    private renderWarning(lacking: Missing[]) {
      const { t } = this;
      if (lacking.length === 0) return html`<p class="success">${t.protectedFully}</p>`;
      const items: Record<Missing, string> = {
        twoFactor: t.missingTwoFactor,
        backupMethod: t.missingBackupMethod,
        recoveryKey: t.missingRecoveryKey,
      };
      return html`<div class="banner" part="banner">
        <p id="missing"><strong>${t.protectionMissing}</strong></p>
        <ul aria-labelledby="missing">
          ${lacking.map((item) => html`<li>${items[item]}</li>`)}
        </ul>
      </div>`;
    }

    private renderSetup() {
      const { t, setupStep } = this;
      const way =
        setupStep === 'done'
          ? this.renderAction(t.done, () => this.finish(), { primary: true })
          : setupStep && cancelableSetupSteps.has(setupStep)
            ? this.renderAction(t.cancel, () => this.finish())
            : nothing;
      return html`<authenticator-setup
          exportparts=${exportParts}
          @tfr-cancel=${(event: Event) => {
            event.preventDefault();
            this.finish();
          }}
          @recovery-step-change=${keepInside}
          @recovery-error=${keepInside}
          @authenticator-enrolled=${this.refresh}
          @backup-method-changed=${this.refresh}
          @recovery-key-acknowledged=${this.refresh}
        ></authenticator-setup>
        ${way === nothing ? nothing : html`<div class="actions">${way}</div>`}`;
    }

    /** An embedded element changed something: the overview shows it. */
    private refresh(): void {
      if (!this.operation.busy) this.load();
    }

    /** "Done" or "Cancel" in the set-up: back to the overview, refreshed. */
    private finish(): void {
      this.setupStep = undefined;
      this.operation.abort(); // a refresh under way belongs to the set-up: start a new one
      this.send({ type: 'finish' });
      this.load();
    }
  };
}
