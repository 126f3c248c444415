/**
 * What a story's play function uses: the same role-and-name queries as the tests (through
 * shadow roots), chai's expect, and DOM-level typing and clicking that work in Storybook and in
 * the test runner alike.
 */
export { expect } from '@esm-bundle/chai';
import type { MemoryClient } from '../../src/api/memory-client.js';
import { depseudo, getByRole, getByText, required, waitFor } from '../../test/support/queries.js';
import { spoken } from '../../test/support/screen-reader.js';
export {
  getByRole,
  getByText,
  queryByRole,
  queryByText,
  required,
  waitFor,
} from '../../test/support/queries.js';

/** Types `text` into `input`, one character at a time, as input events. */
export function typeInto(input: HTMLInputElement, text: string): void {
  input.focus();
  input.value = '';
  for (const character of text) {
    input.value += character;
    input.dispatchEvent(
      new InputEvent('input', {
        data: character,
        inputType: 'insertText',
        bubbles: true,
        composed: true,
      }),
    );
  }
}

export function clickOn(element: HTMLElement): void {
  element.click();
}

/** Presses the button named `name`, once it is there. */
export const press = async (canvas: HTMLElement, name: string) =>
  clickOn(await waitFor(() => getByRole(canvas, 'button', name)));

/** Waits for the heading named `name`. */
export const heading = async (canvas: HTMLElement, name: string) =>
  void (await waitFor(() => getByRole(canvas, 'heading', name)));

/** Waits for `value` as the text of an element. */
export const text = async (canvas: HTMLElement, value: string | RegExp) =>
  void (await waitFor(() => getByText(canvas, value)));

/** Waits until a screen reader, reading the story from the top, says `words`. */
export const heard = (canvas: HTMLElement, words: string | RegExp) =>
  waitFor(() => {
    const said = depseudo(spoken(canvas)); // a pseudo-locale's words, read as the English
    if (typeof words === 'string' ? said.includes(words) : words.test(said)) return;
    throw new Error(`not heard: ${String(words)} in: ${said}`);
  });

/** The text field named `name`, once it is there. */
export const field = (canvas: HTMLElement, name: string) =>
  waitFor(() => getByRole<HTMLInputElement>(canvas, 'textbox', name));

/** The memory client of the story's element. */
export function clientOf(canvas: HTMLElement): MemoryClient {
  const withClient = [
    ...canvas.querySelectorAll<HTMLElement & { client?: MemoryClient }>('*'),
  ].find((element) => typeof element.client?.lastCode === 'function');
  return required(withClient?.client, "the story's memory client");
}

/** "Verify it's you" with the authenticator code the story's memory client computes. */
export async function verifyItsYou(canvas: HTMLElement): Promise<void> {
  const code = required((await clientOf(canvas).totp()).code, 'an authenticator code');
  typeInto(await field(canvas, 'Authentication code'), code);
  await press(canvas, 'Continue');
}

/** The newest code the story's memory client has sent, once there is one. */
export const sentCode = (canvas: HTMLElement) =>
  waitFor(async () => required(await clientOf(canvas).lastCode(), 'a sent code'));

/** Waits for the failure's "Try again", and leaves it unpressed: the story ends on the error. */
export const tryAgainShown = async (canvas: HTMLElement) =>
  void (await waitFor(() => getByRole(canvas, 'button', 'Try again')));

/** The stories every element that loads the status shares: its args and play, spread into each file's own. */
export const statusStories = {
  /** Loading the status. */
  loading: { args: { latencyMs: 60_000 } },
  /** The status does not load: the error, and "Try again". */
  statusError: {
    args: { faults: { getStatus: { code: 'server', times: 1 } } },
    play: ({ canvasElement }: { canvasElement: HTMLElement }) => tryAgainShown(canvasElement),
  },
} as const;
