import type { DataSource } from 'typeorm';
import { byIdLoader } from '../db/loaders.js';
import { articlesByIds } from '../modules/article/article.queries.js';
import type { NodeType } from '../modules/common/node.js';
import { countriesByIds } from '../modules/country/country.queries.js';
import { initiativesByIds } from '../modules/initiative/initiative.queries.js';
import { membershipsByIds } from '../modules/membership/membership.queries.js';
import { mentionsByIds } from '../modules/mention/mention.queries.js';
import { organizationsByIds } from '../modules/organization/organization.queries.js';
import { peopleByIds } from '../modules/person/person.queries.js';
import { statementsByIds } from '../modules/statement/statement.queries.js';

/** One by-id loader per node type; every other loader resolves its ids through these. */
export function byIdLoaders(dataSource: DataSource) {
  return {
    Article: byIdLoader((ids) => articlesByIds(dataSource, ids)),
    Statement: byIdLoader((ids) => statementsByIds(dataSource, ids)),
    Person: byIdLoader((ids) => peopleByIds(dataSource, ids)),
    Organization: byIdLoader((ids) => organizationsByIds(dataSource, ids)),
    Country: byIdLoader((ids) => countriesByIds(dataSource, ids)),
    Initiative: byIdLoader((ids) => initiativesByIds(dataSource, ids)),
    Membership: byIdLoader((ids) => membershipsByIds(dataSource, ids)),
    Mention: byIdLoader((ids) => mentionsByIds(dataSource, ids)),
  } satisfies Record<NodeType, unknown>;
}

export type ByIdLoaders = ReturnType<typeof byIdLoaders>;
