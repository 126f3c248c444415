/**
 * The base of every public element but the provider: its client (DESIGN.md's resolution
 * order), its strings and language, its `step` (`data-step` on the host), focus and
 * `recovery-step-change` on every step change after the first render, reactive step-up, and
 * `retry()`. A subclass names its flow's step and renders it; the rest is here.
 */
import { consume } from '@lit/context';
import {
  html,
  LitElement,
  nothing,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RecoveryClient, RecoveryError } from '../api/client.js';
import type { Challenge, OperationName } from '../api/contract.js';
import type { RedeemForm } from './redeem-form/redeem-form.js';
import { finishRedeem } from './redeem.js';
import { ApiBaseClient, checkedClient } from './client.js';
import { awaitLateProvider, recoveryContext, type RecoveryContext } from './context.js';
import { RecoveryStepChangeEvent } from './events.js';
import { laterSteps } from './later-steps.js';
import { OperationController, type OperationHost } from './operation-controller.js';
import { renderFailure } from './feedback.js';
import { exportParts } from './parts.js';
import type { StepComponent } from './step-component.js';
import type { Strings, StringsOverride } from './strings/en.js';
import {
  fetchLocale,
  langOf,
  layers,
  localeOf,
  registrations,
  resolveLocale,
  stringsFor,
} from './strings/localize.js';
import { unwatchLang, watchLang } from './strings/lang-watch.js';
import { shared } from './strings/shared.js';
import type { Locales, Tables } from './strings/tables.js';
import { sharedLocales } from '../locales/shipped.js';
import { baseStyles } from './styles.js';
import { busyMessage } from './busy.js';
import { headingLevel } from './heading.js';

/** Languages written right to left. */
const rightToLeft = /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)\b/i;

export interface CodeEntryHandlers {
  submit: (code: string) => void;
  resend: () => void;
  more?: unknown;
}

export interface NewKey {
  recoveryKey: string;
  createdAt: string;
}

export interface ActionOptions {
  /** The operation the button runs, so it alone shows the busy indicator. */
  operation?: OperationName;
  primary?: boolean;
}

export abstract class RecoveryElement extends LitElement implements OperationHost {
  static override styles: CSSResultGroup = baseStyles;
  /** The element's words: the shared steps' table and its own, in English (locales override them). */
  protected static tables: Tables = { shared };
  /** Where the shipped languages of those tables come from (each element's own, as its words). */
  protected static locales: Locales = { shared: sharedLocales };
  /**
   * The chunk of the steps only an answer leads to (later-steps.ts), loaded with the first call:
   * here the shared steps' (code entry, key display, step-up); an element adds its own.
   */
  static laterSteps: () => Promise<unknown> = laterSteps(
    this,
    () => import('./recovery-element.later-steps.js'),
  );

  /** The backend client; wins over `api-base` and the provider. */
  @property({ attribute: false }) client?: RecoveryClient;
  /** Base URL of a backend that follows the contract; the element makes an HTTP client for it. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** Where "Contact support" leads; without one, the element tells the user to ask an admin. */
  @property({ attribute: 'support-url' }) supportUrl?: string;
  /** Strings to use instead of the defaults (any of them; the rest stay as they are). */
  @property({ attribute: false }) strings?: StringsOverride;

  /** What the nearest `<recovery-provider>` gives. */
  @consume({ context: recoveryContext, subscribe: true })
  @property({ attribute: false })
  protected context?: RecoveryContext;

  protected readonly operation = new OperationController(this);
  private readonly internals = this.attachInternals();
  private readonly apiBaseClient = new ApiBaseClient();
  private shownStep?: string;
  /** Whether a step with data (or the status's load error) has been shown: the first render is over. */
  private settled = false;
  private hadClient = false;
  /** Whether the user has acted on the element: until then no step change takes the page's focus. */
  private userActed = false;
  /** What a request that takes a while is doing, for screen readers ("Checking the code…"). */
  @state() private busyAnnouncement = '';
  private busyTimer?: ReturnType<typeof setTimeout>;
  /** Whether focus was in the element before the update on its way. */
  private hadFocus = false;
  /** The locale the element speaks: none until its words are here (the first render waits). */
  @state() private spoken?: string;
  /** The locale its `lang` asks for, perhaps still on its way. */
  private wanted?: string;
  /** Whether a `lang` may have changed since the element last looked (connected, or a change seen). */
  private langDirty = true;
  private resolved?: {
    spoken: string;
    provided?: StringsOverride;
    own?: StringsOverride;
    registrations: number;
    words: Strings;
  };

  constructor() {
    super();
    // What a person does inside the element (focus arriving alone is not acting on it).
    const acted = () => (this.userActed = true);
    for (const type of ['pointerdown', 'keydown', 'input'])
      this.addEventListener(type, acted, { capture: true });
  }

  override connectedCallback(): void {
    awaitLateProvider(this); // before the context request goes out, in super's
    super.connectedCallback();
    this.langDirty = true;
    watchLang(this, this.langChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
    clearTimeout(this.busyTimer);
    this.busyTimer = undefined;
  }

  /** The step the user is on; `error` without a client, `step-up` while an operation waits for it. */
  get step(): string {
    if (!this.operationClient) return 'error';
    if (this.spoken === undefined) return 'loading';
    return this.operation.stepUp.phase === 'idle' ? this.flowStep : 'step-up';
  }

  /** The client this element calls, checked against the contract; none when nothing configures one. */
  get operationClient(): RecoveryClient | undefined {
    if (this.client) return checkedClient(this.client);
    if (this.apiBase) return this.apiBaseClient.for(this.apiBase);
    return this.context?.client && checkedClient(this.context.client);
  }

  /** Re-runs the operation that last failed with a fault, or the one waiting for step-up once you have verified the user. */
  retry(): void {
    this.operation.retry();
  }

  /** The step of the element's own flow. */
  protected abstract get flowStep(): string;

  /** Renders the flow's step (the configuration error and step-up are rendered for it). */
  protected abstract renderStep(): unknown;

  /** A step only an answer leads to: the element's later steps render it (later-steps.ts). */
  protected renderLaterStep(): unknown {
    return nothing;
  }

  /** Called once, when the element first has a client: where an element loads what it shows. */
  protected clientReady(): void {}

  /** The element's words in the locale it speaks, with the provider's and its own overrides. */
  protected get t(): Strings {
    const { spoken = 'en', strings, resolved } = this;
    const provided = this.context?.strings;
    // Asked for many times a render: compared field by field, nothing allocated when unchanged.
    if (
      resolved?.spoken !== spoken ||
      resolved.provided !== provided ||
      resolved.own !== strings ||
      resolved.registrations !== registrations
    ) {
      const { tables } = this.constructor as typeof RecoveryElement;
      const words = stringsFor(spoken, tables, provided, strings);
      this.resolved = { spoken, provided, own: strings, registrations, words };
    }
    return this.resolved!.words;
  }

  /** The locale of the words on screen, as Intl takes it: dates, times and plurals in the same language. */
  protected get locale(): string {
    return localeOf(this.t);
  }

  /** Follows `lang`: a shipped locale's words are fetched, and shown once they are here. */
  /** A `lang` may have changed, or a locale been registered: the next update looks. */
  private readonly langChanged = () => {
    this.langDirty = true;
    this.requestUpdate();
  };

  private followLang(): void {
    if (!this.langDirty) return;
    this.langDirty = false;
    const wanted = resolveLocale(langOf(this));
    if (wanted === this.wanted) return;
    this.wanted = wanted;
    const { locales } = this.constructor as typeof RecoveryElement;
    const arriving = fetchLocale(layers(wanted), locales);
    const speak = () => {
      this.spoken = wanted;
      // A right-to-left language lays the element out right to left, whatever the page's dir.
      this.internals.states[rightToLeft.test(wanted) ? 'add' : 'delete']('rtl');
    };
    if (!arriving) speak();
    else void arriving.then(() => this.wanted === wanted && speak());
  }

  /** The backend's time, as the client knows it, for the shared steps' countdowns. */
  protected readonly backendClock = () => this.operationClient?.now?.() ?? Date.now();

  protected get resolvedSupportUrl(): string | undefined {
    return this.supportUrl ?? this.context?.supportUrl;
  }

  override render(): unknown {
    if (!this.operationClient) return this.renderConfigurationError();
    if (this.spoken === undefined) return this.renderLoading();
    const step = this.operation.stepUp.phase === 'idle' ? this.renderStep() : this.renderStepUp();
    // A polite region, there from the start, says what a slow request is doing.
    return html`${step}
      <p class="visually-hidden" aria-live="polite">${this.busyAnnouncement}</p>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.hadFocus = this.matches(':focus-within');
  }

  protected override update(changed: PropertyValues<this>): void {
    this.followLang();
    // Before rendering, after every willUpdate: what `clientReady` starts (a step, a busy
    // operation) is in this render, with no second one.
    if (!this.hadClient && this.operationClient) {
      this.hadClient = true;
      this.clientReady();
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.operation.busy) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    this.announceBusy();
    const step = this.step;
    if (step === this.shownStep) {
      // Within a step, the control that had focus may have gone (its part of the step changed):
      // focus goes to the heading on screen rather than to the page.
      if (this.hadFocus && !this.matches(':focus-within')) void this.focusHeading();
      return;
    }
    // Until the first step with data, it is still the first render: `loading`, and the
    // configuration error of a client that arrives late, come and go without a step change.
    const first = !this.settled;
    this.shownStep = step;
    if (step !== 'loading' && this.operationClient) this.settled = true;
    this.dataset.step = step;
    this.operation.stepChanged(step);
    // Focus waiting on the loading indicator goes on to the first step's heading.
    if (first) return void (this.hadFocus && this.focusHeading());
    // Focus already inside (on a control the old step took with it) stays inside.
    if (this.userActed || this.hadFocus) void this.focusHeading();
    this.dispatchEvent(new RecoveryStepChangeEvent({ step }));
  }

  /** After a second of waiting, says what the request under way is doing; silence once it is done. */
  private announceBusy(): void {
    const running = this.operation.running;
    if (!running) {
      clearTimeout(this.busyTimer);
      this.busyTimer = undefined;
      if (this.busyAnnouncement) this.busyAnnouncement = '';
      return;
    }
    this.busyTimer ??= setTimeout(() => {
      this.busyTimer = undefined;
      if (this.operation.running && this.spoken !== undefined)
        this.busyAnnouncement = busyMessage(this.t, this.operation.running);
    }, 1000);
  }

  /** Moves focus to the heading of the step on screen, in this element or in the shared step it shows. */
  protected async focusHeading(): Promise<void> {
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('[data-heading]');
    if (heading) return heading.focus();
    await this.renderRoot.querySelector<StepComponent>('[data-step-component]')?.focusHeading();
  }

  /** A step's box: its heading (where focus goes when the step comes), then its content. A banner stands out. */
  protected renderCard(
    heading: unknown,
    content: unknown,
    { banner = false } = {},
  ): TemplateResult {
    // One template for the box and its heading: a step is rendered on every mount.
    const level = headingLevel(this);
    return html`<section
      class=${banner ? 'card banner' : 'card'}
      part=${banner ? 'card banner' : 'card'}
      aria-busy=${this.operation.busy ? 'true' : 'false'}
    >
      <h2 data-heading tabindex="-1" part="heading" aria-level=${level}>${heading}</h2>
      ${content}
    </section>`;
  }

  /**
   * Waiting for what the first step shows: an indicator and no visible text, since the words
   * may be on their way. Focus may wait on it (an embedding element puts it there).
   */
  protected renderLoading(): TemplateResult {
    const label = this.spoken === undefined ? nothing : this.t.loading;
    return html`<div class="card" part="card" aria-busy="true" data-heading tabindex="-1">
      <span class="spinner"></span><span class="visually-hidden">${label}</span>
    </div>`;
  }

  /** The failure of the step's operation, if any, with "Try again" for a fault. */
  protected renderFailure(): unknown {
    const error = this.operation.failure?.error ?? null;
    return renderFailure(this.t, this.locale, error, () => this.retry());
  }

  /** The settings that could not load: why, and "Try again" for a fault (after `onRetry`). */
  protected renderLoadError(error: RecoveryError, onRetry: () => void): TemplateResult {
    return this.renderCard(
      this.t.statusFailedHeading,
      renderFailure(this.t, this.locale, error, () => {
        onRetry();
        this.retry();
      }),
    );
  }

  /**
   * A button that runs `operation`: while any operation runs it is aria-disabled (focus stays on
   * it, unlike a disabled one) and does nothing; the one running shows it is busy.
   */
  protected renderAction(
    label: string,
    onClick: () => void,
    { operation, primary = false }: ActionOptions = {},
  ) {
    const { busy, running } = this.operation;
    return html`<button
      type="button"
      class=${(primary ? 'primary ' : '') + (operation && running === operation ? 'busy' : '')}
      part=${primary ? 'button primary-button' : 'button'}
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => !this.operation.busy && onClick()}
    >
      ${label}
    </button>`;
  }

  /** The shared code-entry step for `challenge`, on this element's operations; `more` goes under it. */
  protected renderCodeEntry(_challenge: Challenge, _handlers: CodeEntryHandlers): unknown {
    return nothing; // comes with the first call (recovery-element.later-steps.ts)
  }

  /** A new recovery key in the shared key display; `onDone` once the user has noted it down. */
  protected renderKeyDisplay(_key: NewKey, _onDone: () => void): unknown {
    return nothing; // comes with the first call
  }

  /** "Verify it's you", while an operation waits for it. */
  protected renderStepUp(): unknown {
    return nothing; // comes with the first call
  }

  /**
   * The shared recovery-key sign-in, on this element's operations: on success, `onSignedIn`, then
   * `recovery-key-redeemed` and the redirect unless the host cancels it.
   */
  protected renderRedeemForm({
    heading,
    onSignedIn,
    onFailure,
    more,
  }: {
    heading?: string;
    onSignedIn: (redirectUrl: string | null) => void;
    onFailure?: (error: RecoveryError) => boolean;
    more?: unknown;
  }): TemplateResult {
    const redeem = (recoveryKey: string) =>
      this.operation.run(
        'redeemRecoveryKey',
        { recoveryKey },
        ({ redirectUrl }) => {
          onSignedIn(redirectUrl);
          finishRedeem(this, redirectUrl);
        },
        onFailure,
      );
    return html`<tfr-redeem-form
      exportparts=${exportParts}
      heading=${ifDefined(heading)}
      .strings=${this.t}
      .busy=${this.operation.busy}
      .error=${this.operation.failure?.error ?? null}
      @tfr-submit=${(event: Event) => redeem((event.target as RedeemForm).recoveryKey)}
      @tfr-retry=${() => this.retry()}
    >
      ${more}
    </tfr-redeem-form>`;
  }

  private renderConfigurationError(): TemplateResult {
    return this.renderCard(
      this.t.configurationHeading,
      html`<p role="alert">${this.t.configurationMessage}</p>`,
    );
  }
}
