/** Client resolution (DESIGN.md): the `client` property, else an HTTP client on `api-base`, else the provider's. */
import { withValidation, type RecoveryClient } from '../api/client.js';
import { createHttpClient } from '../api/http-client.js';

const checked = new WeakMap<RecoveryClient, RecoveryClient>();

/** `client` with its answers checked against the contract, wrapped once however often it is asked for. */
export function checkedClient(client: RecoveryClient): RecoveryClient {
  let wrapped = checked.get(client);
  if (!wrapped) checked.set(client, (wrapped = withValidation(client)));
  return wrapped;
}

/** Remembers the HTTP client made for an `api-base`, so each element makes one per base URL. */
export class ApiBaseClient {
  private made?: { baseUrl: string; client: RecoveryClient };

  for(baseUrl: string): RecoveryClient {
    if (this.made?.baseUrl !== baseUrl)
      this.made = { baseUrl, client: createHttpClient({ baseUrl }) };
    return this.made.client;
  }
}
