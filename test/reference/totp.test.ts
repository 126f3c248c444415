import { expect } from '@open-wc/testing';
import { generate, stringToBytes } from 'otplib';
import { defaultLimits as limits } from '../../src/reference/limits.js';
import { totpAt, totpStep } from '../../src/reference/totp.js';

describe('TOTP (otplib, as the reference uses it)', () => {
  // RFC 6238 appendix B, SHA-1: the 20-byte ASCII secret "12345678901234567890", 8 digits.
  const vectors: [number, string][] = [
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ];
  for (const [time, code] of vectors) {
    it(`matches RFC 6238 at T=${time}`, async () => {
      expect(
        await generate({ secret: stringToBytes('12345678901234567890'), epoch: time, digits: 8 }),
      ).to.equal(code);
    });
  }

  const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // base32 of the same secret
  const now = 1_800_000_015_000;

  it('accepts a code of this step and of one step either side, with the step it matched', async () => {
    const step = Math.floor(now / 30_000);
    for (const offset of [-1, 0, 1]) {
      const code = await totpAt(secret, now + offset * 30_000, limits);
      expect(await totpStep(secret, code, now, limits)).to.equal(step + offset);
    }
  });

  it('refuses a code two steps away, one already used, and one of the wrong length', async () => {
    const twoStepsAgo = await totpAt(secret, now - 60_000, limits);
    expect(await totpStep(secret, twoStepsAgo, now, limits)).to.equal(null);
    const step = Math.floor(now / 30_000);
    const current = await totpAt(secret, now, limits);
    expect(await totpStep(secret, current, now, limits, step)).to.equal(null);
    expect(await totpStep(secret, '1234', now, limits)).to.equal(null);
  });
});
