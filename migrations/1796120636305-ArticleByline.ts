import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArticleByline1796120636305 implements MigrationInterface {
  name = 'ArticleByline1796120636305';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "article" ADD "byline" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "byline"`);
  }
}
