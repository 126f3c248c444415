/**
 * What `<recovery-key-panel>` shows once the backend has answered: when the key was made, the
 * confirmation before a new one, the new key, and the sign-in with a key done; a chunk of its
 * own, loaded with the element's first call (core/later-steps.ts).
 */
import { html, nothing } from 'lit/html.js';
import { RecoveryKeyAcknowledgedEvent, RecoveryKeyGeneratedEvent } from '../../core/events.js';
import { formatDate } from '../../core/format.js';
import type { RecoveryKeyPanel } from './recovery-key-panel.js';

/** The steps, on the element's class (a type-only import: no cycle between the chunks). */
export function steps(Base: typeof RecoveryKeyPanel): { prototype: object } {
  return class KeyPanelLaterSteps extends Base {
    protected override renderLaterStep(): unknown {
      const { state, t } = this;
      switch (state.step) {
        case 'summary': {
          const generate = this.renderAction(t.generateNewRecoveryKey, () => this.generate(), {
            operation: 'generateRecoveryKey',
            primary: true,
          });
          const failure = this.renderFailure();
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
              ${this.renderFailure()}`,
          );
        case 'show-key':
          return this.renderKeyDisplay(state, () => {
            this.send({ type: 'acknowledged' });
            this.dispatchEvent(new RecoveryKeyAcknowledgedEvent({ createdAt: state.createdAt }));
          });
        case 'signed-in':
          return this.renderCard(t.signedInHeading, html`<p>${t.signedInIntro}</p>`);
        default:
          return nothing;
      }
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
  };
}
