/**
 * The reference backend on its own: `npm run server` (PORT, default 8787). Set ALLOW_ORIGIN to
 * a page's origin to call it from there with credentials.
 */
import { createServer } from 'node:http';
import { createReferenceHandler } from './handler.js';

const port = Number(process.env.PORT ?? 8787);
const handle = createReferenceHandler({
  allowOrigin: process.env.ALLOW_ORIGIN,
  log: (line) => console.log(line),
});

const server = createServer((req, res) => {
  void handle(req, res).then((handled) => {
    if (handled) return;
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(
      JSON.stringify({
        error: { code: 'not_found', message: 'The operations are under /api/2fa.' },
      }),
    );
  });
});
server.listen(port, 'localhost', () => {
  const { port: actual } = server.address() as { port: number };
  console.log(`Reference backend: http://localhost:${actual}/api/2fa`);
});
