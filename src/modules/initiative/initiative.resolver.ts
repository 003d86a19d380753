import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs } from '../../graphql/pagination/connection.types.js';
import { ArticleConnection } from '../article/article.connection.js';
import { Speaker } from '../common/speaker.union.js';
import { StatementConnection } from '../statement/statement.connection.js';
import type { InitiativePartyRole } from './initiative-party.entity.js';
import { InitiativeConnection } from './initiative.connection.js';
import { Initiative } from './initiative.entity.js';
import { InitiativeFilter } from './initiative.inputs.js';
import { listInitiatives } from './initiative.service.js';

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => InitiativeConnection, { description: 'Initiatives, by name.' })
  initiatives(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => InitiativeFilter, { nullable: true }) filter?: InitiativeFilter,
  ) {
    return listInitiatives(ctx.dataSource, filter, page);
  }

  private async parties(initiative: Initiative, ctx: Context, role: InitiativePartyRole) {
    const parties = (await ctx.loaders.initiative.parties.load(initiative.id)).filter((p) => p.role === role);
    const speakers = await Promise.all(
      parties.map((p) =>
        p.personId
          ? ctx.loaders.byId.Person.load(p.personId)
          : p.organizationId
            ? ctx.loaders.byId.Organization.load(p.organizationId)
            : ctx.loaders.byId.Country.load(p.countryId!),
      ),
    );
    return speakers.filter((s) => s !== null);
  }

  @FieldResolver(() => [Speaker], { description: 'Who proposed it.' })
  proposedBy(@Root() initiative: Initiative, @Ctx() ctx: Context) {
    return this.parties(initiative, ctx, 'PROPOSER');
  }

  @FieldResolver(() => [Speaker], { description: 'Who takes part in it.' })
  participants(@Root() initiative: Initiative, @Ctx() ctx: Context) {
    return this.parties(initiative, ctx, 'PARTICIPANT');
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention it, newest first.' })
  articles(@Root() initiative: Initiative, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.initiative.articles(initiative.id, page);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements that mention it.' })
  statements(@Root() initiative: Initiative, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.initiative.statements(initiative.id, page);
  }
}
