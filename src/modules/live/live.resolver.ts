import { Arg, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { createLoaders } from '../../graphql/loaders.js';
import { Article } from '../article/article.entity.js';
import { Statement } from '../statement/statement.entity.js';
import { StatementFilter } from '../statement/statement.inputs.js';
import { statementsAmong, statementWhere } from '../statement/statement.service.js';
import { LIVE_CHANNELS, type IdsPayload } from './live.channels.js';

/**
 * Rows announced on a channel, one event per row. Each event gets fresh loaders, so a
 * long subscription neither caches stale rows nor grows without bound.
 */
async function* rowsOf<T>(
  ctx: Context,
  events: AsyncIterableIterator<IdsPayload>,
  load: (ids: number[]) => Promise<T[]>,
): AsyncGenerator<T> {
  try {
    for await (const { ids } of events) {
      if (!Array.isArray(ids)) continue;
      for (const row of await load(ids.filter((id) => Number.isSafeInteger(id)))) {
        ctx.loaders = createLoaders(ctx.dataSource);
        yield row;
      }
    }
  } finally {
    await events.return?.();
  }
}

function liveOf(ctx: Context) {
  if (!ctx.live) throw new Error('subscriptions run over WebSockets only');
  return ctx.live;
}

@Resolver()
export class LiveResolver {
  @Subscription(() => Statement, {
    description:
      'Each statement stored from now on (by any server process or the CLI) that matches `filter`, once its ingest has committed. ' +
      'Over WebSockets (graphql-ws protocol) on /graphql; send the key as connectionParams `{ authorization: "Bearer <key>" }`.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const filter = (args.filter ?? null) as StatementFilter | null;
      statementWhere(filter); // a bad filter is refused now, not at the first event
      const events = await liveOf(ctx).subscribe<IdsPayload>(LIVE_CHANNELS.statementAdded);
      return rowsOf(ctx, events, (ids) => statementsAmong(ctx.dataSource, ids, filter));
    },
  })
  statementAdded(
    @Root() statement: Statement,
    @Arg('filter', () => StatementFilter, {
      nullable: true,
      description: 'As for `statements`; omitted, every new statement.',
    })
    _filter?: StatementFilter,
  ): Statement {
    return statement;
  }

  @Subscription(() => Article, {
    description:
      'Each article stored from now on (status CREATED; duplicates are not announced), once its ingest has committed.',
    subscribe: async ({ context }) => {
      const ctx = context as Context;
      const events = await liveOf(ctx).subscribe<IdsPayload>(LIVE_CHANNELS.articleIngested);
      return rowsOf(ctx, events, async (ids) =>
        (await createLoaders(ctx.dataSource).byId.Article.loadMany(ids)).filter(
          (a): a is Article => a !== null && !(a instanceof Error),
        ),
      );
    },
  })
  articleIngested(@Root() article: Article): Article {
    return article;
  }
}
