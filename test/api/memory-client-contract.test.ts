import { createMemoryClient } from '../../src/api/memory-client.js';
import { adminId } from '../../src/conformance/rule.js';
import { recordCalls } from '../../src/conformance/run.js';
import { describeRules } from './rules-runner.js';

describeRules(
  'the contract, on the memory client',
  Promise.resolve((log) => {
    const client = createMemoryClient();
    return {
      client: recordCalls(client, log),
      // The memory client sends any body on to the backend, which checks it.
      unchecked: (name, body) => (client[name] as (body: unknown) => Promise<unknown>)(body),
      admin: recordCalls(client.as(adminId), log, `${adminId}: `),
      signedInAs: (userId) => recordCalls(client.as(userId), log, `${userId}: `),
      dev: {
        reset: (account, options) => client.reset(account, options),
        outbox: () => client.outbox(),
        totp: () => client.totp(),
        advanceClock: (seconds) => client.advanceClock(seconds),
        adminLog: () => client.adminLog(),
      },
      siteOrigin: location.origin,
      lacks: { http: 'needs HTTP', host: 'needs HTTP' },
    };
  }),
  ['http', 'host'],
);
