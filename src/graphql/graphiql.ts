import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';
import { ERROR_CATALOGUE } from './error-catalogue.js';
import { IDE_EXAMPLES } from './ide-examples.js';

const require = createRequire(import.meta.url);

/** Files of the prebuilt GraphiQL and React bundles, served from node_modules: no CDN needed. */
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
const ASSETS: Record<string, string> = {
  'graphiql.min.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
  'graphiql.min.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
  'react.production.min.js': path.join(packageDir('react'), 'umd/react.production.min.js'),
  'react-dom.production.min.js': path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** Inline code in the catalogue's backticks, everything else escaped. */
const withCode = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
/** JSON safe inside a <script>: no "</script>" can close it early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const ERROR_TABLE = `<table>
  <thead><tr><th>code</th><th>HTTP</th><th>when</th><th>what to do</th></tr></thead>
  <tbody>${ERROR_CATALOGUE.map(
    (e) =>
      `<tr><td><code>${e.code}</code></td><td>${escapeHtml(e.status)}</td><td>${withCode(e.when)}</td><td>${withCode(e.fix)}</td></tr>`,
  ).join('')}</tbody>
</table>`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Accord GraphiQL</title>
  <link rel="icon" href="data:," />
  <style>
    body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
    #accord-bar { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; align-items: center; padding: 0.4rem 0.9rem;
      background: #1d2330; color: #e8ebf1; font-size: 13px; }
    #accord-bar strong { font-size: 14px; }
    #accord-bar code { background: #2f3747; padding: 1px 4px; border-radius: 3px; }
    #accord-bar select, #accord-bar button { font: inherit; padding: 2px 6px; }
    #graphiql { flex: 1; min-height: 0; }
    #accord-errors { max-width: 64rem; max-height: 80vh; overflow: auto; font-size: 13px; }
    #accord-errors table { border-collapse: collapse; }
    #accord-errors td, #accord-errors th { border-bottom: 1px solid #dde1e8; padding: 4px 8px; text-align: left; vertical-align: top; }
  </style>
  <link rel="stylesheet" href="/graphiql/graphiql.min.css" />
</head>
<body>
  <div id="accord-bar">
    <strong>Accord</strong>
    <label>Examples: <select id="accord-examples"><option value="">open one in this tab…</option>${IDE_EXAMPLES.map(
      (e, i) => `<option value="${i}">${escapeHtml(e.title)}</option>`,
    ).join('')}</select></label>
    <span id="accord-key-hint">Send a key: open <b>Headers</b> below the editor and write <code>{"Authorization": "Bearer acc_…"}</code> (reading is public unless the server requires keys).</span>
    <button type="button" id="accord-errors-open">Error codes</button>
  </div>
  <dialog id="accord-errors">
    <p><b>Error codes</b>: every error carries <code>extensions.code</code> (also in docs/errors.md).</p>
    ${ERROR_TABLE}
    <form method="dialog"><button>Close</button></form>
  </dialog>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/react.production.min.js"></script>
  <script src="/graphiql/react-dom.production.min.js"></script>
  <script src="/graphiql/graphiql.min.js"></script>
  <script>
    const examples = ${scriptJson(IDE_EXAMPLES)};
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    let pick = () => {};
    function App() {
      const [picked, setPicked] = React.useState(null);
      pick = setPicked;
      return React.createElement(GraphiQL, {
        fetcher,
        defaultTabs: examples.map((e) => ({ query: e.query, variables: e.variables ?? null, headers: e.headers ?? null })),
        defaultEditorToolsVisibility: true,
        ...(picked ? { query: picked.query, variables: picked.variables ?? '', headers: picked.headers ?? '' } : {}),
      });
    }
    ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(App));
    document.getElementById('accord-examples').addEventListener('change', (event) => {
      const example = examples[Number(event.target.value)];
      if (example) pick({ ...example });
      event.target.value = '';
    });
    document.getElementById('accord-errors-open').addEventListener('click', () => document.getElementById('accord-errors').showModal());
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
    if (req.query.query || req.query.documentId || req.query.extensions || !req.accepts('html')) return next();
    res.type('html').send(PAGE);
  };
  router.get('/graphiql', page);
  router.get('/graphql', page);
  return router;
}
