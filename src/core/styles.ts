/** What every element and shared step looks like: one stylesheet, themed by the tokens. */
import { css } from 'lit';
import { tokens } from './theme.js';

export const baseStyles = [
  tokens,
  css`
    :host {
      display: block;
      /* Narrow layouts follow the element's own width, not the window's. */
      container-type: inline-size;
      font-family: var(--_tfr-font);
      font-size: var(--_tfr-font-size);
      line-height: 1.5;
      color: var(--_tfr-text);
    }
    /* A right-to-left language, unless the host page says otherwise with dir. */
    :host(:state(rtl):not([dir])) {
      direction: rtl;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }

    .card {
      background: var(--_tfr-surface);
      border: 1px solid var(--_tfr-border);
      border-radius: var(--_tfr-radius);
      padding: calc(var(--_tfr-space) * 1.25);
    }
    h2 {
      font-size: 1.25em;
      line-height: 1.3;
      margin: 0 0 var(--_tfr-space);
    }
    p {
      margin: 0 0 var(--_tfr-space);
    }
    .hint {
      color: var(--_tfr-muted);
    }

    .field {
      display: grid;
      gap: 0.375rem;
      margin-bottom: var(--_tfr-space);
    }
    label {
      font-weight: 600;
    }
    input:not([type='checkbox'], [type='radio']) {
      font: inherit;
      color: inherit;
      background: var(--_tfr-surface);
      min-height: 2.75rem;
      width: 100%;
      max-width: 22rem;
      padding: 0 0.75rem;
      border: 1px solid var(--_tfr-border);
      border-radius: calc(var(--_tfr-radius) * 0.75);
    }
    input[aria-invalid='true'] {
      border: 2px solid var(--_tfr-error);
    }
    input:disabled {
      opacity: 0.6;
    }
    .code-input {
      font-family: var(--_tfr-mono);
      font-size: 1.25em;
      letter-spacing: 0.2em;
      max-width: 14rem;
    }
    .checkbox {
      display: flex;
      gap: 0.5rem;
      /* The box stays beside the first line when the label wraps. */
      align-items: flex-start;
      font-weight: 600;
      min-height: 2.75rem;
      padding-block: 0.5rem;
    }
    .checkbox input {
      flex: none;
      margin-top: calc((1lh - 1.5rem) / 2);
    }
    fieldset {
      border: 0;
      margin: 0 0 var(--_tfr-space);
      padding: 0;
      min-width: 0;
    }
    legend {
      padding: 0;
    }
    input[type='checkbox'],
    input[type='radio'] {
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--_tfr-primary);
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
      margin-block: var(--_tfr-space);
    }
    .actions:last-child {
      margin-bottom: 0;
    }
    /* On a narrow element, buttons stack full-width rather than squeeze. */
    @container (max-width: 30rem) {
      .actions > button:not(.link),
      .actions > .button {
        flex: 1 1 100%;
      }
    }
    button,
    .button {
      font: inherit;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      text-align: center;
      min-height: 2.75rem;
      min-width: 2.75rem;
      /* A label that wraps keeps its padding. */
      padding: 0.5rem 1.25rem;
      border: 1px solid var(--_tfr-border);
      border-radius: calc(var(--_tfr-radius) * 0.75);
      background: var(--_tfr-surface);
      color: var(--_tfr-text);
      text-decoration: none;
      cursor: pointer;
    }
    .primary {
      background: var(--_tfr-primary);
      border-color: var(--_tfr-primary);
      color: var(--_tfr-on-primary);
      font-weight: 600;
    }
    /* A text button: its words line up with the content edge, as the text around it does. */
    .link {
      background: none;
      border: 0;
      color: var(--_tfr-primary);
      text-decoration: underline;
      padding-inline: 0;
      min-width: 0;
    }
    button:disabled,
    button[aria-disabled='true'] {
      opacity: 0.6;
      cursor: not-allowed;
    }
    :focus-visible {
      outline: 3px solid var(--_tfr-focus);
      outline-offset: 2px;
    }
    [data-heading]:focus {
      outline: none;
    }
    [data-heading]:focus-visible {
      outline: 3px solid var(--_tfr-focus);
    }

    .error {
      color: var(--_tfr-error);
      font-weight: 600;
    }
    .success {
      color: var(--_tfr-success);
      font-weight: 600;
    }
    .banner {
      background: var(--_tfr-banner);
      border: 1px solid var(--_tfr-warning);
      border-inline-start: 6px solid var(--_tfr-warning);
      border-radius: calc(var(--_tfr-radius) * 0.5);
      padding: var(--_tfr-space);
      margin-bottom: var(--_tfr-space);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    /* A value's reading for screen readers: never part of what the user selects or copies. */
    .reading {
      user-select: none;
    }

    [aria-busy='true'] .busy::after,
    .spinner {
      content: '';
      display: inline-block;
      width: 1em;
      height: 1em;
      margin-inline-start: 0.5rem;
      border: 2px solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: tfr-spin 0.8s linear infinite;
      vertical-align: -0.15em;
    }
    .spinner {
      display: block;
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
    }
    @keyframes tfr-spin {
      to {
        transform: rotate(1turn);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation: none !important;
        transition: none !important;
      }
    }
  `,
];
