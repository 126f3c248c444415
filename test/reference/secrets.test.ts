import { expect } from '@open-wc/testing';
import { maskEmail, maskPhone } from '../../src/reference/mask.js';
import {
  hash,
  normaliseRecoveryKey,
  randomCode,
  randomRecoveryKey,
  recoveryKeyAlphabet,
  sameHash,
} from '../../src/reference/secrets.js';

describe('the reference secrets', () => {
  it('makes recovery keys from 32 unambiguous symbols: 120 bits in 24 characters', () => {
    expect(new Set(recoveryKeyAlphabet).size).to.equal(32);
    expect(recoveryKeyAlphabet).not.to.match(/[01IO]/);
    const keys = Array.from({ length: 500 }, () => randomRecoveryKey(24));
    for (const key of keys) expect(key).to.match(/^[23456789A-HJ-NP-Z]{24}$/);
    expect(new Set(keys).size).to.equal(keys.length);
    // Every symbol turns up: the draw is not stuck on part of the alphabet.
    expect(new Set(keys.join('')).size).to.equal(32);
  });

  it('makes codes of the digits asked for, every digit in use', () => {
    const codes = Array.from({ length: 300 }, () => randomCode(6));
    for (const code of codes) expect(code).to.match(/^\d{6}$/);
    expect(new Set(codes.join('')).size).to.equal(10);
  });

  it('reads a recovery key as people paste it', () => {
    expect(normaliseRecoveryKey(' abcd-efgh ijkl\tmnop ')).to.equal('ABCDEFGHIJKLMNOP');
  });

  it('hashes with SHA-256 and compares hashes', async () => {
    expect(await hash('abc')).to.equal(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sameHash(await hash('a'), await hash('a'))).to.equal(true);
    expect(sameHash(await hash('a'), await hash('b'))).to.equal(false);
    expect(sameHash('ab', 'abc')).to.equal(false);
  });

  it('masks an email address and a phone number', () => {
    expect(maskEmail('ada.backup@example.net')).to.equal('a•••@example.net');
    expect(maskPhone('+447700900456')).to.equal('•••• 0456');
    // Whole characters, as a reader sees them: never half of an emoji's UTF-16 pair.
    expect(maskEmail('😀x@e.co')).to.equal('😀•••@e.co');
    expect(maskEmail('👍🏽x@e.co')).to.equal('👍🏽•••@e.co');
  });
});
