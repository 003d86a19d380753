import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'All fields optional, combined with AND.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Key name, exactly as recorded.' })
  who?: string | null;

  @Field(() => String, { nullable: true, description: 'Mutation name, e.g. "mergeOrganizations".' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "Organization".' })
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Writes to this object, including merges that absorbed it.' })
  entity?: string | null;

  @Field(() => Date, { nullable: true, description: 'Entries at or after this time.' })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Entries before this time.' })
  until?: Date | null;
}
