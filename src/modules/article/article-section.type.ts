import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A part of the body under one subheading.' })
export class ArticleSection {
  @Field(() => String, { nullable: true, description: 'null for the lead.' })
  heading!: string | null;

  @Field()
  text!: string;
}
