import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupedLoader, nestedConnectionLoader } from '../db/loaders.js';
import { articleLoaders } from '../modules/article/article.loaders.js';
import { ORDERS } from '../modules/common/orders.js';
import { INVOLVES_COUNTRY } from '../modules/initiative/initiative.service.js';
import { InitiativeParty } from '../modules/initiative/initiative-party.entity.js';
import { Membership } from '../modules/membership/membership.entity.js';
import { statementLoaders } from '../modules/statement/statement.loaders.js';
import { byIdLoaders } from './by-id.loaders.js';

const mentions = (column: string) =>
  `EXISTS (SELECT 1 FROM mention m WHERE m.article_id = t.id AND m.${column} = p.parent_id)`;

/**
 * A fresh set of DataLoaders for one request: batching across the fields of one
 * response, and no cache shared between users.
 */
export function createLoaders(dataSource: DataSource) {
  const byId = byIdLoaders(dataSource);
  const nested = <T extends { id: number }>(
    from: 'article' | 'statement' | 'initiative' | 'person',
    where: string,
    load: DataLoader<number, T | null>,
  ) =>
    nestedConnectionLoader(
      dataSource,
      {
        from: `${from} t`,
        where,
        order: from === 'article' ? ORDERS.articles : from === 'statement' ? ORDERS.statements : ORDERS.byName,
      },
      load,
    );
  const memberships = (column: 'country_id' | 'organization_id') =>
    groupedLoader<Membership>(async (ids) =>
      (
        await dataSource
          .getRepository(Membership)
          .createQueryBuilder('t')
          .where(`t.${column} = ANY(:ids)`, { ids })
          .orderBy('t.role')
          .addOrderBy('t.id')
          .getMany()
      ).map((m) => [column === 'country_id' ? m.countryId : m.organizationId, m]),
    );
  return {
    byId,
    article: articleLoaders(dataSource, byId),
    statement: statementLoaders(dataSource, byId),
    country: {
      articles: nested('article', mentions('country_id'), byId.Article),
      statements: nested(
        'statement',
        'EXISTS (SELECT 1 FROM statement_country l WHERE l.statement_id = t.id AND l.country_id = p.parent_id)',
        byId.Statement,
      ),
      initiatives: nested('initiative', INVOLVES_COUNTRY, byId.Initiative),
      memberships: memberships('country_id'),
    },
    organization: {
      articles: nested('article', mentions('organization_id'), byId.Article),
      statements: nested('statement', 't.speaker_organization_id = p.parent_id', byId.Statement),
      people: nested('person', 't.organization_id = p.parent_id', byId.Person),
      memberships: memberships('organization_id'),
    },
    person: {
      statements: nested('statement', 't.speaker_person_id = p.parent_id', byId.Statement),
      articles: nested('article', mentions('person_id'), byId.Article),
    },
    initiative: {
      articles: nested('article', mentions('initiative_id'), byId.Article),
      statements: nested(
        'statement',
        'EXISTS (SELECT 1 FROM statement_initiative l WHERE l.statement_id = t.id AND l.initiative_id = p.parent_id)',
        byId.Statement,
      ),
      parties: groupedLoader<InitiativeParty>(async (ids) =>
        (
          await dataSource
            .getRepository(InitiativeParty)
            .createQueryBuilder('t')
            .where('t.initiative_id = ANY(:ids)', { ids })
            .orderBy('t.id')
            .getMany()
        ).map((p) => [p.initiativeId, p]),
      ),
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
