import { toGlobalId } from 'graphql-relay';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArticleInput } from '../ingestion/ingestion.types.js';
import { JOB_STATUSES, type JobRow, type JobStatus } from './job.queries.js';
import type { JobResult } from './job.service.js';

export const IngestJobStatusEnum = Object.fromEntries(JOB_STATUSES.map((s) => [s, s])) as { [K in JobStatus]: K };
registerEnumType(IngestJobStatusEnum, {
  name: 'IngestJobStatus',
  valuesConfig: {
    QUEUED: { description: 'Waiting for a worker (`npm run worker`).' },
    RUNNING: { description: 'At least one chunk has started; `progress` counts the items done.' },
    SUCCEEDED: { description: 'Every item is done; `errors` lists items that could not be ingested, if any.' },
    FAILED: { description: 'A chunk failed after every retry, or no item could be ingested; see `errors`.' },
  },
});

export const JOB_ID_TYPE = 'IngestJob';
export const encodeJobId = (id: number) => toGlobalId(JOB_ID_TYPE, String(id));

@InputType({
  description:
    'What an ingestion job ingests: `articles` one by one, a raw `text` dump, an `html` page (as for `ingestArticles`), and/or `urls` of news pages for the workers to fetch.',
})
export class IngestJobInput {
  @Field(() => [ArticleInput], { nullable: true, description: 'At most 10,000 per job.' })
  articles?: ArticleInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'A raw dump like a scraped page, with page chrome; at most 10 MB.',
  })
  text?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'One news page as HTML: title, byline, date and body are read from it. At most 10 MB.',
  })
  html?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'http(s) URLs of news pages, at most 1,000; workers fetch them (timeouts, size cap, a rate per host, 5 redirects at most; private and loopback addresses refused). A page that cannot be fetched or read is listed in `errors`.',
  })
  urls?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Default source for articles that name none.' })
  source?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Default publication date (ISO 8601) for articles that state none.',
  })
  publishedAt?: string | null;
}

@ObjectType({ description: 'How far a job is: items done (stored, duplicate, or failed) out of all.' })
export class JobProgress {
  @Field(() => Int) done!: number;
  @Field(() => Int) total!: number;
}

@ObjectType('IngestJob', {
  description: 'An ingestion run by workers (`npm run worker`); poll `job(id:)` or subscribe to `jobUpdated(id:)`.',
})
export class IngestJob {
  /** The database row; the fields below are derived from it. */
  row!: JobRow;

  @Field(() => ID, { description: 'Opaque ID; pass it to `job(id:)` and `jobUpdated(id:)`.' })
  get id(): string {
    return encodeJobId(this.row.id);
  }

  @Field(() => IngestJobStatusEnum)
  get status(): JobStatus {
    return this.row.status;
  }

  @Field(() => JobProgress)
  get progress(): JobProgress {
    return { done: this.row.done, total: this.row.total };
  }

  @Field(() => Date)
  get createdAt(): Date {
    return this.row.createdAt;
  }

  @Field(() => Date)
  get updatedAt(): Date {
    return this.row.updatedAt;
  }

  @Field(() => Date, { nullable: true, description: 'When a worker started its first chunk.' })
  get startedAt(): Date | null {
    return this.row.startedAt;
  }

  @Field(() => Date, { nullable: true, description: 'When the last item was done.' })
  get finishedAt(): Date | null {
    return this.row.finishedAt;
  }

  /** Results and errors, read once per object (both fields come from the same rows). */
  outcomes?: Promise<{ results: JobResult[]; errors: string[] }>;

  static of(row: JobRow): IngestJob {
    return Object.assign(new IngestJob(), { row });
  }
}
