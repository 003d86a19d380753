import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written. Multi-word name search ("Spider Web", "Women's Forum") matches the
 * words of entity names through a GIN index; trigram tests are kept for one-word
 * queries, where they are cheap and catch typos.
 */
export class NameWords1795807500000 implements MigrationInterface {
  name = 'NameWords1795807500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['person', 'organization', 'initiative']) {
      await queryRunner.query(
        `CREATE INDEX IF NOT EXISTS "${table}_name_words" ON "${table}" USING gin (to_tsvector('simple', "name"))`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['person', 'organization', 'initiative']) {
      await queryRunner.query(`DROP INDEX "${table}_name_words"`);
    }
  }
}
