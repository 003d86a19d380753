import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs } from '../../graphql/pagination/connection.types.js';
import { StatementConnection } from './statement.connection.js';
import { Article } from '../article/article.entity.js';
import { Speaker } from '../common/speaker.union.js';
import { Country } from '../country/country.entity.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Statement } from './statement.entity.js';
import { StatementFilter, StatementOrder } from './statement.inputs.js';
import { listStatements } from './statement.service.js';
import { passageAround, type PassageData } from './passage.js';
import { Passage } from './passage.type.js';

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, { description: 'Statements, in reading order by default.' })
  statements(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => StatementFilter, { nullable: true }) filter?: StatementFilter,
    @Arg('orderBy', () => StatementOrder, { nullable: true }) orderBy?: StatementOrder,
  ) {
    return listStatements(ctx.dataSource, filter, orderBy, page);
  }

  @FieldResolver(() => Article)
  async article(@Root() statement: Statement, @Ctx() ctx: Context) {
    return ctx.loaders.byId.Article.load(statement.articleId);
  }

  @FieldResolver(() => Passage, {
    description:
      'The sentence holding the statement (with its attribution when that is in the same sentence: `..., Norov said.`; ' +
      "all of them for a quote over several sentences), with the statement's offsets inside it. Computed from the body already loaded for the response: cheap in lists.",
  })
  sentence(@Root() s: Statement, @Ctx() ctx: Context): Promise<PassageData> {
    return this.passage(s, ctx, 'sentences');
  }

  @FieldResolver(() => Passage, {
    description:
      "The paragraph holding the statement (all of them for a multi-paragraph quote), with the statement's offsets inside it.",
  })
  context(@Root() s: Statement, @Ctx() ctx: Context): Promise<PassageData> {
    return this.passage(s, ctx, 'paragraphs');
  }

  private async passage(s: Statement, ctx: Context, unit: 'sentences' | 'paragraphs'): Promise<PassageData> {
    const spans = await ctx.loaders.statement.bodySpans.load(s.articleId);
    if (!spans) throw new Error(`article ${s.articleId} of statement ${s.id} is missing`);
    return passageAround(spans.body, spans[unit], s.startOffset, s.endOffset);
  }

  @FieldResolver(() => Speaker, { nullable: true, description: 'null when the attribution could not be resolved.' })
  speaker(@Root() s: Statement, @Ctx() ctx: Context) {
    const preloaded = ctx.loaders.preloaded.speakerOfStatement.get(s.id);
    if (preloaded !== undefined) return preloaded;
    if (s.speakerPersonId) return ctx.loaders.byId.Person.load(s.speakerPersonId);
    if (s.speakerOrganizationId) return ctx.loaders.byId.Organization.load(s.speakerOrganizationId);
    if (s.speakerCountryId) return ctx.loaders.byId.Country.load(s.speakerCountryId);
    return null;
  }

  @FieldResolver(() => [Country], { description: 'Countries mentioned inside the statement.' })
  countries(@Root() s: Statement, @Ctx() ctx: Context) {
    return ctx.loaders.statement.countries.load(s.id);
  }

  @FieldResolver(() => [Organization], { description: 'Organizations mentioned inside the statement.' })
  organizations(@Root() s: Statement, @Ctx() ctx: Context) {
    return ctx.loaders.statement.organizations.load(s.id);
  }

  @FieldResolver(() => [Initiative], { description: 'Initiatives mentioned inside the statement.' })
  initiatives(@Root() s: Statement, @Ctx() ctx: Context) {
    return ctx.loaders.statement.initiatives.load(s.id);
  }
}
