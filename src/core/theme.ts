/**
 * The design tokens. Each public `--tfr-*` custom property (listed, with what it does, in
 * custom-properties.json) defaults to a value for light and for dark; components read only the
 * private `--_tfr-*` ones. `--tfr-color-scheme` picks the
 * scheme: `light dark` (the default) follows the reader's system, `light` or `dark` forces one.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    color-scheme: var(--tfr-color-scheme, light dark);
    --_tfr-font: var(--tfr-font-family, inherit);
    --_tfr-font-size: var(--tfr-font-size, 1rem);
    --_tfr-mono: var(
      --tfr-font-family-mono,
      ui-monospace,
      'SFMono-Regular',
      Menlo,
      Consolas,
      monospace
    );
    --_tfr-text: var(--tfr-color-text, light-dark(#1b1f24, #e6edf3));
    --_tfr-muted: var(--tfr-color-text-muted, light-dark(#57606a, #9da7b3));
    --_tfr-surface: var(--tfr-color-surface, light-dark(#ffffff, #0d1117));
    --_tfr-border: var(--tfr-color-border, light-dark(#8c959f, #6e7681));
    --_tfr-primary: var(--tfr-color-primary, light-dark(#0a58ca, #6ea8fe));
    --_tfr-on-primary: var(--tfr-color-on-primary, light-dark(#ffffff, #0d1117));
    --_tfr-error: var(--tfr-color-error, light-dark(#b42318, #ff8182));
    --_tfr-success: var(--tfr-color-success, light-dark(#1a7f37, #56d364));
    /* Warnings: amber, clearly a warning in both schemes, text at full contrast on it. */
    --_tfr-banner: var(--tfr-color-banner, light-dark(#fff4d6, #2b2111));
    --_tfr-warning: var(--tfr-color-warning, light-dark(#b26b00, #f0a83a));
    --_tfr-focus: var(--tfr-color-focus, light-dark(#0a58ca, #6ea8fe));
    --_tfr-radius: var(--tfr-radius, 8px);
    --_tfr-space: var(--tfr-spacing, 1rem);
  }

  /* Forced colours (Windows High Contrast): system colours, and every edge kept visible. */
  @media (forced-colors: active) {
    :host {
      --_tfr-text: CanvasText;
      --_tfr-muted: CanvasText;
      --_tfr-surface: Canvas;
      --_tfr-border: CanvasText;
      --_tfr-primary: ButtonText;
      --_tfr-on-primary: ButtonFace;
      --_tfr-error: CanvasText;
      --_tfr-success: CanvasText;
      --_tfr-banner: Canvas;
      --_tfr-warning: CanvasText;
      --_tfr-focus: Highlight;
    }
  }
`;
