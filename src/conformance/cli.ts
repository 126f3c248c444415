/**
 * `two-factor-recovery conformance --base-url URL`: runs the contract's rules against a backend
 * over HTTP and prints one line per rule, then `N passed, M failed, K skipped`. Exits 1 if a
 * rule failed, 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import { operationNames, type OperationName } from '../api/contract.js';
import { connectOverHttp } from './http.js';
import { fetchWithHost } from './node-fetch.js';
import { rules } from './rules/index.js';
import { formatResult, runRules, summary } from './run.js';

const usage = `Usage: two-factor-recovery conformance --base-url URL [options]

Runs the two-factor-recovery contract's rules against a backend and prints PASS, FAIL or SKIP
for each, then a summary. Exits 1 if any rule fails.

Options:
  --base-url URL             where the operations are, e.g. http://localhost:8787/api/2fa
  --header 'Name: value'     a header of the signed-in session (repeatable)
  --admin-header 'Name: value'
                             a header of an admin's session (repeatable)
  --operation-path name=/path
                             a custom path (or URL) for one operation (repeatable)
  --dev-base-url URL         where /__dev/* are, if not beside the operations
  --json                     print the results as JSON instead
  --help                     print this
`;

class UsageError extends Error {}

function headersOf(values: string[] = []): Record<string, string> {
  return Object.fromEntries(
    values.map((value) => {
      const match = /^([!#$%&'*+.^_`|~\w-]+):\s*(.*)$/.exec(value);
      if (!match) throw new UsageError(`A header is 'Name: value', not ${JSON.stringify(value)}.`);
      return [match[1]!, match[2]!];
    }),
  );
}

function endpointsOf(values: string[] = []): Partial<Record<OperationName, string>> {
  return Object.fromEntries(
    values.map((value) => {
      const [name, path] = [
        value.slice(0, value.indexOf('=')),
        value.slice(value.indexOf('=') + 1),
      ];
      if (!operationNames.includes(name as OperationName) || !path)
        throw new UsageError(
          `--operation-path takes name=/path, the name one of: ${operationNames.join(', ')}.`,
        );
      return [name, path];
    }),
  );
}

function baseUrlOf(value: string | undefined, option: string): string {
  if (!value || !URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol))
    throw new UsageError(`${option} takes an http(s) URL.`);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      'base-url': { type: 'string' },
      header: { type: 'string', multiple: true },
      'admin-header': { type: 'string', multiple: true },
      'operation-path': { type: 'string', multiple: true },
      'dev-base-url': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || command === '--help') {
    process.stdout.write(usage);
    return 0;
  }
  if (command !== 'conformance') throw new UsageError(`Unknown command ${command ?? '(none)'}.`);

  const adminHeaders = values['admin-header'] && headersOf(values['admin-header']);
  const connect = await connectOverHttp({
    baseUrl: baseUrlOf(values['base-url'], '--base-url'),
    headers: headersOf(values.header),
    ...(adminHeaders && { adminHeaders }),
    endpoints: endpointsOf(values['operation-path']),
    ...(values['dev-base-url'] && {
      devBaseUrl: baseUrlOf(values['dev-base-url'], '--dev-base-url'),
    }),
    fetchWithHost,
  });
  const results = await runRules(rules, connect, (result) => {
    if (!values.json) console.log(formatResult(result));
  });
  const failed = results.some((result) => result.outcome === 'FAIL');
  if (values.json) console.log(JSON.stringify({ summary: summary(results), results }, null, 2));
  else console.log(summary(results));
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const isUsage =
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(isUsage ? `${(error as Error).message}\n\n${usage}` : error);
    process.exitCode = isUsage ? 2 : 1;
  },
);
