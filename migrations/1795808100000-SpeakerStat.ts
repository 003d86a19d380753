import type { MigrationInterface, QueryRunner } from 'typeorm';

/** (type, id) of a statement's speaker `s`, for statements with exactly one speaker. */
const KEYS = `CASE WHEN s.speaker_person_id IS NOT NULL THEN 'P' WHEN s.speaker_organization_id IS NOT NULL THEN 'O' ELSE 'C' END,
              coalesce(s.speaker_person_id, s.speaker_organization_id, s.speaker_country_id)`;
const SPOKEN = `num_nonnulls(s.speaker_person_id, s.speaker_organization_id, s.speaker_country_id) = 1`;

const ADD = (rows: string) => `
  INSERT INTO speaker_stat (speaker_type, speaker_id, statements)
  SELECT ${KEYS}, count(*) FROM ${rows} s WHERE ${SPOKEN} GROUP BY 1, 2
  ON CONFLICT (speaker_type, speaker_id) DO UPDATE SET statements = speaker_stat.statements + excluded.statements;`;

const REMOVE = (rows: string) => `
  UPDATE speaker_stat t SET statements = t.statements - g.n
  FROM (SELECT ${KEYS}, count(*) FROM ${rows} s WHERE ${SPOKEN} GROUP BY 1, 2) g(speaker_type, speaker_id, n)
  WHERE t.speaker_type = g.speaker_type AND t.speaker_id = g.speaker_id;
  DELETE FROM speaker_stat WHERE statements <= 0;`;

/**
 * Hand-written. `topSpeakers` without a filter ranks every statement's speaker: at
 * 557,000 statements a full aggregation. `speaker_stat` keeps the count per speaker,
 * exact through statement-level triggers (ingestion, curation, merges, deletions).
 */
export class SpeakerStat1795808100000 implements MigrationInterface {
  name = 'SpeakerStat1795808100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "speaker_stat" (
      "speaker_type" char(1) NOT NULL CHECK ("speaker_type" IN ('P', 'O', 'C')),
      "speaker_id" integer NOT NULL,
      "statements" integer NOT NULL,
      PRIMARY KEY ("speaker_type", "speaker_id"))`);
    await queryRunner.query(
      `CREATE INDEX "speaker_stat_rank" ON "speaker_stat" ("statements" DESC, "speaker_type", "speaker_id")`,
    );
    await queryRunner.query(
      `CREATE FUNCTION speaker_stat_added() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${ADD('new_rows')} RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION speaker_stat_removed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${REMOVE('old_rows')} RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION speaker_stat_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${REMOVE('old_rows')} ${ADD('new_rows')} RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER statement_added AFTER INSERT ON statement REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION speaker_stat_added()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER statement_removed AFTER DELETE ON statement REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION speaker_stat_removed()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER statement_changed AFTER UPDATE ON statement REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION speaker_stat_changed()`,
    );
    await queryRunner.query(ADD('statement'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER statement_changed ON statement`);
    await queryRunner.query(`DROP TRIGGER statement_removed ON statement`);
    await queryRunner.query(`DROP TRIGGER statement_added ON statement`);
    await queryRunner.query(`DROP FUNCTION speaker_stat_changed()`);
    await queryRunner.query(`DROP FUNCTION speaker_stat_removed()`);
    await queryRunner.query(`DROP FUNCTION speaker_stat_added()`);
    await queryRunner.query(`DROP TABLE "speaker_stat"`);
  }
}
