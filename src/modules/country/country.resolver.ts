import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { selectedFields } from '../../graphql/selection.js';
import type { Context } from '../../graphql/context.js';
import { StatementFilter } from '../statement/statement.inputs.js';
import { statementWhere } from '../statement/statement.service.js';
import { ConnectionArgs } from '../../graphql/pagination/connection.types.js';
import { CountryConnection } from './country.connection.js';
import { ArticleConnection } from '../article/article.connection.js';
import { InitiativeConnection } from '../initiative/initiative.connection.js';
import { Membership } from '../membership/membership.entity.js';
import { StatementConnection } from '../statement/statement.connection.js';
import { Country } from './country.entity.js';
import { CountryFilter } from './country.inputs.js';
import { findCountryByIso2, findCountryWithMemberships, listCountries } from './country.service.js';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => CountryConnection, { description: 'All ISO 3166-1 countries, by name.' })
  countries(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => CountryFilter, { nullable: true }) filter?: CountryFilter,
  ) {
    return listCountries(ctx.dataSource, filter, page);
  }

  @Query(() => Country, { nullable: true, description: 'A country by ISO 3166-1 alpha-2 code, e.g. "TJ".' })
  async country(@Ctx() ctx: Context, @Arg('iso2') iso2: string, @Info() info: GraphQLResolveInfo) {
    if (!selectedFields(info).has('memberships')) return findCountryByIso2(ctx.dataSource, iso2);
    const found = await findCountryWithMemberships(ctx.dataSource, iso2);
    if (!found) return null;
    ctx.loaders.byId.Country.prime(found.country.id, found.country);
    for (const { organization } of found.memberships)
      ctx.loaders.byId.Organization.prime(organization.id, organization);
    ctx.loaders.preloaded.membershipsOfCountry.set(
      found.country.id,
      found.memberships.map((m) => m.membership),
    );
    for (const { membership, organization } of found.memberships)
      ctx.loaders.preloaded.organizationOfMembership.set(membership.id, organization);
    return found.country;
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention the country, newest first.' })
  articles(@Root() country: Country, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.country.articles(country.id, page);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements that mention the country.' })
  statements(
    @Root() country: Country,
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => StatementFilter, { nullable: true, description: 'As for `statements`.' })
    filter?: StatementFilter,
  ) {
    return ctx.loaders.country.statements(country.id, page, filter ? statementWhere(filter) : null);
  }

  @FieldResolver(() => InitiativeConnection, {
    description:
      'Initiatives that involve the country: proposed by it or its bodies or people, joined by them, or named with it in a statement.',
  })
  initiatives(@Root() country: Country, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.country.initiatives(country.id, page);
  }

  @FieldResolver(() => [Membership], { description: 'Its roles in organizations.' })
  memberships(@Root() country: Country, @Ctx() ctx: Context) {
    const preloaded = ctx.loaders.preloaded.membershipsOfCountry.get(country.id);
    if (preloaded) return preloaded;
    return ctx.loaders.country.memberships.load(country.id);
  }
}
