import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { statsRow } from './analytics.queries.js';

@ObjectType({ description: 'Totals of the graph.' })
export class Stats {
  @Field(() => Int) articles!: number;
  @Field(() => Int) statements!: number;
  @Field(() => Int) people!: number;
  @Field(() => Int) organizations!: number;
  @Field(() => Int) countries!: number;
  @Field(() => Int) initiatives!: number;
}

@Resolver()
export class StatsResolver {
  @Query(() => Stats)
  async stats(@Ctx() ctx: Context): Promise<Stats> {
    return statsRow(ctx.dataSource);
  }
}
