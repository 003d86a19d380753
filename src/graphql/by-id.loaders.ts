import type { DataSource } from 'typeorm';
import { byIdLoader } from '../db/loaders.js';
import { Article } from '../modules/article/article.entity.js';
import { Country } from '../modules/country/country.entity.js';
import { Initiative } from '../modules/initiative/initiative.entity.js';
import { Membership } from '../modules/membership/membership.entity.js';
import { Mention } from '../modules/mention/mention.entity.js';
import { Organization } from '../modules/organization/organization.entity.js';
import { Person } from '../modules/person/person.entity.js';
import { Statement } from '../modules/statement/statement.entity.js';
import type { NodeType } from '../modules/common/node.js';

/** One by-id loader per node type; every other loader resolves its ids through these. */
export function byIdLoaders(dataSource: DataSource) {
  return {
    Article: byIdLoader(dataSource, Article),
    Statement: byIdLoader(dataSource, Statement),
    Person: byIdLoader(dataSource, Person),
    Organization: byIdLoader(dataSource, Organization),
    Country: byIdLoader(dataSource, Country),
    Initiative: byIdLoader(dataSource, Initiative),
    Membership: byIdLoader(dataSource, Membership),
    Mention: byIdLoader(dataSource, Mention),
  } satisfies Record<NodeType, unknown>;
}

export type ByIdLoaders = ReturnType<typeof byIdLoaders>;
