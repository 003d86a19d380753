import { query } from '../../db/sql.js';
import type { DataSource } from 'typeorm';
import { seekCondition, type OrderSpec } from '../../db/keyset.js';
import type { NodeType } from '../common/node.js';

/** The SQL of `search`: full-text matches of articles and statements, typo-tolerant entity names, ranked together. */

export type SearchKind = 'ARTICLE' | 'STATEMENT' | 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'INITIATIVE';

/** Entity names below this similarity are noise ("Tadjikistan" ~ 0.64, "Norow" in a full name ~ 0.5). */
const NAME_THRESHOLD = 0.3;
const HEADLINE = `'MaxFragments=2, MaxWords=30, MinWords=10, FragmentDelimiter=" … ", StartSel=<b>, StopSel=</b>'`;

/**
 * Best match of the query against a row's names (name, acronym, aliases, demonyms):
 * trigram similarity, the query as a word inside a longer name, or the same double
 * metaphone code for transliterations ("Kirgizstan" ~ "Kyrgyzstan"); short codes are
 * too common to count.
 */
const nameScore = (names: string) =>
  `(SELECT max(greatest(similarity(lower(n), lower($1)), word_similarity(lower($1), lower(n)) * 0.9,
                        CASE WHEN length(dmetaphone(n)) >= 3 AND dmetaphone(n) = dmetaphone($1) THEN 0.5 ELSE 0 END))
     FROM unnest(${names}) AS n WHERE n IS NOT NULL)`;

/**
 * Entity candidates come from indexes before the costly scoring. One-word queries: the
 * trigram index on the lower-cased name (similar names, typos) and the query as a word
 * inside a longer name ("Norow" in "Vladimir Imamovich Norov"). Longer queries: the
 * words of the name (trigram tests of a long query touch too many index entries).
 * Both: exact names and aliases (accord_name_keys). Countries are few: cheap tests on
 * their names and metaphone code ("Kirgizstan" ~ "Kyrgyzstan"), then the full score.
 */
function candidates(keys: string, oneWord: boolean): string {
  const similar = oneWord
    ? `lower(t.name) % lower($1) OR lower($1) <% lower(t.name)`
    : `to_tsvector('simple', t.name) @@ plainto_tsquery('simple', $1)`;
  return `(${similar} OR ${keys} && ARRAY[lower($1)])`;
}

function entitySql(kind: Exclude<SearchKind, 'ARTICLE' | 'STATEMENT'>, oneWord: boolean) {
  switch (kind) {
    case 'PERSON':
      return {
        type: 'Person' as const,
        table: 'person',
        names: `array[t.name] || t.aliases`,
        where: candidates('accord_name_keys(t.name, t.aliases)', oneWord),
      };
    case 'ORGANIZATION':
      return {
        type: 'Organization' as const,
        table: 'organization',
        names: `array[t.name, t.acronym] || t.aliases`,
        where: candidates('accord_name_keys(t.name, t.aliases, t.acronym)', oneWord),
      };
    case 'INITIATIVE':
      return {
        type: 'Initiative' as const,
        table: 'initiative',
        names: `array[t.name] || t.aliases`,
        where: candidates('accord_name_keys(t.name, t.aliases)', oneWord),
      };
    case 'COUNTRY':
      return {
        type: 'Country' as const,
        table: 'country',
        names: `array[t.name, t.official_name] || t.aliases || t.demonyms`,
        where: oneWord
          ? `(lower(t.name) % lower($1) OR lower($1) <% lower(t.official_name) OR dmetaphone(t.name) = dmetaphone($1)
               OR EXISTS (SELECT 1 FROM unnest(t.aliases || t.demonyms) AS a WHERE lower(a) % lower($1)))`
          : `(lower(t.name) % lower($1) OR lower(t.official_name) % lower($1)
               OR EXISTS (SELECT 1 FROM unnest(t.aliases || t.demonyms) AS a WHERE lower(a) = lower($1)))`,
      };
  }
}

/**
 * Text matches are ranked among the newest CANDIDATES of each kind. Ranking every match
 * reads every matching row (13,000 articles for "drug trafficking" at 100,000 articles:
 * over a second); the GIN index yields the matches, the newest 50 of each kind are ranked.
 * Narrower queries reach older material.
 */
export const CANDIDATES = 50;

/**
 * The query as a tsquery, once per statement: `accord_tsquery` rewrites it with the
 * synonym rules (a query of its own, about 2 ms), so every branch reads this CTE.
 */
const QUERY_CTE = `q AS (SELECT accord_tsquery($1) AS tsq)`;

const rankedText = (type: NodeType, table: 'article' | 'statement') =>
  `SELECT '${type}'::text, t.id, ts_rank_cd(t.search_vector, (SELECT tsq FROM q), 32)::float8
   FROM (SELECT id FROM ${table} WHERE search_vector @@ (SELECT tsq FROM q) ORDER BY id DESC LIMIT ${CANDIDATES}) c
   JOIN ${table} t USING (id)`;

export const ORDER: OrderSpec = {
  keys: [
    { sql: 'r.rank', type: 'float8' },
    { sql: 'r.type', type: 'text' },
    { sql: 'r.id', type: 'int' },
  ],
  direction: 'DESC',
};

export interface RankedRow {
  type: NodeType;
  id: number;
  rank: number;
  rank_text: string;
  highlight: string | null;
}

/** One SELECT (type, id, rank) per kind, all on the query text as $1. */
function hitBranches(text: string, kinds: SearchKind[]): string[] {
  const branches: string[] = [];
  if (kinds.includes('ARTICLE')) branches.push(rankedText('Article', 'article'));
  if (kinds.includes('STATEMENT')) branches.push(rankedText('Statement', 'statement'));
  for (const kind of kinds) {
    if (kind === 'ARTICLE' || kind === 'STATEMENT') continue;
    const { type, table, names, where } = entitySql(kind, !/\s/.test(text));
    branches.push(`SELECT '${type}'::text, t.id, s.score::float8 FROM ${table} t
      CROSS JOIN LATERAL (SELECT ${nameScore(names)} AS score) s WHERE ${where} AND s.score >= ${NAME_THRESHOLD}`);
  }
  return branches;
}

/** How many hits all pages of `text` over `kinds` hold (the same rows `rankedHits` pages through). */
export async function countHits(dataSource: DataSource, text: string, kinds: SearchKind[]): Promise<number> {
  const [{ n }]: { n: number }[] = await dataSource.query(
    `WITH ${QUERY_CTE} SELECT count(*)::int AS n FROM (${hitBranches(text, kinds).join('\nUNION ALL\n')}) AS r(type, id, rank)`,
    [text],
  );
  return n;
}

/**
 * One page of ranked hits of `text` over `kinds`; `after`/`before` are decoded cursors
 * (rank, type, id), `limit` includes the probe row.
 */
export function rankedHits(
  dataSource: DataSource,
  text: string,
  kinds: SearchKind[],
  window: { after: string[] | null; before: string[] | null; backward: boolean; limit: number },
): Promise<RankedRow[]> {
  const params: unknown[] = [text];
  const param = (_i: number, value: string) => {
    params.push(value);
    return `$${params.length}`;
  };
  const branches = hitBranches(text, kinds);
  const seek: string[] = [];
  if (window.after) seek.push(seekCondition(ORDER, window.after, 'after', param));
  if (window.before) seek.push(seekCondition(ORDER, window.before, 'before', param));
  const direction = window.backward ? 'ASC' : 'DESC';
  return query(
    dataSource,
    `WITH ${QUERY_CTE},
    ranked AS (
      SELECT r.type, r.id, r.rank FROM (${branches.join('\nUNION ALL\n')}) AS r(type, id, rank)
      ${seek.length ? `WHERE ${seek.join(' AND ')}` : ''}
      ORDER BY r.rank ${direction}, r.type ${direction}, r.id ${direction}
      LIMIT ${window.limit}
    )
    SELECT r.type, r.id, r.rank, r.rank::text AS rank_text,
      CASE r.type
        WHEN 'Article' THEN (SELECT ts_headline('english', a.title || ' — ' || a.body, q.tsq, ${HEADLINE}) FROM article a WHERE a.id = r.id)
        WHEN 'Statement' THEN (SELECT ts_headline('english', s.text, q.tsq, ${HEADLINE}) FROM statement s WHERE s.id = r.id)
      END AS highlight
    FROM ranked r, q
    ORDER BY r.rank ${direction}, r.type ${direction}, r.id ${direction}`,
    params,
  );
}
