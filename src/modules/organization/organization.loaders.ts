import type { DataSource } from 'typeorm';
import { groupedLoader, nestedConnectionLoader } from '../../db/loaders.js';
import type { ByIdLoaders } from '../../graphql/by-id.loaders.js';
import { articlesMentioning } from '../article/article.queries.js';
import { ORDERS } from '../common/orders.js';
import { membershipsWithPartiesOf } from '../membership/membership.queries.js';
import { PEOPLE_OF } from '../person/person.queries.js';
import { statementsOfParents } from '../statement/statement.loaders.js';
import { STATEMENTS_OF } from '../statement/statement.queries.js';

export function organizationLoaders(dataSource: DataSource, byId: ByIdLoaders) {
  return {
    articles: nestedConnectionLoader(
      dataSource,
      { from: 'article t', where: articlesMentioning('organization_id'), order: ORDERS.articles },
      byId.Article,
    ),
    statements: statementsOfParents(dataSource, STATEMENTS_OF.byOrganization, byId.Statement),
    people: nestedConnectionLoader(
      dataSource,
      { from: 'person t', where: PEOPLE_OF.organization, order: ORDERS.byName },
      byId.Person,
    ),
    /** With both sides primed into the by-id loaders: `memberships { organization }` costs one statement. */
    memberships: groupedLoader(async (ids) =>
      (await membershipsWithPartiesOf(dataSource, 'organization_id', ids)).map((r) => {
        byId.Country.prime(r.country.id, r.country);
        byId.Organization.prime(r.organization.id, r.organization);
        return [r.membership.organizationId, r.membership];
      }),
    ),
  };
}
