import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseNode } from '../common/node.js';
import { OrganizationKindEnum, type OrganizationKind } from '../common/enums.js';
import { Country } from '../country/country.entity.js';

@ObjectType({ implements: BaseNode, description: 'A body: intergovernmental, government, NGO, academic, media ...' })
@Entity()
// GIN index on accord_name_keys(...) for lookups by any name: hand-written migration NameKeys.
@Index('organization_name_keys', { synchronize: false })
@Index('organization_name_words', { synchronize: false })
// Unique per name *and* seat (hand-written migration OrganizationNameSeat): two countries'
// bodies may share a generic name ("Association for Friendship with Foreign Countries").
@Index('organization_name_seat', { synchronize: false })
export class Organization extends BaseNode {
  static override readonly nodeType = 'Organization' as const;

  @Field()
  @Index()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'e.g. "SCO".' })
  @Index()
  @Column({ type: 'text', nullable: true })
  acronym!: string | null;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @Field(() => OrganizationKindEnum)
  @Index()
  @Column({ type: 'enum', enum: Object.keys(OrganizationKindEnum), enumName: 'organization_kind', default: 'OTHER' })
  kind!: OrganizationKind;

  @Index()
  @Column({ type: 'int', nullable: true })
  countryId!: number | null;

  @ManyToOne(() => Country, { onDelete: 'SET NULL' })
  @JoinColumn()
  country?: Relation<Country> | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn()
  parent?: Relation<Organization> | null;
}
