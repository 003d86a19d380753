import { createUnionType } from 'type-graphql';
import { Country } from '../country/country.entity.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import type { BaseNode } from './node.js';

export const Speaker = createUnionType({
  name: 'Speaker',
  description: 'Who made a statement or takes part in an initiative.',
  types: () => [Person, Organization, Country] as const,
  resolveType: (value) => (value as BaseNode).nodeType,
});

export const MentionEntity = createUnionType({
  name: 'MentionEntity',
  description: 'What a mention refers to.',
  types: () => [Country, Organization, Person, Initiative] as const,
  resolveType: (value) => (value as BaseNode).nodeType,
});
