/**
 * CONTRACT.md §3: importing any npm module where there is no DOM (server-side rendering)
 * throws nothing, defines no element outside lit's own server stand-in, reads no `window`,
 * `document` or `HTMLElement`, and starts no timer or request (DESIGN.md: nothing on import).
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import type { ComponentType } from 'react';
import { pathToFileURL } from 'node:url';
import { npmEntries } from './dist.js';

/**
 * Where a global was read from: the innermost frame that is not Node's own. Only our built
 * modules count (lit's own modules may look for a DOM and fall back to their server stand-ins).
 */
function ours(stack: string): string {
  const reader = stack
    .split('\n')
    .slice(2)
    .find((frame) => !frame.includes('node:'));
  return reader && /[\\/]dist[\\/]|data:/.test(reader) ? reader.trim() : '';
}

const touched: string[] = [];
function trap(name: string, wrap?: (original: (...args: unknown[]) => unknown) => unknown) {
  const original = (globalThis as Record<string, unknown>)[name];
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const where = ours(new Error().stack ?? '');
      if (where && !wrap) touched.push(`read ${name}\n${where}`);
      return wrap ? wrap(original as (...args: unknown[]) => unknown) : undefined;
    },
  });
  return () =>
    Object.defineProperty(globalThis, name, {
      configurable: true,
      writable: true,
      value: original,
    });
}
const callsOf = (name: string) => (original: (...args: unknown[]) => unknown) =>
  function (this: unknown, ...args: unknown[]) {
    const where = ours(new Error().stack ?? '');
    if (where) touched.push(`called ${name}\n${where}`);
    return original.apply(this, args);
  };

describe('importing the package where there is no DOM', () => {
  for (const entry of npmEntries()) {
    it(`dist/${entry} throws nothing and touches no DOM, timer or network`, async () => {
      const untrap = [
        ...[
          'window',
          'document',
          'HTMLElement',
          'navigator',
          'location',
          'localStorage',
          'sessionStorage',
        ]
          .filter((name) => !(name in globalThis))
          .map((name) => trap(name)),
        ...['setTimeout', 'setInterval', 'queueMicrotask', 'fetch'].map((name) =>
          trap(name, callsOf(name)),
        ),
      ];
      touched.length = 0;
      try {
        await import(pathToFileURL(resolve('dist', entry)).href);
      } finally {
        untrap.forEach((restore) => restore());
      }
      assert.deepEqual(touched, []);
    });
  }

  it('renders every React wrapper on the server to its tag, with the props that are attributes', async () => {
    const { createElement } = await import('react');
    const { renderToString } = await import('react-dom/server');
    const wrappers = (await import(pathToFileURL(resolve('dist/react.js')).href)) as Record<
      string,
      ComponentType<Record<string, unknown>>
    >;
    assert.equal(Object.keys(wrappers).length, 7);
    const render = (name: string, props: Record<string, unknown>) =>
      renderToString(createElement(wrappers[name]!, props));
    for (const name of Object.keys(wrappers)) {
      const tag = name.replace(/[A-Z]/g, (c, at: number) => `${at ? '-' : ''}${c.toLowerCase()}`);
      const props = { id: 'x', className: 'c', apiBase: '/api', client: {}, strings: {} };
      // The client, the strings and listeners wait for the browser (a layout effect).
      assert.equal(
        render(name, { ...props, onRecoveryStepChange: () => {} }),
        `<${tag} id="x" class="c" api-base="/api"></${tag}>`,
      );
    }
    assert.equal(
      render('TwoFactorReset', { open: true }),
      '<two-factor-reset open=""></two-factor-reset>',
    );
    assert.equal(
      render('TwoFactorReset', { open: false }),
      '<two-factor-reset></two-factor-reset>',
    );
    assert.equal(
      render('RecoveryProvider', {
        supportUrl: '/help',
        children: createElement(wrappers['TwoFactorReset']!, { open: true }),
      }),
      '<recovery-provider support-url="/help"><two-factor-reset open=""></two-factor-reset></recovery-provider>',
    );
    assert.equal(
      render('TwoFactorAdminReset', { userId: 'ada@example.com' }),
      '<two-factor-admin-reset user-id="ada@example.com"></two-factor-admin-reset>',
    );
  });

  it('notices a module that does touch the DOM (the check itself works)', async () => {
    const restore = trap('document');
    touched.length = 0;
    try {
      const touchesDocument = 'data:text/javascript,globalThis.document';
      await import(touchesDocument);
    } finally {
      restore();
    }
    assert.equal(touched.length, 1);
  });
});
