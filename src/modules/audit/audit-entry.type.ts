import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/pagination/connection.types.js';
import { encodeId, NODE_TYPES, type NodeType } from '../common/node.js';
import type { AuditEntry } from './audit-entry.entity.js';

/** One recorded write, as GraphQL shows it: the target as a global ID, the rows as JSON. */
@ObjectType('AuditEntry', {
  description: 'One write: who (key name), what (action and target), when, and the row before and after.',
})
export class AuditEntryType {
  @Field(() => ID, { description: 'Position in the log (not a Node ID).' })
  id!: string;

  @Field({ description: 'When the write was committed (start of its transaction).' })
  at!: Date;

  @Field({ description: 'The name of the API key that wrote.' })
  who!: string;

  @Field({ description: 'The mutation, e.g. "updateOrganization", "mergePeople", "ingestArticles".' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'The type of the row written, e.g. "Organization".' })
  entityType!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Global ID of the row written (the survivor of a merge); `node(id:)` is null once it is deleted.',
  })
  entityId!: string | null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The row before the write (for a merge: survivor and losers); null for a creation.',
  })
  before!: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The row after the write (for a merge: survivor and what moved); null for a deletion.',
  })
  after!: unknown;

  @Field({ description: 'Same as `at`.' })
  get when(): Date {
    return this.at;
  }

  @Field({ description: 'Same as `action`.' })
  get what(): string {
    return this.action;
  }

  /** The database row id behind `entityId`, for the `entity` field. */
  target!: { type: NodeType; id: number } | null;

  static from(row: AuditEntry): AuditEntryType {
    const view = new AuditEntryType();
    const type = (NODE_TYPES as readonly string[]).includes(row.entityType ?? '') ? (row.entityType as NodeType) : null;
    view.id = String(row.id);
    view.at = row.at;
    view.who = row.who;
    view.action = row.action;
    view.entityType = row.entityType;
    view.target = type && row.entityId !== null ? { type, id: row.entityId } : null;
    view.entityId = view.target ? encodeId(view.target.type, view.target.id) : null;
    view.before = row.before;
    view.after = row.after;
    return view;
  }
}

export const AuditEntryConnection = Connection(AuditEntryType, 'AuditEntry');
