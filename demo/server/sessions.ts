/** One reference backend per `X-Demo-Session`, so parallel tests never share state; the oldest go first. */
import {
  createReferenceBackend,
  type ReferenceBackend,
  type ReferenceOptions,
} from '../../src/reference/backend.js';

export function createSessions(
  options: ReferenceOptions,
  max = 1000,
  create: (options: ReferenceOptions) => ReferenceBackend = createReferenceBackend,
) {
  const backends = new Map<string, ReferenceBackend>();
  return {
    /** The backend of `session` ('' for requests without the header), created on first use. */
    get(session: string): ReferenceBackend {
      let backend = backends.get(session);
      if (backend) {
        backends.delete(session); // re-inserted below: most recently used last
      } else {
        backend = create(options);
        if (backends.size >= max) backends.delete(backends.keys().next().value!);
      }
      backends.set(session, backend);
      return backend;
    },
  };
}
