import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Country } from '../country/country.entity.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Statement } from './statement.entity.js';

/** Countries mentioned inside a statement. */
@Entity()
export class StatementCountry {
  @PrimaryColumn({ type: 'int' })
  statementId!: number;

  @Index()
  @PrimaryColumn({ type: 'int' })
  countryId!: number;

  @ManyToOne(() => Statement, { onDelete: 'CASCADE' })
  @JoinColumn()
  statement?: Relation<Statement>;

  @ManyToOne(() => Country, { onDelete: 'CASCADE' })
  @JoinColumn()
  country?: Relation<Country>;
}

/** Organizations mentioned inside a statement. */
@Entity()
export class StatementOrganization {
  @PrimaryColumn({ type: 'int' })
  statementId!: number;

  @Index()
  @PrimaryColumn({ type: 'int' })
  organizationId!: number;

  @ManyToOne(() => Statement, { onDelete: 'CASCADE' })
  @JoinColumn()
  statement?: Relation<Statement>;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;
}

/** Initiatives mentioned inside a statement. */
@Entity()
export class StatementInitiative {
  @PrimaryColumn({ type: 'int' })
  statementId!: number;

  @Index()
  @PrimaryColumn({ type: 'int' })
  initiativeId!: number;

  @ManyToOne(() => Statement, { onDelete: 'CASCADE' })
  @JoinColumn()
  statement?: Relation<Statement>;

  @ManyToOne(() => Initiative, { onDelete: 'CASCADE' })
  @JoinColumn()
  initiative?: Relation<Initiative>;
}
