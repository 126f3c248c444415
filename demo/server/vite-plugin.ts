/** Mounts the reference backend in Vite's dev and preview servers, beside the demo pages (`npm start`). */
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { createReferenceHandler, type ReferenceHandlerOptions } from './handler.js';

export function referenceBackend(options: ReferenceHandlerOptions = {}): Plugin {
  const handle = createReferenceHandler(options);
  const mount = (server: ViteDevServer | PreviewServer) => {
    server.middlewares.use((req, res, next) => {
      handle(req, res).then((handled) => handled || next(), next);
    });
  };
  return {
    name: 'two-factor-recovery:reference-backend',
    configureServer: mount,
    configurePreviewServer: mount,
  };
}
