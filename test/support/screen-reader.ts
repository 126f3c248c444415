/**
 * What a screen-reader user gets, in both browsers, not what the DOM holds:
 *
 * - `readAloud(element)`: the element read top to bottom as a screen reader's browse mode does,
 *   over the flattened tree (shadow roots and slots): text as phrases, headings with their level,
 *   controls with role, name, state and description; nothing `aria-hidden` or hidden.
 * - `listen()`: every live-region change as assistive technology is told of it (a polite or
 *   assertive announcement of the region's text), and every move of focus as the phrase said
 *   there. A region put on the page already holding text is not announced (only an alert is),
 *   as in browsers' accessibility events.
 *
 * engine-tree.ts gives Chromium's own accessibility tree, the ground truth these are checked
 * against where it says more.
 *
 * Roles, names and descriptions come from dom-accessibility-api (as in queries.ts).
 */
import {
  computeAccessibleDescription,
  computeAccessibleName,
  getRole,
} from 'dom-accessibility-api';
import { focused } from './queries.js';

const controls = new Set([
  'button',
  'link',
  'textbox',
  'checkbox',
  'radio',
  'combobox',
  'searchbox',
  'spinbutton',
  'switch',
  'tab',
  'menuitem',
  'img',
]);

/** The children assistive technology sees: a shadow root's, a slot's assigned nodes. */
function flatChildren(node: Node): Node[] {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  }
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  return [...node.childNodes];
}

/** Left out of the accessibility tree: hidden, not rendered, or `aria-hidden`. */
function ignored(element: Element): boolean {
  if (element instanceof HTMLTemplateElement || element.localName === 'style') return true;
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return true;
  if (element instanceof HTMLSlotElement) return false; // display: contents
  return !element.checkVisibility({ visibilityProperty: true });
}

/** Starts a new line in browse mode: a block in the layout (a visually hidden span does not). */
function isBlock(element: Element): boolean {
  const { display, position } = getComputedStyle(element);
  if (position === 'absolute' || position === 'fixed') return false;
  return !display.startsWith('inline') && display !== 'contents';
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The phrase said on reaching a control or heading: role, name, states, description. */
export function phraseFor(element: Element): string {
  const role = getRole(element) ?? element.localName;
  const name = squash(computeAccessibleName(element));
  const parts: string[] = [];
  if (role === 'heading') {
    const level = element.getAttribute('aria-level') ?? /^h([1-6])$/.exec(element.localName)?.[1];
    parts.push(`heading, level ${level}`, name);
  } else {
    parts.push(role, name);
  }
  const input = element as HTMLInputElement;
  if (role === 'checkbox' || role === 'radio')
    parts.push(
      (input.checked ?? element.getAttribute('aria-checked') === 'true')
        ? 'checked'
        : 'not checked',
    );
  if (input.disabled || element.getAttribute('aria-disabled') === 'true') parts.push('dimmed');
  if (element.getAttribute('aria-invalid') === 'true') parts.push('invalid entry');
  if (element.getAttribute('aria-required') === 'true' || input.required) parts.push('required');
  const description = squash(computeAccessibleDescription(element));
  if (description) parts.push(description);
  return parts.filter(Boolean).join(', ');
}

/** `root` read from top to bottom, one phrase per line of browse mode. */
export function readAloud(root: Element | ShadowRoot): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (squash(line)) lines.push(squash(line));
    line = '';
  };
  const visit = (node: Node) => {
    if (node instanceof Text) {
      line += node.data;
      return;
    }
    if (!(node instanceof Element)) {
      for (const child of flatChildren(node)) visit(child);
      return;
    }
    if (ignored(node)) return;
    const role = getRole(node);
    if (role === 'heading' || (role && controls.has(role))) {
      flush();
      lines.push(phraseFor(node));
      return;
    }
    const block = isBlock(node);
    if (block) flush();
    for (const child of flatChildren(node)) visit(child);
    if (block) flush();
    else if (node.localName === 'br') line += ' ';
  };
  visit(root);
  flush();
  return lines;
}

/** All of `root`'s text as one string, as `readAloud` says it. */
export const spoken = (root: Element | ShadowRoot) => readAloud(root).join(' ');

/** The live region `node` is in (itself, or an ancestor across shadow roots), if any. */
function liveRegionOf(node: Node): Element | null {
  for (let at: Node | null = node; at;) {
    if (at instanceof Element) {
      if (politenessOf(at)) return at;
      at = at.assignedSlot ?? at.parentNode;
    } else at = at instanceof ShadowRoot ? at.host : (at.parentNode ?? null);
  }
  return null;
}

function politenessOf(element: Element): 'polite' | 'assertive' | null {
  const live = element.getAttribute('aria-live');
  if (live === 'polite' || live === 'assertive') return live;
  if (live === 'off') return null;
  const role = element.getAttribute('role');
  if (role === 'alert') return 'assertive';
  if (role === 'status' || role === 'log') return 'polite';
  return null;
}

export interface Announcement {
  politeness: 'polite' | 'assertive';
  text: string;
}

export interface Listener {
  /** Every announcement so far, in order. */
  readonly announcements: Announcement[];
  /** Their texts only. */
  readonly said: () => string[];
  /** Where focus went, in order: the phrase said there ("heading, level 2, …"), or "document". */
  readonly focusMoves: string[];
  /** Forgets what was recorded so far. */
  clear(): void;
  stop(): void;
}

/** Records what a screen reader is told from now on: live-region changes and focus moves. */
export function listen(): Listener {
  const announcements: Announcement[] = [];
  const focusMoves: string[] = [];
  const observed = new WeakSet<Node>();
  const roots: (Document | ShadowRoot)[] = [];
  const observer = new MutationObserver((records) => {
    const changed = new Set<Element>();
    for (const record of records) {
      // A live region (or an alert) put on the page: only an alert is announced.
      for (const added of record.addedNodes) {
        if (!(added instanceof Element)) continue;
        for (const region of regionsIn(added)) {
          if (region.getAttribute('role') === 'alert') changed.add(region);
        }
      }
      const region = liveRegionOf(record.target);
      if (region && !(record.type === 'childList' && [...record.addedNodes].includes(region)))
        changed.add(region);
    }
    for (const region of changed) {
      if (!region.isConnected || region.closest('[aria-busy="true"]')) continue;
      const text = spoken(region);
      if (text) announcements.push({ politeness: politenessOf(region)!, text });
    }
    observeShadowRoots(document);
  });
  const observeShadowRoots = (root: Document | ShadowRoot) => {
    if (!observed.has(root)) {
      observed.add(root);
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      // A move within one shadow root never reaches the document (its target and related target
      // are the same host there): each root is listened to.
      roots.push(root);
      root.addEventListener('focusin', onFocusIn, true);
    }
    for (const element of root.querySelectorAll('*'))
      if (element.shadowRoot) observeShadowRoots(element.shadowRoot);
  };

  let last: Element | null = null;
  const onFocusIn = () => {
    const element = focused();
    if (!element || element === last) return;
    last = element;
    focusMoves.push(phraseFor(element));
  };
  const onFocusOut = (event: FocusEvent) => {
    if (event.relatedTarget) return;
    setTimeout(() => {
      if (document.activeElement !== document.body || focusMoves.at(-1) === 'document') return;
      last = null;
      focusMoves.push('document');
    });
  };
  observeShadowRoots(document);
  document.addEventListener('focusout', onFocusOut, true);
  return {
    announcements,
    said: () => announcements.map(({ text }) => text),
    focusMoves,
    clear() {
      announcements.length = 0;
      focusMoves.length = 0;
    },
    stop() {
      observer.disconnect();
      for (const root of roots) root.removeEventListener('focusin', onFocusIn, true);
      document.removeEventListener('focusout', onFocusOut, true);
    },
  };
}

/** The live regions in `element` (itself included), across shadow roots. */
function regionsIn(element: Element): Element[] {
  const found: Element[] = politenessOf(element) ? [element] : [];
  for (const child of flatChildren(element))
    if (child instanceof Element) found.push(...regionsIn(child));
  return found;
}
