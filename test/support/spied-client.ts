/** A client with every operation it is asked for written down: to prove what was sent, or that nothing was. */
import type { RecoveryClient } from '../../src/api/client.js';
import { operationNames, type OperationName } from '../../src/api/contract.js';

export function spied<C extends RecoveryClient>(client: C) {
  const calls: { name: OperationName; body: unknown }[] = [];
  const spy = new Proxy(client, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function' || !operationNames.includes(name as OperationName))
        return value;
      return (body: unknown, options: unknown) => {
        calls.push({ name: name as OperationName, body });
        return value.call(target, body, options);
      };
    },
  });
  return { spy, calls, of: (name: OperationName) => calls.filter((call) => call.name === name) };
}
