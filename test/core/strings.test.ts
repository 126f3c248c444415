import { expect } from '@open-wc/testing';
import { clientErrorCodes, serverErrorStatus } from '../../src/api/contract.js';
import { formatDate, formatTime, formatWait } from '../../src/core/format.js';
import { en } from '../../src/core/strings/en.js';
import { shared } from '../../src/core/strings/shared.js';
import {
  errorMessage,
  langOf,
  registerLocale,
  stringsFor,
} from '../../src/core/strings/localize.js';

describe('strings', () => {
  it('has a message of its own for every error code of the contract', () => {
    const generic = errorMessage(en, 'unknown');
    const codes = [...Object.keys(serverErrorStatus), ...clientErrorCodes];
    const messages = codes.map((code) =>
      errorMessage(en, code, { attemptsRemaining: 2, wait: '1 minute' }),
    );
    for (const [i, message] of messages.entries())
      expect(message, codes[i]).to.be.a('string').and.not.equal(generic);
  });

  it('gives an unknown code the generic message', () => {
    expect(errorMessage(en, 'account_frozen')).to.equal('Something went wrong. Try again.');
  });

  it('counts attempts with plurals, and says a wait when it is known', () => {
    expect(errorMessage(en, 'invalid_code', { attemptsRemaining: 1 })).to.equal(
      "That code isn't right. 1 attempt left.",
    );
    expect(errorMessage(en, 'invalid_code', { attemptsRemaining: 3 })).to.equal(
      "That code isn't right. 3 attempts left.",
    );
    expect(errorMessage(en, 'invalid_code')).to.equal("That code isn't right.");
    expect(errorMessage(en, 'rate_limited', { wait: '30 seconds' })).to.equal(
      'Too many requests. Try again in 30 seconds.',
    );
    expect(errorMessage(en, 'too_many_attempts')).to.equal(
      'Too many wrong attempts. Start again, or contact support.',
    );
  });

  it('gives the generic message to a code that names an Object method', () => {
    for (const code of [
      'constructor',
      'hasOwnProperty',
      'valueOf',
      'isPrototypeOf',
      '__proto__',
      'toString',
    ])
      expect(errorMessage(en, code), code).to.equal('Something went wrong. Try again.');
  });

  it('overrides any string, and any error message, leaving the rest', () => {
    const strings = stringsFor(
      'en',
      { shared },
      { verify: 'Check' },
      { errors: { network: 'Offline.' } },
    );
    expect(strings.verify).to.equal('Check');
    expect(strings.errors.network).to.equal('Offline.');
    expect(strings.errors.timeout).to.equal(en.errors.timeout);
    expect(stringsFor('en', { shared }, { verify: undefined }).verify).to.equal('Verify');
  });

  it("finds the lang that applies, across shadow roots, else the document's", () => {
    const outer = document.createElement('div');
    outer.lang = 'de';
    const host = outer.appendChild(document.createElement('div'));
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    document.body.append(outer);
    expect(langOf(inner)).to.equal('de');
    outer.removeAttribute('lang');
    expect(langOf(inner)).to.equal(document.documentElement.lang || 'en');
    outer.remove();
  });

  it('registers locales by language and region', () => {
    registerLocale('nl', { verify: 'Controleren' });
    expect(stringsFor('nl-BE', { shared }).verify).to.equal('Controleren');
    expect(stringsFor('NL', { shared }).verify).to.equal('Controleren');
  });
});

describe('Intl formatting', () => {
  it('says a wait in the largest sensible unit, rounded up', () => {
    expect(formatWait('en', 1)).to.equal('1 second');
    expect(formatWait('en', 30)).to.equal('30 seconds');
    expect(formatWait('en', 89.2)).to.equal('90 seconds');
    expect(formatWait('en', 900)).to.equal('15 minutes');
    expect(formatWait('en', 901)).to.equal('16 minutes');
    expect(formatWait('en', 7200)).to.equal('2 hours');
    expect(formatWait('fr', 900)).to.equal('15 minutes');
    expect(formatWait('de', 30)).to.equal('30 Sekunden');
  });

  it("says times and dates in the reader's language", () => {
    const iso = '2026-11-22T15:04:00.000Z';
    expect(formatTime('en', iso)).to.equal(
      new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(new Date(iso)),
    );
    expect(formatDate('de', iso)).to.equal(
      new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(new Date(iso)),
    );
  });
});
