// Serves examples/web/dist on its own origin (default http://localhost:5173), the way a
// frontend is deployed apart from the API. Usage: node examples/web/serve.mjs [--port N]
// then open http://localhost:5173/?api=http://localhost:4000/graphql
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** A static file server for one folder; resolves with the server once it listens. */
export function serveStatic(dir, port = 0, host = '127.0.0.1') {
  const server = http.createServer(async (req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(dir, path.normalize(name));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--port');
  const port = at > 0 ? Number(process.argv[at + 1]) : 5173;
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dist');
  const server = await serveStatic(dir, port, 'localhost');
  const { port: actual } = server.address();
  console.log(`example at http://localhost:${actual}/?api=http://localhost:4000/graphql (Ctrl-C stops)`);
}
