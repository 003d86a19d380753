import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The process as an operator runs it: `src/main.ts` with the embedded PostgreSQL in a
 * data directory of its own, in production mode, stopped with signals. Checks that a
 * frozen database gets bounded answers and recovery, that SIGTERM under load drains
 * (exit 0, no failed answer), that a SIGKILLed server's PostgreSQL is found and stopped
 * by the next start, and that a stale postmaster.pid naming another live process does
 * not block the start.
 */
let dataDir: string;
let port: number;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Server {
  child: ChildProcess;
  exited: Promise<number | null>;
  output: () => string;
}

function start(env: Record<string, string> = {}): Server {
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'info',
      ACCORD_RATE_LIMIT: '0',
      ACCORD_ADMIN_KEY: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

const url = (p: string) => `http://127.0.0.1:${port}${p}`;

async function waitReady(server: Server, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited ${server.child.exitCode}:\n${server.output()}`);
    const ok = await fetch(url('/readyz'), { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not ready in ${ms} ms:\n${server.output()}`);
}

const STATS = JSON.stringify({
  query: '{ stats { articles statements } articles(first: 3) { nodes { title mentions { text } } } }',
});

async function query(timeoutMs = 15_000): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(url('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: STATS,
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: response.status, body: await response.text(), ms: performance.now() - started };
}

/** A POST over node:http: `sent` once the request is written to the socket, `answer` with the response. */
function rawQuery(): { sent: Promise<void>; answer: Promise<{ status: number; body: string }> } {
  let markSent!: () => void;
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        timeout: 30_000,
        headers: { 'content-type': 'application/json' },
      },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', (error) => {
      markSent();
      reject(error);
    });
    request.on('finish', () => markSent());
    request.end(STATS);
  });
  return { sent, answer };
}

async function postmasterPid(): Promise<number | null> {
  const text = await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').catch(() => null);
  return text ? Number(text.split('\n')[0]) : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The postmaster and its children (backends, checkpointer ...), from /proc. */
async function clusterPids(postmaster: number): Promise<number[]> {
  const pids = [postmaster];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === postmaster) pids.push(Number(entry));
  }
  return pids;
}

/** Every live process whose command line names this data directory (postgres -D <dir>/postgres, its backends). */
async function processesOf(dir: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const name = cmdline.split('\0')[0] ?? '';
    if (path.basename(name).startsWith('postgres') && cmdline.includes(dir)) found.push(Number(entry));
  }
  return found;
}

async function waitGone(pid: number, ms = 15_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return !alive(pid);
}

beforeAll(async () => {
  // The cluster runs as the OS user postgres when we are root: its parent must be traversable.
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'accord-lifecycle-'));
  port = await freePort();
});

afterAll(async () => {
  const pid = await postmasterPid();
  if (pid && alive(pid)) process.kill(pid, 'SIGINT');
  await rm(dataDir, { recursive: true, force: true });
});

describe('lifecycle', () => {
  let server: Server;

  it('with PostgreSQL frozen, every request is answered in bounded time; it recovers without a restart', async () => {
    server = start({ DB_QUERY_TIMEOUT_MS: '2000', DB_CONNECT_TIMEOUT_MS: '1500', ACCORD_REQUEST_TIMEOUT_MS: '4000' });
    await waitReady(server);
    const before = await query();
    expect(before.status).toBe(200);
    const articles = JSON.parse(before.body).data.stats.articles as number;
    expect(articles).toBeGreaterThan(0);
    const pids = await clusterPids((await postmasterPid())!);
    expect(pids.length).toBeGreaterThan(1);
    // Freeze the postmaster and its backends: connections stay open, nothing answers.
    for (const pid of pids) process.kill(pid, 'SIGSTOP');
    const answers: { status: number; body: string; ms: number }[] = [];
    try {
      const readyStarted = performance.now();
      const ready = await fetch(url('/readyz'), { signal: AbortSignal.timeout(10_000) });
      expect(ready.status).toBe(503);
      expect(performance.now() - readyStarted).toBeLessThan(2000);
      // 20 s frozen (the bound): waves of concurrent queries, each must be answered within 10 s.
      const frozenUntil = Date.now() + 20_000;
      while (Date.now() < frozenUntil) {
        answers.push(...(await Promise.all(Array.from({ length: 4 }, () => query(10_000)))));
        await new Promise((r) => setTimeout(r, 250));
      }
    } finally {
      for (const pid of pids) process.kill(pid, 'SIGCONT');
    }
    expect(answers.length).toBeGreaterThan(4);
    for (const answer of answers) {
      expect(answer.ms).toBeLessThan(10_000);
      expect([200, 503]).toContain(answer.status);
      if (answer.status === 503) expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(answer.body).not.toMatch(/stacktrace|at .*\.ts:\d+|SELECT /);
    }
    expect(answers.some((a) => a.status === 503)).toBe(true);
    // Thawed: the same process answers again (no restart).
    await waitReady(server, 20_000);
    const deadline = Date.now() + 20_000;
    let last = await query();
    while (last.status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      last = await query();
    }
    expect(last.status).toBe(200);
    expect(JSON.parse(last.body).data.stats.articles).toBe(articles);
    expect(server.child.exitCode).toBeNull();
  }, 120_000);

  it('SIGTERM under load: in-flight requests all answer, then exit 0 with PostgreSQL stopped', async () => {
    const postmaster = (await postmasterPid())!;
    // 16 requests whose bytes have all been written to their sockets before the signal.
    const written: Promise<void>[] = [];
    const inFlight: Promise<{ status: number; body: string }>[] = [];
    for (let i = 0; i < 16; i += 1) {
      const { sent, answer } = rawQuery();
      written.push(sent);
      inFlight.push(answer);
    }
    await Promise.race([Promise.all(written), new Promise((r) => setTimeout(r, 5000))]);
    server.child.kill('SIGTERM');
    const answers = await Promise.allSettled(inFlight);
    const failed = answers
      .map((a) => (a.status === 'rejected' ? { status: 'rejected' as const, reason: String(a.reason) } : a))
      .filter((a) => a.status === 'rejected' || a.value.status !== 200 || JSON.parse(a.value.body).errors);
    expect(failed.length, `${failed.length} of ${answers.length} failed: ${JSON.stringify(failed.slice(0, 2))}`).toBe(
      0,
    );
    expect(await server.exited).toBe(0);
    expect(await waitGone(postmaster)).toBe(true);
    expect(await processesOf(dataDir)).toEqual([]);
    expect(server.output()).toMatch(/stopped/);
  }, 60_000);

  it('a SIGKILLed server leaves PostgreSQL running; the next start stops it and starts its own, and stops that on exit', async () => {
    server = start();
    await waitReady(server);
    const orphan = (await postmasterPid())!;
    server.child.kill('SIGKILL');
    await server.exited;
    expect(alive(orphan)).toBe(true);

    server = start();
    await waitReady(server);
    expect(await waitGone(orphan, 1000)).toBe(true);
    const own = (await postmasterPid())!;
    expect(own).not.toBe(orphan);
    expect((await query()).status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(await waitGone(own)).toBe(true);
    expect(await processesOf(dataDir)).toEqual([]);
  }, 120_000);

  it('a stale postmaster.pid naming another live process does not block the start', async () => {
    const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    // What a crash leaves, with a pid the kernel has since given to another process (this one).
    await writeFile(
      pidFile,
      `${process.pid}\n${path.join(dataDir, 'postgres')}\n1700000000\n${port + 1}\n\n127.0.0.1\n`,
    );
    server = start();
    await waitReady(server);
    expect((await query()).status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 120_000);
});
