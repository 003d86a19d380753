import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { requireRole } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { Membership } from '../membership/membership.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Statement } from '../statement/statement.entity.js';
import {
  CreateInitiativeInput,
  CreateMembershipInput,
  CreateOrganizationInput,
  CreatePersonInput,
  UpdateInitiativeInput,
  UpdateMembershipInput,
  UpdateOrganizationInput,
  UpdatePersonInput,
  UpdateStatementInput,
} from './curation.inputs.js';
import { createInitiative, deleteInitiative, updateInitiative } from './initiative-curation.service.js';
import { createMembership, deleteMembership, updateMembership } from './membership-curation.service.js';
import { mergeInitiatives, mergeOrganizations, mergePeople } from './merge.service.js';
import { createOrganization, deleteOrganization, updateOrganization } from './organization-curation.service.js';
import { createPerson, deletePerson, updatePerson } from './person-curation.service.js';
import { deleteStatement, updateStatement } from './statement-curation.service.js';

const AUDITED = 'Role editor; recorded in the audit log.';
const MERGE =
  'Role editor; recorded in the audit log. One transaction: on any error (an unknown or wrong-type ID) nothing changes.';

/** Curation by a person (role editor): every write is one transaction with its audit entry. */
@Resolver()
export class CurationResolver {
  @Mutation(() => Organization, { description: `Creates an organization. ${AUDITED}` })
  createOrganization(@Ctx() ctx: Context, @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput) {
    const caller = requireRole(ctx.caller, 'editor');
    return createOrganization(ctx.dataSource, caller.name, input);
  }

  @Mutation(() => Organization, { description: `Changes an organization. ${AUDITED}` })
  updateOrganization(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput,
  ) {
    const caller = requireRole(ctx.caller, 'editor');
    return updateOrganization(ctx.dataSource, caller.name, id, input);
  }

  @Mutation(() => ID, {
    description: `Deletes an organization with its mentions, memberships and links; its statements stay, unattributed. Returns the deleted ID. To keep its history, merge it instead. ${AUDITED}`,
  })
  deleteOrganization(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    const caller = requireRole(ctx.caller, 'editor');
    return deleteOrganization(ctx.dataSource, caller.name, id);
  }

  @Mutation(() => Person, { description: `Creates a person. ${AUDITED}` })
  createPerson(@Ctx() ctx: Context, @Arg('input', () => CreatePersonInput) input: CreatePersonInput) {
    const caller = requireRole(ctx.caller, 'editor');
    return createPerson(ctx.dataSource, caller.name, input);
  }

  @Mutation(() => Person, { description: `Changes a person. ${AUDITED}` })
  updatePerson(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePersonInput) input: UpdatePersonInput,
  ) {
    const caller = requireRole(ctx.caller, 'editor');
    return updatePerson(ctx.dataSource, caller.name, id, input);
  }

  @Mutation(() => ID, {
    description: `Deletes a person with their mentions; their statements stay, unattributed. Returns the deleted ID. ${AUDITED}`,
  })
  deletePerson(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    const caller = requireRole(ctx.caller, 'editor');
    return deletePerson(ctx.dataSource, caller.name, id);
  }

  @Mutation(() => Initiative, { description: `Creates an initiative. ${AUDITED}` })
  createInitiative(@Ctx() ctx: Context, @Arg('input', () => CreateInitiativeInput) input: CreateInitiativeInput) {
    const caller = requireRole(ctx.caller, 'editor');
    return createInitiative(ctx.dataSource, caller.name, input);
  }

  @Mutation(() => Initiative, { description: `Changes an initiative. ${AUDITED}` })
  updateInitiative(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateInitiativeInput) input: UpdateInitiativeInput,
  ) {
    const caller = requireRole(ctx.caller, 'editor');
    return updateInitiative(ctx.dataSource, caller.name, id, input);
  }

  @Mutation(() => ID, {
    description: `Deletes an initiative with its mentions and parties. Returns the deleted ID. ${AUDITED}`,
  })
  deleteInitiative(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    const caller = requireRole(ctx.caller, 'editor');
    return deleteInitiative(ctx.dataSource, caller.name, id);
  }

  @Mutation(() => Membership, { description: `Adds a country to an organization with a role. ${AUDITED}` })
  createMembership(@Ctx() ctx: Context, @Arg('input', () => CreateMembershipInput) input: CreateMembershipInput) {
    const caller = requireRole(ctx.caller, 'editor');
    return createMembership(ctx.dataSource, caller.name, input);
  }

  @Mutation(() => Membership, { description: `Changes a membership. ${AUDITED}` })
  updateMembership(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateMembershipInput) input: UpdateMembershipInput,
  ) {
    const caller = requireRole(ctx.caller, 'editor');
    return updateMembership(ctx.dataSource, caller.name, id, input);
  }

  @Mutation(() => ID, { description: `Deletes a membership. Returns the deleted ID. ${AUDITED}` })
  deleteMembership(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    const caller = requireRole(ctx.caller, 'editor');
    return deleteMembership(ctx.dataSource, caller.name, id);
  }

  @Mutation(() => Statement, { description: `Corrects a statement's kind, verb or speaker. ${AUDITED}` })
  updateStatement(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateStatementInput) input: UpdateStatementInput,
  ) {
    const caller = requireRole(ctx.caller, 'editor');
    return updateStatement(ctx.dataSource, caller.name, id, input);
  }

  @Mutation(() => ID, { description: `Deletes a wrongly extracted statement. Returns the deleted ID. ${AUDITED}` })
  deleteStatement(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    const caller = requireRole(ctx.caller, 'editor');
    return deleteStatement(ctx.dataSource, caller.name, id);
  }

  @Mutation(() => Organization, {
    description: `Merges duplicate organizations into \`survivor\`: mentions, statements, memberships, people, sub-organizations and initiative parts move to it; the losers' names, acronyms and aliases become its aliases (so the next ingest finds it); the losers are deleted. ${MERGE}`,
  })
  mergeOrganizations(
    @Ctx() ctx: Context,
    @Arg('survivor', () => ID) survivor: string,
    @Arg('losers', () => [ID]) losers: string[],
  ) {
    const caller = requireRole(ctx.caller, 'editor');
    return mergeOrganizations(ctx.dataSource, caller.name, survivor, losers);
  }

  @Mutation(() => Person, {
    description: `Merges duplicate people into \`survivor\`: mentions, statements and initiative parts move to it; the losers' names and aliases become its aliases; the losers are deleted. ${MERGE}`,
  })
  mergePeople(
    @Ctx() ctx: Context,
    @Arg('survivor', () => ID) survivor: string,
    @Arg('losers', () => [ID]) losers: string[],
  ) {
    const caller = requireRole(ctx.caller, 'editor');
    return mergePeople(ctx.dataSource, caller.name, survivor, losers);
  }

  @Mutation(() => Initiative, {
    description: `Merges duplicate initiatives into \`survivor\`: mentions, statement links and parties move to it; the losers' names and aliases become its aliases; the losers are deleted. ${MERGE}`,
  })
  mergeInitiatives(
    @Ctx() ctx: Context,
    @Arg('survivor', () => ID) survivor: string,
    @Arg('losers', () => [ID]) losers: string[],
  ) {
    const caller = requireRole(ctx.caller, 'editor');
    return mergeInitiatives(ctx.dataSource, caller.name, survivor, losers);
  }
}
