/** The one-time-code field that code entry and step-up share, and what counts as a code. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { renderError } from './feedback.js';
import type { Strings } from './strings/en.js';

/** What people paste or type, "123 456" and "123-456" included, as the code it is. */
export const normaliseCode = (raw: string) => raw.replace(/[\s-]+/g, '');

/** Why `code` cannot be sent (so nothing is), or null. */
export function codeProblem(strings: Strings, code: string, length: number): string | null {
  if (!/^\d*$/.test(code)) return strings.codeDigitsOnly;
  if (code.length !== length) return strings.enterCode(length);
  return null;
}

export interface CodeFieldOptions {
  id: string;
  label: string;
  value: string;
  /** The validation or server message for the field, if any. */
  message: string | null;
  /** What the error's alert is keyed by: a new key announces it again. */
  attempt?: unknown;
  /** The id of a line above the field that says what to enter, tied to it as a description. */
  instructions?: string;
  /** A line under the field (the code's expiry), tied to it as a description. */
  hint?: string;
  disabled: boolean;
  onInput: (value: string) => void;
}

export function renderCodeField({
  id,
  label,
  value,
  message,
  attempt = message,
  instructions,
  hint,
  disabled,
  onInput,
}: CodeFieldOptions) {
  const described = [message && `${id}-error`, instructions, hint && `${id}-hint`]
    .filter(Boolean)
    .join(' ');
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      class="code-input"
      part="input code-input"
      dir="ltr"
      .value=${live(value)}
      autocomplete="one-time-code"
      inputmode="numeric"
      autocapitalize="off"
      spellcheck="false"
      aria-invalid=${message ? 'true' : 'false'}
      aria-describedby=${ifDefined(described || undefined)}
      ?disabled=${disabled}
      @input=${(event: InputEvent) => onInput((event.target as HTMLInputElement).value)}
    />
    ${renderError(`${id}-error`, message, attempt)}
    ${hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing}
  </div>`;
}
