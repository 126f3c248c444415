/**
 * `npm run screenshots`: every story at 320 and 1280 px, light and dark, in headless Chromium,
 * into `screenshots/` with a contact sheet (`screenshots/index.html`) for designers to review.
 * Each story is played once; its end state is photographed four ways. With `--lang=fr` (any
 * shipped language), the story is played in English, then the page switches to that language
 * (right to left for Arabic) before the photographs, as a live element follows its lang.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer, type Plugin } from 'vite';
import { storyFiles } from '../stories/support/story-files.js';
import { chromiumArgs, chromiumPath, installHint } from '../test/browsers.js';

if (!chromiumPath) throw new Error(`No Chromium: ${installHint}`);
const out = 'screenshots';
const only = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const lang = process.argv
  .slice(2)
  .find((arg) => arg.startsWith('--lang='))
  ?.slice('--lang='.length);

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>story</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/node_modules/@fontsource/inter/400.css">
<link rel="stylesheet" href="/node_modules/@fontsource/inter/600.css">
<style>
  body { margin: 0; padding: 16px; font-family: Inter, sans-serif; background: #fff; }
  body.dark { background: #010409; color-scheme: dark; }
  body.dark #canvas { --tfr-color-scheme: dark; }
</style>
<script type="module" src="/scripts/screenshots/page.ts"></script></head>
<body><div id="canvas"></div></body></html>`;

const storyPage: Plugin = {
  name: 'story-page',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/__story.html') return next();
      res.setHeader('Content-Type', 'text/html');
      res.end(page);
    });
  },
};

const server = await createServer({
  configFile: false,
  root: process.cwd(),
  logLevel: 'error',
  server: { port: 0, host: '127.0.0.1' },
  // Found up front: a dependency first met while a story loads makes Vite optimize again and
  // fail that import ("Outdated Optimize Dep").
  optimizeDeps: { entries: ['stories/**/*.stories.ts', 'scripts/screenshots/page.ts'] },
  plugins: [storyPage],
});
await server.listen();
const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const rows: string[] = [];
const variants = [
  [1280, 'light'],
  [320, 'light'],
  [1280, 'dark'],
  [320, 'dark'],
] as const;
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  tab.on('pageerror', (error) => console.warn(`page error: ${error.message}`));
  await tab.goto(`${origin}/__story.html`);
  await tab.waitForFunction(() => typeof window.showStory === 'function');
  for (const file of storyFiles().filter((path) => !only || path.includes(only))) {
    const names = await tab.evaluate(async (path) => {
      const module = (await import(/* @vite-ignore */ `/${path}`)) as Record<string, unknown>;
      return Object.keys(module).filter((key) => key !== 'default');
    }, file);
    for (const name of names) {
      const id = `${file
        .replace(/^stories\//, '')
        .replace(/\.stories\.ts$/, '')
        .replace(/\//g, '-')}--${name}`;
      await tab.setViewportSize({ width: 1280, height: 900 });
      await tab.evaluate(() => document.body.classList.remove('dark'));
      await tab.evaluate(() => {
        const canvas = document.getElementById('canvas')!;
        canvas.removeAttribute('lang');
        canvas.removeAttribute('dir');
      });
      const failed = await tab.evaluate(
        ([path, story]) => window.showStory(path!, story!),
        [file, name],
      );
      if (lang) {
        await tab.evaluate((tag) => {
          const canvas = document.getElementById('canvas')!;
          canvas.lang = tag;
          canvas.dir = tag === 'ar' ? 'rtl' : 'ltr';
        }, lang);
        await tab.waitForTimeout(300); // the language's words arrive
      }
      const cells: string[] = [];
      for (const [width, scheme] of variants) {
        await tab.setViewportSize({ width, height: 900 });
        await tab.evaluate(
          (dark) => document.body.classList.toggle('dark', dark),
          scheme === 'dark',
        );
        await tab.waitForTimeout(50);
        const png = `${id}--${width}-${scheme}.png`;
        await tab.locator('#canvas').screenshot({ path: `${out}/${png}`, animations: 'disabled' });
        cells.push(
          `<td><img src="${png}" alt="${id}, ${width} px, ${scheme}" loading="lazy"></td>`,
        );
      }
      rows.push(
        `<tr><th scope="row">${file}<br><strong>${name}</strong>${failed ? `<br><span class="failed">${failed}</span>` : ''}</th>${cells.join('')}</tr>`,
      );
      console.log(`${failed ? 'FAILED ' : ''}${id}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

writeFileSync(
  `${out}/index.html`,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>two-factor-recovery: every story</title>
<style>body{font-family:system-ui,sans-serif}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:8px;vertical-align:top;text-align:start}
th{max-width:14rem;font-weight:normal}img{max-width:640px}.failed{color:#b42318}</style></head>
<body><h1>Every story: 1280 and 320 px, light and dark${lang ? `, in ${lang}` : ''}</h1><table>
<thead><tr><th>story</th><th>1280, light</th><th>320, light</th><th>1280, dark</th><th>320, dark</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></body></html>\n`,
);
console.log(`${rows.length} stories: ${out}/index.html`);
