/**
 * Story hosts: the smallest elements on RecoveryElement that drive each shared step against a
 * memory client, the way the public elements do, so every state can be seen and played with.
 */
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { RecoveryError } from '../../src/api/client.js';
import type { Challenge } from '../../src/api/contract.js';
import type { MemoryClient } from '../../src/api/memory-client.js';
import '../../src/core/define-steps.js';
import type { SupportReason } from '../../src/core/events.js';
import { renderFailure } from '../../src/core/feedback.js';
import { RecoveryElement } from '../../src/core/recovery-element.js';
import { renderSupport } from '../../src/core/support.js';

type Step = 'loading' | 'ready' | 'done' | 'failed';

/** Runs `start` once a client is there, then renders the host's steps. */
abstract class StoryHost extends RecoveryElement {
  @state() protected phase: Step = 'loading';
  @state() protected loadError: RecoveryError | null = null;
  declare client?: MemoryClient;

  protected override get flowStep(): Step {
    return this.phase;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('data-story-host', '');
  }

  /** What the host does first; `ready` when there is nothing to load. */
  protected override clientReady(): void {
    this.phase = 'ready';
  }

  protected failLoading = (error: RecoveryError) => {
    this.loadError = error;
    this.phase = 'failed';
    return true;
  };

  protected override renderStep() {
    switch (this.phase) {
      case 'loading':
        return html`<p class="card">${this.t.loading}</p>`;
      case 'failed':
        return this.renderCard(
          'The step could not start',
          renderFailure(this.t, this.locale, this.loadError, () => {
            this.phase = 'loading';
            this.retry();
          }),
        );
      default:
        return this.renderPhase();
    }
  }

  protected abstract renderPhase(): unknown;
}

/** `<tfr-code-entry>` on a recovery challenge: start, verify, resend. */
export class StoryCodeEntry extends StoryHost {
  @state() private challenge?: Challenge;

  protected override clientReady(): void {
    this.operation.run(
      'startBackupRecovery',
      {},
      (challenge) => {
        this.challenge = challenge;
        this.phase = 'ready';
      },
      this.failLoading,
    );
  }

  protected override renderPhase() {
    if (this.phase === 'done' || !this.challenge)
      return this.renderCard('Verified', html`<p>The code was right.</p>`);
    const { challengeId } = this.challenge;
    return this.renderCodeEntry(this.challenge, {
      submit: (code) =>
        this.operation.run(
          'verifyBackupRecovery',
          { challengeId, code },
          () => (this.phase = 'done'),
        ),
      resend: () =>
        this.operation.run(
          'resendCode',
          { challengeId },
          (challenge) => (this.challenge = challenge),
        ),
    });
  }
}
/** A guarded operation ("Remove device") that meets step-up where the account asks for it. */
export class StoryStepUp extends StoryHost {
  /** Verify the user in the host page instead (cancels `step-up-required`). */
  @property({ type: Boolean, attribute: 'host-verifies' }) hostVerifies = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener(
      'step-up-required',
      (event) => this.hostVerifies && event.preventDefault(),
    );
  }

  protected override renderPhase() {
    if (this.phase === 'done')
      return this.renderCard('Device removed', html`<p>Set up 2-factor authentication again.</p>`);
    return this.renderCard(
      'Your 2FA device',
      html`<p>Removing it needs a fresh proof that it's you.</p>
        <div class="actions">
          ${this.renderAction(
            'Remove device',
            () => this.operation.run('removeDevice', {}, () => (this.phase = 'done')),
            { operation: 'removeDevice', primary: true },
          )}
        </div>
        ${renderFailure(this.t, this.locale, this.operation.failure?.error ?? null, () => this.retry())}`,
    );
  }
}

/** A new recovery key in `<tfr-recovery-key>`, until "Done". */
export class StoryRecoveryKey extends StoryHost {
  @state() private key: { recoveryKey: string; createdAt: string } | null = null;

  protected override clientReady(): void {
    this.operation.run(
      'generateRecoveryKey',
      {},
      (key) => {
        this.key = key;
        this.phase = 'ready';
      },
      this.failLoading,
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.key = null;
  }

  protected override renderPhase() {
    if (this.phase === 'done' || !this.key)
      return this.renderCard('Recovery key saved', html`<p>Keep it somewhere safe.</p>`);
    return this.renderKeyDisplay(this.key, () => {
      this.key = null;
      this.phase = 'done';
    });
  }
}

/** `<tfr-redeem-form>` signing in with a recovery key. */
export class StoryRedeem extends StoryHost {
  constructor() {
    super();
    this.addEventListener('recovery-key-redeemed', (event) => event.preventDefault()); // stay in the story
  }

  protected override renderPhase() {
    if (this.phase === 'done')
      return this.renderCard('Signed in', html`<p>Set up 2-factor authentication again.</p>`);
    return this.renderRedeemForm({ onSignedIn: () => (this.phase = 'done') });
  }
}

/** Support guidance for a reason, with or without a support page. */
export class StorySupport extends StoryHost {
  @property() reason: SupportReason = 'no_backup_method';

  protected override renderPhase() {
    return this.renderCard(
      this.reason === 'no_backup_method' ? (this.t.errors.no_backup_method as string) : 'Get help',
      renderSupport(this, {
        reason: this.reason,
        supportUrl: this.resolvedSupportUrl,
        strings: this.t,
      }),
    );
  }
}

const hosts = {
  'story-code-entry': StoryCodeEntry,
  'story-step-up': StoryStepUp,
  'story-recovery-key': StoryRecoveryKey,
  'story-redeem': StoryRedeem,
  'story-support': StorySupport,
};
for (const [tag, host] of Object.entries(hosts))
  customElements.get(tag) ?? customElements.define(tag, host);
