import type { DataSource } from 'typeorm';
import { articleLoaders } from '../modules/article/article.loaders.js';
import { countryLoaders } from '../modules/country/country.loaders.js';
import { initiativeLoaders } from '../modules/initiative/initiative.loaders.js';
import { organizationLoaders } from '../modules/organization/organization.loaders.js';
import { personLoaders } from '../modules/person/person.loaders.js';
import { statementLoaders } from '../modules/statement/statement.loaders.js';
import type { Country } from '../modules/country/country.entity.js';
import type { Membership } from '../modules/membership/membership.entity.js';
import type { Organization } from '../modules/organization/organization.entity.js';
import type { Person } from '../modules/person/person.entity.js';
import type { Statement } from '../modules/statement/statement.entity.js';
import { byIdLoaders } from './by-id.loaders.js';

/**
 * Relations a statement already fetched (joined in), by parent id: resolvers answer
 * them synchronously, without a promise or a loader round per field.
 */
export interface Preloaded {
  statementsOfArticle: Map<number, Statement[]>;
  speakerOfStatement: Map<number, Person | Organization | Country | null>;
  organizationOfPerson: Map<number, Organization | null>;
  membershipsOfCountry: Map<number, Membership[]>;
  organizationOfMembership: Map<number, Organization>;
}

/**
 * A fresh set of DataLoaders for one request: batching across the fields of one
 * response, and no cache shared between users. Each domain's loaders live beside it.
 */
export function createLoaders(dataSource: DataSource) {
  const byId = byIdLoaders(dataSource);
  const preloaded: Preloaded = {
    statementsOfArticle: new Map(),
    speakerOfStatement: new Map(),
    organizationOfPerson: new Map(),
    membershipsOfCountry: new Map(),
    organizationOfMembership: new Map(),
  };
  return {
    byId,
    preloaded,
    article: articleLoaders(dataSource, byId, preloaded),
    statement: statementLoaders(dataSource, byId),
    country: countryLoaders(dataSource, byId),
    organization: organizationLoaders(dataSource, byId),
    person: personLoaders(dataSource, byId),
    initiative: initiativeLoaders(dataSource, byId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
