import { registerEnumType } from 'type-graphql';
import {
  INITIATIVE_KINDS,
  INITIATIVE_STATUSES,
  MEMBERSHIP_ROLES,
  ORGANIZATION_KINDS,
  STATEMENT_KINDS,
  type InitiativeKind,
  type InitiativeStatus,
  type MembershipRole,
  type OrganizationKind,
  type StatementKind,
} from '../../ingest/types.js';

/** The enums live as string-literal tuples in the ingest contract; GraphQL needs objects. */
function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const StatementKindEnum = enumObject<StatementKind>(STATEMENT_KINDS);
export const OrganizationKindEnum = enumObject<OrganizationKind>(ORGANIZATION_KINDS);
export const InitiativeKindEnum = enumObject<InitiativeKind>(INITIATIVE_KINDS);
export const InitiativeStatusEnum = enumObject<InitiativeStatus>(INITIATIVE_STATUSES);
export const MembershipRoleEnum = enumObject<MembershipRole>(MEMBERSHIP_ROLES);

registerEnumType(StatementKindEnum, {
  name: 'StatementKind',
  valuesConfig: {
    DIRECT_QUOTE: { description: 'Words in quotation marks.' },
    REPORTED_SPEECH: { description: '"X said that ..."' },
    POSITION: { description: 'An institutional position: "The Forum believes that ..."' },
  },
});
registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });
registerEnumType(InitiativeKindEnum, { name: 'InitiativeKind' });
registerEnumType(InitiativeStatusEnum, { name: 'InitiativeStatus' });
registerEnumType(MembershipRoleEnum, { name: 'MembershipRole' });

export { STATEMENT_KINDS, ORGANIZATION_KINDS, INITIATIVE_KINDS, INITIATIVE_STATUSES, MEMBERSHIP_ROLES };
export type { StatementKind, OrganizationKind, InitiativeKind, InitiativeStatus, MembershipRole };
