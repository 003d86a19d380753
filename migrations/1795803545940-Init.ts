import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795803545940 implements MigrationInterface {
  name = 'Init1795803545940';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "article" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" text NOT NULL, "subtitle" text, "body" text NOT NULL, "url" text, "source" text, "dateline" text, "published_at" TIMESTAMP WITH TIME ZONE, "language" character varying(8) NOT NULL DEFAULT 'en', "word_count" integer NOT NULL, "content_hash" character(64) NOT NULL, "sections" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_40808690eb7b915046558c0f81b" PRIMARY KEY ("id"))`,
    );
    // Hand-written: keyset order over a nullable date (see the Article entity).
    await queryRunner.query(
      `CREATE INDEX "article_published_at_sort" ON "article" (coalesce("published_at", '-infinity'::timestamptz), "id")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ddeedaf6b0dbcbecac6466fe7e" ON "article"  ("source") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b80bf74890768a0158a882c50e" ON "article"  ("content_hash") `);
    await queryRunner.query(
      `CREATE TABLE "country" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "official_name" text NOT NULL, "iso2" character(2) NOT NULL, "iso3" character(3) NOT NULL, "region" text NOT NULL, "subregion" text, "demonyms" text array NOT NULL DEFAULT '{}', "aliases" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_bf6e37c231c4f4ea56dcd887269" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2c5aa339240c0c3ae97fcc9dc4" ON "country"  ("name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b49a3cfa4a8ab50b388f893cd4" ON "country"  ("iso2") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8df5b1a0131e8e155381547aa5" ON "country"  ("iso3") `);
    await queryRunner.query(
      `CREATE TYPE "public"."organization_kind" AS ENUM('INTERGOVERNMENTAL', 'GOVERNMENT', 'NGO', 'ACADEMIC', 'MEDIA', 'COMPANY', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organization" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "acronym" text, "aliases" text array NOT NULL DEFAULT '{}', "kind" "public"."organization_kind" NOT NULL DEFAULT 'OTHER', "country_id" integer, "parent_id" integer, CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c21e615583a3ebbb0977452afb" ON "organization"  ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_8c6081005b484523ebb6144dba" ON "organization"  ("acronym") `);
    await queryRunner.query(`CREATE INDEX "IDX_6adcbca2fe346f3f07750f4a40" ON "organization"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_59af4c06d85b3ae6c9aeb98a0a" ON "organization"  ("country_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_15acafd6698ac846c6b6a6a50e" ON "organization"  ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "person" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "aliases" text array NOT NULL DEFAULT '{}', "title" text, "organization_id" integer, "country_id" integer, CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_27c811883af9f3fefe79892f02" ON "person"  ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_529240bfd63666ae4ec116456b" ON "person"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ca614efc0d0301f25b4cea8a60" ON "person"  ("country_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."initiative_kind" AS ENUM('PROGRAM', 'AGREEMENT', 'FACILITY', 'NETWORK', 'EVENT', 'OPERATION', 'STRATEGY', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."initiative_status" AS ENUM('PROPOSED', 'ANNOUNCED', 'ACTIVE', 'COMPLETED', 'UNKNOWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "initiative" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "aliases" text array NOT NULL DEFAULT '{}', "kind" "public"."initiative_kind" NOT NULL DEFAULT 'OTHER', "status" "public"."initiative_status" NOT NULL DEFAULT 'UNKNOWN', "year" integer, "description" text, "location" text, CONSTRAINT "PK_139c30696418b01a4922ce3b916" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a752067fd91c305997ccd75691" ON "initiative"  ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_30049c65b47624d8022112fb75" ON "initiative"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_231f2a6a05d5743186f70ccc0b" ON "initiative"  ("status") `);
    await queryRunner.query(`CREATE TYPE "public"."initiative_party_role" AS ENUM('PROPOSER', 'PARTICIPANT')`);
    await queryRunner.query(
      `CREATE TABLE "initiative_party" ("id" SERIAL NOT NULL, "initiative_id" integer NOT NULL, "role" "public"."initiative_party_role" NOT NULL, "person_id" integer, "organization_id" integer, "country_id" integer, CONSTRAINT "initiative_party_one_speaker" CHECK (num_nonnulls(person_id, organization_id, country_id) = 1), CONSTRAINT "PK_deb7e1638d59cef853aa510d699" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1408a80b2b96cd11d18d3c98f4" ON "initiative_party"  ("person_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_84d23dff45935a0fdeee868126" ON "initiative_party"  ("organization_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d851d4cef095b7f87235a215f9" ON "initiative_party"  ("country_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3f0fbf01339ff56bd7ce67f8e8" ON "initiative_party"  ("initiative_id", "role", "person_id", "organization_id", "country_id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."membership_role" AS ENUM('MEMBER', 'OBSERVER', 'DIALOGUE_PARTNER')`);
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "country_id" integer NOT NULL, "organization_id" integer NOT NULL, "role" "public"."membership_role" NOT NULL, "since" integer, "until" integer, CONSTRAINT "UQ_3ec23c95fb666f1e70a6a533078" UNIQUE ("organization_id", "country_id", "role"), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_35b4384fa030df45e95daf41e4" ON "membership"  ("country_id") `);
    await queryRunner.query(
      `CREATE TABLE "mention" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "article_id" integer NOT NULL, "start" integer NOT NULL, "end" integer NOT NULL, "text" text NOT NULL, "country_id" integer, "organization_id" integer, "person_id" integer, "initiative_id" integer, CONSTRAINT "mention_offsets" CHECK (start >= 0 AND "end" > start), CONSTRAINT "mention_one_entity" CHECK (num_nonnulls(country_id, organization_id, person_id, initiative_id) = 1), CONSTRAINT "PK_9b02b76c4b65e3c35c1a545bf57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f5b4e71f8e4c8a5ee32c25eee1" ON "mention"  ("initiative_id", "article_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1d7850b54122defe02b259391d" ON "mention"  ("person_id", "article_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_c29250c039af4e41f2e9fcb034" ON "mention"  ("organization_id", "article_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2630b794228b68146434ec08d7" ON "mention"  ("country_id", "article_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4217bd858e70c1f73c5402d353" ON "mention"  ("article_id", "start") `);
    await queryRunner.query(
      `CREATE TYPE "public"."statement_kind" AS ENUM('DIRECT_QUOTE', 'REPORTED_SPEECH', 'POSITION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "statement" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "text" text NOT NULL, "kind" "public"."statement_kind" NOT NULL, "verb" text, "speaker_name" text, "article_id" integer NOT NULL, "speaker_person_id" integer, "speaker_organization_id" integer, "speaker_country_id" integer, "paragraph" integer NOT NULL, "start_offset" integer NOT NULL, "end_offset" integer NOT NULL, CONSTRAINT "statement_offsets" CHECK (start_offset >= 0 AND end_offset > start_offset), CONSTRAINT "statement_one_speaker" CHECK (num_nonnulls(speaker_person_id, speaker_organization_id, speaker_country_id) <= 1), CONSTRAINT "PK_d2ef88cb44b99f3332a1eebb96f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bf1b9da2e0e5270007c2285784" ON "statement"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_84adad136c9bd2e5b82198359a" ON "statement"  ("speaker_name") `);
    await queryRunner.query(`CREATE INDEX "IDX_5bd752a53d06d3ffef3b611a94" ON "statement"  ("speaker_person_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_8c2208ec52079cde3c0e7c2af7" ON "statement"  ("speaker_organization_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c64df9c4c203368055ef2ee73d" ON "statement"  ("speaker_country_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_03723697566b47489f9ed23cf7" ON "statement"  ("article_id", "start_offset") `,
    );
    await queryRunner.query(
      `CREATE TABLE "statement_country" ("statement_id" integer NOT NULL, "country_id" integer NOT NULL, CONSTRAINT "PK_e0bc2567719f879b4280558d2e8" PRIMARY KEY ("statement_id", "country_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_aa8db3d3eb37ab95fbb60cac5c" ON "statement_country"  ("country_id") `);
    await queryRunner.query(
      `CREATE TABLE "statement_organization" ("statement_id" integer NOT NULL, "organization_id" integer NOT NULL, CONSTRAINT "PK_6ab80bac972e4969fb6acf455c3" PRIMARY KEY ("statement_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7f95ba8785c4425d88b08302b1" ON "statement_organization"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "statement_initiative" ("statement_id" integer NOT NULL, "initiative_id" integer NOT NULL, CONSTRAINT "PK_27229683ea5b08f118f03e9f7eb" PRIMARY KEY ("statement_id", "initiative_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0c43fa36309566de6695ac81a9" ON "statement_initiative"  ("initiative_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "organization" ADD CONSTRAINT "FK_59af4c06d85b3ae6c9aeb98a0a2" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization" ADD CONSTRAINT "FK_15acafd6698ac846c6b6a6a50ec" FOREIGN KEY ("parent_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_529240bfd63666ae4ec116456b9" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_ca614efc0d0301f25b4cea8a608" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_party" ADD CONSTRAINT "FK_387bc93e6015800fca96d76e8ac" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_party" ADD CONSTRAINT "FK_1408a80b2b96cd11d18d3c98f4d" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_party" ADD CONSTRAINT "FK_84d23dff45935a0fdeee868126f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiative_party" ADD CONSTRAINT "FK_d851d4cef095b7f87235a215f95" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_35b4384fa030df45e95daf41e4b" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mention" ADD CONSTRAINT "FK_856c15b220836e91819fe0804ce" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mention" ADD CONSTRAINT "FK_102f61d980beb331d3faa6ce224" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mention" ADD CONSTRAINT "FK_143414d0edef5c1140b02694f9d" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mention" ADD CONSTRAINT "FK_514679bf9a4a8f0004c197d3e12" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mention" ADD CONSTRAINT "FK_c24a02c4f0e3adce5cff22fd4ef" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statement" ADD CONSTRAINT "FK_0a2373622d2b9f4eefd773d0aff" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statement" ADD CONSTRAINT "FK_5bd752a53d06d3ffef3b611a94a" FOREIGN KEY ("speaker_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statement" ADD CONSTRAINT "FK_8c2208ec52079cde3c0e7c2af71" FOREIGN KEY ("speaker_organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statement" ADD CONSTRAINT "FK_c64df9c4c203368055ef2ee73d8" FOREIGN KEY ("speaker_country_id") REFERENCES "country"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statement_country" ADD CONSTRAINT "FK_a5763437182dad6a85c1a6692ed" FOREIGN KEY ("statement_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statement_country" ADD CONSTRAINT "FK_aa8db3d3eb37ab95fbb60cac5c6" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statement_organization" ADD CONSTRAINT "FK_4d0ff0c507d765ab4dc653be39e" FOREIGN KEY ("statement_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statement_organization" ADD CONSTRAINT "FK_7f95ba8785c4425d88b08302b1f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statement_initiative" ADD CONSTRAINT "FK_838947c7d67f8ba3267021be620" FOREIGN KEY ("statement_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statement_initiative" ADD CONSTRAINT "FK_0c43fa36309566de6695ac81a97" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "article_published_at_sort"`);
    await queryRunner.query(`ALTER TABLE "statement_initiative" DROP CONSTRAINT "FK_0c43fa36309566de6695ac81a97"`);
    await queryRunner.query(`ALTER TABLE "statement_initiative" DROP CONSTRAINT "FK_838947c7d67f8ba3267021be620"`);
    await queryRunner.query(`ALTER TABLE "statement_organization" DROP CONSTRAINT "FK_7f95ba8785c4425d88b08302b1f"`);
    await queryRunner.query(`ALTER TABLE "statement_organization" DROP CONSTRAINT "FK_4d0ff0c507d765ab4dc653be39e"`);
    await queryRunner.query(`ALTER TABLE "statement_country" DROP CONSTRAINT "FK_aa8db3d3eb37ab95fbb60cac5c6"`);
    await queryRunner.query(`ALTER TABLE "statement_country" DROP CONSTRAINT "FK_a5763437182dad6a85c1a6692ed"`);
    await queryRunner.query(`ALTER TABLE "statement" DROP CONSTRAINT "FK_c64df9c4c203368055ef2ee73d8"`);
    await queryRunner.query(`ALTER TABLE "statement" DROP CONSTRAINT "FK_8c2208ec52079cde3c0e7c2af71"`);
    await queryRunner.query(`ALTER TABLE "statement" DROP CONSTRAINT "FK_5bd752a53d06d3ffef3b611a94a"`);
    await queryRunner.query(`ALTER TABLE "statement" DROP CONSTRAINT "FK_0a2373622d2b9f4eefd773d0aff"`);
    await queryRunner.query(`ALTER TABLE "mention" DROP CONSTRAINT "FK_c24a02c4f0e3adce5cff22fd4ef"`);
    await queryRunner.query(`ALTER TABLE "mention" DROP CONSTRAINT "FK_514679bf9a4a8f0004c197d3e12"`);
    await queryRunner.query(`ALTER TABLE "mention" DROP CONSTRAINT "FK_143414d0edef5c1140b02694f9d"`);
    await queryRunner.query(`ALTER TABLE "mention" DROP CONSTRAINT "FK_102f61d980beb331d3faa6ce224"`);
    await queryRunner.query(`ALTER TABLE "mention" DROP CONSTRAINT "FK_856c15b220836e91819fe0804ce"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_35b4384fa030df45e95daf41e4b"`);
    await queryRunner.query(`ALTER TABLE "initiative_party" DROP CONSTRAINT "FK_d851d4cef095b7f87235a215f95"`);
    await queryRunner.query(`ALTER TABLE "initiative_party" DROP CONSTRAINT "FK_84d23dff45935a0fdeee868126f"`);
    await queryRunner.query(`ALTER TABLE "initiative_party" DROP CONSTRAINT "FK_1408a80b2b96cd11d18d3c98f4d"`);
    await queryRunner.query(`ALTER TABLE "initiative_party" DROP CONSTRAINT "FK_387bc93e6015800fca96d76e8ac"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_ca614efc0d0301f25b4cea8a608"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_529240bfd63666ae4ec116456b9"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "FK_15acafd6698ac846c6b6a6a50ec"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "FK_59af4c06d85b3ae6c9aeb98a0a2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0c43fa36309566de6695ac81a9"`);
    await queryRunner.query(`DROP TABLE "statement_initiative"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7f95ba8785c4425d88b08302b1"`);
    await queryRunner.query(`DROP TABLE "statement_organization"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aa8db3d3eb37ab95fbb60cac5c"`);
    await queryRunner.query(`DROP TABLE "statement_country"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_03723697566b47489f9ed23cf7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c64df9c4c203368055ef2ee73d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8c2208ec52079cde3c0e7c2af7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5bd752a53d06d3ffef3b611a94"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_84adad136c9bd2e5b82198359a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bf1b9da2e0e5270007c2285784"`);
    await queryRunner.query(`DROP TABLE "statement"`);
    await queryRunner.query(`DROP TYPE "public"."statement_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4217bd858e70c1f73c5402d353"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2630b794228b68146434ec08d7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c29250c039af4e41f2e9fcb034"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1d7850b54122defe02b259391d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f5b4e71f8e4c8a5ee32c25eee1"`);
    await queryRunner.query(`DROP TABLE "mention"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_35b4384fa030df45e95daf41e4"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP TYPE "public"."membership_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3f0fbf01339ff56bd7ce67f8e8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d851d4cef095b7f87235a215f9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_84d23dff45935a0fdeee868126"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1408a80b2b96cd11d18d3c98f4"`);
    await queryRunner.query(`DROP TABLE "initiative_party"`);
    await queryRunner.query(`DROP TYPE "public"."initiative_party_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_231f2a6a05d5743186f70ccc0b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30049c65b47624d8022112fb75"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a752067fd91c305997ccd75691"`);
    await queryRunner.query(`DROP TABLE "initiative"`);
    await queryRunner.query(`DROP TYPE "public"."initiative_status"`);
    await queryRunner.query(`DROP TYPE "public"."initiative_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ca614efc0d0301f25b4cea8a60"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_529240bfd63666ae4ec116456b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_27c811883af9f3fefe79892f02"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_15acafd6698ac846c6b6a6a50e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_59af4c06d85b3ae6c9aeb98a0a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6adcbca2fe346f3f07750f4a40"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8c6081005b484523ebb6144dba"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c21e615583a3ebbb0977452afb"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8df5b1a0131e8e155381547aa5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b49a3cfa4a8ab50b388f893cd4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2c5aa339240c0c3ae97fcc9dc4"`);
    await queryRunner.query(`DROP TABLE "country"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b80bf74890768a0158a882c50e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ddeedaf6b0dbcbecac6466fe7e"`);
    await queryRunner.query(`DROP TABLE "article"`);
  }
}
