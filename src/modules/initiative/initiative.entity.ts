import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseNode } from '../common/node.js';
import {
  InitiativeKindEnum,
  InitiativeStatusEnum,
  type InitiativeKind,
  type InitiativeStatus,
} from '../common/enums.js';

@ObjectType({
  implements: BaseNode,
  description: 'A named program, agreement, facility, network, event, operation or strategy.',
})
@Entity()
// GIN index on accord_name_keys(...) for lookups by any name: hand-written migration NameKeys.
@Index('initiative_name_keys', { synchronize: false })
@Index('initiative_name_words', { synchronize: false })
export class Initiative extends BaseNode {
  static override readonly nodeType = 'Initiative' as const;

  @Field()
  @Index({ unique: true })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @Field(() => InitiativeKindEnum)
  @Index()
  @Column({ type: 'enum', enum: Object.keys(InitiativeKindEnum), enumName: 'initiative_kind', default: 'OTHER' })
  kind!: InitiativeKind;

  @Field(() => InitiativeStatusEnum)
  @Index()
  @Column({ type: 'enum', enum: Object.keys(InitiativeStatusEnum), enumName: 'initiative_status', default: 'UNKNOWN' })
  status!: InitiativeStatus;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it is, as written, e.g. "Wuhan City".' })
  @Column({ type: 'text', nullable: true })
  location!: string | null;
}
