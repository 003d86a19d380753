import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FullTextSearch1795804470767 implements MigrationInterface {
  name = 'FullTextSearch1795804470767';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Where TypeORM keeps generated-column expressions, to diff them; it creates it only under synchronize.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" varchar NOT NULL, "database" varchar, "schema" varchar, "table" varchar, "name" varchar, "value" text)`,
    );
    await queryRunner.query(
      `ALTER TABLE "article" ADD "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(subtitle, '')), 'B') || setweight(to_tsvector('english', body), 'C')) STORED NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, $2, $3, $4)`,
      [
        'article',
        'GENERATED_COLUMN',
        'search_vector',
        "setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(subtitle, '')), 'B') || setweight(to_tsvector('english', body), 'C')",
      ],
    );
    await queryRunner.query(
      `ALTER TABLE "statement" ADD "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', text), 'A') || setweight(to_tsvector('english', coalesce(speaker_name, '')), 'B')) STORED NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, $2, $3, $4)`,
      [
        'statement',
        'GENERATED_COLUMN',
        'search_vector',
        "setweight(to_tsvector('english', text), 'A') || setweight(to_tsvector('english', coalesce(speaker_name, '')), 'B')",
      ],
    );
    // Hand-written: full-text and trigram (typo-tolerant name) indexes.
    await queryRunner.query(`CREATE INDEX "article_search_vector" ON "article" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "statement_search_vector" ON "statement" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);
    for (const table of ['country', 'organization', 'person', 'initiative']) {
      await queryRunner.query(`CREATE INDEX "${table}_name_trgm" ON "${table}" USING gin (lower("name") gin_trgm_ops)`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['country', 'organization', 'person', 'initiative']) {
      await queryRunner.query(`DROP INDEX "${table}_name_trgm"`);
    }
    await queryRunner.query(`DROP INDEX "statement_search_vector"`);
    await queryRunner.query(`DROP INDEX "article_search_vector"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = current_schema() AND "table" = $3`,
      ['GENERATED_COLUMN', 'search_vector', 'statement'],
    );
    await queryRunner.query(`ALTER TABLE "statement" DROP COLUMN "search_vector"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = current_schema() AND "table" = $3`,
      ['GENERATED_COLUMN', 'search_vector', 'article'],
    );
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "search_vector"`);
  }
}
