import { css } from 'lit';
import { statusListStyles } from '../../core/status-list.js';
import { baseStyles } from '../../core/styles.js';

export const styles = [
  baseStyles,
  statusListStyles,
  css`
    .embedded {
      margin-top: var(--_tfr-space);
    }
    .banner ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .banner p {
      margin-bottom: 0.25rem;
    }
  `,
];
