import { css } from 'lit';

// The provider only passes configuration down: it leaves layout to what is inside it.
export const styles = css`
  :host {
    display: contents;
  }
  :host([hidden]) {
    display: none;
  }
`;
