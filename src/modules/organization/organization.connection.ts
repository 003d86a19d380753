import { Connection } from '../../graphql/pagination/connection.types.js';
import { Organization } from './organization.entity.js';

export const OrganizationConnection = Connection(Organization, 'Organization');
