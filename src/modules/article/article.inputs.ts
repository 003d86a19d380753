import { Field, ID, InputType, registerEnumType } from 'type-graphql';

export enum ArticleOrderField {
  PUBLISHED_AT = 'PUBLISHED_AT',
  CREATED_AT = 'CREATED_AT',
  TITLE = 'TITLE',
}
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(ArticleOrderField, { name: 'ArticleOrderField' });
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@InputType({ description: 'All fields optional, combined with AND; a list matches any of its items.' })
export class ArticleFilter {
  @Field(() => String, { nullable: true, description: 'Full-text search in headline and body.' })
  search?: string | null;

  @Field(() => [String], { nullable: true, description: 'ISO2 codes of countries the article mentions.' })
  countries?: string[] | null;

  @Field(() => [ID], { nullable: true })
  organizations?: string[] | null;

  @Field(() => [ID], { nullable: true })
  initiatives?: string[] | null;

  @Field(() => [ID], { nullable: true })
  people?: string[] | null;

  @Field(() => Date, { nullable: true })
  publishedAfter?: Date | null;

  @Field(() => Date, { nullable: true })
  publishedBefore?: Date | null;

  @Field(() => String, { nullable: true })
  source?: string | null;
}

@InputType()
export class ArticleOrder {
  @Field(() => ArticleOrderField, { defaultValue: ArticleOrderField.PUBLISHED_AT })
  field!: ArticleOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC })
  direction!: OrderDirection;
}
