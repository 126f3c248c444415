/**
 * The public events of CONTRACT.md §2: one class each, all bubbling and composed so a host page
 * hears them wherever the element sits. No detail ever holds a code, a recovery key, a TOTP
 * secret or a recovery token.
 */
import type { BackupMethod, OperationName } from '../api/contract.js';

const init = <T>(detail: T, cancelable = false): CustomEventInit<T> => ({
  detail,
  bubbles: true,
  composed: true,
  cancelable,
});

export type SupportReason = 'no_backup_method' | 'no_backup_access' | 'locked_out';

export class BackupMethodChangedEvent extends CustomEvent<{ backupMethod: BackupMethod }> {
  constructor(detail: { backupMethod: BackupMethod }) {
    super('backup-method-changed', init(detail));
  }
}

export class TwoFactorDeviceRemovedEvent extends CustomEvent<Record<string, never>> {
  constructor() {
    super('two-factor-device-removed', init({}));
  }
}

export class TwoFactorResetCompleteEvent extends CustomEvent<{ maskedEmail: string }> {
  constructor(detail: { maskedEmail: string }) {
    super('two-factor-reset-complete', init(detail));
  }
}

export class RecoveryKeyGeneratedEvent extends CustomEvent<{ createdAt: string }> {
  constructor(detail: { createdAt: string }) {
    super('recovery-key-generated', init(detail));
  }
}

export class RecoveryKeyAcknowledgedEvent extends CustomEvent<{ createdAt: string }> {
  constructor(detail: { createdAt: string }) {
    super('recovery-key-acknowledged', init(detail));
  }
}

/** Cancel it to stay on the page instead of going to `redirectUrl`. */
export class RecoveryKeyRedeemedEvent extends CustomEvent<{ redirectUrl: string | null }> {
  constructor(detail: { redirectUrl: string | null }) {
    super('recovery-key-redeemed', init(detail, true));
  }
}

export class AuthenticatorEnrolledEvent extends CustomEvent<Record<string, never>> {
  constructor() {
    super('authenticator-enrolled', init({}));
  }
}

export class TwoFactorAdminResetEvent extends CustomEvent<{ userId: string; resetAt: string }> {
  constructor(detail: { userId: string; resetAt: string }) {
    super('two-factor-admin-reset', init(detail));
  }
}

/** Cancel it to handle "Contact support" yourself instead of following the link. */
export class SupportRequestedEvent extends CustomEvent<{ reason: SupportReason }> {
  constructor(detail: { reason: SupportReason }) {
    super('support-requested', init(detail, true));
  }
}

/** Cancel it to verify the user yourself; the element waits until you call its `retry()`. */
export class StepUpRequiredEvent extends CustomEvent<{ operation: OperationName }> {
  constructor(detail: { operation: OperationName }) {
    super('step-up-required', init(detail, true));
  }
}

export class RecoveryStepChangeEvent extends CustomEvent<{ step: string }> {
  constructor(detail: { step: string }) {
    super('recovery-step-change', init(detail));
  }
}

export class RecoveryErrorEvent extends CustomEvent<{ operation: OperationName; code: string }> {
  constructor(detail: { operation: OperationName; code: string }) {
    super('recovery-error', init(detail));
  }
}

/** Every public event by name: what `addEventListener` is typed with on elements and on `document`. */
export interface RecoveryEventMap {
  'backup-method-changed': BackupMethodChangedEvent;
  'two-factor-device-removed': TwoFactorDeviceRemovedEvent;
  'two-factor-reset-complete': TwoFactorResetCompleteEvent;
  'recovery-key-generated': RecoveryKeyGeneratedEvent;
  'recovery-key-acknowledged': RecoveryKeyAcknowledgedEvent;
  'recovery-key-redeemed': RecoveryKeyRedeemedEvent;
  'authenticator-enrolled': AuthenticatorEnrolledEvent;
  'two-factor-admin-reset': TwoFactorAdminResetEvent;
  'support-requested': SupportRequestedEvent;
  'step-up-required': StepUpRequiredEvent;
  'recovery-step-change': RecoveryStepChangeEvent;
  'recovery-error': RecoveryErrorEvent;
}

declare global {
  interface HTMLElementEventMap extends RecoveryEventMap {}
  interface DocumentEventMap extends RecoveryEventMap {}
}

/**
 * For an element that embeds another: keeps the embedded one's `recovery-step-change` and
 * `recovery-error` inside, so the host hears only the embedding element's own.
 */
export const keepInside = (event: Event) => event.stopPropagation();
