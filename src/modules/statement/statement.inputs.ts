import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { StatementKindEnum, type StatementKind } from '../common/enums.js';
import { OrderDirection } from '../article/article.inputs.js';

export enum StatementOrderField {
  POSITION = 'POSITION',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(StatementOrderField, {
  name: 'StatementOrderField',
  valuesConfig: { POSITION: { description: 'By article, then place in the body.' } },
});

@InputType({ description: 'All fields optional, combined with AND; a list matches any of its items.' })
export class StatementFilter {
  @Field(() => String, { nullable: true, description: 'Full-text search in the statement text.' })
  search?: string | null;

  @Field(() => [StatementKindEnum], { nullable: true })
  kinds?: StatementKind[] | null;

  @Field(() => ID, { nullable: true, description: 'A Person, Organization or Country ID.' })
  speaker?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Case-insensitive substring of the attribution as written ("he", "the SCO Secretary-General") OR of the resolved speaker\'s name, acronym or aliases: "Norov" finds every statement resolved to Vladimir Norov, however it was attributed.',
  })
  speakerName?: string | null;

  @Field(() => [String], { nullable: true, description: 'ISO2 codes of countries mentioned in the statement.' })
  countries?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Initiatives mentioned in the statement.' })
  initiatives?: string[] | null;

  @Field(() => ID, { nullable: true })
  article?: string | null;
}

@InputType()
export class StatementOrder {
  @Field(() => StatementOrderField, { defaultValue: StatementOrderField.POSITION })
  field!: StatementOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction!: OrderDirection;
}
