import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { articleCount, jobCountsByState } from './observability.queries.js';

/**
 * The process's metrics, in one registry. In cluster mode every worker keeps its own
 * and /metrics, on whichever worker answers, returns the sum over all workers
 * (prom-client's AggregatorRegistry in the primary; see `clusterMetricsText`).
 * Counters and histograms add up; figures read from the database (articles, jobs) are
 * the same in every worker and aggregate as `max`.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });
if (cluster.isWorker) {
  AggregatorRegistry.setRegistries([metricsRegistry]);
  // Constructing one is what makes a worker answer the primary's requests for its metrics.
  void new AggregatorRegistry();
}

const registers = [metricsRegistry];

export const graphqlRequests = new Counter({
  name: 'accord_graphql_requests_total',
  help: 'GraphQL requests by operation name, operation type and outcome ("ok" or the first error code).',
  labelNames: ['operation', 'type', 'outcome'] as const,
  registers,
});

export const graphqlDuration = new Histogram({
  name: 'accord_graphql_request_duration_seconds',
  help: 'Time from the request arriving to the response finishing, by operation name and type.',
  labelNames: ['operation', 'type'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers,
});

export const compiledReads = new Counter({
  name: 'accord_graphql_compiled_reads_total',
  help: 'Queries answered by one SQL statement that builds the JSON ("compiled"), left to the resolvers because a field is not compiled ("resolvers"), or answered by the resolvers after the statement failed ("failed").',
  labelNames: ['result'] as const,
  registers,
});

export const graphqlStatements = new Histogram({
  name: 'accord_graphql_sql_statements',
  help: 'SQL statements one GraphQL request sent (a list that makes this grow is an N+1).',
  labelNames: ['type'] as const,
  buckets: [0, 1, 2, 4, 8, 16, 32, 64, 128],
  registers,
});

const pools = new Map<string, Set<Pool>>();

/** The pg pool behind a TypeORM DataSource (its primary's, with TypeORM replication). */
function poolOf(dataSource: DataSource): Pool | undefined {
  const driver = dataSource.driver as unknown as { master?: Pool };
  return driver.master;
}

new Gauge({
  name: 'accord_db_pool_connections',
  help: 'Connections of each database pool: total open, idle, and requests waiting for one.',
  labelNames: ['pool', 'state'] as const,
  registers,
  collect() {
    this.reset();
    for (const [name, set] of pools) {
      let total = 0;
      let idle = 0;
      let waiting = 0;
      for (const pool of set) {
        total += pool.totalCount;
        idle += pool.idleCount;
        waiting += pool.waitingCount;
      }
      this.set({ pool: name, state: 'total' }, total);
      this.set({ pool: name, state: 'idle' }, idle);
      this.set({ pool: name, state: 'waiting' }, waiting);
    }
  },
});

let primary: DataSource | undefined;

new Gauge({
  name: 'accord_articles',
  help: 'Articles stored; rate(accord_articles[5m]) is the ingestion rate of every process on the database.',
  aggregator: 'max',
  registers,
  async collect() {
    if (!primary?.isInitialized) return;
    const count = await articleCount(primary).catch(() => undefined);
    if (count !== undefined) this.set(count);
  },
});

new Gauge({
  name: 'accord_ingest_jobs',
  help: 'Ingestion jobs by state (QUEUED, RUNNING, SUCCEEDED, FAILED).',
  labelNames: ['state'] as const,
  aggregator: 'max',
  registers,
  async collect() {
    if (!primary?.isInitialized) return;
    const rows = await jobCountsByState(primary).catch(() => []);
    this.reset();
    for (const state of ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED']) this.set({ state }, 0);
    for (const row of rows) this.set({ state: row.state }, row.n);
  },
});

/**
 * Reports a DataSource's pool under `name` ('primary', 'replica') until the returned
 * function is called; the first primary also feeds the database-wide gauges.
 */
export function observeDatabase(name: string, dataSource: DataSource): () => void {
  const pool = poolOf(dataSource);
  if (pool) {
    if (!pools.has(name)) pools.set(name, new Set());
    pools.get(name)!.add(pool);
  }
  if (name === 'primary') primary = dataSource;
  return () => {
    if (pool) pools.get(name)?.delete(pool);
    if (primary === dataSource) primary = undefined;
  };
}

/** Operation names become label values: plain names only, and a bounded number of them. */
const MAX_OPERATION_NAMES = 200;
const seenOperations = new Set<string>();
export function operationLabel(name: string | undefined): string {
  if (!name) return 'anonymous';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'invalid';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_NAMES) return 'other';
  seenOperations.add(name);
  return name;
}

const REQUEST = 'accord:metrics:request';
const RESPONSE = 'accord:metrics:response';
interface MetricsMessage {
  type: typeof REQUEST | typeof RESPONSE;
  id: string;
  text?: string;
  error?: string;
}

/** In the cluster primary: answers workers that ask for the metrics of all workers. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: MetricsMessage) => {
    if (message?.type !== REQUEST) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: RESPONSE, id: message.id, text } satisfies MetricsMessage),
      (error: Error) => worker.send({ type: RESPONSE, id: message.id, error: error.message } satisfies MetricsMessage),
    );
  });
}

/** The Prometheus text for /metrics: this process's, or in a cluster worker every worker's, summed. */
export async function metricsText(): Promise<{ contentType: string; text: string }> {
  const contentType = metricsRegistry.contentType;
  if (!cluster.isWorker || !process.send) return { contentType, text: await metricsRegistry.metrics() };
  const id = randomUUID();
  const text = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      process.off('message', onMessage);
      reject(new Error('the cluster primary did not answer with metrics within 5 s'));
    }, 5_000);
    const onMessage = (message: MetricsMessage) => {
      if (message?.type !== RESPONSE || message.id !== id) return;
      clearTimeout(timer);
      process.off('message', onMessage);
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.text ?? '');
    };
    process.on('message', onMessage);
    process.send!({ type: REQUEST, id } satisfies MetricsMessage);
  });
  return { contentType, text };
}
