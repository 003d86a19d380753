import { z } from 'zod';

/**
 * The one place that reads process.env. Parsed once at start; a bad value stops the
 * process with a message naming the variable, so misconfiguration never surfaces
 * later as an obscure runtime error.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || /^postgres(ql)?:\/\/[^\s]+$/.test(v), {
      message: 'must be a postgres:// or postgresql:// URL, e.g. postgres://user:pass@localhost:5432/accord',
    })
    .transform((v) => (v ? v : undefined)),
  /**
   * Read replicas, comma-separated postgres:// URLs: GraphQL queries read from them,
   * mutations (and everything they read) run on the primary.
   */
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean),
    )
    .refine((urls) => urls.every((u) => /^postgres(ql)?:\/\/[^\s]+$/.test(u)), {
      message:
        'must be comma-separated postgres:// URLs, e.g. postgres://user:pass@replica1:5432/accord,postgres://user:pass@replica2:5432/accord',
    }),
  DATA_DIR: z.string().min(1).default('./.data'),
  /** Port of the embedded PostgreSQL; 0 picks a free one. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  ACCORD_ADMIN_KEY: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || v.length >= 16, { message: 'must be at least 16 characters' })
    .transform((v) => (v ? v : undefined)),
  ACCORD_REQUIRE_AUTH: booleanFlag,
  /** Corpus file(s) loaded into an empty database at start; empty disables. */
  ACCORD_SEED_CORPUS: z.string().default('data/corpus/sco-2021.txt'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Field levels in one operation (fragments flattened). */
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).default(10),
  /** Estimated cost of one operation: objects returned, lists multiplied by their bounds (src/graphql/cost.ts). */
  MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(1).default(50_000),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(0).default(30),
  MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).default(20),
  /** Lexical tokens in one document, counted by the parser (it stops there). */
  MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(5000),
  /** GraphQL requests per minute per API key (or per client address without one); 0 disables. */
  ACCORD_RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  /** Failed authentications per minute per client address before its keyed requests are refused; 0 disables. */
  ACCORD_AUTH_FAILURE_LIMIT: z.coerce.number().int().min(0).default(30),
  /** Server-side bound on one SQL statement of the API (PostgreSQL statement_timeout). */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(5000),
  /** Bound on waiting for a pooled connection (or opening one). */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(3000),
  /** Client-side bound on one query, for a database that stopped answering at all. */
  DB_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(6000),
  /** A session idle inside a transaction this long is ended by PostgreSQL. */
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** An HTTP request still unanswered after this long gets 503 SERVICE_UNAVAILABLE. */
  ACCORD_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(8000),
  /** On SIGTERM/SIGINT, in-flight requests get this long to finish before connections are closed. */
  ACCORD_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /**
   * Proxies in front whose X-Forwarded-For is believed (express 'trust proxy'): a hop
   * count ("1"), "true", or addresses/subnets ("loopback, 10.0.0.0/8"). Unset: none,
   * and the client address (rate limits, logs) is the TCP peer's.
   */
  ACCORD_TRUST_PROXY: z
    .string()
    .optional()
    .transform((v): boolean | number | string => {
      const value = (v ?? '').trim();
      if (value === '' || value === 'false') return false;
      if (value === 'true') return true;
      return /^\d+$/.test(value) ? Number(value) : value;
    }),
  /** API worker processes sharing the port (node cluster); 1 serves from the main process. */
  WEB_CONCURRENCY: z.coerce
    .number({ error: 'must be a number of processes' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(64, 'must be at most 64')
    .default(1),
  /** Adds the number of SQL statements a request ran to `extensions.sqlStatements`. */
  ACCORD_QUERY_STATS: booleanFlag,
  /**
   * Queries whose fields all map to columns and relations are answered by one SQL
   * statement that builds the JSON (src/graphql/compiled-reads.ts); `false` sends every
   * query through the resolvers (for comparisons and debugging).
   */
  ACCORD_COMPILED_READS: z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((v) => v === undefined || v === '' || v === 'true' || v === '1'),
  /** Seconds a job chunk may run before it counts as lost (its worker died) and is retried. */
  ACCORD_JOB_TIMEOUT: z.coerce.number().int().min(2, 'must be at least 2 seconds').max(3600).default(120),
  /** Retries of a failed job chunk, with exponential backoff from 2 s. */
  ACCORD_JOB_RETRIES: z.coerce.number().int().min(0).max(20).default(5),
  /** true: workers may fetch URLs on private, loopback and link-local addresses (tests, intranets). */
  ACCORD_FETCH_ALLOW_PRIVATE: booleanFlag,
  /** Per fetch of a URL: seconds before it is abandoned, and the largest page accepted. */
  ACCORD_FETCH_TIMEOUT: z.coerce.number().min(0.1).max(300).default(15),
  ACCORD_FETCH_MAX_BYTES: z.coerce.number().int().min(1024).default(5_000_000),
  /** Milliseconds between two fetches from one host, shared by every worker. */
  ACCORD_FETCH_HOST_INTERVAL_MS: z.coerce.number().int().min(0).default(1000),
  /**
   * Browser origins allowed to call /graphql: `*` (any), `none` (CORS off: same origin
   * only), or a comma list of origins (`https://app.example.org,http://localhost:5173`).
   * `*` is the default because keys travel in the Authorization header, never in cookies:
   * a foreign page can only send a key it already has, so any origin is as safe as curl.
   */
  ACCORD_CORS_ORIGINS: z
    .string()
    .default('*')
    .transform((v, ctx): CorsOrigins => {
      const value = v.trim();
      if (value === '*') return '*';
      if (value === '' || value.toLowerCase() === 'none') return 'none';
      const origins = value
        .split(',')
        .map((o) => o.trim().replace(/\/$/, ''))
        .filter(Boolean);
      for (const origin of origins) {
        if (!isOrigin(origin)) {
          ctx.addIssue({
            code: 'custom',
            message: `"${origin}" is not an origin: expected scheme://host[:port] with no path, e.g. https://app.example.org; or use * or none`,
          });
          return z.NEVER;
        }
      }
      return origins;
    }),
  /**
   * A JSON file of trusted documents (`{ "<sha256 of the document>": "<document>" }`, the
   * format GraphQL Code Generator's persisted documents use). When set, only those
   * operations run; anything else is refused with UNTRUSTED_DOCUMENT.
   */
  ACCORD_TRUSTED_DOCUMENTS: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined)),
});

/** `*`: any origin; `none`: no CORS headers; otherwise the exact origins allowed. */
export type CorsOrigins = '*' | 'none' | string[];

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const value = env[name];
        return `${name}=${JSON.stringify(value ?? '')}: ${issue.message}`;
      }),
    );
  }
  return result.data;
}

let cached: Config | undefined;

/** The process configuration, parsed on first use. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
