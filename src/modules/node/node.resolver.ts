import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../errors.js';
import { BaseNode, decodeId } from '../common/node.js';

function decode(id: string) {
  const decoded = decodeId(id);
  if (!decoded) throw badInput(`"${id}" is not an Accord ID; use the \`id\` field of an object.`, { argument: 'id' });
  return decoded;
}

@Resolver()
export class NodeResolver {
  @Query(() => BaseNode, {
    nullable: true,
    description: 'Any object by its global ID; null when it does not exist; BAD_USER_INPUT when the ID is malformed.',
  })
  node(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    const decoded = decode(id);
    return ctx.loaders.byId[decoded.type].load(decoded.id);
  }

  @Query(() => [BaseNode], {
    nullable: 'items',
    description: 'Objects by global ID, in the order asked; null for unknown IDs.',
  })
  nodes(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return Promise.all(
      ids.map((id) => {
        const decoded = decode(id);
        return ctx.loaders.byId[decoded.type].load(decoded.id);
      }),
    );
  }
}
