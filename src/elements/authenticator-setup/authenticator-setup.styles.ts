import { css } from 'lit';
import { baseStyles } from '../../core/styles.js';

export const styles = [
  baseStyles,
  css`
    .qr {
      display: block;
      width: 12rem;
      height: 12rem;
      max-width: 100%;
      margin: 0 0 var(--_tfr-space);
      /* Black on white whatever the theme or forced colours: scanners need the contrast. */
      forced-color-adjust: none;
    }
    .key {
      font-family: var(--_tfr-mono);
      font-size: 1.1em;
      word-spacing: 0.3em;
      overflow-wrap: anywhere;
    }
    .key-text {
      user-select: all;
    }
    .embedded {
      margin-top: var(--_tfr-space);
    }
    .embedded::part(card) {
      border: 0;
      padding: 0;
      background: none;
    }
  `,
];
