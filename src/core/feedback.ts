/** How errors look and read: one message per code, in `part="error"` with `role="alert"`. */
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { RecoveryError } from '../api/client.js';
import { formatWait } from './format.js';
import { isFault } from './operation-controller.js';
import type { Strings } from './strings/en.js';
import { errorMessage } from './strings/localize.js';

export function messageFor(strings: Strings, lang: string, error: RecoveryError): string {
  return errorMessage(strings, error.code, {
    attemptsRemaining: error.attemptsRemaining,
    wait:
      error.retryAfterSeconds === undefined ? undefined : formatWait(lang, error.retryAfterSeconds),
  });
}

/**
 * An error message tied to a field by its id (the field's `aria-describedby` names it). A new
 * `attempt` (a number, or the failure itself) puts a new alert in place, so a screen reader
 * says it again when the same message comes back.
 */
export const renderError = (id: string, message: string | null, attempt: unknown = message) =>
  message
    ? keyed(attempt, html`<p id=${id} class="error" part="error" role="alert">${message}</p>`)
    : nothing;

/** A failure that belongs to no field: its message, and "Try again" for a fault. */
export function renderFailure(
  strings: Strings,
  lang: string,
  error: RecoveryError | null,
  onRetry: () => void,
) {
  if (!error) return nothing;
  return html`<div class="failure">
    <p class="error" part="error" role="alert">${messageFor(strings, lang, error)}</p>
    ${
      isFault(error)
        ? html`<button type="button" part="button" @click=${onRetry}>${strings.tryAgain}</button>`
        : nothing
    }
  </div>`;
}

/** A step's primary button: "disabled" (aria-disabled, so focus stays on it) while busy or locked. */
export const renderSubmit = (
  label: string,
  { busy, blocked }: { busy: boolean; blocked: boolean },
) =>
  html`<button
    type="submit"
    class="primary ${busy ? 'busy' : ''}"
    part="button primary-button"
    aria-disabled=${busy || blocked ? 'true' : 'false'}
  >
    ${label}
  </button>`;
