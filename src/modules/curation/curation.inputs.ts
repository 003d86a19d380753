import { Field, ID, InputType, Int } from 'type-graphql';
import {
  InitiativeKindEnum,
  InitiativeStatusEnum,
  MembershipRoleEnum,
  OrganizationKindEnum,
  StatementKindEnum,
  type InitiativeKind,
  type InitiativeStatus,
  type MembershipRole,
  type OrganizationKind,
  type StatementKind,
} from '../common/enums.js';

/*
 * Update inputs: a field left out keeps its value; `null` clears a nullable field.
 * Names and aliases are trimmed; a name another row already answers to is refused
 * with the ID of that row, to merge instead.
 */

@InputType({ description: 'A new organization. Only `name` is required.' })
export class CreateOrganizationInput {
  @Field({ description: 'Unique, e.g. "Shanghai Cooperation Organization".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'e.g. "SCO".' })
  acronym?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Other names ingestion should recognise, e.g. "Shanghai Cooperation Organisation".',
  })
  aliases?: string[] | null;

  @Field(() => OrganizationKindEnum, { nullable: true, description: 'Default OTHER.' })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: 'ISO2 code of the seat, e.g. "CN".' })
  country?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization it belongs to.' })
  parent?: string | null;
}

@InputType({ description: 'Fields left out keep their value; null clears acronym, country or parent.' })
export class UpdateOrganizationInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  acronym?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the aliases; null or [] clears them.' })
  aliases?: string[] | null;

  @Field(() => OrganizationKindEnum, { nullable: true })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: 'ISO2 code of the seat.' })
  country?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An organization ID; it must not be this one or one of its sub-organizations.',
  })
  parent?: string | null;
}

@InputType({ description: 'A new person. Only `name` is required.' })
export class CreatePersonInput {
  @Field({ description: 'Full name, unique, e.g. "Vladimir Imamovich Norov".' })
  name!: string;

  @Field(() => [String], { nullable: true, description: 'Other names, e.g. "Norov".' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'e.g. "Secretary-General".' })
  title?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization the person belongs to.' })
  organization?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO2 code.' })
  country?: string | null;
}

@InputType({ description: 'Fields left out keep their value; null clears title, organization or country.' })
export class UpdatePersonInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the aliases; null or [] clears them.' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => ID, { nullable: true })
  organization?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO2 code.' })
  country?: string | null;
}

@InputType({ description: 'A new initiative. Only `name` is required.' })
export class CreateInitiativeInput {
  @Field({ description: 'Unique, e.g. "Wuhan Initiative".' })
  name!: string;

  @Field(() => [String], { nullable: true })
  aliases?: string[] | null;

  @Field(() => InitiativeKindEnum, { nullable: true, description: 'Default OTHER.' })
  kind?: InitiativeKind | null;

  @Field(() => InitiativeStatusEnum, { nullable: true, description: 'Default UNKNOWN.' })
  status?: InitiativeStatus | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'As written, e.g. "Wuhan City".' })
  location?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Person, Organization or Country IDs.' })
  proposedBy?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Person, Organization or Country IDs.' })
  participants?: string[] | null;
}

@InputType({
  description:
    'Fields left out keep their value; null clears year, description or location; a list replaces proposers or participants.',
})
export class UpdateInitiativeInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the aliases; null or [] clears them.' })
  aliases?: string[] | null;

  @Field(() => InitiativeKindEnum, { nullable: true })
  kind?: InitiativeKind | null;

  @Field(() => InitiativeStatusEnum, { nullable: true })
  status?: InitiativeStatus | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the proposers; null or [] clears them.' })
  proposedBy?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the participants; null or [] clears them.' })
  participants?: string[] | null;
}

@InputType({ description: 'A country in an organization, with its role.' })
export class CreateMembershipInput {
  @Field({ description: 'ISO2 code, e.g. "TJ".' })
  country!: string;

  @Field(() => ID)
  organization!: string;

  @Field(() => MembershipRoleEnum)
  role!: MembershipRole;

  @Field(() => Int, { nullable: true, description: 'Year the role began.' })
  since?: number | null;

  @Field(() => Int, { nullable: true, description: 'Year the role ended; null while it lasts.' })
  until?: number | null;
}

@InputType({ description: 'Fields left out keep their value; null clears since or until.' })
export class UpdateMembershipInput {
  @Field(() => String, { nullable: true, description: 'ISO2 code.' })
  country?: string | null;

  @Field(() => ID, { nullable: true })
  organization?: string | null;

  @Field(() => MembershipRoleEnum, { nullable: true })
  role?: MembershipRole | null;

  @Field(() => Int, { nullable: true })
  since?: number | null;

  @Field(() => Int, { nullable: true })
  until?: number | null;
}

@InputType({ description: "Corrections to an extracted statement; its text and offsets are the article's and stay." })
export class UpdateStatementInput {
  @Field(() => StatementKindEnum, { nullable: true })
  kind?: StatementKind | null;

  @Field(() => String, { nullable: true, description: 'The attribution verb: said, added, urged ...; null clears it.' })
  verb?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A Person, Organization or Country ID; null leaves the statement unattributed.',
  })
  speaker?: string | null;

  @Field(() => String, { nullable: true, description: 'The speaker as written; null clears it.' })
  speakerName?: string | null;
}
