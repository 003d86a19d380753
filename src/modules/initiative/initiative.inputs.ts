import { Field, ID, InputType } from 'type-graphql';
import {
  InitiativeKindEnum,
  InitiativeStatusEnum,
  type InitiativeKind,
  type InitiativeStatus,
} from '../common/enums.js';

@InputType({ description: 'All fields optional, combined with AND; a list matches any of its items.' })
export class InitiativeFilter {
  @Field(() => String, { nullable: true, description: 'Name or alias (substring, case-insensitive).' })
  search?: string | null;

  @Field(() => [InitiativeKindEnum], { nullable: true })
  kinds?: InitiativeKind[] | null;

  @Field(() => [InitiativeStatusEnum], { nullable: true })
  statuses?: InitiativeStatus[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'ISO2: initiatives that involve the country: proposed or joined by it, a body seated there or a person from there, or named with it in a statement.',
  })
  country?: string | null;

  @Field(() => ID, { nullable: true, description: 'Initiatives the organization proposed or takes part in.' })
  organization?: string | null;
}
