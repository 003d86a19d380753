import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written. Ingestion jobs: `ingest_job` is what `job(id:)` reads; a job's items are
 * split into `ingest_job_chunk` rows, each one task on the pg-boss queue (pg-boss keeps
 * its own schema, `pgboss`, created and versioned by the library at start). A chunk is
 * stored in one transaction that also marks it DONE, so a worker killed half-way leaves
 * every chunk either wholly stored or untouched, and the retry skips the DONE ones.
 * `fetch_host` spaces fetches per host across every worker process.
 */
export class IngestJobs1795809000000 implements MigrationInterface {
  name = 'IngestJobs1795809000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "ingest_job_status" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "ingest_job" (
      "id" bigserial PRIMARY KEY,
      "status" "ingest_job_status" NOT NULL DEFAULT 'QUEUED',
      "kind" text NOT NULL,
      "total" integer NOT NULL,
      "done" integer NOT NULL DEFAULT 0,
      "failed_items" integer NOT NULL DEFAULT 0,
      "failed_chunks" integer NOT NULL DEFAULT 0,
      "created_by" text NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      "started_at" timestamptz,
      "finished_at" timestamptz)`);
    await queryRunner.query(`CREATE INDEX "ingest_job_status_idx" ON "ingest_job" ("status")`);
    await queryRunner.query(`CREATE TABLE "ingest_job_chunk" (
      "job_id" bigint NOT NULL REFERENCES "ingest_job" ("id") ON DELETE CASCADE,
      "seq" integer NOT NULL,
      "first_index" integer NOT NULL,
      "items" jsonb NOT NULL,
      "status" text NOT NULL DEFAULT 'PENDING' CHECK ("status" IN ('PENDING', 'DONE', 'FAILED')),
      "attempts" integer NOT NULL DEFAULT 0,
      "results" jsonb NOT NULL DEFAULT '[]',
      "errors" text[] NOT NULL DEFAULT '{}',
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("job_id", "seq"))`);
    await queryRunner.query(`CREATE TABLE "fetch_host" ("host" text PRIMARY KEY, "next_at" timestamptz NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "fetch_host"`);
    await queryRunner.query(`DROP TABLE "ingest_job_chunk"`);
    await queryRunner.query(`DROP TABLE "ingest_job"`);
    await queryRunner.query(`DROP TYPE "ingest_job_status"`);
  }
}
