/**
 * Case-insensitive substring match on name and aliases (alias `t`), as one SQL condition
 * with the `:namePattern` parameter; `extra` adds columns such as the acronym. Full-text
 * ranking lives in `search`.
 */
export function nameMatches(
  search: string | null | undefined,
  extra: string[] = [],
  arrays: string[] = ['t.aliases'],
): { sql: string[]; params: Record<string, unknown> } {
  const term = search?.trim();
  if (!term) return { sql: [], params: {} };
  const pattern = `%${term.replace(/[\\%_]/g, '\\$&')}%`;
  const conditions = [
    ...['t.name', ...extra].map((c) => `${c} ILIKE :namePattern`),
    ...arrays.map((c) => `EXISTS (SELECT 1 FROM unnest(${c}) AS a WHERE a ILIKE :namePattern)`),
  ];
  return { sql: [`(${conditions.join(' OR ')})`], params: { namePattern: pattern } };
}
