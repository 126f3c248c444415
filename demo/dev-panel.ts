/**
 * `<demo-dev-panel>`: the demo's controls, beside every page. It reads the reference backend's
 * development endpoints: the outbox (every code and email "sent"), the authenticator code, and
 * the clock; and it switches the demo account between its set-ups.
 */
import { css, html, LitElement, nothing } from 'lit';
import { demoAccountNames, type DemoAccountName, type DevTotp } from '../src/reference/dev-api.js';
import type { AdminReset, OutboxMessage } from '../src/reference/state.js';

import { createDevClient } from './dev-client.js';

const accounts: Record<DemoAccountName, string> = {
  'no-backup': 'Authenticator app, no backup method',
  'email-backup': 'Authenticator app, backup email',
  'phone-backup': 'Authenticator app, backup phone',
  'sms-primary': 'Text messages, backup email',
  'step-up': 'Backup email, "Verify it\'s you" required',
};
const kinds: Record<OutboxMessage['kind'], string> = {
  'recovery-code': 'Recovery code',
  'backup-method-code': 'Backup method code',
  'step-up-code': 'Verification code',
  'setup-email': 'Set up 2FA again',
  'security-notice': 'Security notice',
  'admin-reset': 'Reset by an admin',
};
const storageKey = 'two-factor-recovery-demo:account';
const langKey = 'two-factor-recovery-demo:lang';
const languages = {
  en: 'English',
  fr: 'Français',
  'fr-CA': 'Français (Canada)',
  de: 'Deutsch',
  es: 'Español',
  ar: 'العربية',
} as const;
type Language = keyof typeof languages;

/** The page's main content in `lang` (Arabic right to left): the elements follow it, live. */
function showIn(lang: Language): void {
  const main = document.querySelector('main');
  if (!main) return;
  main.lang = lang;
  main.dir = lang === 'ar' ? 'rtl' : 'ltr';
}
const pollMs = 2000;
const spaced = (code: string) => code.replace(/^(\d{3})(\d+)$/, '$1 $2');
/** A message's text with its links followable, as in a mail client (the setup email's, say). */
const linked = (text: string) =>
  text
    .split(/(https?:\/\/\S+)/)
    .map((part, i) => (i % 2 === 1 ? html`<a href=${part}>${part}</a>` : part));

export class DemoDevPanel extends LitElement {
  static override styles = css`
    :host {
      display: block;
      padding: 1rem 1.25rem;
      border-left: 1px solid var(--line, #d0d7de);
      background: var(--panel, #f4f6f8);
      font-size: 0.9rem;
    }
    h2 {
      margin-top: 0;
      font-size: 1.1rem;
    }
    h3 {
      font-size: 1rem;
      margin: 1.25rem 0 0.5rem;
    }
    label {
      display: block;
      margin: 0.5rem 0 0.25rem;
    }
    select,
    button {
      font: inherit;
      min-height: 2.25rem;
    }
    .code {
      font:
        600 1.4rem/1.2 ui-monospace,
        monospace;
      letter-spacing: 0.05em;
    }
    ol {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    li {
      border-top: 1px solid var(--line, #d0d7de);
      padding: 0.5rem 0;
    }
    li p {
      margin: 0.15rem 0;
      overflow-wrap: anywhere;
    }
    .meta {
      color: var(--muted, #57606a);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    :focus-visible {
      outline: 3px solid var(--accent, #0a58ca);
      outline-offset: 2px;
    }
  `;

  static override properties = {
    outbox: { state: true },
    adminLog: { state: true },
    totp: { state: true },
    now: { state: true },
    status: { state: true },
    announcement: { state: true },
  };

  private readonly dev = createDevClient();
  private timer: ReturnType<typeof setInterval> | undefined;
  declare outbox: OutboxMessage[];
  declare adminLog: AdminReset[];
  declare totp: DevTotp;
  declare now: string;
  declare status: string;
  declare announcement: string;

  constructor() {
    super();
    this.outbox = [];
    this.adminLog = [];
    this.totp = { code: null, enrollmentCode: null };
    this.now = '';
    this.status = sessionStorage.getItem(`${storageKey}:status`) ?? '';
    this.announcement = '';
    sessionStorage.removeItem(`${storageKey}:status`);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    showIn(this.language);
    void this.refresh();
    this.timer = setInterval(
      () => document.visibilityState === 'visible' && void this.refresh(),
      pollMs,
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  private get account(): DemoAccountName {
    const saved = sessionStorage.getItem(storageKey) as DemoAccountName | null;
    return saved && demoAccountNames.includes(saved) ? saved : 'email-backup';
  }

  private get language(): Language {
    const saved = localStorage.getItem(langKey);
    return saved && saved in languages ? (saved as Language) : 'en';
  }

  private readonly pickLanguage = (event: Event) => {
    const lang = (event.target as HTMLSelectElement).value as Language;
    localStorage.setItem(langKey, lang);
    showIn(lang);
  };

  private async refresh(): Promise<void> {
    try {
      const [outbox, totp, clock, adminLog] = await Promise.all([
        this.dev.outbox(),
        this.dev.totp(),
        this.dev.advanceClock(0),
        this.dev.adminLog(),
      ]);
      const newest = outbox.at(-1);
      if (outbox.length > this.outbox.length && newest) {
        this.announcement = `New ${newest.channel === 'sms' ? 'text' : 'email'} to ${newest.to}`;
      }
      Object.assign(this, { outbox, totp, now: clock.now, adminLog });
    } catch {
      this.status = 'The reference backend is not answering.';
    }
  }

  override render() {
    return html`<aside aria-labelledby="demo-controls">
      <h2 id="demo-controls">Demo controls</h2>

      <label for="language">Language of the elements</label>
      <select id="language" @change=${this.pickLanguage}>
        ${Object.entries(languages).map(
          ([lang, name]) =>
            html`<option value=${lang} lang=${lang} ?selected=${lang === this.language}>
              ${name}
            </option>`,
        )}
      </select>

      <h3>Demo account</h3>
      <form @submit=${this.handleReset}>
        <!-- A choice of what to reset to: the tab remembers the last one, not the account's state. -->
        <label for="account">Reset ada@example.com to</label>
        <select id="account" name="account">
          ${demoAccountNames.map(
            (name) =>
              html`<option value=${name} ?selected=${name === this.account}>
                ${accounts[name]}
              </option>`,
          )}
        </select>
        <div class="row">
          <button type="submit">Reset the demo account</button>
        </div>
      </form>
      <p role="status">${this.status}</p>

      <h3>Authenticator app</h3>
      ${
        this.totp.code
          ? html`<p>Current code: <span class="code">${spaced(this.totp.code)}</span></p>`
          : html`<p>No authenticator app is set up.</p>`
      }
      ${
        this.totp.enrollmentCode
          ? html`<p>
              App being set up: <span class="code">${spaced(this.totp.enrollmentCode)}</span>
            </p>`
          : nothing
      }

      <h3>Clock</h3>
      <p>Backend time: ${this.now ? new Date(this.now).toLocaleTimeString() : '…'}</p>
      <div class="row">
        ${[1, 10, 15].map(
          (minutes) =>
            html`<button type="button" @click=${() => this.handleAdvance(minutes)}>
              +${minutes} min
            </button>`,
        )}
      </div>

      <h3>Outbox</h3>
      ${this.outbox.length === 0 ? html`<p>Nothing sent yet.</p>` : nothing}
      <ol aria-label="Messages sent, newest first">
        ${[...this.outbox].reverse().map(
          (message) =>
            html`<li>
              <p>
                <strong>${kinds[message.kind]}</strong>
                <span class="meta"
                  >to ${message.to}, ${new Date(message.sentAt).toLocaleTimeString()}</span
                >
              </p>
              ${message.code ? html`<p class="code">${spaced(message.code)}</p>` : nothing}
              <p>${linked(message.text)}</p>
            </li>`,
        )}
      </ol>

      <h3>Admin log</h3>
      ${this.adminLog.length === 0 ? html`<p>No admin has reset anyone's 2FA yet.</p>` : nothing}
      <ol aria-label="2FA resets by an admin, newest first">
        ${[...this.adminLog].reverse().map(
          (entry) =>
            html`<li>
              <p>
                <strong>${entry.userId}</strong>
                <span class="meta"
                  >by ${entry.by}, ${new Date(entry.resetAt).toLocaleTimeString()}</span
                >
              </p>
              <p>${entry.reason}</p>
            </li>`,
        )}
      </ol>
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    </aside>`;
  }

  private async handleReset(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const account = new FormData(event.target as HTMLFormElement).get('account') as DemoAccountName;
    try {
      await this.dev.reset(account);
      sessionStorage.setItem(storageKey, account);
      sessionStorage.setItem(`${storageKey}:status`, `Reset: ${accounts[account]}.`);
      location.reload(); // every element on the page starts again from the new state
    } catch {
      this.status = 'The reset failed: is the reference backend running?';
    }
  }

  private async handleAdvance(minutes: number): Promise<void> {
    this.now = (await this.dev.advanceClock(minutes * 60)).now;
    this.status = `Moved the clock ${minutes} minute${minutes === 1 ? '' : 's'} forward.`;
  }
}

customElements.get('demo-dev-panel') ?? customElements.define('demo-dev-panel', DemoDevPanel);
