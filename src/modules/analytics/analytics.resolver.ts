import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { BaseNode } from '../common/node.js';
import { Speaker } from '../common/speaker.union.js';
import { SearchType } from '../search/search.types.js';
import { StatementFilter } from '../statement/statement.inputs.js';
import { coMentions, mentionTimeline, topSpeakers, type EntityKind } from './analytics.service.js';

export enum TimeInterval {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(TimeInterval, { name: 'TimeInterval' });

@ObjectType()
export class TimeBucket {
  @Field({ description: 'Start of the bucket (UTC).' })
  start!: Date;

  @Field(() => Int, { description: 'Articles in the bucket that mention the entity.' })
  articles!: number;

  @Field(() => Int, { description: 'Mentions of the entity in those articles.' })
  mentions!: number;
}

@ObjectType()
export class CoMention {
  @Field(() => BaseNode)
  node!: BaseNode;

  @Field(() => Int, { description: 'Articles that mention both.' })
  articles!: number;
}

@ObjectType()
export class SpeakerCount {
  @Field(() => Speaker)
  speaker!: typeof Speaker;

  @Field(() => Int)
  statements!: number;
}

const ENTITY_TYPES: Partial<Record<SearchType, EntityKind>> = {
  COUNTRY: 'Country',
  ORGANIZATION: 'Organization',
  PERSON: 'Person',
  INITIATIVE: 'Initiative',
};

@Resolver()
export class AnalyticsResolver {
  @Query(() => [TimeBucket], {
    description:
      'How often a country, organization, person or initiative is mentioned over time (articles without a date count at ingestion time).',
  })
  mentionTimeline(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('interval', () => TimeInterval, { defaultValue: TimeInterval.MONTH }) interval: TimeInterval,
    @Arg('from', () => Date, { nullable: true }) from?: Date,
    @Arg('to', () => Date, { nullable: true }) to?: Date,
  ) {
    return mentionTimeline(ctx.dataSource, id, interval, from, to);
  }

  @Query(() => [CoMention], {
    description: 'Entities most often mentioned in the same articles (ARTICLE and STATEMENT types are ignored).',
  })
  async coMentions(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('types', () => [SearchType], { nullable: true }) types?: SearchType[],
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first?: number,
  ) {
    const kinds = types?.map((t) => ENTITY_TYPES[t]).filter((t): t is EntityKind => Boolean(t));
    const rows = await coMentions(ctx.dataSource, id, types?.length ? kinds : null, first);
    const nodes = await Promise.all(rows.map((r) => ctx.loaders.byId[r.type].load(r.id)));
    return rows.map((r, i) => ({ node: nodes[i], articles: r.articles }));
  }

  @Query(() => [SpeakerCount], { description: 'Speakers ranked by the number of statements matching the filter.' })
  async topSpeakers(
    @Ctx() ctx: Context,
    @Arg('filter', () => StatementFilter, { nullable: true }) filter?: StatementFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first?: number,
  ) {
    const rows = await topSpeakers(ctx.dataSource, filter, first);
    const speakers = await Promise.all(rows.map((r) => ctx.loaders.byId[r.type].load(r.id)));
    return rows.map((r, i) => ({ speaker: speakers[i], statements: r.statements }));
  }
}
