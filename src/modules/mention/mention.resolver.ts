import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Article } from '../article/article.entity.js';
import { MentionEntity } from '../common/speaker.union.js';
import { Mention } from './mention.entity.js';

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => Article)
  article(@Root() m: Mention, @Ctx() ctx: Context) {
    return ctx.loaders.byId.Article.load(m.articleId);
  }

  @FieldResolver(() => MentionEntity, { description: 'The country, organization, person or initiative mentioned.' })
  entity(@Root() m: Mention, @Ctx() ctx: Context) {
    if (m.countryId) return ctx.loaders.byId.Country.load(m.countryId);
    if (m.organizationId) return ctx.loaders.byId.Organization.load(m.organizationId);
    if (m.personId) return ctx.loaders.byId.Person.load(m.personId);
    return ctx.loaders.byId.Initiative.load(m.initiativeId!);
  }
}
