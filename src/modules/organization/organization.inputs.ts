import { Field, InputType } from 'type-graphql';
import { OrganizationKindEnum, type OrganizationKind } from '../common/enums.js';

@InputType({ description: 'All fields optional, combined with AND.' })
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Name, acronym or alias (substring, case-insensitive).' })
  search?: string | null;

  @Field(() => [OrganizationKindEnum], { nullable: true })
  kinds?: OrganizationKind[] | null;

  @Field(() => String, { nullable: true, description: 'ISO2 code of the seat.' })
  country?: string | null;
}
