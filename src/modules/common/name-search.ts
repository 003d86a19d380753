import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Case-insensitive substring match on name and aliases (alias `t`); `extra` adds
 * columns such as the acronym. Full-text ranking lives in `search`.
 */
export function whereNameMatches<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  search: string | null | undefined,
  extra: string[] = [],
  arrays: string[] = ['t.aliases'],
): SelectQueryBuilder<T> {
  const term = search?.trim();
  if (!term) return qb;
  const pattern = `%${term.replace(/[\\%_]/g, '\\$&')}%`;
  const conditions = [
    ...['t.name', ...extra].map((c) => `${c} ILIKE :namePattern`),
    ...arrays.map((c) => `EXISTS (SELECT 1 FROM unnest(${c}) AS a WHERE a ILIKE :namePattern)`),
  ];
  return qb.andWhere(`(${conditions.join(' OR ')})`, { namePattern: pattern });
}
