/**
 * `<test-flow>`: the smallest element built on RecoveryElement, for testing what every element
 * gets from the core: it loads the status, then offers "Remove device" (a step-up-guarded
 * operation) and "Back".
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { RecoveryError } from '../../src/api/client.js';
import '../../src/core/step-up/define.js';
import { messageFor } from '../../src/core/feedback.js';
import { RecoveryElement } from '../../src/core/recovery-element.js';

export class TestFlow extends RecoveryElement {
  @state() phase: 'loading' | 'ready' | 'removed' | 'failed' = 'loading';
  handled: RecoveryError[] = [];

  protected override get flowStep() {
    return this.phase;
  }

  /** What the element would show in its text: its resolved strings. */
  get resolvedStrings() {
    return this.t;
  }

  get providedContext() {
    return this.context;
  }

  protected override clientReady(): void {
    this.operation.run(
      'getStatus',
      {},
      () => (this.phase = 'ready'),
      (error) => {
        this.handled.push(error);
        this.phase = 'failed';
        return true;
      },
    );
  }

  protected override renderStep() {
    const { failure, busy } = this.operation;
    switch (this.phase) {
      case 'loading':
        return html`<p>${this.t.loading}</p>`;
      case 'failed':
        return html`<section>
          <h2 data-heading tabindex="-1">Status failed</h2>
          <button @click=${() => this.retryLoad()}>${this.t.tryAgain}</button>
        </section>`;
      case 'ready':
        return html`<section aria-busy=${busy ? 'true' : 'false'}>
          <h2 data-heading tabindex="-1">Ready</h2>
          <button aria-disabled=${busy ? 'true' : 'false'} @click=${this.removeDevice}>
            Remove device
          </button>
          <button @click=${() => (this.phase = 'removed')}>Skip</button>
          ${failure ? html`<p role="alert">${messageFor(this.t, this.locale, failure.error)}</p>` : nothing}
        </section>`;
      case 'removed':
        return html`<section>
          <h2 data-heading tabindex="-1">Removed</h2>
          <button @click=${() => (this.phase = 'ready')}>${this.t.back}</button>
        </section>`;
    }
  }

  private retryLoad(): void {
    this.phase = 'loading';
    this.retry();
  }

  private removeDevice(): void {
    this.operation.run('removeDevice', {}, () => (this.phase = 'removed'));
  }
}
customElements.define('test-flow', TestFlow);
