import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { partNames } from '../../src/core/parts.js';

const readme = readFileSync('README.md', 'utf8');
const tokens = readFileSync('src/core/theme.ts', 'utf8');
const customProperties = Object.keys(
  JSON.parse(readFileSync('src/core/custom-properties.json', 'utf8')),
);

describe('the theming documentation', () => {
  it('lists every custom property the tokens read, and no other', () => {
    const read = new Set(
      [...tokens.matchAll(/var\(\s*(--tfr-[a-z-]+)/g)].map((match) => match[1]!),
    );
    assert.deepEqual([...read].sort(), [...customProperties].sort());
  });

  it('names every custom property and every part in the README', () => {
    for (const name of [...customProperties, ...partNames])
      assert.ok(readme.includes(`\`${name}\``), `${name} is not in README.md`);
  });
});
