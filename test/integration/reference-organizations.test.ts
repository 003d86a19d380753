import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data } from './client.js';
import { ADMIN_KEY } from './global-setup.js';
import { startIsolatedServer, type IsolatedServer } from './isolated-server.js';

/** Reference data for the major intergovernmental bodies, and ingestion resolving to it. */
const BODIES = [
  'UN',
  'EU',
  'AU',
  'ASEAN',
  'BRICS',
  'G7',
  'G20',
  'GCC',
  'OPEC',
  'NATO',
  'LAS',
  'MERCOSUR',
  'CIS',
  'CSTO',
  'EAEU',
];

const MEMBERS = `query($acronym: String!) { organization(acronym: $acronym) {
  name acronym kind country { iso2 } memberships { role since country { iso2 } } } }`;

async function body(acronym: string) {
  return (await data(MEMBERS, { acronym })).organization;
}

describe('reference organizations', () => {
  it('every major body answers by acronym, as an intergovernmental body with members', async () => {
    for (const acronym of BODIES) {
      const org = await body(acronym);
      expect(org, acronym).not.toBeNull();
      expect(org.kind).toBe('INTERGOVERNMENTAL');
      expect(org.memberships.filter((m: any) => m.role === 'MEMBER').length, acronym).toBeGreaterThanOrEqual(4);
    }
  });

  it('BRICS: ten members with the years they joined, and its partner countries', async () => {
    const brics = await body('BRICS');
    expect(brics.name).toBe('BRICS');
    const since = Object.fromEntries(
      brics.memberships.filter((m: any) => m.role === 'MEMBER').map((m: any) => [m.country.iso2, m.since]),
    );
    expect(since).toEqual({
      BR: 2009,
      RU: 2009,
      IN: 2009,
      CN: 2009,
      ZA: 2010,
      EG: 2024,
      ET: 2024,
      IR: 2024,
      AE: 2024,
      ID: 2025,
    });
    expect(
      brics.memberships.filter((m: any) => m.role === 'DIALOGUE_PARTNER').map((m: any) => m.country.iso2),
    ).toContain('KZ');
  });

  it('seats, sizes and founding years of the others', async () => {
    const un = await body('UN');
    expect(un.country.iso2).toBe('US');
    const unMembers = un.memberships.filter((m: any) => m.role === 'MEMBER');
    expect(unMembers).toHaveLength(193);
    expect(unMembers.find((m: any) => m.country.iso2 === 'FR').since).toBe(1945);
    expect(
      un.memberships
        .filter((m: any) => m.role === 'OBSERVER')
        .map((m: any) => m.country.iso2)
        .sort(),
    ).toEqual(['PS', 'VA']);
    const sizes: Record<string, number> = {
      EU: 27,
      AU: 55,
      NATO: 32,
      GCC: 6,
      OPEC: 12,
      G7: 7,
      G20: 19,
      LAS: 22,
      CSTO: 6,
      EAEU: 5,
    };
    for (const [acronym, n] of Object.entries(sizes)) {
      expect(
        (await body(acronym)).memberships.filter((m: any) => m.role === 'MEMBER'),
        acronym,
      ).toHaveLength(n);
    }
    const nato = await body('NATO');
    expect(nato.country.iso2).toBe('BE');
    expect(nato.memberships.find((m: any) => m.country.iso2 === 'SE').since).toBe(2024);
    expect((await body('EU')).memberships.find((m: any) => m.country.iso2 === 'HR').since).toBe(2013);
  });

  it('countries(filter: {membership: {organization: "ASEAN"}}) lists its members, by acronym or name', async () => {
    const result = await data(`{
      members: countries(filter: { membership: { organization: "ASEAN", roles: [MEMBER] } }) { totalCount nodes { iso2 } }
      byName: countries(filter: { membership: { organization: "Association of Southeast Asian Nations", roles: [MEMBER] } }) { totalCount }
      partners: countries(filter: { membership: { organization: "ASEAN", roles: [DIALOGUE_PARTNER] } }) { nodes { iso2 } }
    }`);
    expect(result.members.nodes.map((c: any) => c.iso2).sort()).toEqual([
      'BN',
      'ID',
      'KH',
      'LA',
      'MM',
      'MY',
      'PH',
      'SG',
      'TH',
      'TL',
      'VN',
    ]);
    expect(result.byName.totalCount).toBe(result.members.totalCount);
    expect(result.partners.nodes.map((c: any) => c.iso2)).toEqual(expect.arrayContaining(['CN', 'JP', 'US', 'GB']));
  });

  it('keeps the SCO of the SPEC (2021 roles)', async () => {
    const sco = await body('SCO');
    const roles = (role: string) =>
      sco.memberships
        .filter((m: any) => m.role === role)
        .map((m: any) => m.country.iso2)
        .sort();
    expect(roles('MEMBER')).toEqual(['CN', 'IN', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ']);
    expect(roles('OBSERVER')).toEqual(['AF', 'BY', 'IR', 'MN']);
    expect(roles('DIALOGUE_PARTNER')).toEqual(['AM', 'AZ', 'KH', 'LK', 'NP', 'TR']);
  });

  it('a country lists the bodies it belongs to', async () => {
    const { country } = await data('{ country(iso2: "KZ") { memberships { role organization { acronym } } } }');
    const acronyms = country.memberships
      .filter((m: any) => m.role === 'MEMBER')
      .map((m: any) => m.organization.acronym);
    expect(acronyms).toEqual(expect.arrayContaining(['SCO', 'UN', 'CIS', 'CSTO', 'EAEU']));
  });
});

describe('ingestion resolves the bodies to the reference rows', () => {
  let server: IsolatedServer;
  beforeAll(async () => {
    server = await startIsolatedServer('reference');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('links "the G-20", "League of Arab States", "NATO" and "BRICS" to the reference rows, creating no copies', async () => {
    const count = async () => (await data('{ stats { organizations } }', {}, { url: server.url })).stats.organizations;
    const before = await count();
    const result = await data(
      `mutation($input: IngestArticlesInput!) { ingestArticles(input: $input) { results { status article { organizations { id acronym } } } } }`,
      {
        input: {
          articles: [
            {
              title: 'Summit season for the blocs',
              body:
                'GENEVA – Leaders of the G-20 met as the League of Arab States called for a ceasefire.\n\n' +
                'The North Atlantic Treaty Organisation issued a statement. BRICS members welcomed it, as did the Southern Common Market.',
              publishedAt: '2025-03-01',
            },
          ],
        },
      },
      { url: server.url, key: ADMIN_KEY },
    );
    const [r] = result.ingestArticles.results;
    expect(r.status).toBe('CREATED');
    expect(r.article.organizations.map((o: any) => o.acronym)).toEqual(
      expect.arrayContaining(['G20', 'LAS', 'NATO', 'BRICS', 'MERCOSUR']),
    );
    expect(await count()).toBe(before);
    const reference = await data('{ organization(acronym: "G20") { id } }', {}, { url: server.url });
    expect(r.article.organizations.map((o: any) => o.id)).toContain(reference.organization.id);
  });
});
