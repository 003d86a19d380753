import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A stretch of the article body around a statement (its sentence or its paragraph), with the statement located inside it: ' +
    "`text.slice(statementStart, statementEnd)` is the statement's `text`. Highlight a quote with these, link back to the article with `start`/`end`.",
})
export class Passage {
  @Field({ description: 'Exactly `article.body.slice(start, end)`.' })
  text!: string;

  @Field(() => Int, { description: 'Offset in `article.body` where the passage begins.' })
  start!: number;

  @Field(() => Int, { description: 'Offset in `article.body` where the passage ends (exclusive).' })
  end!: number;

  @Field(() => Int, { description: 'Where the statement begins inside `text` (`statement.startOffset - start`).' })
  statementStart!: number;

  @Field(() => Int, {
    description: 'Where the statement ends inside `text`, exclusive (`statement.endOffset - start`).',
  })
  statementEnd!: number;
}
