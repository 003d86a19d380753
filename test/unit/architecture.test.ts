import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering the code promises: `src/db/` (pools, paging, loader building blocks)
 * never reaches up into the GraphQL layer (it knows the entities, nothing else), and SQL lives in one place per domain
 * (`src/modules/<domain>/<domain>.queries.ts`), besides migrations, `src/db/` itself and
 * the ingestion store (the one transaction that writes an ingested batch).
 */
const root = join(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

const SQL_ALLOWED = [
  /\.queries\.ts$/,
  /^src\/db\//,
  // The ingestion store: one batch of extracted articles written in one transaction.
  /^src\/modules\/ingestion\/(ingestion\.service|entity-resolution|known-entities)\.ts$/,
];

/** SQL in a string, a raw query call, or SQL fragments handed to a TypeORM query builder. */
const SQL = [
  /['"`]\s*(SELECT|INSERT INTO|UPDATE \w+|DELETE FROM|WITH)\s/,
  /\b(SELECT .* FROM|INSERT INTO \w+|DELETE FROM \w+|UPDATE \w+( \w+)? SET)\b/,
  /\.query\(/,
  /\.(where|andWhere|orWhere|select|addSelect|orderBy|addOrderBy|groupBy|having)\(\s*['"`]/,
];

describe('architecture', () => {
  it('src/db imports nothing from src/graphql', () => {
    const offenders = files('src/db').flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/from '([^']+)'/g)]
        .map((m) => m[1])
        .filter((spec) => /(^|\/)graphql\//.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps SQL in the query modules, src/db, migrations and the ingestion store', () => {
    const offenders = files('src')
      .map((file) => relative(root, join(root, file)))
      .filter((file) => !SQL_ALLOWED.some((allowed) => allowed.test(file)))
      .flatMap((file) =>
        readFileSync(join(root, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => (SQL.some((re) => re.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : []))
          .filter((hit) => !/^\s*(\/\/|\*)/.test(hit.split(': ').slice(1).join(': '))),
      );
    expect(offenders).toEqual([]);
  });

  it('notices SQL where it does not belong (the check itself works)', () => {
    expect(SQL.some((re) => re.test("await manager.query('SELECT 1 FROM person WHERE id = $1', [id]);"))).toBe(true);
    expect(SQL.some((re) => re.test("qb.andWhere('t.kind = ANY(:kinds)', { kinds })"))).toBe(true);
    expect(SQL.some((re) => re.test("const label = 'Select a country';"))).toBe(false);
  });
});
