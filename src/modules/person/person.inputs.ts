import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'All fields optional, combined with AND.' })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Name or alias (substring, case-insensitive).' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  organization?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO2 code.' })
  country?: string | null;
}
