import { provide } from '@lit/context';
import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { RecoveryClient } from '../../api/client.js';
import { ApiBaseClient } from '../../core/client.js';
import { recoveryContext, type RecoveryContext } from '../../core/context.js';
import type { StringsOverride } from '../../core/strings/en.js';
import { styles } from './recovery-provider.styles.js';

/**
 * Gives every two-factor-recovery element inside it one client and one configuration: the
 * backend (a `client`, or an `api-base` for an HTTP client), the support page, the default
 * phone country, the site's name, and strings. An element's own settings win over it.
 *
 * @summary Client and configuration for the elements inside it.
 * @slot - The elements (and any other content).
 */
export class RecoveryProvider extends LitElement {
  static override styles = styles;

  /** The backend client for every element inside; wins over `api-base`. */
  @property({ attribute: false }) client?: RecoveryClient;
  /** Base URL of a backend that follows the contract, e.g. `/api/2fa`. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** Where "Contact support" leads. */
  @property({ attribute: 'support-url' }) supportUrl?: string;
  /** ISO 3166 country code (e.g. `GB`) for phone numbers typed without their international prefix. */
  @property({ attribute: 'default-country' }) defaultCountry?: string;
  /** The site's name, used on downloaded recovery keys. */
  @property({ attribute: 'site-name' }) siteName?: string;
  /** Where "Sign in again" leads once a recovery has expired. */
  @property({ attribute: 'sign-in-url' }) signInUrl?: string;
  /** Strings for every element inside (any of them; an element's own `strings` win). */
  @property({ attribute: false }) strings?: StringsOverride;

  @provide({ context: recoveryContext })
  @property({ attribute: false })
  protected value: RecoveryContext = {};

  private readonly apiBaseClient = new ApiBaseClient();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new value (set during this update, so no second one) tells every element inside.
    this.value = {
      client: this.client ?? (this.apiBase ? this.apiBaseClient.for(this.apiBase) : undefined),
      supportUrl: this.supportUrl,
      defaultCountry: this.defaultCountry,
      siteName: this.siteName,
      signInUrl: this.signInUrl,
      strings: this.strings,
    };
  }

  override render() {
    return html`<slot></slot>`;
  }
}
