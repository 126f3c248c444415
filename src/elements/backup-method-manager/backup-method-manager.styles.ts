import { css } from 'lit';
import { baseStyles } from '../../core/styles.js';

export const styles = [
  baseStyles,
  css`
    legend {
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    .radio {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      min-height: 2.75rem;
      font-weight: normal;
    }
    .method {
      font-weight: 600;
    }
    .manage {
      margin-top: var(--_tfr-space);
    }
  `,
];
