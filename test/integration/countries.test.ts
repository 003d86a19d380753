import { describe, expect, it } from 'vitest';
import { data, gql } from './client.js';

const MEMBERS = ['China', 'India', 'Kazakhstan', 'Kyrgyzstan', 'Pakistan', 'Russia', 'Tajikistan', 'Uzbekistan'];
const OBSERVERS = ['Afghanistan', 'Belarus', 'Iran', 'Mongolia'];
const PARTNERS = ['Armenia', 'Azerbaijan', 'Cambodia', 'Nepal', 'Sri Lanka', 'Türkiye'];

async function sco(roles: string[]) {
  const result = await data(
    `query($roles: [MembershipRole!]) {
      countries(first: 100, filter: { membership: { organization: "SCO", roles: $roles } }) { totalCount nodes { name } }
    }`,
    { roles },
  );
  return result.countries;
}

describe('countries', () => {
  it('preloads every ISO 3166-1 country', async () => {
    const result = await data('{ countries { totalCount } stats { countries } }');
    expect(result.countries.totalCount).toBe(249);
    expect(result.stats.countries).toBe(249);
  });

  it('finds the SCO members, observers and dialogue partners', async () => {
    expect((await sco(['MEMBER'])).nodes.map((c: any) => c.name)).toEqual(MEMBERS);
    expect((await sco(['OBSERVER'])).nodes.map((c: any) => c.name)).toEqual(OBSERVERS);
    expect((await sco(['DIALOGUE_PARTNER'])).nodes.map((c: any) => c.name)).toEqual(PARTNERS);
    expect((await sco(['MEMBER', 'OBSERVER'])).totalCount).toBe(12);
  });

  it('takes the organization by name as well as acronym', async () => {
    const result = await data(
      '{ countries(filter: { membership: { organization: "Shanghai Cooperation Organization" } }) { totalCount } }',
    );
    expect(result.countries.totalCount).toBe(18);
  });

  it('country(iso2) is Tajikistan, a founding member', async () => {
    const result = await data(`{ country(iso2: "tj") { name officialName iso2 iso3 region
      memberships { role since until organization { acronym name kind } } } }`);
    expect(result.country).toMatchObject({ name: 'Tajikistan', iso2: 'TJ', iso3: 'TJK', region: 'Asia' });
    // The SCO as the SPEC describes it, beside the other reference bodies Tajikistan belongs to.
    expect(result.country.memberships).toContainEqual({
      role: 'MEMBER',
      since: 2001,
      until: null,
      organization: { acronym: 'SCO', name: 'Shanghai Cooperation Organization', kind: 'INTERGOVERNMENTAL' },
    });
    expect(
      result.country.memberships.map((m: { organization: { acronym: string } }) => m.organization.acronym).sort(),
    ).toEqual(['CIS', 'CSTO', 'SCO', 'UN']);
  });

  it('an unknown code is null, a malformed one BAD_USER_INPUT', async () => {
    expect((await data('{ country(iso2: "ZZ") { name } }')).country).toBeNull();
    const bad = await gql(
      '{ countries(filter: { search: "x" }) { totalCount } organizations(filter: { country: "Tajikistan" }) { totalCount } }',
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toMatch(/two-letter ISO/);
  });

  it('searches names, aliases and demonyms', async () => {
    const byAlias = await data('{ countries(filter: { search: "Kyrgyz Republic" }) { nodes { iso2 } } }');
    expect(byAlias.countries.nodes).toEqual([{ iso2: 'KG' }]);
    const byDemonym = await data('{ countries(filter: { search: "Tajik" }) { nodes { iso2 } } }');
    expect(byDemonym.countries.nodes.map((c: any) => c.iso2)).toContain('TJ');
  });
});
