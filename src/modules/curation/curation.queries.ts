import type { EntityManager } from 'typeorm';
import type { NodeType } from '../common/node.js';

/** The SQL of curation: references, name clashes and the row moves of merges. Entities themselves are written through TypeORM. */

const TABLES: Partial<Record<NodeType, string>> = {
  Organization: 'organization',
  Person: 'person',
  Initiative: 'initiative',
  Country: 'country',
  Statement: 'statement',
  Membership: 'membership',
};

function tableOf(type: NodeType): string {
  const table = TABLES[type];
  if (!table) throw new Error(`no curation table for ${type}`);
  return table;
}

export async function rowExists(manager: EntityManager, type: NodeType, id: number): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM ${tableOf(type)} WHERE id = $1`, [id]);
  return rows.length > 0;
}

export async function countryIdByIso2(manager: EntityManager, iso2: string): Promise<number | null> {
  const rows: { id: number }[] = await manager.query('SELECT id FROM country WHERE iso2 = $1', [iso2]);
  return rows[0]?.id ?? null;
}

/** Rows of `table` other than `selfId` named one of `lowerNames`, or having `name` among their aliases. */
export function rowsAnsweringTo(
  manager: EntityManager,
  table: 'organization' | 'person' | 'initiative',
  selfId: number | null,
  lowerNames: string[],
  name: string | null,
): Promise<{ id: number; name: string; aliases: string[] }[]> {
  return manager.query(
    `SELECT id, name, aliases FROM ${table}
     WHERE id IS DISTINCT FROM $1
       AND (lower(name) = ANY($2) OR ($3::text IS NOT NULL AND EXISTS (SELECT 1 FROM unnest(aliases) a WHERE lower(a) = lower($3))))
     ORDER BY id LIMIT 5`,
    [selfId, lowerNames, name],
  );
}

/** Another membership with the same organization, country and role. */
export function membershipClash(
  manager: EntityManager,
  m: { id?: number | null; organizationId: number; countryId: number; role: string },
): Promise<{ id: number; name: string; org: string }[]> {
  return manager.query(
    `SELECT m.id, c.name, o.name AS org FROM membership m JOIN country c ON c.id = m.country_id JOIN organization o ON o.id = m.organization_id
     WHERE m.organization_id = $1 AND m.country_id = $2 AND m.role = $3 AND m.id IS DISTINCT FROM $4`,
    [m.organizationId, m.countryId, m.role, m.id ?? null],
  );
}

/** Marks an initiative changed when only its parties changed (they are part of what a client sees). */
export async function touchInitiative(manager: EntityManager, id: number): Promise<void> {
  await manager.query('UPDATE initiative SET updated_at = now() WHERE id = $1', [id]);
}

export async function deleteRows(
  manager: EntityManager,
  type: 'Organization' | 'Person' | 'Initiative',
  ids: number[],
): Promise<void> {
  await manager.query(`DELETE FROM ${tableOf(type)} WHERE id = ANY($1)`, [ids]);
}

/** Rows an UPDATE / DELETE / INSERT touched (for the merge summary in the audit log). */
export async function execute(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  const result = await manager.queryRunner!.query(sql, parameters, true);
  return result.affected ?? result.records?.length ?? 0;
}

/** Rows moved from the losers to the survivor, by kind, for the audit log. */
export type Moved = Record<string, number>;

/*
 * In the SQL below, `$1` is the survivor and `$2` the losers.
 */

/** Mentions move to the survivor; one at the very span the survivor is already mentioned at is dropped. */
async function moveMentions(
  manager: EntityManager,
  column: 'organization_id' | 'person_id' | 'initiative_id',
  survivor: number,
  losers: number[],
): Promise<number> {
  const params = [survivor, losers];
  await execute(
    manager,
    `DELETE FROM mention l WHERE l.${column} = ANY($2) AND EXISTS (
       SELECT 1 FROM mention s WHERE s.${column} = $1 AND s.article_id = l.article_id AND s.start = l.start AND s."end" = l."end")`,
    params,
  );
  return execute(manager, `UPDATE mention SET ${column} = $1 WHERE ${column} = ANY($2)`, params);
}

/** Statement links (composite primary key): the survivor gets each link it lacks, then the losers' go. */
async function moveLinks(
  manager: EntityManager,
  table: string,
  column: string,
  survivor: number,
  losers: number[],
): Promise<number> {
  const moved = await execute(
    manager,
    `INSERT INTO ${table} (statement_id, ${column}) SELECT statement_id, $1 FROM ${table} WHERE ${column} = ANY($2) ON CONFLICT DO NOTHING`,
    [survivor, losers],
  );
  await execute(manager, `DELETE FROM ${table} WHERE ${column} = ANY($1)`, [losers]);
  return moved;
}

/**
 * Initiative parties of the losers become the survivor's, one per (initiative, role):
 * the unique index treats NULL columns as distinct, so duplicates are avoided by hand.
 */
async function moveParties(
  manager: EntityManager,
  column: 'person_id' | 'organization_id',
  survivor: number,
  losers: number[],
): Promise<number> {
  const moved = await execute(
    manager,
    `UPDATE initiative_party SET ${column} = $1 WHERE id IN (
       SELECT DISTINCT ON (p.initiative_id, p.role) p.id FROM initiative_party p
       WHERE p.${column} = ANY($2)
         AND NOT EXISTS (SELECT 1 FROM initiative_party s WHERE s.${column} = $1 AND s.initiative_id = p.initiative_id AND s.role = p.role)
       ORDER BY p.initiative_id, p.role, p.id)`,
    [survivor, losers],
  );
  await execute(manager, `DELETE FROM initiative_party WHERE ${column} = ANY($1)`, [losers]);
  return moved;
}

export async function moveOrganizationReferences(
  manager: EntityManager,
  survivor: number,
  losers: number[],
): Promise<Moved> {
  const params = [survivor, losers];
  const mentions = await moveMentions(manager, 'organization_id', survivor, losers);
  const statements = await execute(
    manager,
    'UPDATE statement SET speaker_organization_id = $1 WHERE speaker_organization_id = ANY($2)',
    params,
  );
  const statementLinks = await moveLinks(manager, 'statement_organization', 'organization_id', survivor, losers);
  // A role the survivor has already keeps the survivor's row, learning the start year when it had none.
  await execute(
    manager,
    `UPDATE membership s SET since = l.since FROM (
       SELECT country_id, role, min(since) AS since FROM membership WHERE organization_id = ANY($2) GROUP BY country_id, role
     ) l WHERE s.organization_id = $1 AND s.country_id = l.country_id AND s.role = l.role AND s.since IS NULL AND l.since IS NOT NULL`,
    params,
  );
  const memberships = await execute(
    manager,
    `UPDATE membership SET organization_id = $1 WHERE id IN (
       SELECT DISTINCT ON (m.country_id, m.role) m.id FROM membership m
       WHERE m.organization_id = ANY($2)
         AND NOT EXISTS (SELECT 1 FROM membership s WHERE s.organization_id = $1 AND s.country_id = m.country_id AND s.role = m.role)
       ORDER BY m.country_id, m.role, m.since NULLS LAST, m.id)`,
    params,
  );
  await execute(manager, 'DELETE FROM membership WHERE organization_id = ANY($1)', [losers]);
  const people = await execute(
    manager,
    'UPDATE person SET organization_id = $1 WHERE organization_id = ANY($2)',
    params,
  );
  const children = await execute(
    manager,
    'UPDATE organization SET parent_id = $1 WHERE parent_id = ANY($2) AND id <> $1 AND NOT (id = ANY($2))',
    params,
  );
  const initiativeParties = await moveParties(manager, 'organization_id', survivor, losers);
  return { mentions, statements, statementLinks, memberships, people, children, initiativeParties };
}

export async function movePersonReferences(manager: EntityManager, survivor: number, losers: number[]): Promise<Moved> {
  const params = [survivor, losers];
  const mentions = await moveMentions(manager, 'person_id', survivor, losers);
  const statements = await execute(
    manager,
    'UPDATE statement SET speaker_person_id = $1 WHERE speaker_person_id = ANY($2)',
    params,
  );
  const initiativeParties = await moveParties(manager, 'person_id', survivor, losers);
  return { mentions, statements, initiativeParties };
}

export async function moveInitiativeReferences(
  manager: EntityManager,
  survivor: number,
  losers: number[],
): Promise<Moved> {
  const params = [survivor, losers];
  const mentions = await moveMentions(manager, 'initiative_id', survivor, losers);
  const statementLinks = await moveLinks(manager, 'statement_initiative', 'initiative_id', survivor, losers);
  const parties = await execute(
    manager,
    `UPDATE initiative_party SET initiative_id = $1 WHERE id IN (
       SELECT DISTINCT ON (p.role, p.person_id, p.organization_id, p.country_id) p.id FROM initiative_party p
       WHERE p.initiative_id = ANY($2)
         AND NOT EXISTS (
           SELECT 1 FROM initiative_party s WHERE s.initiative_id = $1 AND s.role = p.role
             AND s.person_id IS NOT DISTINCT FROM p.person_id
             AND s.organization_id IS NOT DISTINCT FROM p.organization_id
             AND s.country_id IS NOT DISTINCT FROM p.country_id)
       ORDER BY p.role, p.person_id, p.organization_id, p.country_id, p.id)`,
    params,
  );
  await execute(manager, 'DELETE FROM initiative_party WHERE initiative_id = ANY($1)', [losers]);
  return { mentions, statementLinks, parties };
}
