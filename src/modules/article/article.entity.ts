import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseNode } from '../common/node.js';
import { ArticleSection } from './article-section.type.js';

@ObjectType({ implements: BaseNode, description: 'A news article, clean text with page chrome removed.' })
@Entity()
// Keyset order over a nullable date: (coalesce(published_at, '-infinity'), id), created by hand in a migration.
@Index('article_published_at_sort', { synchronize: false })
@Index('article_search_vector', { synchronize: false })
export class Article extends BaseNode {
  static override readonly nodeType = 'Article' as const;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The deck under the headline, when any.' })
  @Column({ type: 'text', nullable: true })
  subtitle!: string | null;

  @Field({
    description: 'Clean text; paragraphs separated by a blank line. Offsets of statements and mentions point into it.',
  })
  @Column({ type: 'text' })
  body!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  @Index()
  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The author line, e.g. "By Ana Ribeiro", when the page gave one.',
  })
  @Column({ type: 'text', nullable: true })
  byline!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "ISLAMABAD".' })
  @Column({ type: 'text', nullable: true })
  dateline!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Field({ description: 'ISO 639-1 code.' })
  @Column({ type: 'varchar', length: 8, default: 'en' })
  language!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  wordCount!: number;

  @Field({ description: 'SHA-256 of the normalised text: the same text twice is one article.' })
  @Index({ unique: true })
  @Column({ type: 'char', length: 64 })
  contentHash!: string;

  @Field(() => [ArticleSection], { description: 'The body cut at its subheadings; the lead has heading null.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  sections!: ArticleSection[];

  /** Headline above deck above body, kept by PostgreSQL; GIN-indexed (hand-written in the migration). */
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(subtitle, '')), 'B') || setweight(to_tsvector('english', body), 'C')`,
  })
  searchVector?: string;
}
