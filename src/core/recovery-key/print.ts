/**
 * Printing only the recovery key: a document-level print style hides everything but the element
 * that shows it (built with CSSOM calls, no HTML strings, so it works under Trusted Types and a
 * strict Content-Security-Policy); the key's step hides its own buttons when printed.
 */
const printing = 'data-tfr-printing';
const target = 'data-tfr-print-target';

let sheet: CSSStyleSheet | undefined;

function printSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media print {
      html[${printing}] body * { visibility: hidden !important; }
      html[${printing}] [${target}], html[${printing}] [${target}] * { visibility: visible !important; }
      html[${printing}] [${target}] { position: absolute !important; inset: 0 auto auto 0 !important; width: 100% !important; }
    }`);
  }
  return sheet;
}

/** The element in the page's own DOM that `element` is shown in (across shadow roots). */
export function outermostHost(element: Element): Element {
  let node = element;
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode())
    node = root.host;
  return node;
}

/** Prints the page with only `element` (and what it shows) visible. */
export function printOnly(element: Element): void {
  const style = printSheet();
  if (!document.adoptedStyleSheets.includes(style))
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, style];
  const host = outermostHost(element);
  const done = () => {
    document.documentElement.removeAttribute(printing);
    host.removeAttribute(target);
  };
  document.documentElement.setAttribute(printing, '');
  host.setAttribute(target, '');
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
