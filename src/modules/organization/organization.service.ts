import type { DataSource } from 'typeorm';
import { badInput } from '../../errors.js';
import type { PageArgs } from '../../db/pagination.js';
import type { OrganizationKind } from '../common/enums.js';
import { iso2Codes } from '../common/ids.js';
import { findOrganizationRow, pageOrganizations, type OrganizationWhere } from './organization.queries.js';

export interface OrganizationQuery {
  search?: string | null;
  kinds?: OrganizationKind[] | null;
  country?: string | null;
}

/** Checks a client's organization filter (a country code). */
export function organizationWhere(filter: OrganizationQuery | null | undefined): OrganizationWhere {
  return {
    search: filter?.search,
    kinds: filter?.kinds?.length ? filter.kinds : undefined,
    country: filter?.country ? iso2Codes([filter.country], 'filter.country')[0] : undefined,
  };
}

export function listOrganizations(
  dataSource: DataSource,
  filter: OrganizationQuery | null | undefined,
  page: PageArgs,
) {
  return pageOrganizations(dataSource, organizationWhere(filter), page);
}

/** By acronym (case-insensitive) or exact name / alias; with both, both must match. */
export function findOrganization(dataSource: DataSource, acronym?: string | null, name?: string | null) {
  if (!acronym?.trim() && !name?.trim()) throw badInput('Pass `acronym` or `name`, e.g. organization(acronym: "SCO").');
  return findOrganizationRow(dataSource, acronym?.trim() || null, name?.trim() || null);
}
