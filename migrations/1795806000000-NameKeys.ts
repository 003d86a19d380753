import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written. Ingestion resolves entities by any of their names (name, acronym,
 * aliases), case-insensitively; at a million articles that lookup must use an index,
 * so the lower-cased names are an immutable function's result with a GIN index on it.
 */
export class NameKeys1795806000000 implements MigrationInterface {
  name = 'NameKeys1795806000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION accord_name_keys(name text, aliases text[], acronym text DEFAULT NULL) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN ARRAY(SELECT DISTINCT lower(n) FROM unnest(array[name, acronym] || aliases) AS n WHERE n IS NOT NULL)`);
    await queryRunner.query(
      `CREATE INDEX "organization_name_keys" ON "organization" USING gin (accord_name_keys("name", "aliases", "acronym"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "person_name_keys" ON "person" USING gin (accord_name_keys("name", "aliases"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "initiative_name_keys" ON "initiative" USING gin (accord_name_keys("name", "aliases"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "initiative_name_keys"`);
    await queryRunner.query(`DROP INDEX "person_name_keys"`);
    await queryRunner.query(`DROP INDEX "organization_name_keys"`);
    await queryRunner.query(`DROP FUNCTION accord_name_keys(text, text[], text)`);
  }
}
