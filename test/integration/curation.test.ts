import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { data as dataAt, gql as gqlAt } from './client.js';
import { expectEntityArticleExact, expectSpeakerStatExact } from './entity-article.js';
import { startIsolatedServer, type IsolatedServer } from './isolated-server.js';

/*
 * Curation through HTTP on a server and database of its own (the shared corpus keeps
 * its exact counts). The editor and reader keys are made as test setup directly in
 * the database: keys cannot be made over GraphQL.
 */

let server: IsolatedServer;
let db: pg.Client;

const gql = (query: string, variables: Record<string, unknown> = {}, options: { key?: string } = {}) =>
  gqlAt(query, variables, { ...options, url: server.url });
const data = (query: string, variables: Record<string, unknown> = {}, options: { key?: string } = {}) =>
  dataAt(query, variables, { ...options, url: server.url });

const secrets = {
  reader: `acc_${randomBytes(24).toString('base64url')}`,
  editor: `acc_${randomBytes(24).toString('base64url')}`,
};
const keyNames = { reader: 'curation-reader', editor: 'curation-editor' };
const editor = { key: secrets.editor };
const admin = () => ({ key: inject('adminKey') });

beforeAll(async () => {
  server = await startIsolatedServer('curation');
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  for (const role of ['reader', 'editor'] as const) {
    await db.query('INSERT INTO api_key (name, role, secret_hash, prefix) VALUES ($1, $2, $3, $4)', [
      keyNames[role],
      role,
      createHash('sha256').update(secrets[role]).digest('hex'),
      secrets[role].slice(0, 10),
    ]);
  }
}, 180_000);

afterAll(async () => {
  await db?.end();
  await server?.close();
});

const ORG = 'id name acronym aliases kind country { iso2 } parent { id name }';

async function createOrg(input: Record<string, unknown>) {
  return (
    await data(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${ORG} } }`,
      { input },
      editor,
    )
  ).createOrganization;
}

async function auditEntries(filter: Record<string, unknown>, first = 20) {
  return (
    await data(
      `query($filter: AuditFilter, $first: Int) { auditLog(filter: $filter, first: $first) {
        totalCount edges { cursor node { id at when who action what entityType entityId before after } } } }`,
      { filter, first },
      admin(),
    )
  ).auditLog;
}

/** An article of our own, inserted as test setup, with mentions and statements where the test needs them. */
async function insertArticle(body: string): Promise<number> {
  const { rows } = await db.query(
    'INSERT INTO article (title, body, word_count, content_hash) VALUES ($1, $2, $3, $4) RETURNING id',
    ['Curation test article', body, body.split(/\s+/).length, createHash('sha256').update(body).digest('hex')],
  );
  return rows[0].id;
}

async function insertMention(articleId: number, body: string, text: string, column: string, entityId: number) {
  const start = body.indexOf(text);
  await db.query(`INSERT INTO mention (article_id, start, "end", text, ${column}) VALUES ($1, $2, $3, $4, $5)`, [
    articleId,
    start,
    start + text.length,
    text,
    entityId,
  ]);
}

async function insertStatement(
  articleId: number,
  body: string,
  text: string,
  speaker: Record<string, number | null>,
): Promise<number> {
  const start = body.indexOf(text);
  const { rows } = await db.query(
    `INSERT INTO statement (article_id, text, kind, verb, speaker_name, paragraph, start_offset, end_offset,
       speaker_person_id, speaker_organization_id, speaker_country_id)
     VALUES ($1, $2, 'REPORTED_SPEECH', 'said', 'someone', 0, $3, $4, $5, $6, $7) RETURNING id`,
    [
      articleId,
      text,
      start,
      start + text.length,
      speaker.person ?? null,
      speaker.organization ?? null,
      speaker.country ?? null,
    ],
  );
  return rows[0].id;
}

const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]);
const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');

describe('curation: who may write', () => {
  it('refuses writes without a key (UNAUTHENTICATED) and with a reader key (FORBIDDEN), writing nothing', async () => {
    const name = 'Refused Org';
    const mutation = 'mutation($name: String!) { createOrganization(input: { name: $name }) { id } }';
    const anonymous = await gql(mutation, { name });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data?.createOrganization ?? null).toBeNull();
    const reader = await gql(mutation, { name }, { key: secrets.reader });
    expect(reader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(reader.errors?.[0].message).toMatch(/role editor/);

    const found = await data('query($name: String!) { organization(name: $name) { id } }', { name });
    expect(found.organization).toBeNull();
    expect((await auditEntries({ who: keyNames.reader })).totalCount).toBe(0);
  });

  it('the audit log is for admins only', async () => {
    const query = '{ auditLog(first: 1) { totalCount } }';
    expect((await gql(query)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(query, {}, editor)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(query, {}, { key: secrets.reader })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('curation: organizations', () => {
  it('create, read back, update with clearing, delete; each write in the audit log with before and after', async () => {
    const sco = (await data('{ organization(acronym: "SCO") { id } }')).organization.id;
    const created = await createOrg({
      name: `  Curated   Commission  `,
      acronym: ' CC ',
      aliases: [' The Commission ', 'the commission', 'Curated Commission', ''],
      kind: 'INTERGOVERNMENTAL',
      country: 'tj',
      parent: sco,
    });
    expect(created).toMatchObject({
      name: 'Curated Commission',
      acronym: 'CC',
      aliases: ['The Commission'],
      kind: 'INTERGOVERNMENTAL',
      country: { iso2: 'TJ' },
      parent: { id: sco },
    });
    const read = await data(`query($id: ID!) { node(id: $id) { ... on Organization { ${ORG} } } }`, { id: created.id });
    expect(read.node).toEqual(created);

    const updated = (
      await data(
        `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { ${ORG} updatedAt } }`,
        { id: created.id, input: { name: 'Renamed Commission', acronym: null, country: null, aliases: ['RC'] } },
        editor,
      )
    ).updateOrganization;
    expect(updated).toMatchObject({
      id: created.id,
      name: 'Renamed Commission',
      acronym: null,
      aliases: ['RC'],
      kind: 'INTERGOVERNMENTAL',
      country: null,
      parent: { id: sco },
    });
    const byAlias = await data('query($name: String!) { organization(name: $name) { id } }', {
      name: 'Renamed Commission',
    });
    expect(byAlias.organization.id).toBe(created.id);

    const deleted = await data('mutation($id: ID!) { deleteOrganization(id: $id) }', { id: created.id }, editor);
    expect(deleted.deleteOrganization).toBe(created.id);
    expect((await data('query($id: ID!) { node(id: $id) { id } }', { id: created.id })).node).toBeNull();
    const again = await gql('mutation($id: ID!) { deleteOrganization(id: $id) }', { id: created.id }, editor);
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const log = await auditEntries({ entity: created.id });
    expect(log.edges.map((e: any) => e.node.action)).toEqual([
      'deleteOrganization',
      'updateOrganization',
      'createOrganization',
    ]);
    const [deletion, update, creation] = log.edges.map((e: any) => e.node);
    for (const entry of [deletion, update, creation]) {
      expect(entry).toMatchObject({ who: keyNames.editor, entityType: 'Organization', entityId: created.id });
      expect(entry.when).toBe(entry.at);
      expect(entry.what).toBe(entry.action);
    }
    expect(creation.before).toBeNull();
    expect(creation.after).toMatchObject({ name: 'Curated Commission', acronym: 'CC', aliases: ['The Commission'] });
    expect(update.before).toMatchObject({ name: 'Curated Commission', acronym: 'CC' });
    expect(update.after).toMatchObject({ name: 'Renamed Commission', acronym: null, countryId: null, aliases: ['RC'] });
    expect(deletion.before).toMatchObject({ name: 'Renamed Commission' });
    expect(deletion.after).toBeNull();
  });

  it('refuses a taken name with the conflicting row, a parent cycle, a null name, unknown and wrong-type IDs', async () => {
    const parent = await createOrg({ name: 'Cycle Parent' });
    const child = await createOrg({ name: 'Cycle Child', parent: parent.id });
    const grandchild = await createOrg({ name: 'Cycle Grandchild', parent: child.id, aliases: ['Grandkid'] });

    const taken = await gql(
      'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { name: ` ${'cycle parent'.toUpperCase()} ` } },
      editor,
    );
    expect(taken.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(taken.errors?.[0].message).toBe(
      `An organization named "Cycle Parent" exists already (id ${parent.id}); merge them instead with mergeOrganizations.`,
    );
    const aliasTaken = await gql(
      'mutation($id: ID!, $name: String!) { updateOrganization(id: $id, input: { name: $name }) { id } }',
      { id: parent.id, name: 'grandkid' },
      editor,
    );
    expect(aliasTaken.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(aliasTaken.errors?.[0].message).toContain(
      `alias of the organization "Cycle Grandchild" (id ${grandchild.id})`,
    );

    const update = (id: string, input: Record<string, unknown>) =>
      gql(
        'mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }',
        { id, input },
        editor,
      );
    const cycle = await update(parent.id, { parent: grandchild.id });
    expect(cycle.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(cycle.errors?.[0].message).toMatch(/its own ancestor/);
    expect((await update(parent.id, { parent: parent.id })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await update(parent.id, { name: null })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await update(parent.id, { name: '   ' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await update(parent.id, { country: 'Tajikistan' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await update(parent.id, { country: 'ZZ' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await update(globalId('Organization', 999_999_999), { kind: 'NGO' })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    const tj = (await data('{ country(iso2: "TJ") { id } }')).country.id;
    expect((await update(tj, { kind: 'NGO' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await update(parent.id, { parent: tj })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    // Merging the top into the bottom of a chain would close a loop: refused as a whole.
    const loop = await gql(
      'mutation($s: ID!, $l: [ID!]!) { mergeOrganizations(survivor: $s, losers: $l) { id } }',
      { s: grandchild.id, l: [parent.id] },
      editor,
    );
    expect(loop.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(loop.errors?.[0].message).toMatch(/its own ancestor/);
    const chain = await data('query($id: ID!) { node(id: $id) { ... on Organization { parent { id } } } }', {
      id: child.id,
    });
    expect(chain.node.parent).toEqual({ id: parent.id });

    // Nothing of the refused writes was stored or logged.
    const after = await data(`query($id: ID!) { node(id: $id) { ... on Organization { ${ORG} } } }`, { id: parent.id });
    expect(after.node).toEqual(parent);
    expect((await auditEntries({ entity: parent.id })).edges.map((e: any) => e.node.action)).toEqual([
      'createOrganization',
    ]);
  });
});

describe('curation: people, initiatives, memberships, statements', () => {
  it('people: create with organization and country, update, clear, delete', async () => {
    const org = await createOrg({ name: 'Person Home Org' });
    const PERSON = 'id name aliases title organization { id } country { iso2 }';
    const person = (
      await data(
        `mutation($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON} } }`,
        {
          input: {
            name: 'Ada  Curator',
            aliases: ['Curator'],
            title: 'Secretary',
            organization: org.id,
            country: 'KZ',
          },
        },
        editor,
      )
    ).createPerson;
    expect(person).toMatchObject({
      name: 'Ada Curator',
      aliases: ['Curator'],
      title: 'Secretary',
      organization: { id: org.id },
      country: { iso2: 'KZ' },
    });
    const people = await data('query($org: ID!) { people(filter: { organization: $org }) { nodes { id } } }', {
      org: org.id,
    });
    expect(people.people.nodes).toEqual([{ id: person.id }]);

    const updated = (
      await data(
        `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { ${PERSON} } }`,
        { id: person.id, input: { title: null, organization: null, aliases: null } },
        editor,
      )
    ).updatePerson;
    expect(updated).toMatchObject({
      name: 'Ada Curator',
      aliases: [],
      title: null,
      organization: null,
      country: { iso2: 'KZ' },
    });
    expect((await data('mutation($id: ID!) { deletePerson(id: $id) }', { id: person.id }, editor)).deletePerson).toBe(
      person.id,
    );
    expect((await data('query($id: ID!) { node(id: $id) { id } }', { id: person.id })).node).toBeNull();
  });

  it('initiatives: create with proposers and participants, update and replace them, refuse a bad year, delete', async () => {
    const org = await createOrg({ name: 'Initiative Org' });
    const tj = (await data('{ country(iso2: "TJ") { id } }')).country.id;
    const INITIATIVE = `id name kind status year description location
      proposedBy { __typename ... on Organization { id } ... on Country { id } }
      participants { __typename ... on Organization { id } ... on Country { id } }`;
    const created = (
      await data(
        `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { ${INITIATIVE} } }`,
        {
          input: {
            name: 'Curated Initiative',
            kind: 'PROGRAM',
            status: 'PROPOSED',
            year: 2021,
            proposedBy: [org.id],
            participants: [tj, org.id, tj],
          },
        },
        editor,
      )
    ).createInitiative;
    expect(created).toMatchObject({
      kind: 'PROGRAM',
      status: 'PROPOSED',
      year: 2021,
      proposedBy: [{ __typename: 'Organization', id: org.id }],
    });
    expect(created.participants).toEqual([
      { __typename: 'Country', id: tj },
      { __typename: 'Organization', id: org.id },
    ]);
    const update = (input: Record<string, unknown>) =>
      gql(
        `mutation($id: ID!, $input: UpdateInitiativeInput!) { updateInitiative(id: $id, input: $input) { ${INITIATIVE} } }`,
        { id: created.id, input },
        editor,
      );
    const updated = await update({
      year: null,
      description: ' A test. ',
      location: 'Dushanbe',
      participants: [],
      status: 'ACTIVE',
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateInitiative).toMatchObject({
      year: null,
      description: 'A test.',
      location: 'Dushanbe',
      status: 'ACTIVE',
      participants: [],
    });
    expect(updated.data.updateInitiative.proposedBy).toEqual(created.proposedBy);
    const badYear = await update({ year: 20211 });
    expect(badYear.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badYear.errors?.[0].message).toMatch(/year between/);
    const badParty = await update({ proposedBy: [created.id] });
    expect(badParty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const log = await auditEntries({ entity: created.id });
    expect(log.edges[0].node.after).toMatchObject({ participants: [], proposedBy: [org.id] });
    expect(log.edges[0].node.before).toMatchObject({ participants: [tj, org.id], year: 2021 });
    expect(
      (await data('mutation($id: ID!) { deleteInitiative(id: $id) }', { id: created.id }, editor)).deleteInitiative,
    ).toBe(created.id);
  });

  it('memberships: create, refuse a duplicate and until before since, update, delete', async () => {
    const org = await createOrg({ name: 'Membership Org' });
    const MEMBERSHIP = 'id role since until country { iso2 } organization { id }';
    const create = (input: Record<string, unknown>) =>
      gql(
        `mutation($input: CreateMembershipInput!) { createMembership(input: $input) { ${MEMBERSHIP} } }`,
        { input },
        editor,
      );
    const created = await create({ country: 'KZ', organization: org.id, role: 'OBSERVER', since: 2019 });
    expect(created.errors).toBeUndefined();
    const membership = created.data.createMembership;
    expect(membership).toMatchObject({
      role: 'OBSERVER',
      since: 2019,
      until: null,
      country: { iso2: 'KZ' },
      organization: { id: org.id },
    });
    const listed = await data('query($id: ID!) { node(id: $id) { ... on Organization { memberships { id role } } } }', {
      id: org.id,
    });
    expect(listed.node.memberships).toEqual([{ id: membership.id, role: 'OBSERVER' }]);

    const duplicate = await create({ country: 'kz', organization: org.id, role: 'OBSERVER' });
    expect(duplicate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(duplicate.errors?.[0].message).toContain(
      `Kazakhstan already has the role OBSERVER in "Membership Org" (membership id ${membership.id})`,
    );
    const backwards = await create({ country: 'UZ', organization: org.id, role: 'MEMBER', since: 2020, until: 2010 });
    expect(backwards.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknownOrg = await create({
      country: 'UZ',
      organization: globalId('Organization', 999_999_999),
      role: 'MEMBER',
    });
    expect(unknownOrg.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const updated = await data(
      `mutation($id: ID!) { updateMembership(id: $id, input: { role: MEMBER, since: null, until: 2024 }) { ${MEMBERSHIP} } }`,
      { id: membership.id },
      editor,
    );
    expect(updated.updateMembership).toMatchObject({ id: membership.id, role: 'MEMBER', since: null, until: 2024 });
    expect(
      (await data('mutation($id: ID!) { deleteMembership(id: $id) }', { id: membership.id }, editor)).deleteMembership,
    ).toBe(membership.id);
    const gone = await data('query($id: ID!) { node(id: $id) { ... on Organization { memberships { id } } } }', {
      id: org.id,
    });
    expect(gone.node.memberships).toEqual([]);
  });

  it('statements: correct kind, verb and speaker, clear the speaker, delete', async () => {
    const org = await createOrg({ name: 'Statement Org' });
    const body = 'The envoy said that trade will grow. The envoy added that roads will be built.';
    const articleId = await insertArticle(body);
    const first = globalId('Statement', await insertStatement(articleId, body, 'trade will grow', {}));
    const second = globalId('Statement', await insertStatement(articleId, body, 'roads will be built', {}));
    const STATEMENT = 'id text kind verb speakerName speaker { __typename ... on Organization { id } }';
    const update = (id: string, input: Record<string, unknown>) =>
      gql(
        `mutation($id: ID!, $input: UpdateStatementInput!) { updateStatement(id: $id, input: $input) { ${STATEMENT} } }`,
        { id, input },
        editor,
      );

    const attributed = await update(first, {
      kind: 'POSITION',
      verb: ' believes ',
      speaker: org.id,
      speakerName: ' the Org ',
    });
    expect(attributed.errors).toBeUndefined();
    expect(attributed.data.updateStatement).toEqual({
      id: first,
      text: 'trade will grow',
      kind: 'POSITION',
      verb: 'believes',
      speakerName: 'the Org',
      speaker: { __typename: 'Organization', id: org.id },
    });
    const spoken = await data('query($id: ID!) { statements(filter: { speaker: $id }) { nodes { id } } }', {
      id: org.id,
    });
    expect(spoken.statements.nodes).toEqual([{ id: first }]);
    const cleared = await update(first, { speaker: null, verb: null });
    expect(cleared.data.updateStatement).toMatchObject({ speaker: null, verb: null, kind: 'POSITION' });
    expect((await update(first, { speaker: first })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await update(first, { kind: null })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    expect(
      (await data('mutation($id: ID!) { deleteStatement(id: $id) }', { id: second }, editor)).deleteStatement,
    ).toBe(second);
    const remaining = await data(`query($id: ID!) { node(id: $id) { ... on Article { statements { id } } } }`, {
      id: globalId('Article', articleId),
    });
    expect(remaining.node.statements).toEqual([{ id: first }]);
  });
});

describe('merging duplicates', () => {
  it('mergeOrganizations moves mentions, statements, links, memberships, people, children and parties, keeping names as aliases', async () => {
    const survivor = await createOrg({ name: 'Merge Survivor', acronym: 'MS', aliases: ['Survivor Alias'] });
    const loser = await createOrg({
      name: 'Merge Loser',
      acronym: 'ML',
      aliases: ['Loser Alias', 'survivor alias'],
      kind: 'NGO',
      country: 'CN',
    });
    const child = await createOrg({ name: 'Merge Loser Child', parent: loser.id });
    const person = (
      await data(
        'mutation($org: ID!, $name: String!) { createPerson(input: { name: $name, organization: $org }) { id } }',
        { org: loser.id, name: 'Loser Staff' },
        editor,
      )
    ).createPerson;
    const initiative = (
      await data(
        'mutation($name: String!, $orgs: [ID!]) { createInitiative(input: { name: $name, proposedBy: $orgs, participants: $orgs }) { id } }',
        { name: 'Merge Initiative', orgs: [survivor.id, loser.id] },
        editor,
      )
    ).createInitiative;
    const membership = (input: Record<string, unknown>) =>
      data('mutation($input: CreateMembershipInput!) { createMembership(input: $input) { id } }', { input }, editor);
    await membership({ country: 'KZ', organization: survivor.id, role: 'MEMBER' });
    await membership({ country: 'KZ', organization: loser.id, role: 'MEMBER', since: 2001 });
    const moved = (await membership({ country: 'UZ', organization: loser.id, role: 'OBSERVER' })).createMembership.id;

    const body = `Merge Loser met Merge Survivor. Merge Loser said that ties with Merge Survivor will deepen.`;
    const articleId = await insertArticle(body);
    await insertMention(articleId, body, 'Merge Loser', 'organization_id', dbId(loser.id));
    await insertMention(articleId, body, 'Merge Survivor', 'organization_id', dbId(survivor.id));
    const statementText = `ties with Merge Survivor will deepen`;
    const statementId = await insertStatement(articleId, body, statementText, { organization: dbId(loser.id) });
    await db.query('INSERT INTO statement_organization (statement_id, organization_id) VALUES ($1, $2), ($1, $3)', [
      statementId,
      dbId(loser.id),
      dbId(survivor.id),
    ]);

    const merge = (survivorId: string, losers: string[]) =>
      gql(
        `mutation($s: ID!, $l: [ID!]!) { mergeOrganizations(survivor: $s, losers: $l) { ${ORG} } }`,
        { s: survivorId, l: losers },
        editor,
      );

    // Refused merges change nothing.
    const tj = (await data('{ country(iso2: "TJ") { id } }')).country.id;
    expect((await merge(survivor.id, [survivor.id])).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await merge(survivor.id, [loser.id, tj])).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await merge(survivor.id, [])).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const halfBad = await merge(survivor.id, [loser.id, globalId('Organization', 999_999_999)]);
    expect(halfBad.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const untouched = await data(
      `query($s: ID!, $l: ID!) { s: node(id: $s) { ... on Organization { ${ORG} articles { totalCount } } }
        l: node(id: $l) { ... on Organization { id articles { totalCount } statements { totalCount } memberships { id } } } }`,
      { s: survivor.id, l: loser.id },
    );
    expect(untouched.s).toEqual({ ...survivor, articles: { totalCount: 1 } });
    expect(untouched.l).toMatchObject({ id: loser.id, articles: { totalCount: 1 }, statements: { totalCount: 1 } });
    expect(untouched.l.memberships).toHaveLength(2);
    expect((await auditEntries({ action: 'mergeOrganizations', entity: survivor.id })).totalCount).toBe(0);

    const merged = await merge(survivor.id, [loser.id]);
    expect(merged.errors).toBeUndefined();
    const result = merged.data.mergeOrganizations;
    expect(result).toMatchObject({
      id: survivor.id,
      name: 'Merge Survivor',
      acronym: 'MS',
      kind: 'NGO',
      country: { iso2: 'CN' },
    });
    expect(result.aliases).toEqual(['Survivor Alias', 'Merge Loser', 'ML', 'Loser Alias']);

    const after = await data(
      `query($s: ID!, $l: ID!, $c: ID!, $p: ID!, $i: ID!, $st: ID!) {
        l: node(id: $l) { id }
        s: node(id: $s) { ... on Organization {
          articles { totalCount } statements { nodes { id } } people { nodes { id } }
          memberships { id role since country { iso2 } } } }
        c: node(id: $c) { ... on Organization { parent { id } } }
        p: node(id: $p) { ... on Person { organization { id } } }
        i: node(id: $i) { ... on Initiative { proposedBy { ... on Organization { id } } participants { ... on Organization { id } } } }
        st: node(id: $st) { ... on Statement { speaker { ... on Organization { id } } organizations { id } } } }`,
      {
        s: survivor.id,
        l: loser.id,
        c: child.id,
        p: person.id,
        i: initiative.id,
        st: globalId('Statement', statementId),
      },
    );
    expect(after.l).toBeNull();
    expect(after.s.articles.totalCount).toBe(1);
    expect(after.s.statements.nodes).toEqual([{ id: globalId('Statement', statementId) }]);
    expect(after.s.people.nodes).toEqual([{ id: person.id }]);
    expect(after.s.memberships).toHaveLength(2);
    expect(after.s.memberships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'MEMBER', since: 2001, country: { iso2: 'KZ' } }),
        expect.objectContaining({ id: moved, role: 'OBSERVER', country: { iso2: 'UZ' } }),
      ]),
    );
    expect(after.c.parent).toEqual({ id: survivor.id });
    expect(after.p.organization).toEqual({ id: survivor.id });
    expect(after.i).toEqual({ proposedBy: [{ id: survivor.id }], participants: [{ id: survivor.id }] });
    expect(after.st).toEqual({ speaker: { id: survivor.id }, organizations: [{ id: survivor.id }] });
    const mentions = await db.query(
      'SELECT count(*)::int AS n FROM mention WHERE article_id = $1 AND organization_id = $2',
      [articleId, dbId(survivor.id)],
    );
    expect(mentions.rows[0].n).toBe(2);

    // The loser's name now finds the survivor, as ingestion will.
    const byOldName = await data('query($name: String!) { organization(name: $name) { id } }', {
      name: 'merge loser'.toUpperCase(),
    });
    expect(byOldName.organization).toEqual({ id: survivor.id });

    const log = await auditEntries({ action: 'mergeOrganizations', entity: loser.id });
    expect(log.totalCount).toBe(1);
    const entry = log.edges[0].node;
    expect(entry).toMatchObject({ who: keyNames.editor, entityType: 'Organization', entityId: survivor.id });
    expect(entry.before.survivor).toMatchObject({ name: 'Merge Survivor', aliases: ['Survivor Alias'] });
    expect(entry.before.losers).toEqual([
      expect.objectContaining({ id: dbId(loser.id), name: 'Merge Loser', acronym: 'ML' }),
    ]);
    expect(entry.after.survivor.aliases).toEqual(result.aliases);
    expect(entry.after.moved).toMatchObject({
      mentions: 1,
      statements: 1,
      statementLinks: 0,
      memberships: 1,
      people: 1,
      children: 1,
    });
  });

  it("after a merge, the next ingest resolves the loser's names to the survivor", async () => {
    const survivor = await createOrg({ name: 'Eurasian Water Council', acronym: 'EWC', kind: 'INTERGOVERNMENTAL' });
    const loser = await createOrg({
      name: 'Central Asian Water Commission',
      acronym: 'CAWC',
      kind: 'INTERGOVERNMENTAL',
    });
    await data(
      'mutation($s: ID!, $l: [ID!]!) { mergeOrganizations(survivor: $s, losers: $l) { id } }',
      { s: survivor.id, l: [loser.id] },
      editor,
    );
    const ingested = await data(
      `mutation($input: IngestArticlesInput!) { ingestArticles(input: $input) { results { status article { organizations { id name } } } } }`,
      {
        input: {
          articles: [
            {
              title: 'Water commission meets in Dushanbe',
              body:
                'DUSHANBE – The Central Asian Water Commission (CAWC) met in Dushanbe on Monday to discuss irrigation along the Amu Darya.\n\n' +
                'Delegates from Tajikistan and Uzbekistan said the CAWC would publish a joint plan next year.',
            },
          ],
        },
      },
      editor,
    );
    expect(ingested.ingestArticles.results[0].status).toBe('CREATED');
    expect(ingested.ingestArticles.results[0].article.organizations).toContainEqual({
      id: survivor.id,
      name: 'Eurasian Water Council',
    });
    const copies = await data('{ organizations(filter: { search: "Central Asian Water" }) { nodes { id } } }');
    expect(copies.organizations.nodes).toEqual([{ id: survivor.id }]);
  });

  it('mergePeople and mergeInitiatives move mentions, statements and links, and keep the names as aliases', async () => {
    const keeper = (
      await data(
        'mutation($n: String!) { createPerson(input: { name: $n, title: "Envoy" }) { id } }',
        { n: 'Keeper Person' },
        editor,
      )
    ).createPerson.id;
    const dupe = (
      await data(
        'mutation($n: String!) { createPerson(input: { name: $n, aliases: ["K. P."] }) { id } }',
        { n: 'K. Person' },
        editor,
      )
    ).createPerson.id;
    const plan = (
      await data('mutation($n: String!) { createInitiative(input: { name: $n }) { id } }', { n: 'Keeper Plan' }, editor)
    ).createInitiative.id;
    const planDupe = (
      await data(
        'mutation($n: String!) { createInitiative(input: { name: $n, kind: STRATEGY, year: 2025 }) { id } }',
        { n: 'The Keeper Plan' },
        editor,
      )
    ).createInitiative.id;

    const body = `K. Person said that The Keeper Plan starts soon.`;
    const articleId = await insertArticle(body);
    await insertMention(articleId, body, 'K. Person', 'person_id', dbId(dupe));
    await insertMention(articleId, body, 'The Keeper Plan', 'initiative_id', dbId(planDupe));
    const statementId = await insertStatement(articleId, body, `The Keeper Plan starts soon`, { person: dbId(dupe) });
    await db.query('INSERT INTO statement_initiative (statement_id, initiative_id) VALUES ($1, $2)', [
      statementId,
      dbId(planDupe),
    ]);

    const wrongType = await gql(
      'mutation($s: ID!, $l: [ID!]!) { mergePeople(survivor: $s, losers: $l) { id } }',
      { s: keeper, l: [plan] },
      editor,
    );
    expect(wrongType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const people = await data(
      'mutation($s: ID!, $l: [ID!]!) { mergePeople(survivor: $s, losers: $l) { id name title aliases statements { nodes { id } } } }',
      { s: keeper, l: [dupe] },
      editor,
    );
    expect(people.mergePeople).toEqual({
      id: keeper,
      name: 'Keeper Person',
      title: 'Envoy',
      aliases: ['K. Person', 'K. P.'],
      statements: { nodes: [{ id: globalId('Statement', statementId) }] },
    });
    const plans = await data(
      'mutation($s: ID!, $l: [ID!]!) { mergeInitiatives(survivor: $s, losers: $l) { id kind year aliases articles { totalCount } statements { nodes { id } } } }',
      { s: plan, l: [planDupe] },
      editor,
    );
    expect(plans.mergeInitiatives).toEqual({
      id: plan,
      kind: 'STRATEGY',
      year: 2025,
      aliases: ['The Keeper Plan'],
      articles: { totalCount: 1 },
      statements: { nodes: [{ id: globalId('Statement', statementId) }] },
    });
    const gone = await data('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [dupe, planDupe] });
    expect(gone.nodes).toEqual([null, null]);
    const person = await data('query($id: ID!) { node(id: $id) { ... on Person { articles { totalCount } } } }', {
      id: keeper,
    });
    expect(person.node.articles.totalCount).toBe(1);
  });
});

describe('the audit log', () => {
  it('pages newest first with cursors, filters by time and type, and resolves the entity', async () => {
    const org = await createOrg({ name: 'Audited Org' });
    await data(
      'mutation($id: ID!) { updateOrganization(id: $id, input: { kind: NGO }) { id } }',
      { id: org.id },
      admin(),
    );
    const all = await auditEntries({ entity: org.id });
    expect(all.edges.map((e: any) => [e.node.action, e.node.who])).toEqual([
      ['updateOrganization', 'admin (ACCORD_ADMIN_KEY)'],
      ['createOrganization', keyNames.editor],
    ]);
    const page = (
      await data(
        `query($filter: AuditFilter, $after: String) { auditLog(filter: $filter, first: 1, after: $after) {
          pageInfo { hasNextPage endCursor } nodes { action entity { __typename ... on Organization { id kind } } } } }`,
        { filter: { entity: org.id }, after: all.edges[0].cursor },
        admin(),
      )
    ).auditLog;
    expect(page.nodes).toEqual([
      { action: 'createOrganization', entity: { __typename: 'Organization', id: org.id, kind: 'NGO' } },
    ]);
    expect(page.pageInfo.hasNextPage).toBe(false);

    const since = all.edges[0].node.at;
    const recent = await auditEntries({ entityType: 'Organization', since, who: 'admin (ACCORD_ADMIN_KEY)' });
    expect(recent.edges.map((e: any) => e.node.entityId)).toContain(org.id);
    const future = await auditEntries({ since: new Date(Date.now() + 3_600_000).toISOString() });
    expect(future.totalCount).toBe(0);
    const badType = await gql('{ auditLog(filter: { entityType: "Planet" }) { totalCount } }', {}, admin());
    expect(badType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const ordered = await auditEntries({}, 50);
    const times = ordered.edges.map((e: any) => Date.parse(e.node.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe('analytics aggregates after curation', () => {
  it('entity_article and speaker_stat still equal the mentions and statements after merges, moves and deletions', async () => {
    await expectEntityArticleExact(server.databaseUrl);
    await expectSpeakerStatExact(server.databaseUrl);
  });
});
