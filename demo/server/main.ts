/**
 * The reference backend on its own: `npm run server` (PORT, default 8787). Set ALLOW_ORIGIN to
 * a page's origin to call it from there with credentials, and ORIGIN to the site's origin for
 * the links and WebOTP domain in its messages (default: the one it listens on).
 * `npm run server -- --production` (or NODE_ENV=production) serves no development endpoints,
 * refuses X-Demo-Session and X-Demo-User, and also throttles sends per client address.
 */
import { createServer } from 'node:http';
import { createReferenceHandler } from './handler.js';

const port = Number(process.env.PORT ?? 8787);
const production = process.argv.includes('--production') || process.env.NODE_ENV === 'production';

const server = createServer();
server.listen(port, 'localhost', () => {
  const { port: actual } = server.address() as { port: number };
  const handle = createReferenceHandler({
    origin: process.env.ORIGIN ?? `http://localhost:${actual}`,
    allowOrigin: process.env.ALLOW_ORIGIN,
    production,
    log: (line) => console.log(line),
  });
  server.on('request', (req, res) => {
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
  const mode = production ? ' (production: no development endpoints)' : '';
  console.log(`Reference backend${mode}: http://localhost:${actual}/api/2fa`);
});
