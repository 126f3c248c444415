import { shared } from '../../core/strings/shared.js';
import { sharedLocales, backupMethodManagerLocales } from '../../locales/shipped.js';
import { backupMethodManager } from './strings.js';
import { property, state } from 'lit/decorators.js';
import { laterSteps } from '../../core/later-steps.js';
import { RecoveryElement } from '../../core/recovery-element.js';
import {
  backupTransition,
  initialBackup,
  type BackupEvent,
  type BackupState,
} from '../../flows/backup-method.js';
import { styles } from './backup-method-manager.styles.js';

/**
 * Setting up, or changing, the one backup method: a phone number or an email address (never
 * both: a new one replaces the other), proven by a code sent to it before it is saved. Without
 * one, a banner says why it matters. May ask the user to verify it's them first (step-up).
 *
 * @summary Set up or change the backup method.
 * @fires backup-method-changed - A new backup method was saved. Detail: `{ backupMethod }` (masked).
 * @fires recovery-step-change - The step changed. Detail: `{ step }`.
 * @fires recovery-error - An operation failed. Detail: `{ operation, code }`.
 * @fires step-up-required - The server asks the user to verify it's them; cancel it to do that yourself, then call `retry()`. Detail: `{ operation }`.
 * @csspart card - Each step's box.
 * @csspart banner - "Backup method not set up" (none with `no-warning`).
 * @csspart heading - Each step's heading.
 * @csspart button - Every button (the main one of a step also `primary-button`).
 * @csspart primary-button - The main button of a step (also `button`).
 * @csspart input - The phone number, email address and code fields (the code field also `code-input`).
 * @csspart code-input - A one-time code field, in the code and step-up steps (also `input`).
 * @csspart error - An error message.
 */
export class BackupMethodManager extends RecoveryElement {
  static override styles = styles;
  protected static override tables = { shared, 'backup-method-manager': backupMethodManager };
  protected static override locales = {
    shared: sharedLocales,
    'backup-method-manager': backupMethodManagerLocales,
  };
  static override laterSteps = laterSteps(
    this,
    () => import('./backup-method-manager.later-steps.js'),
  );

  /** `choose` opens at the choice of a method (once the current one is known). */
  @property() start?: 'choose';
  /** ISO 3166 country for phone numbers typed without their country code, e.g. `GB`. */
  @property({ attribute: 'default-country' }) defaultCountry?: string;
  /** A plain line instead of the "Backup method not set up" banner, for a page that warns itself. */
  @property({ type: Boolean, attribute: 'no-warning' }) noWarning = false;

  @state() protected state: BackupState = initialBackup;
  /** Why what is typed cannot be sent, found before sending anything. */
  @state() protected problem: string | null = null;
  /** Checking the typed value (which may mean fetching the phone-number library). */
  @state() protected checking = false;
  @state() protected libraryFailed = false;
  /** How many times what was typed has been refused: each refusal is a new alert, said again. */
  @state() protected refusals = 0;

  protected override get flowStep(): string {
    return this.state.step;
  }

  protected override clientReady(): void {
    this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.checking = false;
  }

  protected override renderStep(): unknown {
    const { state } = this;
    if (state.step === 'loading') return this.renderLoading();
    if (state.step === 'error')
      return this.renderLoadError(state.error, () => this.send({ type: 'reload' }));
    return this.renderLaterStep();
  }

  protected send(event: BackupEvent): void {
    this.state = backupTransition(this.state, event);
  }

  private load(): void {
    this.operation.run(
      'getStatus',
      {},
      ({ backupMethod }) =>
        this.send({ type: 'loaded', backupMethod, startAtChoose: this.start === 'choose' }),
      (error) => {
        this.send({ type: 'loadFailed', error });
        return true;
      },
    );
  }
}
