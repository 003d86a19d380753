import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildExample } from '../../examples/web/build.mjs';
import { gql } from './client.js';
import { startExtraServer, type ExtraServer } from './extra-server.js';

let server: ExtraServer;
let listed: Record<string, string>;

beforeAll(async () => {
  const dist = await buildExample({ quiet: true });
  const file = path.join(dist, 'persisted-documents.json');
  listed = JSON.parse(await readFile(file, 'utf8'));
  server = await startExtraServer({ ACCORD_TRUSTED_DOCUMENTS: file });
}, 120_000);
afterAll(async () => server?.close());

const post = (body: unknown) =>
  fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then(async (r) => ({
    status: r.status,
    body: (await r.json()) as any,
  }));

const idOf = (name: string) => Object.entries(listed).find(([, doc]) => doc.includes(`query ${name}(`))![0];

describe('trusted-documents mode (ACCORD_TRUSTED_DOCUMENTS)', () => {
  it('the example build lists its three operations, keyed by sha256', () => {
    expect(Object.keys(listed)).toHaveLength(3);
    for (const id of Object.keys(listed)) expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('runs a listed document by documentId, with variables', async () => {
    const result = await post({ documentId: idOf('OrganizationMembers'), variables: { acronym: 'SCO' } });
    expect(result.status).toBe(200);
    expect(result.body.data.organization.memberships.length).toBeGreaterThanOrEqual(8);
  });

  it('runs the listed text whatever query a documentId request carries', async () => {
    const result = await post({
      documentId: idOf('OrganizationMembers'),
      query: '{ stats { articles } }',
      variables: { acronym: 'SCO' },
    });
    expect(result.body.data.organization).toBeTruthy();
    expect(result.body.data.stats).toBeUndefined();
  });

  it('runs a listed document sent as text, and by its APQ hash', async () => {
    const id = idOf('OrganizationMembers');
    const asText = await post({ query: listed[id], variables: { acronym: 'SCO' } });
    expect(asText.body.data.organization.acronym).toBe('SCO');
    const apq = await post({
      extensions: { persistedQuery: { version: 1, sha256Hash: id.slice('sha256:'.length) } },
      variables: { acronym: 'SCO' },
    });
    expect(apq.body.data.organization.acronym).toBe('SCO');
  });

  it('refuses any other operation with 403 UNTRUSTED_DOCUMENT, before it runs', async () => {
    const result = await gql('{ stats { articles } }', {}, { url: server.url });
    expect(result.status).toBe(403);
    expect(result.errors?.[0].extensions?.code).toBe('UNTRUSTED_DOCUMENT');
    expect(result.errors?.[0].message).toMatch(/only trusted documents/);
    expect(result.data).toBeUndefined();
    const mutation = await gql('mutation { deleteOrganization(id: "x") }', {}, { url: server.url });
    expect(mutation.errors?.[0].extensions?.code).toBe('UNTRUSTED_DOCUMENT');
  });

  it('an unknown documentId is 400 PERSISTED_QUERY_NOT_FOUND; a GET is held to the same list', async () => {
    const result = await post({ documentId: 'sha256:0000' });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const get = await fetch(`${server.url}?query=${encodeURIComponent('{ stats { articles } }')}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    expect(get.status).toBe(403);
    const listedGet = await fetch(
      `${server.url}?documentId=${encodeURIComponent(idOf('OrganizationMembers'))}&variables=${encodeURIComponent('{"acronym":"SCO"}')}`,
      { headers: { 'apollo-require-preflight': '1' } },
    );
    expect(listedGet.status).toBe(200);
    expect(((await listedGet.json()) as any).data.organization.acronym).toBe('SCO');
  });

  it('holds WebSocket operations to the same list', async () => {
    const client = createClient({ url: server.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    const run = (payload: {
      query: string;
      variables?: Record<string, unknown>;
      extensions?: Record<string, unknown>;
    }) =>
      new Promise<any>((resolve) => {
        let result: unknown;
        client.subscribe(payload, {
          next: (r) => (result = r),
          error: (e) => resolve({ errors: e }),
          complete: () => resolve(result),
        });
      });
    try {
      const refused = await run({ query: 'subscription { articleIngested { id } }' });
      expect(refused.errors[0].extensions.code).toBe('UNTRUSTED_DOCUMENT');
      const listed = await run({
        query: '',
        extensions: { documentId: idOf('OrganizationMembers') },
        variables: { acronym: 'SCO' },
      });
      expect(listed.data.organization.acronym).toBe('SCO');
    } finally {
      await client.dispose();
    }
  });

  it('a bad list stops the server at start with a message naming the variable', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'accord-trusted-'));
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, '{"sha256:1": "query {"}');
    await expect(startExtraServer({ ACCORD_TRUSTED_DOCUMENTS: bad })).rejects.toThrow(
      /ACCORD_TRUSTED_DOCUMENTS=.*is not a GraphQL document/,
    );
    await expect(startExtraServer({ ACCORD_TRUSTED_DOCUMENTS: path.join(dir, 'missing.json') })).rejects.toThrow(
      /cannot be read/,
    );
  });
});
