import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseNode } from '../common/node.js';
import { Article } from '../article/article.entity.js';
import { Country } from '../country/country.entity.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';

/**
 * Where an entity occurs in an article. Mentions are also the article<->entity link:
 * `Article.countries` are the countries with a mention in the article.
 */
@ObjectType({ implements: BaseNode })
@Entity()
@Check('mention_one_entity', 'num_nonnulls(country_id, organization_id, person_id, initiative_id) = 1')
@Check('mention_offsets', 'start >= 0 AND "end" > start')
@Index(['articleId', 'start'])
@Index(['countryId', 'articleId'])
@Index(['organizationId', 'articleId'])
@Index(['personId', 'articleId'])
@Index(['initiativeId', 'articleId'])
export class Mention extends BaseNode {
  static override readonly nodeType = 'Mention' as const;

  @Column({ type: 'int' })
  articleId!: number;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn()
  article?: Relation<Article>;

  @Field(() => Int, { description: 'Offset into article.body where the mention starts.' })
  @Column({ type: 'int' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the mention: `body.slice(start, end) === text`.' })
  @Column({ type: 'int' })
  end!: number;

  @Field()
  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'int', nullable: true })
  countryId!: number | null;

  @ManyToOne(() => Country, { onDelete: 'CASCADE' })
  @JoinColumn()
  country?: Relation<Country> | null;

  @Column({ type: 'int', nullable: true })
  organizationId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization> | null;

  @Column({ type: 'int', nullable: true })
  personId!: number | null;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Relation<Person> | null;

  @Column({ type: 'int', nullable: true })
  initiativeId!: number | null;

  @ManyToOne(() => Initiative, { onDelete: 'CASCADE' })
  @JoinColumn()
  initiative?: Relation<Initiative> | null;
}
