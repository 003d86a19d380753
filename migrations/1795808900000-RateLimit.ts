import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written. Rate-limit counters shared by every API process (rate-limiter-flexible's
 * PostgreSQL store, the columns it expects). UNLOGGED: one upsert per request writes no
 * WAL, and the table is neither replicated nor kept across a crash; counters that live
 * for a minute are safe to lose.
 */
export class RateLimit1795808900000 implements MigrationInterface {
  name = 'RateLimit1795808900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE UNLOGGED TABLE "rate_limit" (
      "key" varchar(255) PRIMARY KEY,
      "points" integer NOT NULL DEFAULT 0,
      "expire" bigint)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit"`);
  }
}
