import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { StatementFilter } from '../statement/statement.inputs.js';
import { statementWhere } from '../statement/statement.service.js';
import { ConnectionArgs } from '../../graphql/pagination/connection.types.js';
import { ArticleConnection } from '../article/article.connection.js';
import { Country } from '../country/country.entity.js';
import { Membership } from '../membership/membership.entity.js';
import { PersonConnection } from '../person/person.connection.js';
import { StatementConnection } from '../statement/statement.connection.js';
import { OrganizationConnection } from './organization.connection.js';
import { Organization } from './organization.entity.js';
import { OrganizationFilter } from './organization.inputs.js';
import { findOrganization, listOrganizations } from './organization.service.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'Organizations, by name.' })
  organizations(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter?: OrganizationFilter,
  ) {
    return listOrganizations(ctx.dataSource, filter, page);
  }

  @Query(() => Organization, { nullable: true, description: 'By acronym ("SCO") or name.' })
  organization(
    @Ctx() ctx: Context,
    @Arg('acronym', () => String, { nullable: true }) acronym?: string,
    @Arg('name', () => String, { nullable: true }) name?: string,
  ) {
    return findOrganization(ctx.dataSource, acronym, name);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Seat.' })
  country(@Root() o: Organization, @Ctx() ctx: Context) {
    return o.countryId ? ctx.loaders.byId.Country.load(o.countryId) : null;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The body it belongs to, e.g. the SCO for its commissions.',
  })
  parent(@Root() o: Organization, @Ctx() ctx: Context) {
    return o.parentId ? ctx.loaders.byId.Organization.load(o.parentId) : null;
  }

  @FieldResolver(() => [Membership], { description: 'Its member, observer and partner countries.' })
  memberships(@Root() o: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.organization.memberships.load(o.id);
  }

  @FieldResolver(() => PersonConnection, { description: 'People affiliated with it.' })
  people(@Root() o: Organization, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.organization.people(o.id, page);
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention it, newest first.' })
  articles(@Root() o: Organization, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.organization.articles(o.id, page);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements spoken by it.' })
  statements(
    @Root() o: Organization,
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => StatementFilter, { nullable: true, description: 'As for `statements`.' })
    filter?: StatementFilter,
  ) {
    return ctx.loaders.organization.statements(o.id, page, filter ? statementWhere(filter) : null);
  }
}
