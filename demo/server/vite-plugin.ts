/** Mounts the reference backend in Vite's dev and preview servers, beside the demo pages (`npm start`). */
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import {
  createReferenceHandler,
  type ReferenceHandler,
  type ReferenceHandlerOptions,
} from './handler.js';

export function referenceBackend(options: ReferenceHandlerOptions = {}): Plugin {
  const mount = (server: ViteDevServer | PreviewServer) => {
    let handle: ReferenceHandler | undefined;
    server.middlewares.use((req, res, next) => {
      // Made on the first request, when the origin Vite listens on is known: messages link there.
      const local = server.resolvedUrls?.local[0];
      handle ??= createReferenceHandler({
        origin: local && new URL(local).origin,
        ...options,
      });
      handle(req, res).then((handled) => handled || next(), next);
    });
  };
  return {
    name: 'two-factor-recovery:reference-backend',
    configureServer: mount,
    configurePreviewServer: mount,
  };
}
