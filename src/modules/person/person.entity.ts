import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseNode } from '../common/node.js';
import { Country } from '../country/country.entity.js';
import { Organization } from '../organization/organization.entity.js';

@ObjectType({ implements: BaseNode })
@Entity()
// GIN index on accord_name_keys(...) for lookups by any name: hand-written migration NameKeys.
@Index('person_name_keys', { synchronize: false })
@Index('person_name_words', { synchronize: false })
export class Person extends BaseNode {
  static override readonly nodeType = 'Person' as const;

  @Field({ description: 'Full name, e.g. "Vladimir Imamovich Norov".' })
  @Index({ unique: true })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => [String], { description: 'Other names, e.g. "Norov".' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'e.g. "Secretary-General".' })
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  organizationId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn()
  organization?: Relation<Organization> | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  countryId!: number | null;

  @ManyToOne(() => Country, { onDelete: 'SET NULL' })
  @JoinColumn()
  country?: Relation<Country> | null;
}
