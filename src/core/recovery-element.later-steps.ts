/**
 * The shared steps an element shows only once the backend has answered, as every element renders
 * them: the code entry, the new key's display and "Verify it's you". Loaded with an element's
 * first call, as its own later steps are (core/later-steps.ts); the steps themselves are
 * defined by answer-steps.ts, in the same load.
 */
import { html, type TemplateResult } from 'lit/html.js';
import type { Challenge } from '../api/contract.js';
import type { CodeEntry } from './code-entry/code-entry.js';
import { exportParts } from './parts.js';
import type { CodeEntryHandlers, NewKey, RecoveryElement } from './recovery-element.js';
import type { StepUp } from './step-up/step-up.js';

/** The shared steps, on the base class (a type-only import: no cycle between the chunks). */
export function steps(Base: typeof RecoveryElement): { prototype: object } {
  abstract class BaseLaterSteps extends Base {
    /** The shared code-entry step for `challenge`, on this element's operations; `more` goes under it. */
    protected override renderCodeEntry(
      challenge: Challenge,
      { submit, resend, more }: CodeEntryHandlers,
    ): TemplateResult {
      return html`<tfr-code-entry
        exportparts=${exportParts}
        .challenge=${challenge}
        .strings=${this.t}
        .busy=${this.operation.busy}
        .error=${this.operation.failure?.error ?? null}
        .clock=${this.backendClock}
        @tfr-submit=${(event: Event) => submit((event.target as CodeEntry).code)}
        @tfr-resend=${resend}
        @tfr-retry=${() => this.retry()}
      >
        ${more}
      </tfr-code-entry>`;
    }

    /** A new recovery key in the shared key display; `onDone` once the user has noted it down. */
    protected override renderKeyDisplay(key: NewKey, onDone: () => void): TemplateResult {
      return html`<tfr-recovery-key
        exportparts=${exportParts}
        .recoveryKey=${key.recoveryKey}
        created-at=${key.createdAt}
        site-name=${this.context?.siteName ?? ''}
        .strings=${this.t}
        @tfr-done=${onDone}
      ></tfr-recovery-key>`;
    }

    /** "Verify it's you", while an operation waits for it. */
    protected override renderStepUp(): TemplateResult {
      const { operation } = this;
      return html`<tfr-step-up
        exportparts=${exportParts}
        .state=${operation.stepUp}
        .strings=${this.t}
        .busy=${operation.busy}
        .error=${operation.failure?.error ?? null}
        .clock=${this.backendClock}
        @tfr-submit=${(event: Event) => operation.submitStepUp((event.target as StepUp).code)}
        @tfr-resend=${() => operation.resendStepUp()}
        @tfr-cancel=${() => operation.cancelStepUp()}
        @tfr-retry=${() => this.retry()}
      ></tfr-step-up>`;
    }
  }
  return BaseLaterSteps;
}
