import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs } from '../../graphql/pagination/connection.types.js';
import { search } from './search.service.js';
import { SearchConnection, SearchType } from './search.types.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description:
      'Ranked full-text search across articles and statements (web-search syntax: "a phrase", or, -word) and typo-tolerant search of entity names.',
  })
  async search(
    @Ctx() ctx: Context,
    @Arg('query') query: string,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('types', () => [SearchType], { nullable: true }) types?: SearchType[],
  ): Promise<Omit<SearchConnection, 'totalCount'>> {
    const { hits, pageInfo, count } = await search(ctx.dataSource, query, types, page);
    const nodes = await Promise.all(hits.map((h) => ctx.loaders.byId[h.type].load(h.id)));
    const edges = hits.map((h, i) => ({
      cursor: h.cursor,
      rank: h.rank,
      highlight: h.highlight,
      node: nodes[i] as never,
    }));
    return { edges, nodes: edges.map((e) => e.node), pageInfo, count };
  }
}
