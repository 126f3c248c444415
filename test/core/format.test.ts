import { expect } from '@open-wc/testing';
import { formatDate, formatDateTime, formatTime, formatWait } from '../../src/core/format.js';

const at = '2026-11-30T10:42:00.000Z';

describe('formats', () => {
  it('say waits as people do, rounded up', () => {
    expect(formatWait('en', 30)).to.equal('30 seconds');
    expect(formatWait('en', 900)).to.equal('15 minutes');
    expect(formatWait('en', 2 * 3600 - 1)).to.equal('2 hours');
  });

  for (const lang of ['en_US', 'not a language', '', '-']) {
    it(`fall back to English for lang "${lang}", which Intl refuses`, () => {
      expect(formatWait(lang, 30)).to.equal(formatWait('en', 30));
      expect(formatDate(lang, at)).to.equal(formatDate('en', at));
      expect(formatTime(lang, at)).to.equal(formatTime('en', at));
      expect(formatDateTime(lang, at)).to.equal(formatDateTime('en', at));
    });
  }

  it('follow a language Intl knows', () => {
    expect(formatWait('de', 900)).to.equal('15 Minuten');
  });
});
