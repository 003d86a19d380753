import { In, type EntityManager } from 'typeorm';
import type { EntityRef, ExtractedArticle } from '../../ingest/types.js';
import { Article } from '../article/article.entity.js';
import { Country } from '../country/country.entity.js';
import { InitiativeParty } from '../initiative/initiative-party.entity.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { StatementCountry, StatementInitiative, StatementOrganization } from '../statement/statement-links.entity.js';
import { Statement } from '../statement/statement.entity.js';
import { contentHash, wordCount } from './content-hash.js';
import { resolveNamed } from './entity-resolution.js';

export type IngestStatus = 'CREATED' | 'DUPLICATE';

export interface ExtractionCounts {
  statements: number;
  countries: number;
  organizations: number;
  people: number;
  initiatives: number;
  mentions: number;
}

export interface StoredArticle {
  article: Article;
  status: IngestStatus;
  extracted: ExtractionCounts;
}

const ZERO: ExtractionCounts = {
  statements: 0,
  countries: 0,
  organizations: 0,
  people: 0,
  initiatives: 0,
  mentions: 0,
};

/** Per fresh article: its extraction and the ids its keys resolved to. */
interface Fresh {
  input: ExtractedArticle;
  article: Article;
  organizations: Map<string, number>;
  people: Map<string, number>;
  initiatives: Map<string, number>;
}

/**
 * Serialises the storing step of concurrent ingestions (API calls and job workers) until
 * the caller's transaction ends. Entity resolution looks names up, then inserts what it
 * did not find: two transactions doing that at once would both miss "Foo" (or one
 * would miss the alias the other is adding) and create it twice. Extraction, the
 * CPU-heavy part, stays outside and runs in parallel.
 */
export async function lockIngestion(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('accord:ingest-store'))`);
}

/** Spans that do not slice the body exactly are dropped: offsets are a promise to clients. */
function exact<T extends { start: number; end: number; text: string }>(body: string, spans: T[]): T[] {
  return spans.filter((s) => s.start >= 0 && s.end > s.start && body.slice(s.start, s.end) === s.text);
}

/**
 * Stores extracted articles inside the caller's transaction, in a constant number of
 * statements per batch (not per article). Entities resolve to existing rows by name,
 * alias or acronym, so a second article about the same body adds mentions, not copies.
 * The same text twice is a DUPLICATE and writes nothing.
 */
export async function storeExtractedArticles(
  manager: EntityManager,
  inputs: ExtractedArticle[],
): Promise<StoredArticle[]> {
  const hashes = inputs.map((i) => contentHash(i.title, i.body));
  const existing = hashes.length
    ? await manager.getRepository(Article).findBy({ contentHash: In([...new Set(hashes)]) })
    : [];
  const byHash = new Map(existing.map((a) => [a.contentHash, a]));
  const freshIndexes: number[] = [];
  const seen = new Set<string>();
  hashes.forEach((h, i) => {
    if (!byHash.has(h) && !seen.has(h)) {
      seen.add(h);
      freshIndexes.push(i);
    }
  });

  const freshArticles = freshIndexes.map((i) =>
    manager.create(Article, {
      title: inputs[i].title,
      subtitle: inputs[i].subtitle,
      body: inputs[i].body,
      url: inputs[i].url,
      source: inputs[i].source,
      dateline: inputs[i].dateline,
      byline: inputs[i].byline ?? null,
      publishedAt: inputs[i].publishedAt ? new Date(inputs[i].publishedAt) : null,
      language: inputs[i].language || 'en',
      wordCount: wordCount(inputs[i].body),
      contentHash: hashes[i],
      sections: inputs[i].sections,
    }),
  );
  if (freshArticles.length > 0) await manager.getRepository(Article).insert(freshArticles);
  for (const a of freshArticles) byHash.set(a.contentHash, a);
  const fresh: Fresh[] = freshIndexes.map((i, n) => ({
    input: inputs[i],
    article: freshArticles[n],
    organizations: new Map(),
    people: new Map(),
    initiatives: new Map(),
  }));

  const countryIds = await resolveCountries(
    manager,
    fresh.map((f) => f.input),
  );
  await resolveEntities(manager, fresh, countryIds);
  await storeLinks(manager, fresh, countryIds);

  const counts = new Map(
    fresh.map((f) => [
      f.article.contentHash,
      {
        statements: f.input.statements.length,
        countries: f.input.countries.filter((c) => countryIds.has(c.iso2)).length,
        organizations: f.input.organizations.length,
        people: f.input.people.length,
        initiatives: f.input.initiatives.length,
        mentions: [...f.input.countries, ...f.input.organizations, ...f.input.people, ...f.input.initiatives].reduce(
          (n, e) => n + exact(f.input.body, e.mentions).length,
          0,
        ),
      },
    ]),
  );
  const reported = new Set<string>();
  return hashes.map((h) => {
    const created = counts.has(h) && !reported.has(h);
    reported.add(h);
    return {
      article: byHash.get(h)!,
      status: created ? 'CREATED' : 'DUPLICATE',
      extracted: created ? counts.get(h)! : { ...ZERO },
    };
  });
}

async function resolveCountries(manager: EntityManager, inputs: ExtractedArticle[]): Promise<Map<string, number>> {
  const codes = new Set<string>();
  const refs = (r: EntityRef | null) => r?.type === 'country' && codes.add(r.key);
  for (const input of inputs) {
    input.countries.forEach((c) => codes.add(c.iso2));
    input.organizations.forEach((o) => o.country && codes.add(o.country));
    input.people.forEach((p) => p.country && codes.add(p.country));
    input.statements.forEach((s) => (s.countries.forEach((c) => codes.add(c)), refs(s.speaker)));
    input.initiatives.forEach((i) => [...i.proposedBy, ...i.participants].forEach(refs));
  }
  if (codes.size === 0) return new Map();
  const rows = await manager
    .getRepository(Country)
    .find({ select: { id: true, iso2: true }, where: { iso2: In([...codes]) } });
  return new Map(rows.map((c) => [c.iso2, c.id]));
}

async function resolveEntities(manager: EntityManager, fresh: Fresh[], countryIds: Map<string, number>): Promise<void> {
  const country = (iso2: string | null) => (iso2 ? (countryIds.get(iso2) ?? null) : null);

  const orgs = fresh.flatMap((f) => f.input.organizations.map((o) => ({ f, o })));
  const orgIds = await resolveNamed(
    manager,
    Organization,
    'organization',
    orgs.map(({ o }) => ({
      names: [o.name, ...o.aliases, ...(o.acronym ? [o.acronym] : [])],
      countryId: country(o.country),
      create: () => ({
        name: o.name,
        acronym: o.acronym,
        aliases: o.aliases,
        kind: o.kind,
        countryId: country(o.country),
        parentId: null,
      }),
      patch: (found) => ({
        ...(!found.acronym && o.acronym ? { acronym: o.acronym } : {}),
        ...(!found.countryId && country(o.country) ? { countryId: country(o.country) } : {}),
      }),
    })),
  );
  orgs.forEach(({ f, o }, i) => f.organizations.set(o.key, orgIds[i]));
  const parents = orgs.flatMap(({ f, o }) => {
    const child = f.organizations.get(o.key)!;
    const parent = o.parent ? f.organizations.get(o.parent) : undefined;
    return parent && parent !== child ? [[child, parent] as const] : [];
  });
  if (parents.length > 0) {
    await manager.query(
      `UPDATE organization o SET parent_id = v.parent FROM unnest($1::int[], $2::int[]) AS v(child, parent)
       WHERE o.id = v.child AND o.parent_id IS NULL`,
      [parents.map((p) => p[0]), parents.map((p) => p[1])],
    );
  }

  const people = fresh.flatMap((f) => f.input.people.map((p) => ({ f, p })));
  const personIds = await resolveNamed(
    manager,
    Person,
    'person',
    people.map(({ f, p }) => {
      const organizationId = p.organization ? (f.organizations.get(p.organization) ?? null) : null;
      return {
        names: [p.name, ...p.aliases],
        create: () => ({
          name: p.name,
          aliases: p.aliases,
          title: p.title,
          organizationId,
          countryId: country(p.country),
        }),
        patch: (found) => ({
          ...(!found.title && p.title ? { title: p.title } : {}),
          ...(!found.organizationId && organizationId ? { organizationId } : {}),
          ...(!found.countryId && country(p.country) ? { countryId: country(p.country) } : {}),
        }),
      };
    }),
  );
  people.forEach(({ f, p }, i) => f.people.set(p.key, personIds[i]));

  const initiatives = fresh.flatMap((f) => f.input.initiatives.map((i) => ({ f, i })));
  const initiativeIds = await resolveNamed(
    manager,
    Initiative,
    'initiative',
    initiatives.map(({ i }) => ({
      names: [i.name, ...i.aliases],
      create: () => ({
        name: i.name,
        aliases: i.aliases,
        kind: i.kind,
        status: i.status,
        year: i.year,
        description: i.description,
        location: i.location,
      }),
      patch: (found) => ({
        ...(found.status === 'UNKNOWN' && i.status !== 'UNKNOWN' ? { status: i.status } : {}),
        ...(!found.year && i.year ? { year: i.year } : {}),
        ...(!found.description && i.description ? { description: i.description } : {}),
        ...(!found.location && i.location ? { location: i.location } : {}),
      }),
    })),
  );
  initiatives.forEach(({ f, i }, n) => f.initiatives.set(i.key, initiativeIds[n]));
}

async function storeLinks(manager: EntityManager, fresh: Fresh[], countryIds: Map<string, number>): Promise<void> {
  const refId = (f: Fresh, ref: EntityRef): number | undefined =>
    ref.type === 'country'
      ? countryIds.get(ref.key)
      : ref.type === 'organization'
        ? f.organizations.get(ref.key)
        : f.people.get(ref.key);

  const parties = fresh.flatMap((f) =>
    f.input.initiatives.flatMap((i) =>
      [
        ...i.proposedBy.map((ref) => ({ ref, role: 'PROPOSER' as const })),
        ...i.participants.map((ref) => ({ ref, role: 'PARTICIPANT' as const })),
      ].flatMap(({ ref, role }) => {
        const id = refId(f, ref);
        return id
          ? [
              {
                initiativeId: f.initiatives.get(i.key)!,
                role,
                personId: ref.type === 'person' ? id : null,
                organizationId: ref.type === 'organization' ? id : null,
                countryId: ref.type === 'country' ? id : null,
              },
            ]
          : [];
      }),
    ),
  );
  if (parties.length > 0)
    await manager.createQueryBuilder().insert().into(InitiativeParty).values(parties).orIgnore().execute();

  // Mentions can number thousands per batch: one INSERT from arrays, not a VALUES list.
  const m = {
    article: [] as number[],
    start: [] as number[],
    end: [] as number[],
    text: [] as string[],
    country: [] as (number | null)[],
    organization: [] as (number | null)[],
    person: [] as (number | null)[],
    initiative: [] as (number | null)[],
  };
  const push = (
    f: Fresh,
    spans: { start: number; end: number; text: string }[],
    column: 'country' | 'organization' | 'person' | 'initiative',
    id: number | undefined,
  ) => {
    if (!id) return;
    for (const s of exact(f.input.body, spans)) {
      m.article.push(f.article.id);
      m.start.push(s.start);
      m.end.push(s.end);
      m.text.push(s.text);
      for (const c of ['country', 'organization', 'person', 'initiative'] as const) m[c].push(c === column ? id : null);
    }
  };
  for (const f of fresh) {
    f.input.countries.forEach((c) => push(f, c.mentions, 'country', countryIds.get(c.iso2)));
    f.input.organizations.forEach((o) => push(f, o.mentions, 'organization', f.organizations.get(o.key)));
    f.input.people.forEach((p) => push(f, p.mentions, 'person', f.people.get(p.key)));
    f.input.initiatives.forEach((i) => push(f, i.mentions, 'initiative', f.initiatives.get(i.key)));
  }
  if (m.article.length > 0) {
    await manager.query(
      `INSERT INTO mention (article_id, start, "end", text, country_id, organization_id, person_id, initiative_id)
       SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::int[], $6::int[], $7::int[], $8::int[])`,
      [m.article, m.start, m.end, m.text, m.country, m.organization, m.person, m.initiative],
    );
  }

  const statements = fresh.flatMap((f) =>
    f.input.statements
      .filter((s) => s.endOffset > s.startOffset && f.input.body.slice(s.startOffset, s.endOffset) === s.text)
      .map((s) => ({ f, s })),
  );
  if (statements.length === 0) return;
  const speaker = (f: Fresh, ref: EntityRef | null, type: EntityRef['type']) =>
    ref?.type === type ? (refId(f, ref) ?? null) : null;
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(Statement)
    .values(
      statements.map(({ f, s }) => ({
        articleId: f.article.id,
        text: s.text,
        kind: s.kind,
        verb: s.verb,
        speakerName: s.speakerName,
        speakerPersonId: speaker(f, s.speaker, 'person'),
        speakerOrganizationId: speaker(f, s.speaker, 'organization'),
        speakerCountryId: speaker(f, s.speaker, 'country'),
        paragraph: s.paragraph,
        startOffset: s.startOffset,
        endOffset: s.endOffset,
      })),
    )
    .returning(['id'])
    .execute();
  const ids = inserted.identifiers.map((row) => row.id as number);
  const links = <T>(pick: (n: number) => (number | undefined)[], make: (statementId: number, id: number) => T) =>
    statements.flatMap((_, n) => [...new Set(pick(n))].flatMap((id) => (id ? [make(ids[n], id)] : [])));
  const countryLinks = links(
    (n) => statements[n].s.countries.map((c) => countryIds.get(c)),
    (statementId, countryId) => ({ statementId, countryId }),
  );
  const organizationLinks = links(
    (n) => statements[n].s.organizations.map((k) => statements[n].f.organizations.get(k)),
    (statementId, organizationId) => ({ statementId, organizationId }),
  );
  const initiativeLinks = links(
    (n) => statements[n].s.initiatives.map((k) => statements[n].f.initiatives.get(k)),
    (statementId, initiativeId) => ({ statementId, initiativeId }),
  );
  if (countryLinks.length)
    await manager.createQueryBuilder().insert().into(StatementCountry).values(countryLinks).orIgnore().execute();
  if (organizationLinks.length)
    await manager
      .createQueryBuilder()
      .insert()
      .into(StatementOrganization)
      .values(organizationLinks)
      .orIgnore()
      .execute();
  if (initiativeLinks.length)
    await manager.createQueryBuilder().insert().into(StatementInitiative).values(initiativeLinks).orIgnore().execute();
}
