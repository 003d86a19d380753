import { getNamedType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import { isStorableText } from '../modules/common/text.js';

/**
 * Limits on argument values, checked for the whole operation before anything runs (so
 * before any SQL): a string longer than its cap, with a NUL character (PostgreSQL text
 * cannot hold one) or an unpaired UTF-16 surrogate (not Unicode; PostgreSQL refuses it),
 * or a list longer than its cap, is BAD_USER_INPUT naming the argument.
 *
 * Caps are keyed `Type.field(argument)` for arguments and `InputType.field` for input
 * fields; then by the argument or field name; then a default. They are generous for
 * what the field holds (a name, a search, a cursor, a body) and small enough that the
 * work behind them stays bounded (a 1 MB search string cost 27 s of database CPU).
 */
export const STRING_CAPS: Record<string, number> = {
  'ArticleInput.body': 1_000_000,
  'IngestArticlesInput.text': 10_000_000,
  'ArticleInput.title': 500,
  'ArticleInput.url': 2_000,
  'ArticleInput.source': 200,
  'IngestArticlesInput.source': 200,
  'ArticleFilter.source': 200,
  'ArticleInput.publishedAt': 40,
};

/** Caps by argument or input field name, wherever it occurs. */
export const STRING_CAPS_BY_NAME: Record<string, number> = {
  /** Full-text and name searches: longer is no longer a search, and costs database CPU. */
  query: 200,
  search: 200,
  speakerName: 200,
  /** Cursors hold a sort key (a title at most 500 characters) in base64. */
  after: 2_000,
  before: 2_000,
  description: 5_000,
  /** Article parts, wherever an input carries them (ingestArticles, ingestJob ...). */
  body: 1_000_000,
  text: 10_000_000,
  html: 10_000_000,
  title: 500,
  url: 2_000,
  source: 200,
  publishedAt: 40,
};

/** Names, acronyms, ISO codes, verbs, roles ... */
export const DEFAULT_STRING_CAP = 300;
/** Global IDs are ~20 characters. */
export const ID_CAP = 100;

export const LIST_CAPS: Record<string, number> = {
  'Query.nodes(ids)': 100,
  'IngestArticlesInput.articles': 100,
  /** MAX_ARTICLES_PER_JOB; the 2 MB body limit binds first. */
  'IngestJobInput.articles': 10_000,
  'IngestJobInput.urls': 1_000,
};
export const DEFAULT_LIST_CAP = 100;

export interface InputProblem {
  argument: string;
  message: string;
}

function capOf(key: string, name: string, type: GraphQLInputType): number {
  return (
    STRING_CAPS[key] ?? STRING_CAPS_BY_NAME[name] ?? (getNamedType(type).name === 'ID' ? ID_CAP : DEFAULT_STRING_CAP)
  );
}

/**
 * Checks one coerced argument value against the caps, recording at most five problems.
 * `key` names the argument or input field (`Query.search(query)`, `ArticleInput.body`),
 * `path` is what the client sees (`input.articles[2].title`).
 */
export function checkInputValue(
  value: unknown,
  type: GraphQLInputType,
  key: string,
  path: string,
  problems: InputProblem[],
): void {
  if (value == null || problems.length >= 5) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  const name = /[.(]([A-Za-z_][A-Za-z0-9_]*)\)?$/.exec(key)?.[1] ?? key;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return checkInputValue(value, inner.ofType, key, path, problems);
    const cap = LIST_CAPS[key] ?? DEFAULT_LIST_CAP;
    if (value.length > cap) {
      problems.push({
        argument: path,
        message: `\`${path}\` has ${value.length} items; at most ${cap} are allowed in one request.`,
      });
      return;
    }
    value.forEach((item, i) => checkInputValue(item, inner.ofType, key, `${path}[${i}]`, problems));
    return;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object') return;
    for (const [fieldName, field] of Object.entries(inner.getFields())) {
      checkInputValue(
        (value as Record<string, unknown>)[fieldName],
        field.type,
        `${inner.name}.${fieldName}`,
        `${path}.${fieldName}`,
        problems,
      );
    }
    return;
  }
  if (typeof value !== 'string') return;
  const cap = capOf(key, name, inner);
  if (getNamedType(inner).name === 'ID' && value.trim() === '') {
    problems.push({
      argument: path,
      message: `\`${path}\` is an empty ID; pass the \`id\` of an object, or leave the argument out.`,
    });
  } else if (value.length > cap) {
    const size = cap >= 1_000_000 ? ` (${cap / 1_000_000} MB)` : '';
    problems.push({
      argument: path,
      message: `\`${path}\` is ${value.length} characters long; the limit is ${cap}${size}.`,
    });
  } else if (!isStorableText(value)) {
    problems.push({
      argument: path,
      message: value.includes('\0')
        ? `\`${path}\` contains a NUL character (U+0000), which text cannot hold; remove it.`
        : `\`${path}\` contains an unpaired UTF-16 surrogate, which is not Unicode text; send valid UTF-8 or UTF-16.`,
    });
  }
}
