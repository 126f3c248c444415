/**
 * The drop-in's entry (dist/cdn/two-factor-recovery.js): defines every element and exports the
 * clients, the events, the localisation entry points and the contract's operation names and
 * error codes. The contract's zod schemas stay out of it: the clients load them as a chunk of
 * their own with their first call. The npm entry (index.ts) exports the schemas too.
 */
// The provider first: an element defined after it finds it at once (core/context.ts).
import './elements/recovery-provider/define.js';
import './core/define-steps.js';
import './elements/account-protection/define.js';
import './elements/authenticator-setup/define.js';
import './elements/backup-method-manager/define.js';
import './elements/recovery-key-panel/define.js';
import './elements/two-factor-admin-reset/define.js';
import './elements/two-factor-reset/define.js';

export * from './api/error-codes.js';
export { operationNames, type OperationName } from './api/operation-names.js';
export type * from './api/contract.js';
export {
  RecoveryError,
  isRecoveryError,
  withValidation,
  type CallOptions,
  type RecoveryClient,
  type RecoveryErrorCode,
  type RecoveryErrorDetails,
} from './api/client.js';
export { createHttpClient, type HeadersSource, type HttpClientOptions } from './api/http-client.js';
export type { RecoveryContext } from './core/context.js';
export * from './core/events.js';
export { en, type ErrorInfo, type Strings, type StringsOverride } from './core/strings/en.js';
export { registerLocale } from './core/strings/localize.js';
export { AccountProtection } from './elements/account-protection/account-protection.js';
export { AuthenticatorSetup } from './elements/authenticator-setup/authenticator-setup.js';
export { BackupMethodManager } from './elements/backup-method-manager/backup-method-manager.js';
export { RecoveryKeyPanel } from './elements/recovery-key-panel/recovery-key-panel.js';
export { RecoveryProvider } from './elements/recovery-provider/recovery-provider.js';
export { TwoFactorAdminReset } from './elements/two-factor-admin-reset/two-factor-admin-reset.js';
export { TwoFactorReset } from './elements/two-factor-reset/two-factor-reset.js';
