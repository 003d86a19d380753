import { Field, InputType } from 'type-graphql';
import { MembershipRoleEnum, type MembershipRole } from '../common/enums.js';

@InputType()
export class MembershipFilter {
  @Field({ description: 'Acronym or name, e.g. "SCO".' })
  organization!: string;

  @Field(() => [MembershipRoleEnum], { nullable: true, description: 'Any of these roles; all roles when omitted.' })
  roles?: MembershipRole[] | null;
}

@InputType()
export class CountryFilter {
  @Field(() => String, { nullable: true, description: 'Name, official name, alias, demonym or ISO code.' })
  search?: string | null;

  @Field(() => MembershipFilter, { nullable: true })
  membership?: MembershipFilter | null;
}
