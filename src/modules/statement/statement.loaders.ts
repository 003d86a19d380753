import type { DataSource } from 'typeorm';
import { linkedLoader } from '../../db/loaders.js';
import type { ByIdLoaders } from '../../graphql/by-id.loaders.js';
import { linkedToStatements } from './statement.queries.js';

export function statementLoaders(dataSource: DataSource, byId: ByIdLoaders) {
  return {
    countries: linkedLoader(dataSource, linkedToStatements('statement_country', 'country_id'), byId.Country),
    organizations: linkedLoader(dataSource, linkedToStatements('statement_organization', 'organization_id'), byId.Organization),
    initiatives: linkedLoader(dataSource, linkedToStatements('statement_initiative', 'initiative_id'), byId.Initiative),
  };
}
