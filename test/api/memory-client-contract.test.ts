import { createMemoryClient } from '../../src/api/memory-client.js';
import { contractSuite } from './contract-suite.js';

contractSuite('the contract, on the memory client', async () => {
  const client = createMemoryClient();
  return { client, dev: client, signedInAs: (userId) => client.as(userId) };
});
