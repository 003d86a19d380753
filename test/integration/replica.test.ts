import 'reflect-metadata';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createDataSource } from '../../src/db/data-source.js';
import { createSchema } from '../../src/graphql/schema.js';
import { createLogger } from '../../src/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { gql } from './client.js';
import { ADMIN_KEY } from './global-setup.js';
import { startReplicatedPair, type ReplicatedPair } from './replication.js';

const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn', false);
let pair: ReplicatedPair;
let server: RunningServer;
let closePrimary: () => Promise<void>;

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  pair = await startReplicatedPair(log);
  // A row only the replica has (an id far past the primary's sequence, so replay never collides).
  await sql(
    pair.replicaUrl,
    `INSERT INTO organization (id, name, acronym) VALUES (900001, 'Replica Marker Institute', 'RMI')`,
  );
  const dataSource = createDataSource(pair.primaryUrl, log);
  await dataSource.initialize();
  closePrimary = () => dataSource.destroy();
  const config = parseConfig({
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: pair.primaryUrl,
    DATABASE_REPLICA_URLS: pair.replicaUrl,
    ACCORD_ADMIN_KEY: ADMIN_KEY,
    ACCORD_RATE_LIMIT: '0',
    LOG_LEVEL: 'warn',
  });
  server = await startServer(config, await createSchema(), dataSource, log);
}, 180_000);

afterAll(async () => {
  await server?.close();
  await closePrimary?.();
  await pair?.close();
});

const FIND = `query Find($search: String!) { organizations(filter: { search: $search }) { totalCount nodes { id name } } }`;

describe('DATABASE_REPLICA_URLS: reads on a logical replica, writes on the primary', () => {
  it('serves a query from the replica (a row only the replica has)', async () => {
    const found = await gql(FIND, { search: 'Replica Marker' }, { url: server.url });
    expect(found.errors).toBeUndefined();
    expect(found.data.organizations.nodes.map((o: { name: string }) => o.name)).toEqual(['Replica Marker Institute']);
    expect(await sql(pair.primaryUrl, `SELECT 1 FROM organization WHERE id = 900001`)).toHaveLength(0);
  });

  it('runs a mutation, and what it reads, on the primary; the write reaches the replica by replay', async () => {
    const marker = (await gql(FIND, { search: 'Replica Marker' }, { url: server.url })).data.organizations.nodes[0];
    // The mutation looks the row up on the primary, where it does not exist.
    const update = await gql(
      `mutation($id: ID!) { updateOrganization(id: $id, input: { acronym: "X" }) { id } }`,
      { id: marker.id },
      { url: server.url, key: ADMIN_KEY },
    );
    expect(update.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const created = await gql(
      `mutation { createOrganization(input: { name: "Primary Written Council" }) { id name } }`,
      {},
      { url: server.url, key: ADMIN_KEY },
    );
    expect(created.errors).toBeUndefined();
    expect(
      await sql(pair.primaryUrl, `SELECT name FROM organization WHERE name = 'Primary Written Council'`),
    ).toHaveLength(1);

    await pair.caughtUp();
    // One query answered by one database: the replica, which has both rows.
    const both = await gql(
      `{ written: organizations(filter: { search: "Primary Written" }) { nodes { id } }
         marker: organizations(filter: { search: "Replica Marker" }) { nodes { id } } }`,
      {},
      { url: server.url },
    );
    expect(both.errors).toBeUndefined();
    expect(both.data.written.nodes.map((o: { id: string }) => o.id)).toEqual([created.data.createOrganization.id]);
    expect(both.data.marker.nodes).toHaveLength(1);
  });

  it('reports the replica in /readyz', async () => {
    const ready = await fetch(server.url.replace(/\/graphql$/, '/readyz'));
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { replicas: unknown[] };
    expect(body.replicas).toEqual([{ url: expect.stringContaining('***'), status: 'reachable' }]);
    expect(JSON.stringify(body)).not.toContain('accord:accord');
  });
});
