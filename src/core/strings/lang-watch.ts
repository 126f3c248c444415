/**
 * Live elements re-render when a `lang` changes anywhere in their document or shadow root
 * (`<html lang>` included), or when a locale is registered: one observer for them all.
 */
const watching = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;

export const langChanged = () => {
  for (const element of watching) element.requestUpdate();
};

export function watchLang(element: Element & { requestUpdate(): void }): void {
  watching.add(element);
  observer ??= new MutationObserver(langChanged);
  // Observing a root twice is harmless: the options are replaced.
  observer.observe(element.getRootNode(), {
    subtree: true,
    attributes: true,
    attributeFilter: ['lang'],
  });
}

export function unwatchLang(element: { requestUpdate(): void }): void {
  watching.delete(element);
}
