import type { DataSource } from 'typeorm';
import { articleLoaders } from '../modules/article/article.loaders.js';
import { countryLoaders } from '../modules/country/country.loaders.js';
import { initiativeLoaders } from '../modules/initiative/initiative.loaders.js';
import { organizationLoaders } from '../modules/organization/organization.loaders.js';
import { personLoaders } from '../modules/person/person.loaders.js';
import { statementLoaders } from '../modules/statement/statement.loaders.js';
import { byIdLoaders } from './by-id.loaders.js';

/**
 * A fresh set of DataLoaders for one request: batching across the fields of one
 * response, and no cache shared between users. Each domain's loaders live beside it.
 */
export function createLoaders(dataSource: DataSource) {
  const byId = byIdLoaders(dataSource);
  return {
    byId,
    article: articleLoaders(dataSource, byId),
    statement: statementLoaders(dataSource, byId),
    country: countryLoaders(dataSource, byId),
    organization: organizationLoaders(dataSource, byId),
    person: personLoaders(dataSource, byId),
    initiative: initiativeLoaders(dataSource, byId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
