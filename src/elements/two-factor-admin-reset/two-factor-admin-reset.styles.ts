import { css } from 'lit';
import { statusListStyles } from '../../core/status-list.js';
import { baseStyles } from '../../core/styles.js';

export const styles = [
  baseStyles,
  statusListStyles,
  css`
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
