/**
 * A host site for the built drop-in: pages of the test's own, dist/cdn/ as a host copies it,
 * and the reference backend under /api/2fa, all on one origin.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createReferenceHandler } from '../../demo/server/handler.js';
import { chromiumArgs, chromiumPath } from '../browsers.js';
import { requireBuild } from './dist.js';

const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
};

export interface HostSite {
  origin: string;
  close(): void;
}

/** Serves `pages` (path → body) with `headers` on every answer. */
export async function hostSite(
  pages: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<HostSite> {
  requireBuild();
  const backend = createReferenceHandler();
  const server = createServer(async (req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (await backend(req, res)) return;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path in pages)
      return res
        .writeHead(200, { 'Content-Type': types[extname(path)] ?? 'text/html' })
        .end(pages[path]);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const file = normalize(join('dist', path));
    if (!path.startsWith('/cdn/') || !file.startsWith('dist/cdn/')) return res.writeHead(404).end();
    try {
      res
        .writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' })
        .end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => server.close(),
  };
}

export const page = (title: string, body: string, script = '/page.js', lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>` +
  `<script type="module" src="${script}"></script></head><body>${body}</body></html>`;

/**
 * For a suite: a host site of `pages` (as `hostSite`) and a Chromium, started before its tests
 * and closed after them; the tests open pages and read the origin through it.
 */
export function hostedInChromium(
  pages: Record<string, string>,
  headers: Record<string, string> = {},
): { readonly origin: string; newPage(): Promise<Page> } {
  let site: HostSite | undefined;
  let browser: Browser | undefined;
  before(async () => {
    site = await hostSite(pages, headers);
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
    site?.close();
  });
  return {
    get origin() {
      return site!.origin;
    },
    newPage: () => browser!.newPage(),
  };
}
