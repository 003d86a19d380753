import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Article } from '../article/article.entity.js';
import type { ExtractionCounts as Counts, IngestStatus as Status } from './ingestion.service.js';

export const IngestStatusEnum = { CREATED: 'CREATED', DUPLICATE: 'DUPLICATE' } as const;
registerEnumType(IngestStatusEnum, {
  name: 'IngestStatus',
  valuesConfig: { DUPLICATE: { description: 'The same text was ingested before; nothing was added.' } },
});

@InputType({ description: 'One article given by parts.' })
export class ArticleInput {
  @Field()
  title!: string;

  @Field({ description: 'Plain text; paragraphs separated by blank lines. At most 1 MB.' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'http(s) URL of the original.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher, e.g. "Pakistan Observer".' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date or date-time, e.g. "2021-06-15".' })
  publishedAt?: string | null;
}

@InputType({
  description:
    'Give `articles` one by one, a raw dump as `text` (split by the server), a news page as `html`, or several of them.',
})
export class IngestArticlesInput {
  @Field(() => [ArticleInput], { nullable: true, description: 'At most 100 per call.' })
  articles?: ArticleInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'A raw dump like a scraped page, with page chrome; at most 10 MB.',
  })
  text?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'One news page as HTML: title, byline, date and body are read from it (Readability). At most 10 MB.',
  })
  html?: string | null;

  @Field(() => String, { nullable: true, description: 'Default source for articles that name none.' })
  source?: string | null;
}

@ObjectType({ description: 'How much was extracted from one article.' })
export class ExtractionCounts implements Counts {
  @Field(() => Int) statements!: number;
  @Field(() => Int) countries!: number;
  @Field(() => Int) organizations!: number;
  @Field(() => Int) people!: number;
  @Field(() => Int) initiatives!: number;
  @Field(() => Int) mentions!: number;
}

@ObjectType()
export class IngestResult {
  @Field(() => Article)
  article!: Article;

  @Field(() => IngestStatusEnum)
  status!: Status;

  @Field(() => ExtractionCounts)
  extracted!: ExtractionCounts;
}

@ObjectType()
export class IngestArticlesPayload {
  @Field(() => [IngestResult])
  results!: IngestResult[];
}
