/**
 * two-factor-recovery: everything in one import. Defines every element (as each element lands)
 * and exports the clients and the contract.
 */
export * from './api/contract.js';
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
