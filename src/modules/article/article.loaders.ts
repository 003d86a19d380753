import type { DataSource } from 'typeorm';
import { groupedLoader, linkedLoader } from '../../db/loaders.js';
import type { ByIdLoaders } from '../../graphql/by-id.loaders.js';
import type { Preloaded } from '../../graphql/loaders.js';
import type { StatementWithSpeaker } from '../statement/statement.queries.js';
import { mentionsOfArticles } from '../mention/mention.queries.js';
import { statementsOfArticles, statementsOfArticlesWithSpeakers } from '../statement/statement.queries.js';
import { mentionedInArticles } from './article.queries.js';

export function articleLoaders(dataSource: DataSource, byId: ByIdLoaders, preloaded: Preloaded) {
  return {
    statements: groupedLoader(async (ids) =>
      (await statementsOfArticles(dataSource, ids)).map((s) => [s.articleId, s]),
    ),
    /** The same, with speakers primed into the by-id loaders (when a query asks for `speaker`). */
    statementsWithSpeakers: groupedLoader(async (ids) =>
      (await statementsOfArticlesWithSpeakers(dataSource, ids)).map((r) => {
        preloadSpeaker(byId, preloaded, r);
        return [r.statement.articleId, r.statement];
      }),
    ),
    mentions: groupedLoader(async (ids) => (await mentionsOfArticles(dataSource, ids)).map((m) => [m.articleId, m])),
    countries: linkedLoader(dataSource, mentionedInArticles('country_id'), byId.Country),
    organizations: linkedLoader(dataSource, mentionedInArticles('organization_id'), byId.Organization),
    people: linkedLoader(dataSource, mentionedInArticles('person_id'), byId.Person),
    initiatives: linkedLoader(dataSource, mentionedInArticles('initiative_id'), byId.Initiative),
  };
}

/** A statement's joined speaker (and the person's organization): primed by id, and kept for synchronous resolvers. */
export function preloadSpeaker(byId: ByIdLoaders, preloaded: Preloaded, r: StatementWithSpeaker): void {
  const speaker = r.person ?? r.organization ?? r.country;
  preloaded.speakerOfStatement.set(r.statement.id, speaker);
  if (r.person) {
    byId.Person.prime(r.person.id, r.person);
    preloaded.organizationOfPerson.set(r.person.id, r.personOrganization);
  }
  if (r.organization) byId.Organization.prime(r.organization.id, r.organization);
  if (r.country) byId.Country.prime(r.country.id, r.country);
  if (r.personOrganization) byId.Organization.prime(r.personOrganization.id, r.personOrganization);
}
