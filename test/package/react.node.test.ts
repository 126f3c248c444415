/**
 * two-factor-recovery/react as React and Next.js see it: a client boundary, one wrapper per
 * element, each listening to exactly the events its element fires (custom-elements.json).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { read, requireBuild } from './dist.js';

const camel = (event: string) =>
  `on${event.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}`;

describe('two-factor-recovery/react', () => {
  it('is a client module for React Server Components ("use client" first)', () => {
    requireBuild();
    assert.match(read('dist/react.js'), /^["']use client["'];/);
  });

  it("gives every element a wrapper whose event props are the element's events", () => {
    const manifest = JSON.parse(read('dist/custom-elements.json')) as {
      modules: {
        declarations?: { tagName?: string; name: string; events?: { name: string }[] }[];
      }[];
    };
    const elements = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((d) => d.tagName);
    const types = read('dist/types/react/index.d.ts');
    assert.equal(elements.length, 7);
    for (const element of elements) {
      const declared = new RegExp(
        `export declare const ${element.name}: ReactWebComponent<${element.name}Element, (\\{\\}|Pick<\\{[^}]*\\}, ([^>]*)>)>;`,
      ).exec(types);
      assert.ok(declared, `no wrapper for <${element.tagName}>`);
      const props = [...(declared[2] ?? '').matchAll(/"(\w+)"/g)].map((m) => m[1]).sort();
      const expected = (element.events ?? []).map((e) => camel(e.name)).sort();
      assert.deepEqual(props, expected, `<${element.tagName}>`);
    }
  });
});
