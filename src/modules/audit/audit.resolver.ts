import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireRole } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs, type ConnectionData } from '../../graphql/pagination/connection.types.js';
import { BaseNode } from '../common/node.js';
import { AuditEntryConnection, AuditEntryType } from './audit-entry.type.js';
import { AuditFilter } from './audit.inputs.js';
import { listAuditEntries } from './audit-log.service.js';

@Resolver(() => AuditEntryType)
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description: 'Every write (who, what, when, the row before and after), newest first. Role admin.',
  })
  async auditLog(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter,
  ): Promise<ConnectionData<AuditEntryType>> {
    requireRole(ctx.caller, 'admin');
    const connection = await listAuditEntries(ctx.dataSource, filter, page);
    const edges = connection.edges.map((e) => ({ cursor: e.cursor, node: AuditEntryType.from(e.node) }));
    return { ...connection, edges, nodes: edges.map((e) => e.node) };
  }

  @FieldResolver(() => BaseNode, {
    nullable: true,
    description: 'The object written, as it is now; null once deleted or merged away.',
  })
  entity(@Root() entry: AuditEntryType, @Ctx() ctx: Context) {
    return entry.target ? ctx.loaders.byId[entry.target.type].load(entry.target.id) : null;
  }
}
