import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageWindow } from '../../src/db/pagination.js';
import { seekCondition } from '../../src/db/keyset.js';
import { AppError } from '../../src/errors.js';

describe('cursors', () => {
  it('round-trip the sort-key values and are opaque', () => {
    const cursor = encodeCursor(['2021-06-15 00:00:00+00', '42']);
    expect(cursor).not.toMatch(/2021|42/);
    expect(decodeCursor(cursor, ['timestamptz', 'int'], 'after')).toEqual(['2021-06-15 00:00:00+00', '42']);
  });

  it.each([
    '',
    'garbage',
    encodeCursor(['1']),
    Buffer.from('{"a":1}').toString('base64url'),
    // the right shape, values no sort key can hold: refused before any SQL
    encodeCursor(['not a date', '42']),
    encodeCursor(['2021-02-30 00:00:00+00', '42']),
    encodeCursor(['2021-06-15 00:00:00+00', '99999999999']),
    encodeCursor(['2021-06-15 00:00:00+00', '4.5']),
    encodeCursor(['2021-06-15 00:00:00+00\u0000', '42']),
  ])('reject %j as BAD_USER_INPUT naming the argument', (bad) => {
    try {
      decodeCursor(bad, ['timestamptz', 'int'], 'before');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('BAD_USER_INPUT');
      expect((error as AppError).message).toMatch(/`before`/);
    }
  });
});

describe('page window', () => {
  it('defaults to 20 forward', () => {
    expect(pageWindow({})).toEqual({ limit: 20, backward: false, after: null, before: null });
  });
  it('goes backward with last, or with before alone', () => {
    expect(pageWindow({ last: 5 }).backward).toBe(true);
    expect(pageWindow({ before: 'x' }).backward).toBe(true);
    expect(pageWindow({ first: 5, before: 'x' }).backward).toBe(false);
  });
  it('refuses more than 100 instead of capping', () => {
    expect(() => pageWindow({ first: 101 })).toThrow(/between 0 and 100/);
    expect(pageWindow({ first: 100 }).limit).toBe(100);
  });
});

describe('seek condition', () => {
  const order = {
    keys: [
      { sql: 't.name', type: 'text' as const },
      { sql: 't.id', type: 'int' as const },
    ],
    direction: 'ASC' as const,
  };
  const param = (i: number) => `$${i + 1}`;
  it('compares the whole key tuple, in the direction of the order', () => {
    expect(seekCondition(order, ['a', '1'], 'after', param)).toBe(
      '(t.name, t.id) > (CAST($1 AS text), CAST($2 AS int))',
    );
    expect(seekCondition(order, ['a', '1'], 'before', param)).toBe(
      '(t.name, t.id) < (CAST($1 AS text), CAST($2 AS int))',
    );
    expect(seekCondition({ ...order, direction: 'DESC' }, ['a', '1'], 'after', param)).toMatch(/\) < \(/);
  });
});
