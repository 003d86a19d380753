import { query } from '../../db/sql.js';
import type { DataSource } from 'typeorm';
import { rowsByIds } from '../../db/by-ids.js';
import { asEntities, columnsOf } from '../../db/rows.js';
import { Mention } from './mention.entity.js';

/** The SQL of mentions. */

export function mentionsByIds(dataSource: DataSource, ids: readonly number[]): Promise<Mention[]> {
  return rowsByIds(dataSource, Mention, 'mention', ids);
}

/** The mentions of each article, by position. */
export async function mentionsOfArticles(dataSource: DataSource, articleIds: readonly number[]): Promise<Mention[]> {
  const rows: object[] = await query(
    dataSource,
    `SELECT ${columnsOf(dataSource, Mention)} FROM mention t WHERE t.article_id = ANY($1) ORDER BY t.article_id, t.start, t.id`,
    [articleIds],
  );
  return asEntities(Mention, rows);
}
