/** The built conformance command, run against a reference backend started here, on 127.0.0.1. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { ReferenceHandler } from '../../demo/server/handler.js';

export const command = 'dist/bin/two-factor-recovery.js';

/** `handler` on a port of its own; requests outside it get a plain 404. */
export async function listen(handle: ReferenceHandler): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    void handle(req, res).then((handled) => handled || res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, base: `http://127.0.0.1:${port}/api/2fa` };
}

export interface Run {
  code: number;
  stdout: string;
  lines: string[];
  /** Rule id → outcome. */
  outcomes: Map<string, string>;
}

/** Runs the built command (asynchronously, so the server here keeps answering). */
export function conformance(args: string[]): Promise<Run> {
  if (!existsSync(command)) throw new Error(`${command} is missing: run \`npm run build\` first`);
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [command, 'conformance', ...args],
      { timeout: 120_000 },
      (error, stdout) => {
        if (error && typeof error.code !== 'number') return reject(error);
        const lines = stdout.trimEnd().split('\n');
        const outcomes = new Map(
          lines.flatMap((line) => {
            const match = /^(PASS|FAIL|SKIP) ([\w.-]+): /.exec(line);
            return match ? [[match[2]!, match[1]!] as const] : [];
          }),
        );
        resolve({
          code: typeof error?.code === 'number' ? error.code : 0,
          stdout,
          lines,
          outcomes,
        });
      },
    );
  });
}

/** The counts of the summary line, the last line. */
export function summaryOf(run: Run): { passed: number; failed: number; skipped: number } {
  const match = /^(\d+) passed, (\d+) failed, (\d+) skipped$/.exec(run.lines.at(-1) ?? '');
  if (!match) throw new Error(`no summary line at the end of:\n${run.stdout}`);
  return { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3]) };
}
