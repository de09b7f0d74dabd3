// The GraphiQL playground, served from local npm assets only: intranet users
// have no CDN, which is all Apollo's own landing page would load from.
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** URL path → file: the UMD builds that run in a browser without a bundler. */
const ASSETS: Record<string, string> = {
  'react.production.min.js': path.join(packageDir('react'), 'umd/react.production.min.js'),
  'react-dom.production.min.js': path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
  'graphiql.min.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.min.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
};

const PLAYGROUND_ASSETS_PATH = '/playground';

const EXAMPLE_QUERY = `# Every honour of a unit and of the units under it
query UnitHonours($name: String = "泰州市公安局海陵分局") {
  entitiesByName(name: $name, types: [Unit]) {
    ... on Unit {
      name
      honours(includeSubunits: true, first: 20) {
        totalCount
        nodes {
          recipient { name }
          honour { name }
          year
          conferredBy { name }
          evidence { sentence article { title } }
        }
      }
    }
  }
}
`;

function page(): string {
  const asset = (name: string) => `${PLAYGROUND_ASSETS_PATH}/${name}`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>police-kg GraphQL</title>
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  <link rel="stylesheet" href="${asset('graphiql.min.css')}">
</head>
<body>
  <div id="graphiql">Loading…</div>
  <script src="${asset('react.production.min.js')}"></script>
  <script src="${asset('react-dom.production.min.js')}"></script>
  <script src="${asset('graphiql.min.js')}"></script>
  <script src="${asset('init.js')}"></script>
</body>
</html>`;
}

function initScript(endpoint: string): string {
  return `const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)} }),
);
`;
}

/** Assets under /playground; the page itself on GET `endpoint` for browsers (Accept: text/html). */
export function playgroundRouter(endpoint: string): Router {
  const router = express.Router();
  const html = page();
  const init = initScript(endpoint);
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`${PLAYGROUND_ASSETS_PATH}/${name}`, (_req, res) => res.sendFile(file, { maxAge: '1d' }));
  }
  router.get(`${PLAYGROUND_ASSETS_PATH}/init.js`, (_req, res) => {
    res.type('application/javascript').send(init);
  });
  router.get(endpoint, (req, res, next) => {
    // GraphQL GET requests (with ?query=) and non-browser clients go on to Apollo.
    if (req.query.query !== undefined || req.accepts(['application/json', 'html']) !== 'html') return next();
    res.type('html').send(html);
  });
  return router;
}
