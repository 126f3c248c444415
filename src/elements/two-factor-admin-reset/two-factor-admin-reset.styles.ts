import { css } from 'lit';
import { baseStyles } from '../../core/styles.js';

export const styles = [
  baseStyles,
  css`
    .status {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin: 0 0 var(--_tfr-space);
    }
    .status dt {
      font-weight: 600;
    }
    .status dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    /* One column where two would squeeze the values. */
    @media (max-width: 24rem) {
      .status {
        grid-template-columns: 1fr;
      }
      .status dd {
        margin-bottom: 0.5rem;
      }
    }
    textarea {
      font: inherit;
      color: inherit;
      background: var(--_tfr-surface);
      width: 100%;
      max-width: 32rem;
      min-height: 5rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_tfr-border);
      border-radius: calc(var(--_tfr-radius) * 0.75);
      resize: vertical;
    }
    textarea[aria-invalid='true'] {
      border: 2px solid var(--_tfr-error);
    }
    dialog {
      color: var(--_tfr-text);
      background: var(--_tfr-surface);
      border: 1px solid var(--_tfr-border);
      border-radius: var(--_tfr-radius);
      padding: calc(var(--_tfr-space) * 1.25);
      width: min(28rem, calc(100vw - 2rem));
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
  `,
];
