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

/**
 * A table's shipped translations, by language ("fr", "fr-ca"): each fetched when first asked
 * for, given the table's name (the drop-in's loaders fetch a whole language, and pick the table).
 */
export type TableLoaders = Record<string, (name: TableName) => Promise<Loaded>>;

/** The shipped translations of an element's tables, by table. */
export type Locales = Partial<Record<TableName, TableLoaders>>;
