/**
 * Live elements follow a `lang` that changes anywhere in their document or shadow root
 * (`<html lang>` included), and a locale that is registered: one observer for them all.
 */
const watching = new Map<Element, () => void>();
const observed = new WeakSet<Node>();
let observer: MutationObserver | undefined;

export const langChanged = () => {
  for (const changed of watching.values()) changed();
};

/** Calls `changed` when a `lang` may have changed, until `unwatchLang(element)`. */
export function watchLang(element: Element, changed: () => void): void {
  watching.set(element, changed);
  const root = element.getRootNode();
  if (observed.has(root)) return;
  observed.add(root);
  observer ??= new MutationObserver(langChanged);
  observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['lang'] });
}

export function unwatchLang(element: Element): void {
  watching.delete(element);
}
