import { fromGlobalId, toGlobalId } from 'graphql-relay';
import { Field, ID, InterfaceType } from 'type-graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const NODE_TYPES = [
  'Article',
  'Statement',
  'Person',
  'Organization',
  'Country',
  'Initiative',
  'Membership',
  'Mention',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** The largest PostgreSQL `integer`. */
export const MAX_DATABASE_ID = 2_147_483_647;

export function encodeId(type: NodeType, id: number): string {
  return toGlobalId(type, String(id));
}

/** Decodes an opaque ID; null when it is not one of ours (callers turn that into BAD_USER_INPUT). */
export function decodeId(globalId: string): { type: NodeType; id: number } | null {
  let decoded: { type: string; id: string };
  try {
    decoded = fromGlobalId(globalId);
  } catch {
    return null;
  }
  // Database keys are PostgreSQL integers: a larger number is no ID of ours (and would fail in SQL).
  if (!/^[1-9][0-9]{0,9}$/.test(decoded.id)) return null;
  const id = Number(decoded.id);
  if (!(NODE_TYPES as readonly string[]).includes(decoded.type) || id > MAX_DATABASE_ID) return null;
  return { type: decoded.type as NodeType, id };
}

/**
 * Relay's Node: every object has an opaque global `id`. The database key stays a
 * plain integer (`id` in TypeScript); `nodeId` is what GraphQL calls `id`.
 */
@InterfaceType('Node', {
  resolveType: (value: Record<string, unknown>) => (value as unknown as BaseNode).nodeType,
  description: 'An object with an opaque, globally unique ID.',
})
export abstract class BaseNode {
  static readonly nodeType: NodeType;

  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Opaque global ID; pass it to `node(id:)`.' })
  get nodeId(): string {
    return encodeId(this.nodeType, this.id);
  }

  get nodeType(): NodeType {
    return (this.constructor as typeof BaseNode).nodeType;
  }

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
