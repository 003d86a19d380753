import 'reflect-metadata';
import type { GraphQLSchema, GraphQLTypeResolver } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { AnalyticsResolver } from '../modules/analytics/analytics.resolver.js';
import { StatsResolver } from '../modules/analytics/stats.resolver.js';
import { ArticleResolver } from '../modules/article/article.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { CountryResolver } from '../modules/country/country.resolver.js';
import { CurationResolver } from '../modules/curation/curation.resolver.js';
import { InitiativeResolver } from '../modules/initiative/initiative.resolver.js';
import { MembershipResolver } from '../modules/membership/membership.resolver.js';
import { IngestionResolver } from '../modules/ingestion/ingestion.resolver.js';
import { JobResolver } from '../modules/job/job.resolver.js';
import { LiveResolver } from '../modules/live/live.resolver.js';
import { MentionResolver } from '../modules/mention/mention.resolver.js';
import { NodeResolver } from '../modules/node/node.resolver.js';
import { OrganizationResolver } from '../modules/organization/organization.resolver.js';
import { PersonResolver } from '../modules/person/person.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { StatementResolver } from '../modules/statement/statement.resolver.js';

export const resolvers = [
  NodeResolver,
  ArticleResolver,
  StatementResolver,
  PersonResolver,
  OrganizationResolver,
  CountryResolver,
  InitiativeResolver,
  MembershipResolver,
  MentionResolver,
  StatsResolver,
  SearchResolver,
  AnalyticsResolver,
  IngestionResolver,
  JobResolver,
  CurationResolver,
  AuditResolver,
  LiveResolver,
] as const;

/**
 * type-graphql insists on a PubSub when there are subscriptions, but Accord's subscribe
 * through the per-connection LiveListener in the context (`subscribe:` option), fed by
 * PostgreSQL NOTIFY; topics-based `@Subscription`s would bypass it, so they fail loudly.
 */
const noTopics: PubSub = {
  publish() {
    throw new Error('publish live updates with publish() from src/modules/live/live.queries.ts');
  },
  subscribe() {
    throw new Error('@Subscription needs a `subscribe:` option that uses ctx.live');
  },
};

/** The schema from the code; `schema.graphql` is this, printed (see scripts/emit-schema.ts). */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: false, emitSchemaFile: false, pubSub: noTopics });
  resolveNodeTypesSynchronously(schema);
  return schema;
}

/**
 * type-graphql makes every union's and interface's resolveType async (a promise per
 * value). Our abstract types resolve nodes by their
 * `nodeType`: answered synchronously, type-graphql's function kept for anything else.
 */
function resolveNodeTypesSynchronously(schema: GraphQLSchema): void {
  // Duck-typed (unions and interfaces carry resolveType): the test setup loads graphql twice.
  for (const type of Object.values(schema.getTypeMap()) as {
    resolveType?: GraphQLTypeResolver<unknown, unknown> | null;
  }[]) {
    if (typeof type.resolveType !== 'function') continue;
    const fallback = type.resolveType;
    type.resolveType = (value, context, info, abstractType) => {
      const name = (value as { nodeType?: unknown } | null)?.nodeType;
      return typeof name === 'string' ? name : fallback(value, context, info, abstractType);
    };
  }
}
