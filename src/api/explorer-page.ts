// The explorer page (src/web/), bundled into dist/web/ at install time and
// served as static files: nothing is fetched from anywhere but this server.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

export const EXPLORER_PATH = '/explore';
const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export function explorerRouter(dist = WEB_DIST): Router {
  const router = express.Router();
  router.use(EXPLORER_PATH, (req, res, next) => {
    // Checked per request, so a bundle built after start is served without a restart.
    if (existsSync(`${dist}index.html`)) return next();
    res.status(503).type('text').send('The explorer page is not built: run `npm run build:web` (npm install does it).');
  });
  // The page's state is in its query string: /explore?focus=… is the page itself.
  router.get([EXPLORER_PATH, `${EXPLORER_PATH}/`], (_req, res) => res.sendFile('index.html', { root: dist }));
  router.use(EXPLORER_PATH, express.static(dist, { index: false, redirect: false, maxAge: '1h' }));
  return router;
}
