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
import { listArticles } from './article.service.js';

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
    return listArticles(ctx.dataSource, filter, orderBy, page, selectedNodeFields(info));
  }

  @FieldResolver(() => [Statement], { description: 'In reading order.' })
  statements(@Root() article: Article, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const loader = selectedFields(info).has('speaker') ? ctx.loaders.article.statementsWithSpeakers : ctx.loaders.article.statements;
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
