// Builds the example into examples/web/dist: types and documents from schema.graphql
// (GraphQL Code Generator), one bundled app.js (esbuild), index.html, and
// persisted-documents.json, the trusted-documents list for ACCORD_TRUSTED_DOCUMENTS.
// Offline: nothing is fetched. Run from anywhere: `npm run example:build`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dist = path.join(here, 'dist');

export async function buildExample({ quiet = false } = {}) {
  execFileSync(
    path.join(root, 'node_modules/.bin/graphql-codegen'),
    ['--config', 'examples/web/codegen.ts', ...(quiet ? ['--silent'] : [])],
    {
      cwd: root,
      stdio: quiet ? 'pipe' : 'inherit',
    },
  );
  mkdirSync(dist, { recursive: true });
  await build({
    entryPoints: [path.join(here, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outfile: path.join(dist, 'app.js'),
    sourcemap: true,
    logLevel: quiet ? 'warning' : 'info',
  });
  copyFileSync(path.join(here, 'index.html'), path.join(dist, 'index.html'));
  copyFileSync(path.join(here, 'src/gql/persisted-documents.json'), path.join(dist, 'persisted-documents.json'));
  return dist;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildExample();
  console.log(
    `built ${path.relative(process.cwd(), dist)}: open it through \`npm run example\` (a static server), not as a file`,
  );
}
