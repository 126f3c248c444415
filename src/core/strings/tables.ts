/** The tables strings are stored in: the shared steps', and one per element. */
export type TableName =
  | 'shared'
  | 'two-factor-reset'
  | 'backup-method-manager'
  | 'recovery-key-panel'
  | 'authenticator-setup'
  | 'two-factor-admin-reset'
  | 'account-protection';

/** An element's tables, by name: the English words, which a locale's tables override. */
export type Tables = Partial<Record<TableName, object>>;

/** A locale table module, as a dynamic import gives it. */
export interface Loaded {
  default: object;
}
