import { shared } from '../../core/strings/shared.js';
import { sharedLocales, accountProtectionLocales } from '../../locales/shipped.js';
import { accountProtection } from './strings.js';
import { provide } from '@lit/context';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { recoveryContext, type RecoveryContext } from '../../core/context.js';
import { laterSteps } from '../../core/later-steps.js';
import { RecoveryElement } from '../../core/recovery-element.js';
import type { StringsOverride } from '../../core/strings/en.js';
import {
  initialProtection,
  protectionTransition,
  type ProtectionEvent,
  type ProtectionState,
} from '../../flows/account-protection.js';
import { styles } from './account-protection.styles.js';

/** The elements it embeds, which it hands on `retry()` to. */
const embedded = 'backup-method-manager, recovery-key-panel, authenticator-setup';

/**
 * The "Protect your account" page for a signed-in user: the 2FA method, the backup method and
 * the recovery key at a glance, with one warning at most (a checklist of what is missing); the
 * backup method and the recovery key managed in place by `<backup-method-manager>` and
 * `<recovery-key-panel>`; and "Replace 2FA device" (or "Set up 2FA") with
 * `<authenticator-setup>` in place, or a link to `setup-url`. The embedded elements get this
 * element's client and settings, and do their own step-up.
 *
 * @summary Everything about a user's 2FA on one page.
 * @fires backup-method-changed - A backup method was saved. Detail: `{ backupMethod }` (masked).
 * @fires recovery-key-generated - A new recovery key is shown. Detail: `{ createdAt }`.
 * @fires recovery-key-acknowledged - The user noted it down. Detail: `{ createdAt }`.
 * @fires authenticator-enrolled - A new authenticator app is set up. Detail: `{}`.
 * @fires step-up-required - The server asks the user to verify it's them; cancel it to do that yourself, then call `retry()`. Detail: `{ operation }`.
 * @fires support-requested - "Contact support" was followed; cancel it to handle it yourself. Detail: `{ reason }`.
 * @fires recovery-step-change - This element's step changed (`overview`, `setup`). Detail: `{ step }`.
 * @fires recovery-error - One of this element's own operations failed. Detail: `{ operation, code }`.
 * @csspart card - Each box.
 * @csspart heading - Each heading.
 * @csspart banner - What is missing, when anything is.
 * @csspart button - Every button (the main one of a step also `primary-button`).
 * @csspart primary-button - The main button of a step (also `button`).
 * @csspart input - The fields of the embedded elements.
 * @csspart code-input - A one-time code field, in the code and step-up steps (also `input`).
 * @csspart error - An error message.
 */
export class AccountProtection extends RecoveryElement {
  static override styles = styles;
  protected static override tables = { shared, 'account-protection': accountProtection };
  protected static override locales = {
    shared: sharedLocales,
    'account-protection': accountProtectionLocales,
  };
  static override laterSteps = laterSteps(
    this,
    () => import('./account-protection.later-steps.js'),
  );

  /** A page of your own to set the authenticator up on: "Replace 2FA device" links there. */
  @property({ attribute: 'setup-url' }) setupUrl?: string;
  /** ISO 3166 country for phone numbers typed without their country code, e.g. `GB`. */
  @property({ attribute: 'default-country' }) defaultCountry?: string;

  /** What the embedded elements get: this element's client and settings. */
  @provide({ context: recoveryContext })
  @state()
  protected provided: RecoveryContext = {};

  @state() protected state: ProtectionState = initialProtection;
  /** The embedded set-up's step, as its `data-step` says. */
  @state() protected setupStep?: string;

  private observedSetup: Element | null = null;
  private readonly setupSteps = new MutationObserver(() => {
    this.setupStep =
      this.renderRoot.querySelector<HTMLElement>('authenticator-setup')?.dataset.step;
  });

  protected override get flowStep(): string {
    return this.state.step;
  }

  /** Re-runs what failed here, and hands `retry()` to the embedded elements (one may wait for step-up). */
  override retry(): void {
    super.retry();
    for (const element of this.renderRoot.querySelectorAll<HTMLElement & { retry(): void }>(
      embedded,
    ))
      element.retry();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.setupSteps.disconnect();
    this.observedSetup = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const next: RecoveryContext = {
      client: this.operationClient,
      supportUrl: this.resolvedSupportUrl,
      defaultCountry: this.defaultCountry ?? this.context?.defaultCountry,
      siteName: this.context?.siteName,
      strings: this.mergedStrings(),
    };
    // A new value only when something changed: each one updates every embedded element.
    const keys = Object.keys(next) as (keyof RecoveryContext)[];
    if (keys.some((key) => next[key] !== this.provided[key])) this.provided = next;
  }

  protected override clientReady(): void {
    this.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Observed once per set-up element: disconnecting would drop changes not yet delivered.
    const setup = this.renderRoot.querySelector('authenticator-setup');
    if (setup === this.observedSetup) return;
    this.setupSteps.disconnect();
    this.observedSetup = setup;
    if (setup) this.setupSteps.observe(setup, { attributeFilter: ['data-step'] });
  }

  protected override async focusHeading(): Promise<void> {
    const setup = this.renderRoot.querySelector('authenticator-setup');
    if (!setup) return super.focusHeading();
    await setup.updateComplete;
    setup.shadowRoot?.querySelector<HTMLElement>('[data-heading]')?.focus();
  }

  protected override renderStep(): unknown {
    const { state } = this;
    switch (state.step) {
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderLoadError(state.error, () => this.send({ type: 'reload' }));
      default:
        return this.renderLaterStep();
    }
  }

  protected send(event: ProtectionEvent): void {
    this.state = protectionTransition(this.state, event);
  }

  protected load(): void {
    this.operation.run(
      'getStatus',
      {},
      (status) => this.send({ type: 'loaded', status }),
      (error) => {
        if (this.state.step !== 'loading') return false;
        this.send({ type: 'loadFailed', error });
        return true;
      },
    );
  }

  private merged?: { provided?: StringsOverride; own?: StringsOverride; strings?: StringsOverride };

  /** The provider's strings with this element's own over them (the same object until either changes). */
  private mergedStrings(): StringsOverride | undefined {
    const provided = this.context?.strings;
    const own = this.strings;
    const { merged } = this;
    if (merged && merged.provided === provided && merged.own === own) return merged.strings;
    const strings =
      provided && own
        ? { ...provided, ...own, errors: { ...provided.errors, ...own.errors } }
        : (own ?? provided);
    this.merged = { provided, own, strings };
    return strings;
  }
}
