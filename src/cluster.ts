import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { serveClusterMetrics } from './observability/metrics.js';

export interface Supervisor {
  /** Stops every worker (SIGTERM, then SIGKILL after `graceMs`) and resolves when all are gone. */
  stop(signal: NodeJS.Signals): Promise<void>;
}

/** True in a process forked by `superviseWorkers`: the primary already migrated and seeded. */
export function isClusterWorker(): boolean {
  return cluster.isWorker;
}

/**
 * The primary of `WEB_CONCURRENCY=N`: forks N copies of this program, which share one
 * listening port (node's cluster hands connections round-robin). `env` reaches every
 * worker (the database the primary prepared). A worker that dies after it was serving
 * is replaced; one that dies before it ever listened means the program cannot start
 * (port taken, database gone), so `onFatal` runs instead of a crash loop.
 */
export function superviseWorkers(options: {
  count: number;
  env: Record<string, string>;
  log: Logger;
  graceMs?: number;
  onServing?: () => void;
  onFatal: (reason: string) => void;
}): Supervisor {
  const { count, env, log } = options;
  const graceMs = options.graceMs ?? 30_000;
  const serving = new Set<number>();
  let stopping = false;
  let announced = false;

  const fork = () => {
    const worker = cluster.fork(env);
    worker.once('listening', () => {
      serving.add(worker.id);
      log.debug({ worker: worker.id, pid: worker.process.pid }, 'worker serving');
      if (!announced && serving.size === count) {
        announced = true;
        options.onServing?.();
      }
    });
  };

  cluster.on('exit', (worker: Worker, code: number | null, signal: string | null) => {
    const wasServing = serving.delete(worker.id);
    if (stopping) return;
    if (!wasServing) {
      options.onFatal(
        `an API worker exited (code ${code ?? 'none'}, signal ${signal ?? 'none'}) before it could serve`,
      );
      return;
    }
    log.warn({ worker: worker.id, pid: worker.process.pid, code, signal }, 'API worker died; starting a replacement');
    setTimeout(() => {
      if (!stopping) fork();
    }, 250);
  });

  // /metrics on any worker asks the primary, which sums every worker's registry.
  serveClusterMetrics();
  for (let i = 0; i < count; i += 1) fork();

  return {
    async stop(signal) {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w) && !w!.isDead());
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              const timer = setTimeout(() => worker.process.kill('SIGKILL'), graceMs);
              worker.once('exit', () => {
                clearTimeout(timer);
                resolve();
              });
              // The signal the primary received, forwarded: each worker drains and exits on its own.
              worker.process.kill(signal);
            }),
        ),
      );
    },
  };
}
