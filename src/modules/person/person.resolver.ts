import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { StatementFilter } from '../statement/statement.inputs.js';
import { statementWhere } from '../statement/statement.service.js';
import { ConnectionArgs } from '../../graphql/pagination/connection.types.js';
import { ArticleConnection } from '../article/article.connection.js';
import { Country } from '../country/country.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { StatementConnection } from '../statement/statement.connection.js';
import { PersonConnection } from './person.connection.js';
import { Person } from './person.entity.js';
import { PersonFilter } from './person.inputs.js';
import { listPeople } from './person.service.js';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, { description: 'People, by name.' })
  people(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => PersonFilter, { nullable: true }) filter?: PersonFilter,
  ) {
    return listPeople(ctx.dataSource, filter, page);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() p: Person, @Ctx() ctx: Context) {
    const preloaded = ctx.loaders.preloaded.organizationOfPerson.get(p.id);
    if (preloaded !== undefined) return preloaded;
    return p.organizationId ? ctx.loaders.byId.Organization.load(p.organizationId) : null;
  }

  @FieldResolver(() => Country, { nullable: true })
  country(@Root() p: Person, @Ctx() ctx: Context) {
    return p.countryId ? ctx.loaders.byId.Country.load(p.countryId) : null;
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements spoken by this person, in reading order.' })
  statements(
    @Root() p: Person,
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => StatementFilter, { nullable: true, description: 'As for `statements`.' })
    filter?: StatementFilter,
  ) {
    return ctx.loaders.person.statements(p.id, page, filter ? statementWhere(filter) : null);
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention this person, newest first.' })
  articles(@Root() p: Person, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.person.articles(p.id, page);
  }
}
