import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Country } from '../country/country.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Initiative } from './initiative.entity.js';

export type InitiativePartyRole = 'PROPOSER' | 'PARTICIPANT';

/** Who proposed or takes part in an initiative: exactly one of person, organization, country. */
@Entity()
@Check('initiative_party_one_speaker', 'num_nonnulls(person_id, organization_id, country_id) = 1')
@Index(['initiativeId', 'role', 'personId', 'organizationId', 'countryId'], { unique: true })
export class InitiativeParty {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  initiativeId!: number;

  @ManyToOne(() => Initiative, { onDelete: 'CASCADE' })
  @JoinColumn()
  initiative?: Relation<Initiative>;

  @Column({ type: 'enum', enum: ['PROPOSER', 'PARTICIPANT'], enumName: 'initiative_party_role' })
  role!: InitiativePartyRole;

  @Index()
  @Column({ type: 'int', nullable: true })
  personId!: number | null;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: Relation<Person>;

  @Index()
  @Column({ type: 'int', nullable: true })
  organizationId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Index()
  @Column({ type: 'int', nullable: true })
  countryId!: number | null;

  @ManyToOne(() => Country, { onDelete: 'CASCADE' })
  @JoinColumn()
  country?: Relation<Country>;
}
