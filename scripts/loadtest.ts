/**
 * `npm run loadtest`: the reference backend under load, for figures only (nothing here asserts
 * a time). It starts the server for production in a child process on 127.0.0.1 (never another
 * address), then, for each of getStatus, startStepUp and startBackupRecovery, keeps a few
 * requests in flight for a bounded time, and prints requests per second, the 99th percentile
 * latency, the statuses answered and the server's resident memory before and after.
 *   npm run loadtest -- --seconds 10 --concurrency 16   (at most 20 s per operation)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { operations, type OperationName } from '../src/api/contract.js';
import { createReferenceHandler } from '../demo/server/handler.js';

const targets: OperationName[] = ['getStatus', 'startStepUp', 'startBackupRecovery'];
const host = '127.0.0.1';

if (process.argv.includes('--serve')) serve();
else await main();

/** The child: the reference backend, answering the parent's questions about its memory. */
function serve(): void {
  const handle = createReferenceHandler({ production: true });
  const server = createServer((req, res) => {
    void handle(req, res).then((handled) => handled || res.writeHead(404).end());
  });
  server.listen(0, host, () => process.send!({ port: (server.address() as AddressInfo).port }));
  process.on('message', () => process.send!({ rss: process.memoryUsage().rss }));
  process.on('disconnect', () => process.exit(0));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      seconds: { type: 'string', default: '20' },
      concurrency: { type: 'string', default: '16' },
    },
  });
  const seconds = Math.min(20, Math.max(1, Number(values.seconds) || 20));
  const concurrency = Math.min(256, Math.max(1, Number(values.concurrency) || 16));

  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    execArgv: ['--import', 'tsx'],
  });
  try {
    const { port } = await reply<{ port: number }>(child);
    const base = `http://${host}:${port}/api/2fa`;
    console.log(
      `Reference backend (production mode) at ${base}: ${seconds} s per operation, ${concurrency} in flight`,
    );
    for (const name of targets) {
      const before = await rss(child);
      const result = await load(base, name, seconds, concurrency);
      const after = await rss(child);
      const statuses = [...result.statuses]
        .map(([status, count]) => `${status}×${count}`)
        .join(' ');
      console.log(
        `${name.padEnd(20)} ${result.perSecond.toFixed(0).padStart(6)} req/s   p99 ${result.p99.toFixed(1).padStart(6)} ms   ` +
          `RSS ${mib(before)} → ${mib(after)} MiB   ${statuses}`,
      );
    }
  } finally {
    child.kill();
  }
}

/** Keeps `concurrency` requests to `name` in flight for `seconds`. */
async function load(base: string, name: OperationName, seconds: number, concurrency: number) {
  const { method, path } = operations[name];
  const init: RequestInit =
    method === 'GET' ? {} : { method, headers: { 'Content-Type': 'application/json' }, body: '{}' };
  const latencies: number[] = [];
  const statuses = new Map<number | 'error', number>();
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const sent = performance.now();
        let status: number | 'error';
        try {
          const response = await fetch(`${base}${path}`, init);
          await response.arrayBuffer();
          status = response.status;
        } catch {
          status = 'error';
        }
        latencies.push(performance.now() - sent);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / ((performance.now() - started) / 1000),
    p99: latencies[Math.max(0, Math.ceil(latencies.length * 0.99) - 1)] ?? 0,
    statuses,
  };
}

function reply<T>(child: ChildProcess, question?: string): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve(message as T));
    child.once('exit', (code) => reject(new Error(`The server exited (${code}).`)));
    if (question) child.send(question);
  });
}

async function rss(child: ChildProcess): Promise<number> {
  return (await reply<{ rss: number }>(child, 'rss')).rss;
}

function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
