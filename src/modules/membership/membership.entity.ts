import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { BaseNode } from '../common/node.js';
import { MembershipRoleEnum, type MembershipRole } from '../common/enums.js';
import { Country } from '../country/country.entity.js';
import { Organization } from '../organization/organization.entity.js';

@ObjectType({ implements: BaseNode, description: 'A country in an organization, with its role.' })
@Entity()
@Unique(['organizationId', 'countryId', 'role'])
export class Membership extends BaseNode {
  static override readonly nodeType = 'Membership' as const;

  @Index()
  @Column({ type: 'int' })
  countryId!: number;

  @ManyToOne(() => Country, { onDelete: 'CASCADE' })
  @JoinColumn()
  country?: Relation<Country>;

  @Column({ type: 'int' })
  organizationId!: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Field(() => MembershipRoleEnum)
  @Column({ type: 'enum', enum: Object.keys(MembershipRoleEnum), enumName: 'membership_role' })
  role!: MembershipRole;

  @Field(() => Int, { nullable: true, description: 'Year the role began.' })
  @Column({ type: 'int', nullable: true })
  since!: number | null;

  @Field(() => Int, { nullable: true, description: 'Year the role ended; null while it lasts.' })
  @Column({ type: 'int', nullable: true })
  until!: number | null;
}
