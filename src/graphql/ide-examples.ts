/**
 * The example operations of the README, as GraphiQL tabs (the tab title is the operation
 * name). test/unit/ide-examples.test.ts checks that every query of the README's "Five
 * queries to start with" is here, and an integration test runs each against the corpus.
 */
export interface IdeExample {
  /** What the tab answers, for the picker. */
  title: string;
  query: string;
  variables?: string;
  headers?: string;
}

export const IDE_EXAMPLES: IdeExample[] = [
  {
    title: 'What did the SCO Secretary-General say, word for word, and where?',
    query: `query NorovQuotes {
  people(filter: { search: "Norov" }) {
    nodes {
      name title
      statements(first: 5) {
        nodes {
          kind verb text startOffset endOffset
          sentence { text statementStart statementEnd }
          article { title }
        }
      }
    }
  }
}
`,
  },
  {
    title: "Who are the SCO's observer states (and members, and dialogue partners)?",
    query: `query ScoObservers {
  countries(filter: { membership: { organization: "SCO", roles: [OBSERVER] } }) {
    totalCount
    nodes { name iso2 memberships { role since organization { acronym } } }
  }
}
`,
  },
  {
    title: 'Which initiatives involve Tajikistan?',
    query: `query TajikInitiatives {
  initiatives(filter: { country: "TJ" }) {
    nodes { name kind status year proposedBy { ... on Country { name } ... on Organization { name } } }
  }
}
`,
  },
  {
    title: 'What was said about drug trafficking? (ranked full-text search with highlights)',
    query: `query DrugTrafficking {
  search(query: "drug trafficking", first: 5) {
    edges {
      rank highlight
      node { __typename ... on Statement { text speaker { ... on Person { name } } } ... on Article { title } }
    }
  }
}
`,
  },
  {
    title: 'Who speaks most, and what does an article contain, page by page?',
    query: `query TopSpeakersAndArticles {
  topSpeakers(first: 3) { statements speaker { ... on Person { name } ... on Organization { name } } }
  articles(first: 2) {
    pageInfo { hasNextPage endCursor }
    nodes { title dateline countries { name } organizations { name acronym } mentions { text start end } }
  }
}
`,
  },
  {
    title: 'Add an article (needs an editor key: put yours in the Headers tab)',
    query: `# Writes need a key with role editor. Create one with
#   npm run cli -- keys create --role editor --name me
# and replace the placeholder in the Headers tab below.
mutation IngestArticle($input: IngestArticlesInput!) {
  ingestArticles(input: $input) {
    results { status article { id title people { name } } extracted { statements countries organizations people } }
  }
}
`,
    variables: JSON.stringify(
      {
        input: {
          articles: [
            {
              title: 'SCO secretary general meets Kazakh delegation',
              body: 'BEIJING – Secretary-General of the Shanghai Cooperation Organization (SCO) Vladimir Imamovich Norov met a delegation from Kazakhstan.\n\n“We remain committed to the fight against drug trafficking,” Norov said.',
              publishedAt: '2021-07-06',
            },
          ],
        },
      },
      null,
      2,
    ),
    headers: JSON.stringify({ Authorization: 'Bearer acc_paste_your_editor_key_here' }, null, 2),
  },
];
