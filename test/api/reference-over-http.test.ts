import { createHttpClient } from '../../src/api/http-client.js';
import { demoSessionHeader, demoUserHeader } from '../../src/reference/dev-api.js';
import { createDevClient } from '../../demo/dev-client.js';
import { contractSuite } from './contract-suite.js';

contractSuite('the contract, on createHttpClient and the reference backend over HTTP', async () => {
  const session = crypto.randomUUID();
  const clientAs = (userId?: string) =>
    createHttpClient({
      baseUrl: '/api/2fa',
      headers: { [demoSessionHeader]: session, ...(userId && { [demoUserHeader]: userId }) },
    });
  return {
    client: clientAs(),
    dev: createDevClient('/api/2fa', session),
    signedInAs: clientAs,
  };
});
