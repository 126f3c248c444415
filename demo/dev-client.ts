/** Calls the reference backend's development endpoints: the demo's panel and the tests use it. */
import type { Status } from '../src/api/contract.js';
import {
  demoSessionHeader,
  devEndpoints,
  type DemoAccountName,
  type DevTotp,
} from '../src/reference/dev-api.js';
import type { AdminReset, OutboxMessage } from '../src/reference/state.js';

export interface DevClient {
  outbox(): Promise<OutboxMessage[]>;
  reset(account: DemoAccountName, options?: { stepUpRequired?: boolean }): Promise<Status>;
  totp(): Promise<DevTotp>;
  advanceClock(seconds: number): Promise<{ now: string }>;
  /** Every admin reset, newest last. */
  adminLog(): Promise<AdminReset[]>;
}

export function createDevClient(baseUrl = '/api/2fa', session?: string): DevClient {
  async function call<T>(endpoint: keyof typeof devEndpoints, body?: object): Promise<T> {
    const { method, path } = devEndpoints[endpoint];
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(session && { [demoSessionHeader]: session }),
      },
      ...(body && { body: JSON.stringify(body) }),
    });
    if (!response.ok)
      throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return response.json() as Promise<T>;
  }
  return {
    outbox: () => call('outbox'),
    reset: (account, options = {}) => call('reset', { account, ...options }),
    totp: () => call('totp'),
    advanceClock: (advanceSeconds) => call('clock', { advanceSeconds }),
    adminLog: () => call('adminLog'),
  };
}
