// Starts the compiled build (tsc output, plain node) on a scratch database and asks it
// one query: catches what only the build breaks (decorator metadata, ESM paths, cycles).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'accord-smoke-'));
chmodSync(dataDir, 0o755);
const port = 4100 + Math.floor(Math.random() * 800);
const child = spawn(process.execPath, ['dist/src/main.js'], {
  env: {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: process.env.SMOKE_DATABASE_URL ?? '',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
let exitCode = 1;
try {
  const deadline = Date.now() + 90_000;
  let body;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`dist/src/main.js exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { articles countries } articles(first: 1) { nodes { title } } }' }),
      });
      body = await response.json();
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  if (!body?.data?.stats || body.data.stats.countries < 249 || body.errors) {
    throw new Error(`unexpected answer from the build: ${JSON.stringify(body)}`);
  }
  console.log(`build smoke test passed: ${JSON.stringify(body.data.stats)}`);
  exitCode = 0;
} catch (error) {
  console.error(`build smoke test failed: ${error.message}`);
} finally {
  child.kill('SIGINT');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
