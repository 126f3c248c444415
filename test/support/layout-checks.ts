/**
 * What looks unfinished in a rendered story, each check a list of problems: a control whose
 * content overflows it or the canvas, an error that is not right under its field, a text
 * button off the content edge (the right one, right to left), controls that touch.
 */
const tolerance = 1;
const controls = 'button, a[href], input, textarea, select';

/** Every element under `root`, in shadow roots too. */
export function* everything(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* everything(element.shadowRoot);
  }
}

/** On screen, in the page's flow (not in a modal dialog's top layer, not visually hidden). */
export function laidOut(element: Element): boolean {
  const { width, height } = element.getBoundingClientRect();
  return (
    width > 1 &&
    height > 1 &&
    element.checkVisibility({ visibilityProperty: true }) &&
    !element.closest('dialog, .visually-hidden')
  );
}

export const describe = (element: Element) =>
  `<${element.localName}${element.id ? `#${element.id}` : ''}> "${(element.textContent ?? '').trim().slice(0, 40)}"`;

/** Controls whose content overflows their box, and anything past the canvas's edge. */
export function overflowing(canvas: HTMLElement, { edges = true } = {}): string[] {
  const { left, right } = canvas.getBoundingClientRect();
  const found: string[] = [];
  for (const element of everything(canvas)) {
    if (!laidOut(element)) continue;
    const inline = getComputedStyle(element).display === 'inline';
    const box = element.getBoundingClientRect();
    if (edges && (box.right > right + tolerance || box.left < left - tolerance))
      found.push(`${describe(element)} sticks out`);
    // A field scrolls a value longer than itself by design: its box is what must fit.
    else if (
      element.matches(controls) &&
      !element.matches('input, textarea') &&
      !inline &&
      element.scrollWidth > element.clientWidth + tolerance
    )
      found.push(`${describe(element)} overflows its box`);
  }
  return found;
}

/** Errors more than 8 px below the field they describe, or above it. */
export function errorsAwayFromFields(canvas: HTMLElement): string[] {
  const found: string[] = [];
  for (const field of everything(canvas)) {
    if (!field.matches('input, textarea') || !laidOut(field)) continue;
    const root = field.getRootNode() as ShadowRoot;
    for (const id of (field.getAttribute('aria-describedby') ?? '').split(/\s+/)) {
      const error = id && root.getElementById?.(id);
      if (!error || !error.classList.contains('error')) continue;
      // A checkbox's field is the box with its label beside it.
      const box = field.matches('[type=checkbox], [type=radio]')
        ? (field.closest('label') ?? field)
        : field;
      const gap = error.getBoundingClientRect().top - box.getBoundingClientRect().bottom;
      if (gap < -tolerance || gap > 8 + tolerance)
        found.push(`${describe(error)} is ${Math.round(gap)} px below ${describe(field)}`);
    }
  }
  return found;
}

/** Text buttons ("Back") whose words do not start at the content edge of their card. */
export function textButtonsOffEdge(canvas: HTMLElement): string[] {
  const found: string[] = [];
  for (const button of everything(canvas)) {
    if (!button.matches('button.link') || !laidOut(button)) continue;
    const card = button.closest('.card');
    if (!card) continue;
    const style = getComputedStyle(card);
    // The content edge where lines start: the left one, or the right one right to left.
    const rtl = style.direction === 'rtl';
    const box = card.getBoundingClientRect();
    const contentEdge = rtl
      ? box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight)
      : box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    // Only a button that starts its own line: one beside another control is where it belongs.
    const previous = button.previousElementSibling;
    const startsLine =
      !previous || previous.getBoundingClientRect().bottom <= button.getBoundingClientRect().top;
    // Where its words start, which is what the eye lines up with the text around it.
    const words = document.createRange();
    words.selectNodeContents(button);
    const start = words.getBoundingClientRect();
    const offset = (rtl ? start.right : start.left) - contentEdge;
    if (startsLine && Math.abs(offset) > tolerance)
      found.push(`${describe(button)} is ${Math.round(offset)} px off the content edge`);
  }
  return found;
}

/** Pairs of controls closer than 2 px apart, or overlapping. */
export function touchingControls(canvas: HTMLElement): string[] {
  const shown = [...everything(canvas)].filter(
    (element) => element.matches(controls) && laidOut(element),
  );
  const found: string[] = [];
  for (const [i, a] of shown.entries()) {
    for (const b of shown.slice(i + 1)) {
      const r = a.getBoundingClientRect();
      const s = b.getBoundingClientRect();
      const gap = Math.max(s.left - r.right, r.left - s.right, s.top - r.bottom, r.top - s.bottom);
      if (gap < 2) found.push(`${describe(a)} and ${describe(b)} are ${Math.round(gap)} px apart`);
    }
  }
  return found;
}
