import type { MembershipRole } from '../common/enums.js';

/**
 * The major intergovernmental bodies, their seats and member lists, loaded as reference
 * data at every start (src/modules/membership/reference.seed.ts).
 *
 * Sources. The United Nations' members come from the `world-countries` package
 * (`unMember`, maintained upstream); its `since` is 1945 for the founding members that
 * still hold their seat and null (not recorded) for the rest. No maintained package
 * lists the other bodies' memberships, so they are HAND-CHECKED against each body's
 * published member list, as of mid-2025: a membership that changed later needs an edit
 * here (or a curation through `createMembership`/`updateMembership`). `since` is the
 * year the country joined the body or its direct predecessor (the EEC for the EU, the
 * BRIC for BRICS, the 2002 Charter for the AU and the CSTO). Suspensions (Venezuela in
 * Mercosur since 2016, several AU members) keep the membership. Roles other than
 * member, observer and dialogue partner (Mercosur's associate states, the CIS's
 * associate Turkmenistan) are left out; BRICS "partner countries" are DIALOGUE_PARTNER.
 *
 * Names, acronyms and aliases match the extraction gazetteer
 * (src/ingest/extract/gazetteer.ts), so an ingested mention of "the G-20" or "League of
 * Arab States" resolves to these rows instead of creating copies.
 */
export interface ReferenceOrganization {
  name: string;
  acronym: string;
  aliases: string[];
  /** ISO2 of the seat; null when the body has no permanent secretariat. */
  seat: string | null;
  members: { iso2: string; role: MembershipRole; since: number | null }[];
}

const as = (role: MembershipRole, since: number | null, codes: string) =>
  codes
    .split(/\s+/)
    .filter(Boolean)
    .map((iso2) => ({ iso2, role, since }));
const members = (since: number | null, codes: string) => as('MEMBER', since, codes);

/** UN founding members (1945) that still hold their seat; others' year is not recorded here. */
export const UN_FOUNDING_MEMBERS = new Set(
  'AR AU BE BO BR BY CA CL CN CO CR CU DK DO EC EG SV ET FR GR GT HT HN IN IR IQ LB LR LU MX NL NZ NI NO PA PY PE PH PL RU SA ZA SY TR UA GB US UY VE'.split(
    ' ',
  ),
);

export const REFERENCE_ORGANIZATIONS: ReferenceOrganization[] = [
  {
    name: 'United Nations',
    acronym: 'UN',
    aliases: ['U.N.'],
    seat: 'US',
    // Members are filled in from world-countries at seed time; the two observer states:
    members: as('OBSERVER', null, 'VA PS'),
  },
  {
    name: 'European Union',
    acronym: 'EU',
    aliases: [],
    seat: 'BE',
    members: [
      ...members(1958, 'BE FR DE IT LU NL'),
      ...members(1973, 'DK IE'),
      ...members(1981, 'GR'),
      ...members(1986, 'PT ES'),
      ...members(1995, 'AT FI SE'),
      ...members(2004, 'CY CZ EE HU LV LT MT PL SK SI'),
      ...members(2007, 'BG RO'),
      ...members(2013, 'HR'),
    ],
  },
  {
    name: 'African Union',
    acronym: 'AU',
    aliases: [],
    seat: 'ET',
    members: [
      ...members(
        2002,
        'DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MZ NA NE NG RW ST SN SC SL SO ZA SD TZ TG TN UG ZM ZW EH',
      ),
      ...members(2011, 'SS'),
      ...members(2017, 'MA'),
    ],
  },
  {
    name: 'Association of Southeast Asian Nations',
    acronym: 'ASEAN',
    aliases: ['Association of South East Asian Nations'],
    seat: 'ID',
    members: [
      ...members(1967, 'ID MY PH SG TH'),
      ...members(1984, 'BN'),
      ...members(1995, 'VN'),
      ...members(1997, 'LA MM'),
      ...members(1999, 'KH'),
      ...members(2025, 'TL'),
      ...as('OBSERVER', null, 'PG'),
      ...as('DIALOGUE_PARTNER', null, 'AU CA CN IN JP KR NZ RU US'),
      ...as('DIALOGUE_PARTNER', 2021, 'GB'),
    ],
  },
  {
    name: 'BRICS',
    acronym: 'BRICS',
    aliases: ['BRIC'],
    seat: null,
    members: [
      ...members(2009, 'BR RU IN CN'),
      ...members(2010, 'ZA'),
      ...members(2024, 'EG ET IR AE'),
      ...members(2025, 'ID'),
      ...as('DIALOGUE_PARTNER', 2025, 'BY BO KZ CU MY TH UG UZ NG VN'),
    ],
  },
  {
    name: 'Group of Seven',
    acronym: 'G7',
    aliases: ['G-7'],
    seat: null,
    members: [...members(1975, 'FR DE IT JP GB US'), ...members(1976, 'CA')],
  },
  {
    name: 'Group of Twenty',
    acronym: 'G20',
    aliases: ['G-20', 'G 20'],
    seat: null,
    // The EU and (since 2023) the AU are members too: memberships here are countries only.
    members: members(1999, 'AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US'),
  },
  {
    name: 'Gulf Cooperation Council',
    acronym: 'GCC',
    aliases: ['Cooperation Council for the Arab States of the Gulf'],
    seat: 'SA',
    members: members(1981, 'BH KW OM QA SA AE'),
  },
  {
    name: 'Organization of the Petroleum Exporting Countries',
    acronym: 'OPEC',
    aliases: ['Organisation of the Petroleum Exporting Countries'],
    seat: 'AT',
    members: [
      ...members(1960, 'IR IQ KW SA VE'),
      ...members(1962, 'LY'),
      ...members(1967, 'AE'),
      ...members(1969, 'DZ'),
      ...members(1971, 'NG'),
      ...members(2016, 'GA'),
      ...members(2017, 'GQ'),
      ...members(2018, 'CG'),
    ],
  },
  {
    name: 'North Atlantic Treaty Organization',
    acronym: 'NATO',
    aliases: ['North Atlantic Treaty Organisation'],
    seat: 'BE',
    members: [
      ...members(1949, 'BE CA DK FR IS IT LU NL NO PT GB US'),
      ...members(1952, 'GR TR'),
      ...members(1955, 'DE'),
      ...members(1982, 'ES'),
      ...members(1999, 'CZ HU PL'),
      ...members(2004, 'BG EE LV LT RO SK SI'),
      ...members(2009, 'AL HR'),
      ...members(2017, 'ME'),
      ...members(2020, 'MK'),
      ...members(2023, 'FI'),
      ...members(2024, 'SE'),
    ],
  },
  {
    name: 'Arab League',
    acronym: 'LAS',
    aliases: ['League of Arab States'],
    seat: 'EG',
    members: [
      ...members(1945, 'EG IQ JO LB SA SY YE'),
      ...members(1953, 'LY'),
      ...members(1956, 'SD'),
      ...members(1958, 'MA TN'),
      ...members(1961, 'KW'),
      ...members(1962, 'DZ'),
      ...members(1971, 'BH OM QA AE'),
      ...members(1973, 'MR'),
      ...members(1974, 'SO'),
      ...members(1976, 'PS'),
      ...members(1977, 'DJ'),
      ...members(1993, 'KM'),
    ],
  },
  {
    name: 'Mercosur',
    acronym: 'MERCOSUR',
    aliases: ['Mercosul', 'Southern Common Market'],
    seat: 'UY',
    members: [...members(1991, 'AR BR PY UY'), ...members(2012, 'VE'), ...members(2024, 'BO')],
  },
  {
    name: 'Commonwealth of Independent States',
    acronym: 'CIS',
    aliases: [],
    seat: 'BY',
    members: [...members(1991, 'AM BY KZ KG RU TJ UZ'), ...members(1993, 'AZ'), ...members(1994, 'MD')],
  },
  {
    name: 'Collective Security Treaty Organization',
    acronym: 'CSTO',
    aliases: ['Collective Security Treaty Organisation'],
    seat: 'RU',
    members: members(2002, 'AM BY KZ KG RU TJ'),
  },
  {
    name: 'Eurasian Economic Union',
    acronym: 'EAEU',
    aliases: ['EEU'],
    seat: 'RU',
    members: [...members(2015, 'AM BY KZ KG RU'), ...as('OBSERVER', 2018, 'MD'), ...as('OBSERVER', 2020, 'UZ CU')],
  },
];
