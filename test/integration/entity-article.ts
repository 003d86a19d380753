import pg from 'pg';
import { expect } from 'vitest';

/**
 * entity_article must equal the aggregate of mention it stands for, whatever wrote
 * (ingestion, merges, deletions): compares both ways in the database.
 */
export async function expectEntityArticleExact(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const truth = `SELECT CASE WHEN m.country_id IS NOT NULL THEN 'C' WHEN m.organization_id IS NOT NULL THEN 'O'
                              WHEN m.person_id IS NOT NULL THEN 'P' ELSE 'I' END AS entity_type,
                         coalesce(m.country_id, m.organization_id, m.person_id, m.initiative_id) AS entity_id,
                         m.article_id, coalesce(a.published_at, a.created_at) AS at, count(*)::int AS mentions
                   FROM mention m JOIN article a ON a.id = m.article_id GROUP BY 1, 2, 3, 4`;
    const stored = `SELECT entity_type, entity_id, article_id, at, mentions FROM entity_article`;
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM (${truth} EXCEPT ${stored}) x)::int AS missing,
              (SELECT count(*) FROM (${stored} EXCEPT ${truth}) y)::int AS extra,
              (SELECT count(*) FROM entity_article)::int AS total`,
    );
    expect(rows[0].total).toBeGreaterThan(0);
    expect({ missing: rows[0].missing, extra: rows[0].extra }).toEqual({ missing: 0, extra: 0 });
  } finally {
    await client.end();
  }
}

/** speaker_stat must equal the statements counted per speaker. */
export async function expectSpeakerStatExact(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const truth = `SELECT CASE WHEN s.speaker_person_id IS NOT NULL THEN 'P' WHEN s.speaker_organization_id IS NOT NULL THEN 'O' ELSE 'C' END AS speaker_type,
                          coalesce(s.speaker_person_id, s.speaker_organization_id, s.speaker_country_id) AS speaker_id, count(*)::int AS statements
                   FROM statement s WHERE num_nonnulls(s.speaker_person_id, s.speaker_organization_id, s.speaker_country_id) = 1 GROUP BY 1, 2`;
    const stored = `SELECT speaker_type, speaker_id, statements FROM speaker_stat`;
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM (${truth} EXCEPT ${stored}) x)::int AS missing, (SELECT count(*) FROM (${stored} EXCEPT ${truth}) y)::int AS extra`,
    );
    expect(rows[0]).toEqual({ missing: 0, extra: 0 });
  } finally {
    await client.end();
  }
}
