import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, request, startProgram, type Program } from './processes.js';

const LIMIT = 4;
let program: Program;
let port: number;

beforeAll(async () => {
  const databaseUrl = await freshDatabase('cluster');
  program = startProgram({
    DATABASE_URL: databaseUrl,
    WEB_CONCURRENCY: '2',
    ACCORD_RATE_LIMIT: String(LIMIT),
    ACCORD_SEED_CORPUS: '',
  });
  await program.waitFor((line) => /serving with 2 workers/.test(line.msg));
  const served = await program.waitFor((line) => typeof line.url === 'string');
  port = Number(new URL(served.url as string).port);
}, 180_000);

afterAll(async () => {
  if (program && program.child.exitCode === null) {
    program.child.kill('SIGKILL');
    await program.exited;
  }
});

async function servingPids(requests = 6): Promise<Set<number>> {
  const pids = new Set<number>();
  for (let i = 0; i < requests; i += 1) pids.add((await request(port, '/healthz')).json.pid as number);
  return pids;
}

describe('WEB_CONCURRENCY=2: two API processes on one port', () => {
  it('forks two workers that both answer on the one port', async () => {
    const pids = await servingPids();
    expect(pids.size).toBe(2);
    expect(pids.has(program.child.pid!)).toBe(false);
    // The primary migrated once; the workers did not run migrations of their own.
    expect(program.lines.filter((line) => /database connected/.test(line.msg)).length).toBe(3);
  });

  it('shares one rate limit between the processes: 429 at the limit, not at twice it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT * 2; i += 1) {
      const response = await request(port, '/graphql', { query: '{ stats { articles } }' });
      statuses.push(response.status);
      if (response.status === 429) expect(response.json.errors[0].extensions.code).toBe('RATE_LIMITED');
    }
    // Round-robin spread these over both workers; per-process counters would have let all 8 through.
    expect(statuses).toEqual([...Array(LIMIT).fill(200), ...Array(LIMIT).fill(429)]);
  });

  it('serves /metrics summed over both workers', async () => {
    const text = (await request(port, '/metrics')).text;
    const sample = (series: string) =>
      Number(
        text
          .split('\n')
          .find((line) => line.startsWith(`${series} `))
          ?.split(' ')[1] ?? 0,
      );
    // The requests of the previous test went to both workers round-robin; each worker saw about half.
    expect(sample('accord_graphql_requests_total{operation="anonymous",type="query",outcome="ok"}')).toBe(LIMIT);
    expect(sample('accord_graphql_requests_total{operation="anonymous",type="unknown",outcome="RATE_LIMITED"}')).toBe(
      LIMIT,
    );
  });

  it('replaces a worker that dies', async () => {
    const before = await servingPids();
    const victim = [...before][0];
    process.kill(victim, 'SIGKILL');
    await program.waitFor((line) => /worker died/.test(line.msg));
    let after = new Set<number>();
    for (let attempt = 0; attempt < 120 && (after.size < 2 || after.has(victim)); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      after = await servingPids().catch(() => new Set<number>());
    }
    expect(after.size).toBe(2);
    expect(after.has(victim)).toBe(false);
  });

  it('forwards SIGTERM to the workers and exits 0 when they are done', async () => {
    const pids = await servingPids();
    program.child.kill('SIGTERM');
    expect(await program.exited).toBe(0);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  });
});
