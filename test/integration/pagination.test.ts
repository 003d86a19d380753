import { describe, expect, it } from 'vitest';
import { data, gql } from './client.js';

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
  countries(first: $first, after: $after, last: $last, before: $before) {
    totalCount edges { cursor node { iso2 name } } nodes { iso2 }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

async function page(variables: Record<string, unknown>) {
  return (await data(PAGE, variables)).countries;
}

describe('Relay connections with keyset cursors', () => {
  it('defaults to 20 and pages forward to the end, every country once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const p: any = await page({ first: after ? 100 : undefined, after });
      if (pages === 0) expect(p.nodes).toHaveLength(20);
      pages += 1;
      seen.push(...p.nodes.map((n: any) => n.iso2));
      expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor ?? null);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(pages).toBe(4); // 20 + 100 + 100 + 29
    expect(seen).toHaveLength(249);
    expect(new Set(seen).size).toBe(249);
  });

  it('is ordered by name, and pages backward from the end to the start', async () => {
    const all = (await data('{ countries(first: 100) { nodes { name } } }')).countries.nodes.map((n: any) => n.name);
    expect(all).toEqual([...all].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));

    const last = await page({ last: 5 });
    expect(last.pageInfo.hasPreviousPage).toBe(true);
    expect(last.pageInfo.hasNextPage).toBe(false);
    const collected: string[] = [...last.nodes.map((n: any) => n.iso2)];
    let before = last.pageInfo.startCursor;
    let hasPrevious = last.pageInfo.hasPreviousPage;
    while (hasPrevious) {
      const p = await page({ last: 100, before });
      collected.unshift(...p.nodes.map((n: any) => n.iso2));
      expect(p.pageInfo.hasNextPage).toBe(true);
      hasPrevious = p.pageInfo.hasPreviousPage;
      before = p.pageInfo.startCursor;
    }
    expect(collected).toHaveLength(249);
    const forward: string[] = [];
    let after: string | null = null;
    do {
      const p: any = await page({ first: 100, after });
      forward.push(...p.nodes.map((n: any) => n.iso2));
      after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
    } while (after);
    expect(collected).toEqual(forward);
  });

  it('after and before cut the same list from both sides', async () => {
    const first = await page({ first: 10 });
    const middle = await page({ first: 3, after: first.edges[2].cursor });
    expect(middle.nodes).toEqual(first.nodes.slice(3, 6));
    expect(middle.pageInfo.hasPreviousPage).toBe(true);
    const back = await page({ last: 2, before: first.edges[5].cursor });
    expect(back.nodes).toEqual(first.nodes.slice(3, 5));
  });

  it('totalCount counts the whole filtered list, not the page', async () => {
    const p = (
      await data(
        '{ countries(first: 2, filter: { membership: { organization: "SCO" } }) { totalCount nodes { iso2 } } }',
      )
    ).countries;
    expect(p.nodes).toHaveLength(2);
    expect(p.totalCount).toBe(18);
  });

  it('first: 0 returns an empty page with the count', async () => {
    const p = await page({ first: 0 });
    expect(p.nodes).toEqual([]);
    expect(p.totalCount).toBe(249);
  });

  it.each([
    [{ first: 101 }, /`first` must be between 0 and 100/],
    [{ first: -1 }, /`first` must be between 0 and 100/],
    [{ last: 500 }, /`last` must be between 0 and 100/],
    [{ first: 1, last: 1 }, /either `first` or `last`/],
    [{ after: 'not-a-cursor' }, /`after` is not a cursor of this list/],
    [{ before: 'WyJ4Il0' }, /`before` is not a cursor of this list/],
  ])('rejects %j with BAD_USER_INPUT', async (variables, message) => {
    const result = await gql(PAGE, variables);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(message);
  });
});
