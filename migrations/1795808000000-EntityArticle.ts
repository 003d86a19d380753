import type { MigrationInterface, QueryRunner } from 'typeorm';

/** (type, id) of a mention row `m`; the mention_one_entity check guarantees one is set. */
const KEYS = `CASE WHEN m.country_id IS NOT NULL THEN 'C' WHEN m.organization_id IS NOT NULL THEN 'O'
                   WHEN m.person_id IS NOT NULL THEN 'P' ELSE 'I' END,
              coalesce(m.country_id, m.organization_id, m.person_id, m.initiative_id)`;

const ADD = (rows: string) => `
  INSERT INTO entity_article (entity_type, entity_id, article_id, at, mentions)
  SELECT ${KEYS}, m.article_id, coalesce(a.published_at, a.created_at), count(*)
  FROM ${rows} m JOIN article a ON a.id = m.article_id
  GROUP BY 1, 2, 3, 4
  ON CONFLICT (entity_type, entity_id, article_id) DO UPDATE SET mentions = entity_article.mentions + excluded.mentions;`;

const REMOVE = (rows: string) => `
  UPDATE entity_article e SET mentions = e.mentions - g.n
  FROM (SELECT ${KEYS}, m.article_id, count(*) FROM ${rows} m GROUP BY 1, 2, 3) g(entity_type, entity_id, article_id, n)
  WHERE e.entity_type = g.entity_type AND e.entity_id = g.entity_id AND e.article_id = g.article_id;
  DELETE FROM entity_article e
  USING (SELECT DISTINCT ${KEYS}, m.article_id FROM ${rows} m) g(entity_type, entity_id, article_id)
  WHERE e.entity_type = g.entity_type AND e.entity_id = g.entity_id AND e.article_id = g.article_id AND e.mentions <= 0;`;

/**
 * Hand-written. Analytics aggregate mentions; at 100,000 articles that is millions of
 * rows joined to their articles. `entity_article` holds one row per (entity, article)
 * with the article's time and its number of mentions, kept exact by statement-level
 * triggers on `mention` (ingestion inserts, merges update, deletions and cascades), so
 * timelines and co-mentions read one row per article instead of every mention.
 */
export class EntityArticle1795808000000 implements MigrationInterface {
  name = 'EntityArticle1795808000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "entity_article" (
      "entity_type" char(1) NOT NULL CHECK ("entity_type" IN ('C', 'O', 'P', 'I')),
      "entity_id" integer NOT NULL,
      "article_id" integer NOT NULL REFERENCES "article" ("id") ON DELETE CASCADE,
      "at" timestamptz NOT NULL,
      "mentions" integer NOT NULL,
      PRIMARY KEY ("entity_type", "entity_id", "article_id"))`);
    await queryRunner.query(
      `CREATE INDEX "entity_article_article" ON "entity_article" ("article_id") INCLUDE ("entity_type", "entity_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "entity_article_time" ON "entity_article" ("entity_type", "entity_id", "at") INCLUDE ("mentions")`,
    );
    await queryRunner.query(
      `CREATE FUNCTION entity_article_added() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${ADD('new_rows')} RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION entity_article_removed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${REMOVE('old_rows')} RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION entity_article_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${REMOVE('old_rows')} ${ADD('new_rows')} RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER mention_added AFTER INSERT ON mention REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION entity_article_added()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER mention_removed AFTER DELETE ON mention REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION entity_article_removed()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER mention_changed AFTER UPDATE ON mention REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION entity_article_changed()`,
    );
    await queryRunner.query(ADD('mention'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER mention_changed ON mention`);
    await queryRunner.query(`DROP TRIGGER mention_removed ON mention`);
    await queryRunner.query(`DROP TRIGGER mention_added ON mention`);
    await queryRunner.query(`DROP FUNCTION entity_article_changed()`);
    await queryRunner.query(`DROP FUNCTION entity_article_removed()`);
    await queryRunner.query(`DROP FUNCTION entity_article_added()`);
    await queryRunner.query(`DROP TABLE "entity_article"`);
  }
}
