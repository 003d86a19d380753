import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);

/** Files of the prebuilt GraphiQL and React bundles, served from node_modules: no CDN needed. */
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
const ASSETS: Record<string, string> = {
  'graphiql.min.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
  'graphiql.min.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
  'react.production.min.js': path.join(packageDir('react'), 'umd/react.production.min.js'),
  'react-dom.production.min.js': path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
};

const EXAMPLE = `# Welcome to Accord. Ctrl-Enter runs the query;
# the README has more examples.
{
  people(filter: { search: "Norov" }) {
    nodes {
      name
      title
      statements(first: 3) {
        nodes { kind verb text article { title } }
      }
    }
  }
}
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Accord GraphiQL</title>
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
  <link rel="stylesheet" href="/graphiql/graphiql.min.css" />
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/react.production.min.js"></script>
  <script src="/graphiql/react-dom.production.min.js"></script>
  <script src="/graphiql/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE)}, defaultEditorToolsVisibility: true }),
    );
  </script>
</body>
</html>`;

/** GraphiQL at GET /graphql for browsers (and at /graphiql), working offline. */
export function graphiqlRouter(): Router {
  const router = express.Router();
  router.get('/graphiql/:file', (req, res, next) => {
    const file = ASSETS[req.params.file];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  const page: express.RequestHandler = (req, res, next) => {
    if (req.query.query || !req.accepts('html')) return next();
    res.type('html').send(PAGE);
  };
  router.get('/graphiql', page);
  router.get('/graphql', page);
  return router;
}
