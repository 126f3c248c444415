import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import {
  readKey,
  readMasked,
  renderMasked,
  renderWithMasked,
  spell,
} from '../../src/core/readings.js';
import { en } from '../../src/core/strings/en.js';
import { stringsFor } from '../../src/core/strings/localize.js';
import { shared } from '../../src/core/strings/shared.js';
import { textOf } from '../support/queries.js';
import { spoken } from '../support/screen-reader.js';

/** `template` on the page: what is seen, and what is heard. */
async function shown(template: unknown) {
  const element = await fixture<HTMLElement>(html`<p></p>`);
  render(template, element);
  return { element, seen: textOf(element), heard: spoken(element) };
}

describe('readings', () => {
  it('spells a key in its groups, letters as capitals, whatever separates them', () => {
    expect(spell('ab-1 2')).to.equal('A B 1 2');
    expect(readKey(en, 'ABCD-EFGH 2345')).to.equal('A B C D, E F G H, 2 3 4 5');
    expect(readKey(en, 'abcdefgh23')).to.equal('A B C D, E F G H, 2 3');
  });

  it('reads a masked email by what it shows, and says it is partly hidden', () => {
    expect(readMasked(en, 'a•••@example.net')).to.equal('a…@example.net, partly hidden');
    expect(readMasked(en, '***@example.net')).to.equal('…@example.net, partly hidden');
  });

  it('reads a masked phone number by its last digits, spelled', () => {
    expect(readMasked(en, '•••• 0789')).to.equal('phone number ending in 0 7 8 9');
    expect(readMasked(en, '•••• ••• 0789')).to.equal('phone number ending in 0 7 8 9');
    expect(readMasked(en, '+44 •••• 0789', { named: true })).to.equal('ending in 0 7 8 9');
  });

  it('reads anything else masked by what shows, and a value with nothing hidden as it is', () => {
    expect(readMasked(en, 'ad•••n')).to.equal('ad n, partly hidden');
    expect(readMasked(en, 'ada@example.net')).to.equal('ada@example.net');
  });

  it("takes its words from the element's strings", () => {
    const strings = stringsFor(
      'en',
      { shared },
      { maskedPhoneReading: (digits) => `numéro ${digits}` },
    );
    expect(readMasked(strings, '•••• 0789')).to.equal('numéro 0 7 8 9');
  });

  it('shows the value left to right and as it is, and is heard as its reading', async () => {
    const { element, seen, heard } = await shown(renderMasked(en, '•••• 0789'));
    expect(seen).to.equal('•••• 0789');
    expect(heard).to.equal('phone number ending in 0 7 8 9');
    const bdi = element.querySelector('bdi')!;
    expect(bdi.dir).to.equal('ltr');
    expect(element.textContent).not.to.match(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  it('puts the reading in the sentence the value is in, or leaves a sentence without it alone', async () => {
    const within = await shown(
      renderWithMasked(en, en.codeSentTo('a•••@example.net', 6), 'a•••@example.net'),
    );
    expect(within.seen).to.equal('Enter the 6-digit code sent to a•••@example.net.');
    expect(within.heard).to.equal('Enter the 6-digit code sent to a…@example.net, partly hidden.');
    expect(renderWithMasked(en, 'Check your email.', 'a•••@example.net')).to.equal(
      'Check your email.',
    );
  });
});
