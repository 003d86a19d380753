// PostGraphile v4 as a benchmark peer for `npm run bench:compare`: one process, library
// mode (the CLI cannot pass graphileBuildOptions), production settings, the
// connection-filter plugin so that "articles mentioning KZ" has an equivalent query.
// Environment: DATABASE_URL, PORT (127.0.0.1 only).
'use strict';
const http = require('node:http');
const { postgraphile } = require('postgraphile');
const ConnectionFilterPlugin = require('postgraphile-plugin-connection-filter');

const url = process.env.DATABASE_URL;
const port = Number(process.env.PORT || 0);
if (!url) {
  console.error('DATABASE_URL is required, e.g. postgres://accord:accord@127.0.0.1:5432/accord');
  process.exit(2);
}

const middleware = postgraphile(url, 'public', {
  appendPlugins: [ConnectionFilterPlugin],
  graphileBuildOptions: { connectionFilterRelations: true },
  disableQueryLog: true,
  graphiql: false,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  retryOnInitFail: false,
  extendedErrors: [],
});

const server = http.createServer(middleware);
server.listen(port, '127.0.0.1', () => {
  console.log(`postgraphile listening on ${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
