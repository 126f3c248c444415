/** "Contact support": a link to the support page (its `support-requested` event can stop it), or an instruction. */
import { html } from 'lit';
import { SupportRequestedEvent, type SupportReason } from './events.js';
import type { Strings } from './strings/en.js';

export interface SupportOptions {
  reason: SupportReason;
  /** What to say instead of the reason's usual guidance. */
  guidance?: string;
  supportUrl: string | undefined;
  strings: Strings;
}

const guidance = (strings: Strings): Record<SupportReason, string> => ({
  no_backup_method: strings.supportNoBackupMethod,
  no_backup_access: strings.supportNoBackupAccess,
  locked_out: strings.supportLockedOut,
});

/** The guidance for `reason`, with `host` as the element `support-requested` comes from. */
export function renderSupport(
  host: HTMLElement,
  { reason, guidance: said, supportUrl, strings }: SupportOptions,
) {
  const follow = (event: MouseEvent) => {
    const request = new SupportRequestedEvent({ reason });
    host.dispatchEvent(request);
    if (request.defaultPrevented) event.preventDefault();
  };
  return html`<div class="support">
    <p>${said ?? guidance(strings)[reason]}</p>
    ${
      supportUrl
        ? html`<p>
            <a class="button" part="button" href=${supportUrl} @click=${follow}
              >${strings.contactSupport}</a
            >
          </p>`
        : html`<p>${strings.askAdmin}</p>`
    }
  </div>`;
}
