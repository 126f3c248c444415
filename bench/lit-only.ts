/**
 * The bench's baseline: a minimal LitElement with one template, built the way the drop-in is.
 * What the kit costs to load and to mount is measured as a multiple of this.
 */
import { css, html, LitElement } from 'lit';

export class LitOnly extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  static override properties = { open: { type: Boolean } };

  declare open: boolean;

  constructor() {
    super();
    this.open = false;
  }

  override render() {
    return html`<section part="panel">
      <h2>Lit only</h2>
      <p>${this.open ? 'Open' : 'Closed'}</p>
      <button type="button">Continue</button>
    </section>`;
  }
}

customElements.get('lit-only') ?? customElements.define('lit-only', LitOnly);
