import type { ApolloServerPlugin } from '@apollo/server';
import type { ReadReplicas } from '../db/replicas.js';
import type { Context } from './context.js';
import { createLoaders } from './loaders.js';

/**
 * Routes a GraphQL operation to a database by what it is, decided once before it
 * executes: a `query` reads from a read replica (its loaders too); a mutation (and
 * every read it makes, inside its transaction or not) and a subscription stay on the
 * primary the context was built with. Per operation rather than per statement, so a
 * mutation always reads its own writes and every read of one query sees one snapshot
 * source.
 */
export function readRoutingPlugin(replicas: ReadReplicas): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'query') return;
          const replica = replicas.pick();
          if (!replica) return;
          contextValue.dataSource = replica;
          contextValue.loaders = createLoaders(replica);
        },
      };
    },
  };
}
