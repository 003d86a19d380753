import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeysAndAudit1795804194419 implements MigrationInterface {
  name = 'ApiKeysAndAudit1795804194419';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."api_key_role" AS ENUM('reader', 'editor', 'admin')`);
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" SERIAL NOT NULL, "name" text NOT NULL, "role" "public"."api_key_role" NOT NULL, "secret_hash" character(64) NOT NULL, "prefix" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_73c82e6a8ac3a48701b2e77f91" ON "api_key"  ("name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b227edd98d489363d65e908e60" ON "api_key"  ("secret_hash") `);
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "who" text NOT NULL, "action" text NOT NULL, "entity_type" text, "entity_id" integer, "before" jsonb, "after" jsonb, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9d18bd4a32fc0cd8ff82b12037" ON "audit_entry"  ("at") `);
    await queryRunner.query(`CREATE INDEX "IDX_1c8b29cd480a88d041f026ad6c" ON "audit_entry"  ("who") `);
    await queryRunner.query(`CREATE INDEX "IDX_b68dcc794cea3a97d59a0b8771" ON "audit_entry"  ("action") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_cfbd3da3d6664af0dab55783b5" ON "audit_entry"  ("entity_type", "entity_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_cfbd3da3d6664af0dab55783b5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b68dcc794cea3a97d59a0b8771"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1c8b29cd480a88d041f026ad6c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9d18bd4a32fc0cd8ff82b12037"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b227edd98d489363d65e908e60"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73c82e6a8ac3a48701b2e77f91"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
    await queryRunner.query(`DROP TYPE "public"."api_key_role"`);
  }
}
