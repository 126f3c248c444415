/**
 * A user of one element in the browser tests: real clicks on controls found by role and name,
 * waits for what should appear, and the element's events as they fire.
 */
import { expect } from '@open-wc/testing';
import { getByRole, getByText, waitFor } from './queries.js';
import { click } from './user.js';

export function userOf(element: HTMLElement & { step: string }) {
  const user = {
    /** The button named `name`, once it is there. */
    button: (name: string | RegExp) => waitFor(() => getByRole(element, 'button', name)),
    press: async (name: string | RegExp) => click(await user.button(name)),
    heading: (name: string) => waitFor(() => getByRole(element, 'heading', name)),
    field: (name: string) => waitFor(() => getByRole<HTMLInputElement>(element, 'textbox', name)),
    radio: (name: string) => waitFor(() => getByRole<HTMLInputElement>(element, 'radio', name)),
    text: (text: string | RegExp) => waitFor(() => getByText(element, text)),
    step: (step: string) => waitFor(() => expect(element.step).to.equal(step)),
  };
  return user;
}

export interface FiredEvent {
  type: string;
  detail: unknown;
}

/** Every event of `types` that `element` fires from now on, in order. */
export function recordEvents<T extends keyof HTMLElementEventMap>(
  element: HTMLElement,
  types: readonly T[],
): FiredEvent[] {
  const events: FiredEvent[] = [];
  for (const type of types) {
    element.addEventListener(type, (event) =>
      events.push({ type, detail: (event as CustomEvent).detail }),
    );
  }
  return events;
}
