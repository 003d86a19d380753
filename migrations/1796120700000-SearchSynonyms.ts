import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written. Search treats a country's names, demonyms and adjectives as one term:
 * "Afghan" finds what "Afghanistan" finds. `accord_tsquery(q)` is
 * `websearch_to_tsquery('english', q)` (stemmed: "talks" finds "talk") rewritten with
 * PostgreSQL's ts_rewrite in two phases, so that substitutes are never rewritten again:
 * 1. every form of a country (stemmed; longer forms first, so "Equatorial Guinea" is not
 *    read as "Guinea") becomes a placeholder lexeme `zzcountry<iso2>` (two placeholders
 *    when a form is shared, e.g. "Congolese");
 * 2. each placeholder becomes the OR of all the country's forms, as phrases.
 * `accord_refresh_search_synonyms()` rebuilds the rules from the country table; the seed
 * runs it at every start, after the countries.
 */
export class SearchSynonyms1796120700000 implements MigrationInterface {
  name = 'SearchSynonyms1796120700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "search_synonym" (
      "id" serial PRIMARY KEY,
      "phase" smallint NOT NULL,
      "target" tsquery NOT NULL,
      "substitute" tsquery NOT NULL
    )`);
    await queryRunner.query(`CREATE AGGREGATE accord_tsquery_or(tsquery) (SFUNC = tsquery_or, STYPE = tsquery)`);
    await queryRunner.query(`CREATE FUNCTION accord_tsquery(q text) RETURNS tsquery LANGUAGE sql STABLE AS $$
      SELECT ts_rewrite(
        ts_rewrite(websearch_to_tsquery('english', q), 'SELECT target, substitute FROM search_synonym WHERE phase = 1 ORDER BY numnode(target) DESC, id'),
        'SELECT target, substitute FROM search_synonym WHERE phase = 2 ORDER BY id')
    $$`);
    await queryRunner.query(`CREATE FUNCTION accord_refresh_search_synonyms() RETURNS int LANGUAGE sql AS $$
      DELETE FROM search_synonym;
      WITH forms AS (
        SELECT DISTINCT c.iso2, plainto_tsquery('english', f.form) AS target, phraseto_tsquery('english', f.form) AS phrase
        FROM country c CROSS JOIN LATERAL unnest(array[c.name] || c.aliases || c.demonyms) AS f(form)
      ), usable AS (
        SELECT iso2, target, phrase, ('zzcountry' || lower(iso2))::tsquery AS placeholder FROM forms WHERE numnode(target) > 0
      ), first_phase AS (
        INSERT INTO search_synonym (phase, target, substitute)
        SELECT 1, target::text::tsquery, accord_tsquery_or(placeholder) FROM (SELECT DISTINCT target::text AS target, placeholder FROM usable) u
        GROUP BY target ORDER BY target
        RETURNING 1
      ), second_phase AS (
        INSERT INTO search_synonym (phase, target, substitute)
        SELECT 2, placeholder, accord_tsquery_or(phrase) FROM usable GROUP BY placeholder ORDER BY placeholder::text
        RETURNING 1
      )
      SELECT ((SELECT count(*) FROM first_phase) + (SELECT count(*) FROM second_phase))::int
    $$`);
    await queryRunner.query(`SELECT accord_refresh_search_synonyms()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION accord_refresh_search_synonyms()`);
    await queryRunner.query(`DROP FUNCTION accord_tsquery(text)`);
    await queryRunner.query(`DROP AGGREGATE accord_tsquery_or(tsquery)`);
    await queryRunner.query(`DROP TABLE "search_synonym"`);
  }
}
