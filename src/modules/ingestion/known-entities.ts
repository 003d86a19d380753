import type { EntityManager } from 'typeorm';
import type { KnownEntities } from '../../ingest/extract/gazetteer.js';

/**
 * What the graph already knows, handed to extraction as a gazetteer so that a new
 * article recognises "Norov" or "CHA" the way earlier ones were resolved. One
 * statement per type; names only, so it stays small next to the article text.
 */
export async function loadKnownEntities(manager: EntityManager): Promise<KnownEntities> {
  const [organizations, people, initiatives] = await Promise.all([
    manager.query(
      `SELECT o.name, o.acronym, o.aliases, o.kind, c.iso2 AS country, p.name AS parent
       FROM organization o LEFT JOIN country c ON c.id = o.country_id LEFT JOIN organization p ON p.id = o.parent_id`,
    ),
    manager.query(
      `SELECT pe.name, pe.aliases, pe.title, o.name AS organization, c.iso2 AS country
       FROM person pe LEFT JOIN organization o ON o.id = pe.organization_id LEFT JOIN country c ON c.id = pe.country_id`,
    ),
    manager.query(`SELECT name, aliases, kind, status, year FROM initiative`),
  ]);
  return { organizations, people, initiatives };
}
