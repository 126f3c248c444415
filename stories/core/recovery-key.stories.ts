import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { clickOn, expect, getByRole, getByText, heard, waitFor } from '../support/play.js';
import '../support/hosts.js';
import {
  clientFor,
  scenarioArgs,
  scenarioArgTypes,
  type ScenarioArgs,
} from '../support/scenario.js';

/**
 * A new recovery key (`<tfr-recovery-key>`): shown once in groups of four, with Copy, Download
 * and Print, and "Done" after "I've noted down my recovery key".
 */
const meta: Meta<ScenarioArgs> = {
  title: 'Shared steps/Recovery key',
  component: 'tfr-recovery-key',
  args: scenarioArgs,
  argTypes: scenarioArgTypes,
  render: (args) => html`<story-recovery-key .client=${clientFor(args)}></story-recovery-key>`,
};
export default meta;
type Story = StoryObj<ScenarioArgs>;

const noted = async (canvas: HTMLElement) =>
  clickOn(await waitFor(() => getByRole(canvas, 'checkbox', "I've noted down my recovery key")));

/** The key, once: in groups of four on screen, read out character by character ("A B C D, …"). */
export const Shown: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => getByRole(canvasElement, 'heading', 'Your new recovery key'));
    await heard(canvasElement, /(\w \w \w \w, ){5}\w \w \w \w/);
    expect(getByRole<HTMLButtonElement>(canvasElement, 'button', 'Done').disabled).to.equal(false);
  },
};

/** "Done" before the box is ticked: it says why on the checkbox, and stays. */
export const NotYetNotedDown: Story = {
  play: async ({ canvasElement }) => {
    clickOn(await waitFor(() => getByRole(canvasElement, 'button', 'Done')));
    await waitFor(() => getByText(canvasElement, "Confirm you've noted down your recovery key."));
  },
};

/** Copying fails (no clipboard access): the key is selected for copying by hand. */
export const CopyFailed: Story = {
  play: async ({ canvasElement }) => {
    const copy = await waitFor(() => getByRole(canvasElement, 'button', 'Copy'));
    // On the navigator itself: Storybook's user-event puts a clipboard of its own there, which
    // would hide one set on Navigator.prototype.
    const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      get: () => ({
        writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
      }),
    });
    try {
      clickOn(copy);
      await waitFor(() => getByText(canvasElement, 'Copy failed — select the key'));
    } finally {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as { clipboard?: Clipboard }).clipboard;
    }
  },
};

/** Ready to finish: the box is checked. */
export const NotedDown: Story = {
  play: async ({ canvasElement }) => {
    await noted(canvasElement);
    expect(getByRole<HTMLButtonElement>(canvasElement, 'button', 'Done').disabled).to.equal(false);
  },
};

/** After "Done", the key is gone. */
export const Acknowledged: Story = {
  play: async ({ canvasElement }) => {
    await noted(canvasElement);
    clickOn(getByRole(canvasElement, 'button', 'Done'));
    await waitFor(() => getByRole(canvasElement, 'heading', 'Recovery key saved'));
  },
};

/** Making the key fails: "Try again". */
export const GenerateFails: Story = {
  args: { faults: { generateRecoveryKey: { code: 'server', times: 1 } } },
  play: async ({ canvasElement }) => {
    clickOn(await waitFor(() => getByRole(canvasElement, 'button', 'Try again')));
    await waitFor(() => getByRole(canvasElement, 'heading', 'Your new recovery key'));
  },
};
