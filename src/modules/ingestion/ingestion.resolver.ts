import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireRole } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { ingestArticles } from './ingest.service.js';
import { IngestArticlesInput, IngestArticlesPayload } from './ingestion.types.js';

@Resolver()
export class IngestionResolver {
  @Mutation(() => IngestArticlesPayload, {
    description:
      'Extracts and stores articles (role editor). One transaction per call: on any error nothing of the call is stored. The same text twice is DUPLICATE.',
  })
  async ingestArticles(@Ctx() ctx: Context, @Arg('input', () => IngestArticlesInput) input: IngestArticlesInput) {
    const caller = requireRole(ctx.caller, 'editor');
    return { results: await ingestArticles(ctx.dataSource, input, caller.name) };
  }
}
