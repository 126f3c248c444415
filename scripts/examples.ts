/**
 * `npm run test:examples`: every app in examples/ as an integrator builds it, from the packed
 * package. For each: `npm ci` (its own lockfile), the tarball installed with `--no-save` (its
 * checksum changes with every build), its type check (TypeScript 5.9), its build; then headless
 * Chromium drives the built page from "choose" to the code step on the memory client, and checks
 * that the app's own event binding heard exactly one `recovery-step-change` per step the element
 * went through, and that the console showed no error (nor, in Next.js, a hydration warning).
 * The Next.js example is driven twice: `next start` and `next dev` (where React reports
 * hydration mismatches). Needs `npm run build` first. Prints each phase's time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath, installHint } from '../test/browsers.js';

const root = resolve('examples');
const only = process.argv.slice(2);
const quiet = { NEXT_TELEMETRY_DISABLED: '1', npm_config_update_notifier: 'false' };

interface Served {
  url: string;
  stop(): Promise<void>;
}

interface Example {
  name: string;
  /** Where the built app is served from: a static folder, or a command of its own. */
  serve: (dir: string) => Promise<Served>;
  /** Serve and drive again, e.g. under a development server. */
  also?: { label: string; serve: (dir: string) => Promise<Served> }[];
}

const examples: Example[] = [
  { name: 'html', serve: (dir) => serveStatic(join(dir, 'dist')) },
  { name: 'react-vite', serve: (dir) => serveStatic(join(dir, 'dist')) },
  { name: 'vue-vite', serve: (dir) => serveStatic(join(dir, 'dist')) },
  { name: 'svelte-vite', serve: (dir) => serveStatic(join(dir, 'dist')) },
  {
    name: 'nextjs',
    serve: (dir) => serveCommand(dir, ['start']),
    also: [{ label: 'next dev', serve: (dir) => serveCommand(dir, ['dev']) }],
  },
];

/** Runs `command` in `cwd`; its output is shown only if it fails. */
function run(cwd: string, command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...quiet } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? done()
        : fail(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** The built folder on 127.0.0.1, as any static host serves it. */
async function serveStatic(dir: string): Promise<Served> {
  const server: Server = createHttpServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise((stopped) => server.close(() => stopped())),
  };
}

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as { port: number };
  await new Promise((closed) => server.close(closed));
  return port;
}

/** `npx next <args>` on 127.0.0.1, until it answers; stopped by its process group's id. */
async function serveCommand(dir: string, args: string[]): Promise<Served> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    join(dir, 'node_modules/.bin/next'),
    [...args, '--hostname', '127.0.0.1', '--port', String(port)],
    { cwd: dir, env: { ...process.env, ...quiet }, detached: true, stdio: 'pipe' },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((gone) => child.once('exit', gone));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next ${args[0]} exited:\n${output}`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((later) => setTimeout(later, 250));
  }
  await stop();
  throw new Error(`next ${args[0]} did not answer within 60 s:\n${output}`);
}

/** Records every `data-step` the element takes, from the first, before the page's scripts run. */
const recordSteps = () => {
  const seen: string[] = [];
  (window as unknown as { stepsSeen: string[] }).stepsSeen = seen;
  new MutationObserver((records) => {
    for (const record of records) {
      const step = (record.target as HTMLElement).dataset.step;
      if (record.target.nodeName === 'TWO-FACTOR-RESET' && step && seen.at(-1) !== step)
        seen.push(step);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-step'] });
};

/** From "choose" to the code step; what the app heard must be every step change, once each. */
async function drive(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || (message.type() === 'warning' && /hydrat/i.test(text)))
      problems.push(`console ${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    await page.addInitScript(recordSteps);
    await page.goto(url);
    const reset = page.locator('two-factor-reset');
    await reset.and(page.locator('[data-step="choose"]')).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Use backup method' }).click();
    await reset.and(page.locator('[data-step="code"]')).waitFor();
    await page.locator('#steps li', { hasText: 'code' }).waitFor();
    await page.getByRole('textbox', { name: 'Verification code' }).waitFor();
    await page.waitForTimeout(300); // a late duplicate event would show by now
    const heard = await page.locator('#steps li').allTextContents();
    const seen = await page.evaluate(
      () => (window as unknown as { stepsSeen: string[] }).stepsSeen,
    );
    // Every step from "choose" on, heard once. Reaching "choose" fires an event only if the
    // element rendered before with data; a client that arrives late (after hydration) is still
    // part of the first render, so a step before it (`error`: no client yet) fires none.
    const fromChoose = seen.slice(seen.indexOf('choose'));
    const ok = [fromChoose, fromChoose.slice(1)].some(
      (e) => JSON.stringify(heard) === JSON.stringify(e),
    );
    if (!seen.includes('choose') || !ok)
      problems.push(
        `the app heard ${JSON.stringify(heard)}; the element went ${JSON.stringify(seen)}`,
      );
  } finally {
    await context.close();
  }
  if (problems.length) throw new Error(problems.join('\n'));
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
  if (!existsSync('dist/index.js')) throw new Error('dist/ is missing: run `npm run build` first');
  if (!chromiumPath) throw new Error(`no Chromium found: ${installHint}, or set CHROME_PATH`);
  const started = performance.now();
  const packDir = mkdtempSync(join(tmpdir(), 'tfr-examples-'));
  let passed = 0;
  let failed = 0;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const [{ filename }] = JSON.parse(
      await new Promise<string>((done, fail) => {
        const child = spawn('npm', [
          'pack',
          '--json',
          '--ignore-scripts',
          '--pack-destination',
          packDir,
        ]);
        let out = '';
        child.stdout.on('data', (chunk) => (out += chunk));
        child.on('error', fail);
        child.on('close', (code) => (code === 0 ? done(out) : fail(new Error('npm pack failed'))));
      }),
    ) as [{ filename: string }];
    const tarball = join(packDir, filename);
    for (const example of examples.filter((e) => !only.length || only.includes(e.name))) {
      const dir = join(root, example.name);
      const phases: string[] = [];
      const phase = async (label: string, work: () => Promise<void>) => {
        const since = performance.now();
        await work();
        phases.push(`${label} ${seconds(since)}`);
      };
      try {
        // As in a fresh clone: no build, and no types Next.js wrote for an earlier build.
        for (const output of ['dist', '.next'])
          rmSync(join(dir, output), { recursive: true, force: true });
        const npm = ['--no-audit', '--no-fund', '--prefer-offline'];
        await phase('npm ci', () => run(dir, 'npm', ['ci', ...npm]));
        await phase('install', () => run(dir, 'npm', ['install', '--no-save', ...npm, tarball]));
        await phase('typecheck', () => run(dir, 'npm', ['run', 'typecheck']));
        await phase('build', () => run(dir, 'npm', ['run', 'build']));
        for (const { label, serve } of [
          { label: 'drive', serve: example.serve },
          ...(example.also ?? []).map((a) => ({ label: `drive (${a.label})`, serve: a.serve })),
        ]) {
          await phase(label, async () => {
            const served = await serve(dir);
            try {
              await drive(browser, served.url);
            } finally {
              await served.stop();
            }
          });
        }
        passed++;
        console.log(`ok ${example.name}: ${phases.join(', ')}`);
      } catch (error) {
        failed++;
        console.log(`not ok ${example.name}: ${phases.join(', ')}\n${(error as Error).message}`);
      }
    }
  } finally {
    await browser.close();
    rmSync(packDir, { recursive: true, force: true });
  }
  console.log(`examples took ${seconds(started)}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error);
  return 1;
});
