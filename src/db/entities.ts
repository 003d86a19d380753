import { ApiKey } from '../modules/api-key/api-key.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Article } from '../modules/article/article.entity.js';
import { Country } from '../modules/country/country.entity.js';
import { InitiativeParty } from '../modules/initiative/initiative-party.entity.js';
import { Initiative } from '../modules/initiative/initiative.entity.js';
import { Membership } from '../modules/membership/membership.entity.js';
import { Mention } from '../modules/mention/mention.entity.js';
import { Organization } from '../modules/organization/organization.entity.js';
import { Person } from '../modules/person/person.entity.js';
import {
  StatementCountry,
  StatementInitiative,
  StatementOrganization,
} from '../modules/statement/statement-links.entity.js';
import { Statement } from '../modules/statement/statement.entity.js';

export const entities = [
  Article,
  Country,
  Organization,
  Membership,
  Person,
  Initiative,
  InitiativeParty,
  Statement,
  StatementCountry,
  StatementOrganization,
  StatementInitiative,
  Mention,
  ApiKey,
  AuditEntry,
];
