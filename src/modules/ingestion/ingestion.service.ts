import type { EntityManager } from 'typeorm';
import type {
  EntityRef,
  ExtractedArticle,
  ExtractedInitiative,
  ExtractedOrganization,
  ExtractedPerson,
} from '../../ingest/types.js';
import { Article } from '../article/article.entity.js';
import { Country } from '../country/country.entity.js';
import { InitiativeParty } from '../initiative/initiative-party.entity.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { Mention } from '../mention/mention.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import {
  StatementCountry,
  StatementInitiative,
  StatementOrganization,
} from '../statement/statement-links.entity.js';
import { Statement } from '../statement/statement.entity.js';
import { contentHash, wordCount } from './content-hash.js';

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

const ZERO: ExtractionCounts = { statements: 0, countries: 0, organizations: 0, people: 0, initiatives: 0, mentions: 0 };

const lower = (values: (string | null | undefined)[]) => [
  ...new Set(values.filter((v): v is string => Boolean(v)).map((v) => v.toLowerCase())),
];

/** Merges alias lists without repeating the canonical name (case-insensitive). */
function mergeAliases(name: string, existing: string[], incoming: string[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  const out: string[] = [];
  for (const alias of [...existing, ...incoming]) {
    const key = alias.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(alias);
    }
  }
  return out;
}

/**
 * Stores one extracted article inside the caller's transaction. Entities resolve to
 * existing rows by name, alias or acronym, so a second article about the same body
 * adds mentions, not copies. The same text twice is a DUPLICATE and writes nothing.
 */
export async function storeExtractedArticle(
  manager: EntityManager,
  input: ExtractedArticle,
): Promise<StoredArticle> {
  const hash = contentHash(input.title, input.body);
  const existing = await manager.findOneBy(Article, { contentHash: hash });
  if (existing) return { article: existing, status: 'DUPLICATE', extracted: { ...ZERO } };

  const article = await manager.save(
    manager.create(Article, {
      title: input.title,
      subtitle: input.subtitle,
      body: input.body,
      url: input.url,
      source: input.source,
      dateline: input.dateline,
      publishedAt: input.publishedAt ? new Date(input.publishedAt) : null,
      language: input.language || 'en',
      wordCount: wordCount(input.body),
      contentHash: hash,
      sections: input.sections,
    }),
  );

  const countryIds = await resolveCountries(manager, input);
  const organizationIds = await resolveOrganizations(manager, input.organizations, countryIds);
  const personIds = await resolvePeople(manager, input.people, organizationIds, countryIds);
  const initiativeIds = await resolveInitiatives(manager, input.initiatives);
  const refId = (ref: EntityRef): number | undefined =>
    ref.type === 'country'
      ? countryIds.get(ref.key)
      : ref.type === 'organization'
        ? organizationIds.get(ref.key)
        : personIds.get(ref.key);

  await storeInitiativeParties(manager, input.initiatives, initiativeIds, refId);

  const mentions = [
    ...input.countries.flatMap((c) => c.mentions.map((m) => ({ ...m, countryId: countryIds.get(c.iso2) }))),
    ...input.organizations.flatMap((o) => o.mentions.map((m) => ({ ...m, organizationId: organizationIds.get(o.key) }))),
    ...input.people.flatMap((p) => p.mentions.map((m) => ({ ...m, personId: personIds.get(p.key) }))),
    ...input.initiatives.flatMap((i) => i.mentions.map((m) => ({ ...m, initiativeId: initiativeIds.get(i.key) }))),
  ].map((m) => ({ ...m, articleId: article.id }));
  if (mentions.length > 0) await manager.createQueryBuilder().insert().into(Mention).values(mentions).execute();

  if (input.statements.length > 0) {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Statement)
      .values(
        input.statements.map((s) => ({
          articleId: article.id,
          text: s.text,
          kind: s.kind,
          verb: s.verb,
          speakerName: s.speakerName,
          speakerPersonId: s.speaker?.type === 'person' ? (refId(s.speaker) ?? null) : null,
          speakerOrganizationId: s.speaker?.type === 'organization' ? (refId(s.speaker) ?? null) : null,
          speakerCountryId: s.speaker?.type === 'country' ? (refId(s.speaker) ?? null) : null,
          paragraph: s.paragraph,
          startOffset: s.startOffset,
          endOffset: s.endOffset,
        })),
      )
      .returning(['id'])
      .execute();
    const ids = inserted.identifiers.map((row) => row.id as number);
    const links = <T>(pick: (i: number) => T[]) => input.statements.flatMap((_, i) => pick(i));
    const countryLinks = links((i) =>
      [...new Set(input.statements[i].countries)].flatMap((iso2) =>
        countryIds.has(iso2) ? [{ statementId: ids[i], countryId: countryIds.get(iso2)! }] : [],
      ),
    );
    const organizationLinks = links((i) =>
      [...new Set(input.statements[i].organizations.map((k) => organizationIds.get(k)))].flatMap((id) =>
        id ? [{ statementId: ids[i], organizationId: id }] : [],
      ),
    );
    const initiativeLinks = links((i) =>
      [...new Set(input.statements[i].initiatives.map((k) => initiativeIds.get(k)))].flatMap((id) =>
        id ? [{ statementId: ids[i], initiativeId: id }] : [],
      ),
    );
    if (countryLinks.length) await manager.createQueryBuilder().insert().into(StatementCountry).values(countryLinks).orIgnore().execute();
    if (organizationLinks.length) await manager.createQueryBuilder().insert().into(StatementOrganization).values(organizationLinks).orIgnore().execute();
    if (initiativeLinks.length) await manager.createQueryBuilder().insert().into(StatementInitiative).values(initiativeLinks).orIgnore().execute();
  }

  return {
    article,
    status: 'CREATED',
    extracted: {
      statements: input.statements.length,
      countries: input.countries.filter((c) => countryIds.has(c.iso2)).length,
      organizations: input.organizations.length,
      people: input.people.length,
      initiatives: input.initiatives.length,
      mentions: mentions.length,
    },
  };
}

async function resolveCountries(manager: EntityManager, input: ExtractedArticle): Promise<Map<string, number>> {
  const codes = new Set<string>(input.countries.map((c) => c.iso2));
  for (const o of input.organizations) if (o.country) codes.add(o.country);
  for (const p of input.people) if (p.country) codes.add(p.country);
  for (const s of input.statements) {
    s.countries.forEach((c) => codes.add(c));
    if (s.speaker?.type === 'country') codes.add(s.speaker.key);
  }
  for (const i of input.initiatives)
    for (const r of [...i.proposedBy, ...i.participants]) if (r.type === 'country') codes.add(r.key);
  if (codes.size === 0) return new Map();
  const rows = await manager
    .getRepository(Country)
    .createQueryBuilder('c')
    .select(['c.id', 'c.iso2'])
    .where('c.iso2 IN (:...codes)', { codes: [...codes] })
    .getMany();
  return new Map(rows.map((c) => [c.iso2, c.id]));
}

/** Finds existing rows whose name, alias or acronym matches, case-insensitively. */
async function findByNames<T extends { id: number; name: string; aliases: string[] }>(
  manager: EntityManager,
  entity: new () => T,
  names: string[],
  acronyms: string[] = [],
): Promise<T[]> {
  if (names.length === 0 && acronyms.length === 0) return [];
  const qb = manager
    .getRepository(entity)
    .createQueryBuilder('e')
    .where('lower(e.name) = ANY(:names)', { names })
    .orWhere('EXISTS (SELECT 1 FROM unnest(e.aliases) AS a WHERE lower(a) = ANY(:names))', { names });
  if (acronyms.length > 0) qb.orWhere('lower(e.acronym) = ANY(:acronyms)', { acronyms });
  return qb.getMany();
}

function matchByNames<T extends { name: string; aliases: string[] }>(rows: T[], names: string[]): T | undefined {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return (
    rows.find((r) => wanted.has(r.name.toLowerCase())) ??
    rows.find((r) => r.aliases.some((a) => wanted.has(a.toLowerCase())))
  );
}

async function resolveOrganizations(
  manager: EntityManager,
  organizations: ExtractedOrganization[],
  countryIds: Map<string, number>,
): Promise<Map<string, number>> {
  const rows = await findByNames(
    manager,
    Organization,
    lower(organizations.flatMap((o) => [o.name, ...o.aliases])),
    lower(organizations.map((o) => o.acronym)),
  );
  const ids = new Map<string, number>();
  for (const o of organizations) {
    const found =
      matchByNames(rows, [o.name, ...o.aliases]) ??
      (o.acronym ? rows.find((r) => r.acronym?.toLowerCase() === o.acronym!.toLowerCase()) : undefined);
    const countryId = o.country ? (countryIds.get(o.country) ?? null) : null;
    if (found) {
      const aliases = mergeAliases(found.name, found.aliases, [o.name, ...o.aliases]);
      const patch: Partial<Organization> = {};
      if (aliases.length !== found.aliases.length) patch.aliases = aliases;
      if (!found.acronym && o.acronym) patch.acronym = o.acronym;
      if (!found.countryId && countryId) patch.countryId = countryId;
      if (Object.keys(patch).length > 0) {
        await manager.update(Organization, found.id, patch);
        Object.assign(found, patch);
      }
      ids.set(o.key, found.id);
    } else {
      const created = await manager.save(
        manager.create(Organization, {
          name: o.name,
          acronym: o.acronym,
          aliases: mergeAliases(o.name, [], o.aliases),
          kind: o.kind,
          countryId,
          parentId: null,
        }),
      );
      rows.push(created);
      ids.set(o.key, created.id);
    }
  }
  for (const o of organizations) {
    const parentId = o.parent ? ids.get(o.parent) : undefined;
    if (parentId && parentId !== ids.get(o.key)) {
      await manager
        .createQueryBuilder()
        .update(Organization)
        .set({ parentId })
        .where('id = :id AND parent_id IS NULL', { id: ids.get(o.key) })
        .execute();
    }
  }
  return ids;
}

async function resolvePeople(
  manager: EntityManager,
  people: ExtractedPerson[],
  organizationIds: Map<string, number>,
  countryIds: Map<string, number>,
): Promise<Map<string, number>> {
  const rows = await findByNames(manager, Person, lower(people.flatMap((p) => [p.name, ...p.aliases])));
  const ids = new Map<string, number>();
  for (const p of people) {
    const found = matchByNames(rows, [p.name, ...p.aliases]);
    const organizationId = p.organization ? (organizationIds.get(p.organization) ?? null) : null;
    const countryId = p.country ? (countryIds.get(p.country) ?? null) : null;
    if (found) {
      const aliases = mergeAliases(found.name, found.aliases, [p.name, ...p.aliases]);
      const patch: Partial<Person> = {};
      if (aliases.length !== found.aliases.length) patch.aliases = aliases;
      if (!found.title && p.title) patch.title = p.title;
      if (!found.organizationId && organizationId) patch.organizationId = organizationId;
      if (!found.countryId && countryId) patch.countryId = countryId;
      if (Object.keys(patch).length > 0) {
        await manager.update(Person, found.id, patch);
        Object.assign(found, patch);
      }
      ids.set(p.key, found.id);
    } else {
      const created = await manager.save(
        manager.create(Person, {
          name: p.name,
          aliases: mergeAliases(p.name, [], p.aliases),
          title: p.title,
          organizationId,
          countryId,
        }),
      );
      rows.push(created);
      ids.set(p.key, created.id);
    }
  }
  return ids;
}

async function resolveInitiatives(
  manager: EntityManager,
  initiatives: ExtractedInitiative[],
): Promise<Map<string, number>> {
  const rows = await findByNames(manager, Initiative, lower(initiatives.flatMap((i) => [i.name, ...i.aliases])));
  const ids = new Map<string, number>();
  for (const i of initiatives) {
    const found = matchByNames(rows, [i.name, ...i.aliases]);
    if (found) {
      const aliases = mergeAliases(found.name, found.aliases, [i.name, ...i.aliases]);
      const patch: Partial<Initiative> = {};
      if (aliases.length !== found.aliases.length) patch.aliases = aliases;
      if (found.status === 'UNKNOWN' && i.status !== 'UNKNOWN') patch.status = i.status;
      if (!found.year && i.year) patch.year = i.year;
      if (!found.description && i.description) patch.description = i.description;
      if (!found.location && i.location) patch.location = i.location;
      if (Object.keys(patch).length > 0) {
        await manager.update(Initiative, found.id, patch);
        Object.assign(found, patch);
      }
      ids.set(i.key, found.id);
    } else {
      const created = await manager.save(
        manager.create(Initiative, {
          name: i.name,
          aliases: mergeAliases(i.name, [], i.aliases),
          kind: i.kind,
          status: i.status,
          year: i.year,
          description: i.description,
          location: i.location,
        }),
      );
      rows.push(created);
      ids.set(i.key, created.id);
    }
  }
  return ids;
}

async function storeInitiativeParties(
  manager: EntityManager,
  initiatives: ExtractedInitiative[],
  initiativeIds: Map<string, number>,
  refId: (ref: EntityRef) => number | undefined,
): Promise<void> {
  const parties = initiatives.flatMap((i) =>
    (
      [
        ...i.proposedBy.map((ref) => ({ ref, role: 'PROPOSER' as const })),
        ...i.participants.map((ref) => ({ ref, role: 'PARTICIPANT' as const })),
      ] as const
    ).flatMap(({ ref, role }) => {
      const id = refId(ref);
      if (!id) return [];
      return [
        {
          initiativeId: initiativeIds.get(i.key)!,
          role,
          personId: ref.type === 'person' ? id : null,
          organizationId: ref.type === 'organization' ? id : null,
          countryId: ref.type === 'country' ? id : null,
        },
      ];
    }),
  );
  if (parties.length > 0) {
    await manager.createQueryBuilder().insert().into(InitiativeParty).values(parties).orIgnore().execute();
  }
}
