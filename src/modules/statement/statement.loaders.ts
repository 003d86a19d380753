import type { DataSource } from 'typeorm';
import { linkedLoader } from '../../db/loaders.js';
import type { ByIdLoaders } from '../../graphql/by-id.loaders.js';

const linked = (table: string, column: string) =>
  `SELECT statement_id AS key, ${column} AS id FROM ${table} WHERE statement_id = ANY($1) ORDER BY statement_id, ${column}`;

export function statementLoaders(dataSource: DataSource, byId: ByIdLoaders) {
  return {
    countries: linkedLoader(dataSource, linked('statement_country', 'country_id'), byId.Country),
    organizations: linkedLoader(dataSource, linked('statement_organization', 'organization_id'), byId.Organization),
    initiatives: linkedLoader(dataSource, linked('statement_initiative', 'initiative_id'), byId.Initiative),
  };
}
