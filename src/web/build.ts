// Bundles the explorer page (src/web/) into dist/web/, which the API serves at
// /explore: run by `npm install` (prepare, after codegen) and `npm run build:web`.
import { cpSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const web = fileURLToPath(new URL('.', import.meta.url));
export const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));

rmSync(WEB_DIST, { recursive: true, force: true });
mkdirSync(WEB_DIST, { recursive: true });
await build({
  entryPoints: [`${web}main.ts`],
  outfile: `${WEB_DIST}explorer.js`,
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'chrome110',
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});
cpSync(`${web}index.html`, `${WEB_DIST}index.html`);
cpSync(`${web}explorer.css`, `${WEB_DIST}explorer.css`);
const kb = (f: string) => (statSync(`${WEB_DIST}${f}`).size / 1024).toFixed(0);
console.log(`explorer bundle: dist/web/explorer.js ${kb('explorer.js')} KB, explorer.css ${kb('explorer.css')} KB`);
