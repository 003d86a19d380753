import { fromGlobalId } from 'graphql-relay';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { badInput, notFound } from '../../errors.js';
import { requireRole } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { IngestResult } from '../ingestion/ingestion.types.js';
import { createIngestJob, findJob, JOB_CHANNEL, jobOutcomes, type JobUpdatedPayload } from './job.service.js';
import { IngestJob, IngestJobInput, JOB_ID_TYPE } from './job.types.js';

function jobId(id: string, argument = 'id'): number {
  let decoded: { type: string; id: string } | null = null;
  try {
    decoded = fromGlobalId(id);
  } catch {
    decoded = null;
  }
  const n = Number(decoded?.id);
  if (decoded?.type !== JOB_ID_TYPE || !Number.isSafeInteger(n) || n <= 0) {
    throw badInput(`"${id}" is not an ingestion job ID; use the \`id\` that \`ingestJob\` returned.`, { argument });
  }
  return n;
}

const TERMINAL = new Set(['SUCCEEDED', 'FAILED']);

function outcomes(ctx: Context, job: IngestJob) {
  job.outcomes ??= jobOutcomes(ctx.dataSource.manager, job.row.id);
  return job.outcomes;
}

@Resolver(() => IngestJob)
export class JobResolver {
  @Mutation(() => IngestJob, {
    description:
      'Queues an ingestion for the workers (`npm run worker`) and returns at once (role editor). The same validation as `ingestArticles`, ' +
      'up to 10,000 articles; follow it with `job(id:)` or `jobUpdated(id:)`. A worker killed half-way loses nothing: another resumes the job.',
  })
  async ingestJob(@Ctx() ctx: Context, @Arg('input', () => IngestJobInput) input: IngestJobInput): Promise<IngestJob> {
    const caller = requireRole(ctx.caller, 'editor');
    return IngestJob.of(await createIngestJob(ctx.dataSource, input, caller.name));
  }

  @Query(() => IngestJob, {
    nullable: true,
    description: 'An ingestion job by the ID `ingestJob` returned; null when there is none.',
  })
  async job(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<IngestJob | null> {
    const row = await findJob(ctx.dataSource.manager, jobId(id));
    return row ? IngestJob.of(row) : null;
  }

  @Subscription(() => IngestJob, {
    description:
      'The job now, then again each time it changes (started, a chunk done, finished); completes once it has SUCCEEDED or FAILED. ' +
      'Over WebSockets (graphql-ws) on /graphql.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const id = jobId(String(args.id));
      if (!ctx.live) throw new Error('subscriptions run over WebSockets only');
      // LISTEN first, then read: no change can fall between the two.
      const events = await ctx.live.subscribe<JobUpdatedPayload>(JOB_CHANNEL);
      const first = await findJob(ctx.dataSource.manager, id);
      if (!first) {
        await events.return?.();
        throw notFound(`No ingestion job ${args.id}.`);
      }
      return (async function* () {
        try {
          yield IngestJob.of(first);
          if (TERMINAL.has(first.status)) return;
          for await (const event of events) {
            if (event?.id !== id) continue;
            const row = await findJob(ctx.dataSource.manager, id);
            if (!row) return;
            yield IngestJob.of(row);
            if (TERMINAL.has(row.status)) return;
          }
        } finally {
          await events.return?.();
        }
      })();
    },
  })
  jobUpdated(@Root() job: IngestJob, @Arg('id', () => ID) _id: string): IngestJob {
    return job;
  }

  @FieldResolver(() => [IngestResult], {
    description: 'One per item stored so far, in input order (items that failed are in `errors`).',
  })
  async results(@Root() job: IngestJob, @Ctx() ctx: Context): Promise<IngestResult[]> {
    const { results } = await outcomes(ctx, job);
    const articles = await ctx.loaders.byId.Article.loadMany(results.map((r) => r.articleId));
    return results.flatMap((r, i) => {
      const article = articles[i];
      return article && !(article instanceof Error)
        ? [{ article: article, status: r.status, extracted: r.extracted }]
        : [];
    });
  }

  @FieldResolver(() => [String], { description: 'What could not be ingested, each naming its item.' })
  async errors(@Root() job: IngestJob, @Ctx() ctx: Context): Promise<string[]> {
    return (await outcomes(ctx, job)).errors;
  }
}
