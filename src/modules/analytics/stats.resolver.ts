import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';

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
    const [row] = await ctx.dataSource.query(
      `SELECT (SELECT count(*) FROM article)::int AS articles, (SELECT count(*) FROM statement)::int AS statements,
              (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM organization)::int AS organizations,
              (SELECT count(*) FROM country)::int AS countries, (SELECT count(*) FROM initiative)::int AS initiatives`,
    );
    return row as Stats;
  }
}
