import { createUnionType, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Article } from '../article/article.entity.js';
import type { BaseNode } from '../common/node.js';
import { Country } from '../country/country.entity.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Statement } from '../statement/statement.entity.js';
import { PageInfo } from '../../graphql/pagination/connection.types.js';

export enum SearchType {
  ARTICLE = 'ARTICLE',
  STATEMENT = 'STATEMENT',
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  COUNTRY = 'COUNTRY',
  INITIATIVE = 'INITIATIVE',
}
registerEnumType(SearchType, { name: 'SearchType', description: 'What `search` and `coMentions` may return.' });

export const SearchResult = createUnionType({
  name: 'SearchResult',
  types: () => [Article, Statement, Person, Organization, Country, Initiative] as const,
  resolveType: (value) => (value as BaseNode).nodeType,
});

@ObjectType()
export class SearchEdge {
  @Field()
  cursor!: string;

  @Field(() => Float, {
    description: 'Relevance in [0, 1]: text rank for articles and statements, name similarity for entities.',
  })
  rank!: number;

  @Field({ description: 'The matching words in context, marked with <b>…</b>.' })
  highlight!: string;

  @Field(() => SearchResult)
  node!: typeof SearchResult;
}

@ObjectType()
export class SearchConnection {
  @Field(() => [SearchEdge])
  edges!: SearchEdge[];

  @Field(() => [SearchResult])
  nodes!: (typeof SearchResult)[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  count!: () => Promise<number>;

  @Field(() => Int, {
    description:
      'Exact number of hits across all pages: every entity whose name matches, and the newest ' +
      '50 matching articles and 50 matching statements (the ones ranked; narrow the query to reach older ones).',
  })
  totalCount(): Promise<number> {
    return this.count();
  }
}
