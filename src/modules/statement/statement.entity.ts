import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseNode } from '../common/node.js';
import { StatementKindEnum, type StatementKind } from '../common/enums.js';
import { Article } from '../article/article.entity.js';
import { Country } from '../country/country.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';

@ObjectType({ implements: BaseNode, description: 'A claim attributed to a speaker, with its place in the article.' })
@Entity()
@Check('statement_one_speaker', 'num_nonnulls(speaker_person_id, speaker_organization_id, speaker_country_id) <= 1')
@Check('statement_offsets', 'start_offset >= 0 AND end_offset > start_offset')
@Index(['articleId', 'startOffset'])
@Index('statement_search_vector', { synchronize: false })
export class Statement extends BaseNode {
  static override readonly nodeType = 'Statement' as const;

  @Field({ description: 'Exactly `article.body.slice(startOffset, endOffset)`.' })
  @Column({ type: 'text' })
  text!: string;

  @Field(() => StatementKindEnum)
  @Index()
  @Column({ type: 'enum', enum: Object.keys(StatementKindEnum), enumName: 'statement_kind' })
  kind!: StatementKind;

  @Field(() => String, { nullable: true, description: 'The attribution verb: said, added, urged, believes ...' })
  @Column({ type: 'text', nullable: true })
  verb!: string | null;

  @Field(() => String, { nullable: true, description: 'The speaker as written ("he", "the Forum").' })
  @Index()
  @Column({ type: 'text', nullable: true })
  speakerName!: string | null;

  @Column({ type: 'int' })
  articleId!: number;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn()
  article?: Relation<Article>;

  @Index()
  @Column({ type: 'int', nullable: true })
  speakerPersonId!: number | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  speakerPerson?: Relation<Person> | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  speakerOrganizationId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn()
  speakerOrganization?: Relation<Organization> | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  speakerCountryId!: number | null;

  @ManyToOne(() => Country, { onDelete: 'SET NULL' })
  @JoinColumn()
  speakerCountry?: Relation<Country> | null;

  @Field(() => Int, { description: '0-based paragraph index in the body.' })
  @Column({ type: 'int' })
  paragraph!: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  startOffset!: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  endOffset!: number;

  /** Full-text of the statement and its attribution, kept by PostgreSQL; GIN-indexed in the migration. */
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('english', text), 'A') || setweight(to_tsvector('english', coalesce(speaker_name, '')), 'B')`,
  })
  searchVector?: string;
}
