import { badInput } from '../errors.js';
import { isCalendarDate } from '../modules/common/calendar.js';
import { isStorableText } from '../modules/common/text.js';

/** A cursor is the row's sort-key values (as text), JSON in base64url: opaque to clients. */
export function encodeCursor(values: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** The PostgreSQL type of each sort key a cursor holds (see db/keyset.ts). */
export type CursorValueType = 'int' | 'text' | 'timestamptz' | 'float8';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;

/** Whether a cursor value can be cast to its key's type: a forged cursor must fail here, not in SQL. */
function fitsType(value: string, type: CursorValueType): boolean {
  switch (type) {
    case 'int':
      return /^-?\d{1,10}$/.test(value) && Math.abs(Number(value)) <= 2_147_483_647;
    case 'float8':
      return /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(value) && Number.isFinite(Number(value));
    case 'timestamptz': {
      // Undated articles sort as -infinity (article.queries.ts): their cursors hold it.
      if (value === '-infinity' || value === 'infinity') return true;
      if (!TIMESTAMP.test(value)) return false;
      const [year, month, day] = [value.slice(0, 4), value.slice(5, 7), value.slice(8, 10)].map(Number);
      return (
        year >= 1 &&
        isCalendarDate(year, month, day) &&
        Number(value.slice(11, 13)) < 24 &&
        Number(value.slice(14, 16)) < 60
      );
    }
    case 'text':
      return value.length <= 2000 && isStorableText(value);
  }
}

/**
 * Decodes a cursor of a list sorted by keys of `types`; anything else (not base64 JSON,
 * the wrong number of values, a value its key's type cannot hold) is BAD_USER_INPUT.
 */
export function decodeCursor(cursor: string, types: readonly CursorValueType[], argName: string): string[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (
    !Array.isArray(values) ||
    values.length !== types.length ||
    values.some((v, i) => (typeof v !== 'string' && typeof v !== 'number') || !fitsType(String(v), types[i]))
  ) {
    throw badInput(
      `\`${argName}\` is not a cursor of this list: pass a cursor from this connection's pageInfo or edges.`,
      {
        argument: argName,
      },
    );
  }
  return values.map(String);
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PageWindow {
  /** Rows to return (without the +1 probe row). */
  limit: number;
  backward: boolean;
  after: string | null;
  before: string | null;
}

/** Validates Relay arguments: asking for more than the maximum is an error, not a silent cap. */
export function pageWindow(args: PageArgs): PageWindow {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw badInput('Pass either `first` or `last`, not both.');
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(
        `\`${name}\` must be between 0 and ${MAX_PAGE_SIZE}; got ${value}. Page with \`after\`/\`before\` cursors for more.`,
        {
          argument: name,
        },
      );
    }
  }
  const backward = last != null || (before != null && first == null);
  return {
    limit: (backward ? last : first) ?? DEFAULT_PAGE_SIZE,
    backward,
    after: after ?? null,
    before: before ?? null,
  };
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfoData {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** What a paginated query returns; `totalCount` runs only when a client asks for it. */
export interface ConnectionData<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfoData;
  count: () => Promise<number>;
}
