import { graphql } from './gql';

/** A person's statements as quote cards: the quote, its sentence and paragraph, and where it sits. */
export const SpeakerQuotes = graphql(`
  query SpeakerQuotes($search: String!, $first: Int = 20) {
    people(filter: { search: $search }, first: 5) {
      nodes {
        id
        name
        title
        organization {
          acronym
          name
        }
        statements(first: $first) {
          totalCount
          nodes {
            id
            kind
            verb
            text
            startOffset
            endOffset
            sentence {
              text
              start
              end
              statementStart
              statementEnd
            }
            context {
              text
              start
              end
              statementStart
              statementEnd
            }
            article {
              id
              title
              source
              publishedAt
              url
            }
          }
        }
      }
    }
  }
`);

/** Members, observers and dialogue partners of an organization. */
export const OrganizationMembers = graphql(`
  query OrganizationMembers($acronym: String!) {
    organization(acronym: $acronym) {
      id
      name
      acronym
      memberships {
        id
        role
        since
        until
        country {
          name
          iso2
        }
      }
    }
  }
`);

/** How often an organization is mentioned, month by month. */
export const MentionTimeline = graphql(`
  query MentionTimeline($id: ID!, $interval: TimeInterval!) {
    mentionTimeline(id: $id, interval: $interval) {
      start
      articles
      mentions
    }
  }
`);
