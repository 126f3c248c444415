/**
 * A user's hands in the browser tests: real key presses and mouse clicks through the test
 * runner (not synthetic DOM events), and a paste.
 */
import { sendKeys, sendMouse } from '@web/test-runner-commands';

/** Clicks the middle of `element` with the mouse, as a person would. */
export async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(x + width / 2), Math.round(y + height / 2)],
  });
}

/** Focuses `element` by clicking it, then types `text`. */
export async function type(element: HTMLElement, text: string): Promise<void> {
  await click(element);
  await sendKeys({ type: text });
}

export const press = (key: string) => sendKeys({ press: key });

/** Puts `text` into `input` the way a paste does (the runner cannot reach the real clipboard). */
export function paste(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(
    new InputEvent('input', {
      inputType: 'insertFromPaste',
      data: text,
      bubbles: true,
      composed: true,
    }),
  );
}
