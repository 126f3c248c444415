/**
 * Finding what a user finds: controls by role and accessible name, looking inside (open)
 * shadow roots as assistive technology does. Names come from dom-accessibility-api, the
 * implementation Testing Library uses.
 */
import {
  computeAccessibleDescription,
  computeAccessibleName,
  getRole,
} from 'dom-accessibility-api';

type Root = Element | ShadowRoot | Document;
type Name = string | RegExp;

/** Every element under `root` (and in its own shadow root), shadow roots included, in document order. */
function* everything(root: Root): Generator<Element> {
  if (root instanceof Element && root.shadowRoot) yield* everything(root.shadowRoot);
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* everything(element.shadowRoot);
  }
}

const shown = (element: Element) =>
  !(element as HTMLElement).closest?.('[hidden]') &&
  (element.checkVisibility?.({ visibilityProperty: true }) ?? true);
/** A pseudo-localised text ("⟦Vérífý ··⟧") matches the English it was made from. */
export const depseudo = (text: string) =>
  text.includes('⟦')
    ? text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]|[⟦⟧]|\s*·+/g, '')
        .replace(/\s+/g, ' ')
        .trim()
    : text;
const matches = (text: string, name?: Name) =>
  name === undefined ||
  (typeof name === 'string' ? depseudo(text) === name : name.test(depseudo(text)));

export const nameOf = (element: Element) => computeAccessibleName(element);
export const descriptionOf = (element: Element) => computeAccessibleDescription(element);
/** The text a sighted user sees: a value's reading for screen readers (`.reading`) left out. */
export const textOf = (element: Element) => seenText(element).replace(/\s+/g, ' ').trim();
function seenText(node: Node): string {
  if (node instanceof Element && node.classList.contains('reading')) return '';
  if (node instanceof Text) return node.data;
  if (!(node instanceof Element || node instanceof DocumentFragment)) return '';
  return [...node.childNodes].map(seenText).join('');
}

/** Whether `element` is `container` or inside it, across shadow roots. */
function within(container: Element, element: Element): boolean {
  for (let node: Node | null = element; node;) {
    if (node === container) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

/** What assistive technology can reach: with a modal dialog open, only what is in it. */
function reachable(root: Root): Element[] {
  const all = [...everything(root)];
  const modal = all.find((element) => element.matches(':modal'));
  return modal ? all.filter((element) => within(modal, element)) : all;
}

export function queryAllByRole<E extends HTMLElement = HTMLElement>(
  root: Root,
  role: string,
  name?: Name,
): E[] {
  return reachable(root).filter(
    (element) => getRole(element) === role && shown(element) && matches(nameOf(element), name),
  ) as E[];
}

export function queryByRole<E extends HTMLElement = HTMLElement>(
  root: Root,
  role: string,
  name?: Name,
): E | null {
  const found = queryAllByRole<E>(root, role, name);
  if (found.length > 1)
    throw new Error(`${found.length} elements with role "${role}" and name ${String(name)}`);
  return found[0] ?? null;
}

export function getByRole<E extends HTMLElement = HTMLElement>(
  root: Root,
  role: string,
  name?: Name,
): E {
  const found = queryByRole<E>(root, role, name);
  if (found) return found;
  const present = reachable(root)
    .filter((element) => getRole(element) === role && shown(element))
    .map((element) => JSON.stringify(nameOf(element)));
  throw new Error(`no ${role} named ${String(name)}; there are: ${present.join(', ') || 'none'}`);
}

/** The innermost shown element whose own text is `text`. */
export function queryByText(root: Root, text: Name): HTMLElement | null {
  const found = [...everything(root)].filter(
    (element) =>
      shown(element) &&
      matches(textOf(element), text) &&
      ![...element.children].some((child) => matches(textOf(child), text)),
  );
  return (found[0] as HTMLElement | undefined) ?? null;
}

export function getByText(root: Root, text: Name): HTMLElement {
  const found = queryByText(root, text);
  if (!found)
    throw new Error(
      `no text ${String(text)} in: ${textOf(root instanceof Document ? root.body : (root as Element))}`,
    );
  return found;
}

/** The element focus is on, looking inside shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Throws unless `element` has focus, naming both. (A failed chai `equal` between DOM elements
 * disconnects the test runner's browser instead of reporting.)
 */
export function expectFocusOn(element: Element): void {
  const name = (target: Element | null) =>
    target ? `<${target.localName}> "${textOf(target).slice(0, 60)}"` : 'nothing';
  const active = focused();
  if (active !== element) throw new Error(`focus is on ${name(active)}, not ${name(element)}`);
}

/** Waits until `check` passes (it throws until then), at most `timeout` ms. */
export async function waitFor<T>(check: () => T | Promise<T>, timeout = 3000): Promise<T> {
  const start = performance.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (performance.now() - start > timeout) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** `value`, or an error to make `waitFor` try again. */
export function required<T>(value: T | null | undefined, what = 'the element'): T {
  if (value === null || value === undefined) throw new Error(`${what} is not there`);
  return value;
}
