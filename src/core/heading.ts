/**
 * Every step's heading. An element embedded in another (`<account-protection>` embeds three)
 * has its headings one level below its host's, so a screen reader's outline nests them.
 */
import { html, nothing } from 'lit';

/** How many of the kit's public elements (they carry `data-step`) hold `element`, across shadow roots. */
function hostsAround(element: Element): number {
  let count = 0;
  for (let node: Node | null = element.getRootNode(); node instanceof ShadowRoot;) {
    const host: Element = node.host;
    if (host.hasAttribute('data-step')) count += 1;
    node = host.getRootNode();
  }
  return count;
}

/**
 * A step's heading, where focus goes when the step comes. `element` is the public element or
 * the shared step (`data-step-component`) that renders it; a shared step sits at its element's level.
 */
export function renderHeading(element: Element, text: unknown) {
  const level = headingLevel(element);
  return html`<h2 data-heading tabindex="-1" part="heading" aria-level=${level}>${text}</h2>`;
}

/** The `aria-level` of `element`'s headings: none at the top level (an `h2`'s own). */
export function headingLevel(element: Element): number | typeof nothing {
  const level = 2 + hostsAround(element) - (element.hasAttribute('data-step-component') ? 1 : 0);
  return level === 2 ? nothing : level;
}
