import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organization is one per name *and* seat, not one per name: Belarus’s and Tajikistan’s
 * "Association for Friendship with Foreign Countries" are two bodies (issue 7). The plain
 * name index stays for lookups; uniqueness moves to (name, seat), with "no seat" counted
 * as one value (COALESCE), so two seatless rows of one name still collide.
 */
export class OrganizationNameSeat1795809700000 implements MigrationInterface {
  name = 'OrganizationNameSeat1795809700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_c21e615583a3ebbb0977452afb"`);
    await queryRunner.query(`CREATE INDEX "IDX_c21e615583a3ebbb0977452afb" ON "organization"  ("name") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organization_name_seat" ON "organization" ("name", COALESCE("country_id", 0))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."organization_name_seat"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c21e615583a3ebbb0977452afb"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c21e615583a3ebbb0977452afb" ON "organization" USING btree ("name") `,
    );
  }
}
