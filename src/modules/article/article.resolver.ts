import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { selectedFields, selectedNodeFields } from '../../graphql/selection.js';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs } from '../../graphql/pagination/connection.types.js';
import { ArticleConnection } from './article.connection.js';
import { Country } from '../country/country.entity.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { Mention } from '../mention/mention.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Statement } from '../statement/statement.entity.js';
import { Article } from './article.entity.js';
import { ArticleFilter, ArticleOrder } from './article.inputs.js';
import type { StatementWithSpeaker } from '../statement/statement.queries.js';
import { preloadSpeaker } from './article.loaders.js';
import { listArticles } from './article.service.js';

/** Hands statements fetched with their articles to the loaders, so `statements` and `speaker` cost no more SQL. */
function primeStatements(ctx: Context, byArticle: Map<number, StatementWithSpeaker[]>): void {
  const { byId, preloaded } = ctx.loaders;
  for (const [articleId, rows] of byArticle) {
    for (const r of rows) preloadSpeaker(byId, preloaded, r);
    preloaded.statementsOfArticle.set(
      articleId,
      rows.map((r) => r.statement),
    );
  }
}

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, { description: 'Articles, newest first by default.' })
  articles(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ArticleFilter, { nullable: true }) filter?: ArticleFilter,
    @Arg('orderBy', () => ArticleOrder, { nullable: true }) orderBy?: ArticleOrder,
  ) {
    const fields = selectedNodeFields(info);
    // A list that shows its statements gets them (and their speakers) in the same statement.
    const prime = fields.has('statements')
      ? (byArticle: Map<number, StatementWithSpeaker[]>) => primeStatements(ctx, byArticle)
      : undefined;
    return listArticles(ctx.dataSource, filter, orderBy, page, fields, prime);
  }

  @FieldResolver(() => [Statement], { description: 'In reading order.' })
  statements(@Root() article: Article, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const preloaded = ctx.loaders.preloaded.statementsOfArticle.get(article.id);
    if (preloaded) return preloaded;
    const loader = selectedFields(info).has('speaker')
      ? ctx.loaders.article.statementsWithSpeakers
      : ctx.loaders.article.statements;
    return loader.load(article.id);
  }

  @FieldResolver(() => [Country], { description: 'Countries mentioned, in order of first mention.' })
  countries(@Root() article: Article, @Ctx() ctx: Context) {
    return ctx.loaders.article.countries.load(article.id);
  }

  @FieldResolver(() => [Organization], { description: 'Organizations mentioned, in order of first mention.' })
  organizations(@Root() article: Article, @Ctx() ctx: Context) {
    return ctx.loaders.article.organizations.load(article.id);
  }

  @FieldResolver(() => [Person], { description: 'People mentioned, in order of first mention.' })
  people(@Root() article: Article, @Ctx() ctx: Context) {
    return ctx.loaders.article.people.load(article.id);
  }

  @FieldResolver(() => [Initiative], { description: 'Initiatives mentioned, in order of first mention.' })
  initiatives(@Root() article: Article, @Ctx() ctx: Context) {
    return ctx.loaders.article.initiatives.load(article.id);
  }

  @FieldResolver(() => [Mention], { description: 'Every mention of an entity, by position.' })
  mentions(@Root() article: Article, @Ctx() ctx: Context) {
    return ctx.loaders.article.mentions.load(article.id);
  }
}
