import { css } from 'lit';
import { baseStyles } from '../../core/styles.js';

export const styles = [
  baseStyles,
  css`
    .banner {
      margin: 0;
    }
  `,
];
