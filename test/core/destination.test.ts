import { expect } from '@open-wc/testing';
import { checkEmail, checkPhone } from '../../src/core/destination.js';
import { en } from '../../src/core/strings/en.js';

describe('checking a backup method before sending it', () => {
  describe('an email address', () => {
    it('takes one, trimmed', () => {
      expect(checkEmail(en, '  new.backup@example.org ')).to.deep.equal({
        ok: true,
        value: 'new.backup@example.org',
      });
    });

    for (const [typed, problem] of [
      ['', en.enterEmail],
      ['   ', en.enterEmail],
      ['ada', en.emailInvalid],
      ['ada@example', en.emailInvalid],
      ['ada @example.org', en.emailInvalid],
      [`${'a'.repeat(250)}@example.org`, en.emailInvalid],
    ]) {
      it(`refuses "${typed.slice(0, 20)}"`, () => {
        expect(checkEmail(en, typed)).to.deep.equal({ ok: false, problem });
      });
    }
  });

  describe('a phone number', () => {
    it('puts an international number in E.164 form', async () => {
      expect(await checkPhone(en, '+44 7700 900999')).to.deep.equal({
        ok: true,
        value: '+447700900999',
      });
      expect(await checkPhone(en, '+1 (650) 253-0000')).to.deep.equal({
        ok: true,
        value: '+16502530000',
      });
    });

    it('reads a national number with the default country', async () => {
      expect(await checkPhone(en, '07700 900999', 'GB')).to.deep.equal({
        ok: true,
        value: '+447700900999',
      });
      expect(await checkPhone(en, '07700 900999', 'gb')).to.deep.equal({
        ok: true,
        value: '+447700900999',
      });
    });

    it('asks for the international form when there is no default country', async () => {
      expect(await checkPhone(en, '07700 900999')).to.deep.equal({
        ok: false,
        problem: en.phoneInternational,
      });
    });

    for (const [typed, country, problem] of [
      ['', undefined, en.enterPhone],
      ['+44 12', undefined, en.phoneInvalid],
      ['+999 1234567', undefined, en.phoneInvalid],
      ['12', 'GB', en.phoneInvalid],
      ['call me', 'GB', en.phoneInvalid],
    ] as const) {
      it(`refuses "${typed}"${country ? ` in ${country}` : ''}`, async () => {
        expect(await checkPhone(en, typed, country)).to.deep.equal({ ok: false, problem });
      });
    }
  });
});
