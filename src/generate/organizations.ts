/**
 * Real international bodies the synthetic articles talk about, with what a plausible
 * article needs: the acronym and how it is introduced, the head's title, the seat, the
 * founding, the topics it works on, and its members in a given year.
 */
import { COUNTRIES, type GenCountry, country } from './countries.js';
import type { TopicKey } from './topics.js';

export interface OrgDef {
  key: string;
  /** Full name, without article: "Shanghai Cooperation Organization". */
  name: string;
  /** Alternative spellings news text uses for the full name. */
  altNames?: readonly string[];
  acronym: string;
  /** "the Shanghai Cooperation Organization". */
  the: boolean;
  /** "the SCO" (true) or "ASEAN" (false). */
  acronymThe: boolean;
  /** A first mention that does not spell the acronym out (BRICS is its own name). */
  firstMention?: string;
  /** "Secretary-General", "Director-General" ...; empty when the body has no head of its own (BRICS). */
  head: string;
  seat: string;
  seatCountry: string;
  founded: number;
  foundedIn: string;
  /** "bloc", "organization", "agency" ... for "the bloc" as a later mention. */
  noun: string;
  /** "member states", "member countries". */
  memberNoun: string;
  /** Bodies that meet and hold positions: "Council of Foreign Ministers". */
  bodies: readonly string[];
  topics: readonly TopicKey[];
  weight: number;
  /** Members in a year; null when (nearly) every country is one. */
  members: ((year: number) => string[]) | null;
}

const ALL_TOPICS: readonly TopicKey[] = ['security', 'trade', 'health', 'drugs', 'connectivity', 'energy', 'culture'];
const list = (codes: string) => codes.split(' ');
const fixed = (codes: string) => {
  const members = list(codes);
  return () => members;
};

const AFRICA = COUNTRIES.filter((c) => c.region === 'Africa').map((c) => c.iso2);
const EUROPE = COUNTRIES.filter((c) => c.region === 'Europe').map((c) => c.iso2);
const ASIA_PACIFIC = COUNTRIES.filter((c) => c.region === 'Asia' || c.region === 'Oceania').map((c) => c.iso2);

export const ORGANIZATIONS: readonly OrgDef[] = [
  {
    key: 'SCO', name: 'Shanghai Cooperation Organization', altNames: ['Shanghai Cooperation Organisation'],
    acronym: 'SCO', the: true, acronymThe: true, head: 'Secretary-General', seat: 'Beijing', seatCountry: 'CN',
    founded: 2001, foundedIn: 'Shanghai', noun: 'organization', memberNoun: 'member states',
    bodies: ['Council of Heads of State', 'Council of Foreign Ministers', 'Council of National Coordinators', 'Regional Anti-Terrorist Structure', 'Business Council', 'Interbank Consortium'],
    topics: ALL_TOPICS, weight: 6,
    members: (year) => [
      ...list('CN KZ KG RU TJ UZ'),
      ...(year >= 2017 ? ['IN', 'PK'] : []),
      ...(year >= 2023 ? ['IR'] : []),
      ...(year >= 2024 ? ['BY'] : []),
    ],
  },
  {
    key: 'ASEAN', name: 'Association of Southeast Asian Nations', acronym: 'ASEAN', the: true, acronymThe: false,
    head: 'Secretary-General', seat: 'Jakarta', seatCountry: 'ID', founded: 1967, foundedIn: 'Bangkok',
    noun: 'bloc', memberNoun: 'member states', bodies: ['Regional Forum', 'Economic Community', 'Coordinating Council'],
    topics: ALL_TOPICS, weight: 3, members: fixed('BN KH ID LA MY MM PH SG TH VN'),
  },
  {
    key: 'AU', name: 'African Union', acronym: 'AU', the: true, acronymThe: true,
    head: 'Commission Chairperson', seat: 'Addis Ababa', seatCountry: 'ET', founded: 2002, foundedIn: 'Durban',
    noun: 'union', memberNoun: 'member states', bodies: ['Peace and Security Council', 'Executive Council', 'Assembly'],
    topics: ALL_TOPICS, weight: 3, members: () => AFRICA,
  },
  {
    key: 'BRICS', name: 'BRICS', acronym: 'BRICS', the: false, acronymThe: false,
    firstMention: 'the BRICS group of emerging economies', head: '', seat: 'Shanghai', seatCountry: 'CN',
    founded: 2009, foundedIn: 'Yekaterinburg', noun: 'grouping', memberNoun: 'member countries',
    bodies: ['Business Council', 'Council of Foreign Ministers'],
    topics: ['trade', 'energy', 'health', 'connectivity', 'security', 'culture'], weight: 2,
    members: (year) => [...list('BR RU IN CN ZA'), ...(year >= 2024 ? list('EG ET IR AE') : [])],
  },
  {
    key: 'UN', name: 'United Nations', acronym: 'UN', the: true, acronymThe: true, head: 'Secretary-General',
    seat: 'New York', seatCountry: 'US', founded: 1945, foundedIn: 'San Francisco', noun: 'organization',
    memberNoun: 'member states', bodies: ['Security Council', 'General Assembly', 'Economic and Social Council'],
    topics: ALL_TOPICS, weight: 1.5, members: null,
  },
  {
    key: 'CSTO', name: 'Collective Security Treaty Organization', acronym: 'CSTO', the: true, acronymThe: true,
    head: 'Secretary-General', seat: 'Moscow', seatCountry: 'RU', founded: 2002, foundedIn: 'Moscow',
    noun: 'alliance', memberNoun: 'member states', bodies: ['Collective Security Council', 'Council of Defence Ministers'],
    topics: ['security', 'drugs'], weight: 2, members: fixed('AM BY KZ KG RU TJ'),
  },
  {
    key: 'EAEU', name: 'Eurasian Economic Union', acronym: 'EAEU', the: true, acronymThe: true,
    head: 'Commission Chairman', seat: 'Moscow', seatCountry: 'RU', founded: 2015,
    foundedIn: 'Astana', noun: 'union', memberNoun: 'member states',
    bodies: ['Supreme Eurasian Economic Council', 'Eurasian Intergovernmental Council'],
    topics: ['trade', 'connectivity', 'energy'], weight: 2, members: fixed('AM BY KZ KG RU'),
  },
  {
    key: 'WHO', name: 'World Health Organization', acronym: 'WHO', the: true, acronymThe: false,
    head: 'Director-General', seat: 'Geneva', seatCountry: 'CH', founded: 1948, foundedIn: 'Geneva',
    noun: 'agency', memberNoun: 'member states', bodies: ['World Health Assembly', 'Executive Board'],
    topics: ['health'], weight: 4, members: null,
  },
  {
    key: 'CIS', name: 'Commonwealth of Independent States', acronym: 'CIS', the: true, acronymThe: true,
    head: 'Secretary-General', seat: 'Minsk', seatCountry: 'BY', founded: 1991, foundedIn: 'Minsk',
    noun: 'grouping', memberNoun: 'member states', bodies: ['Council of Heads of State', 'Council of Foreign Ministers'],
    topics: ['security', 'trade', 'culture', 'drugs'], weight: 1, members: fixed('AM AZ BY KZ KG MD RU TJ UZ'),
  },
  {
    key: 'CICA', name: 'Conference on Interaction and Confidence-Building Measures in Asia', acronym: 'CICA',
    the: true, acronymThe: false, head: 'Executive Director', seat: 'Astana', seatCountry: 'KZ', founded: 1992,
    foundedIn: 'New York', noun: 'forum', memberNoun: 'member states', bodies: ['Senior Officials Committee'],
    topics: ['security', 'connectivity', 'culture'], weight: 1,
    members: fixed('AF AZ BD KH CN EG IN IR IQ IL JO KZ KG MN PK QA KR RU TJ TH TR AE UZ VN LK'),
  },
  {
    key: 'ECO', name: 'Economic Cooperation Organization', acronym: 'ECO', the: true, acronymThe: true,
    head: 'Secretary-General', seat: 'Tehran', seatCountry: 'IR', founded: 1985, foundedIn: 'Tehran',
    noun: 'organization', memberNoun: 'member states', bodies: ['Council of Ministers', 'Regional Planning Council'],
    topics: ['trade', 'connectivity', 'energy', 'drugs'], weight: 1, members: fixed('AF AZ IR KZ KG PK TJ TR TM UZ'),
  },
  {
    key: 'SAARC', name: 'South Asian Association for Regional Cooperation', acronym: 'SAARC', the: true,
    acronymThe: false, head: 'Secretary-General', seat: 'Kathmandu', seatCountry: 'NP', founded: 1985,
    foundedIn: 'Dhaka', noun: 'association', memberNoun: 'member states', bodies: ['Council of Ministers', 'Standing Committee'],
    topics: ALL_TOPICS, weight: 1, members: fixed('AF BD BT IN MV NP PK LK'),
  },
  {
    key: 'GCC', name: 'Gulf Cooperation Council', acronym: 'GCC', the: true, acronymThe: true,
    head: 'Secretary-General', seat: 'Riyadh', seatCountry: 'SA', founded: 1981, foundedIn: 'Abu Dhabi',
    noun: 'bloc', memberNoun: 'member states', bodies: ['Supreme Council', 'Ministerial Council'],
    topics: ['security', 'trade', 'energy'], weight: 1, members: fixed('BH KW OM QA SA AE'),
  },
  {
    key: 'UNODC', name: 'United Nations Office on Drugs and Crime', acronym: 'UNODC', the: true, acronymThe: false,
    head: 'Executive Director', seat: 'Vienna', seatCountry: 'AT', founded: 1997, foundedIn: 'Vienna',
    noun: 'agency', memberNoun: 'partner countries', bodies: ['Commission on Narcotic Drugs'],
    topics: ['drugs'], weight: 4, members: null,
  },
  {
    key: 'AIIB', name: 'Asian Infrastructure Investment Bank', acronym: 'AIIB', the: true, acronymThe: true,
    head: 'President', seat: 'Beijing', seatCountry: 'CN', founded: 2016, foundedIn: 'Beijing', noun: 'bank',
    memberNoun: 'member countries', bodies: ['Board of Governors', 'Board of Directors'],
    topics: ['connectivity', 'energy'], weight: 1, members: () => [...ASIA_PACIFIC, ...list('EG GB DE FR IT BR')],
  },
  {
    key: 'ADB', name: 'Asian Development Bank', acronym: 'ADB', the: true, acronymThe: true, head: 'President',
    seat: 'Manila', seatCountry: 'PH', founded: 1966, foundedIn: 'Manila', noun: 'bank', memberNoun: 'member countries',
    bodies: ['Board of Governors'], topics: ['connectivity', 'energy', 'trade', 'health'], weight: 1,
    members: () => ASIA_PACIFIC,
  },
  {
    key: 'NDB', name: 'New Development Bank', acronym: 'NDB', the: true, acronymThe: true, head: 'President',
    seat: 'Shanghai', seatCountry: 'CN', founded: 2015, foundedIn: 'Fortaleza', noun: 'bank',
    memberNoun: 'member countries', bodies: ['Board of Governors'], topics: ['connectivity', 'energy'], weight: 1,
    members: fixed('BR RU IN CN ZA'),
  },
  {
    key: 'UNESCO', name: 'United Nations Educational, Scientific and Cultural Organization', acronym: 'UNESCO',
    the: true, acronymThe: false, head: 'Director-General', seat: 'Paris', seatCountry: 'FR', founded: 1945,
    foundedIn: 'London', noun: 'agency', memberNoun: 'member states', bodies: ['World Heritage Committee', 'General Conference'],
    topics: ['culture'], weight: 4, members: null,
  },
  {
    key: 'ECOWAS', name: 'Economic Community of West African States', acronym: 'ECOWAS', the: true, acronymThe: false,
    head: 'Commission President', seat: 'Abuja', seatCountry: 'NG', founded: 1975, foundedIn: 'Lagos',
    noun: 'bloc', memberNoun: 'member states', bodies: ['Authority of Heads of State and Government', 'Mediation and Security Council'],
    topics: ['security', 'trade', 'health'], weight: 1, members: fixed('BJ BF CV CI GM GH GN GW LR ML NE NG SN SL TG'),
  },
  {
    key: 'SADC', name: 'Southern African Development Community', acronym: 'SADC', the: true, acronymThe: false,
    head: 'Executive Secretary', seat: 'Gaborone', seatCountry: 'BW', founded: 1992, foundedIn: 'Windhoek',
    noun: 'bloc', memberNoun: 'member states', bodies: ['Council of Ministers', 'Organ on Politics, Defence and Security'],
    topics: ['trade', 'health', 'energy'], weight: 1, members: fixed('AO BW KM CD SZ LS MG MW MU MZ NA SC ZA TZ ZM ZW'),
  },
  {
    key: 'EU', name: 'European Union', acronym: 'EU', the: true, acronymThe: true,
    head: 'High Representative for Foreign Affairs and Security Policy', seat: 'Brussels', seatCountry: 'BE',
    founded: 1993, foundedIn: 'Maastricht', noun: 'bloc', memberNoun: 'member states', bodies: ['Council', 'Commission'],
    topics: ['trade', 'connectivity', 'energy', 'security'], weight: 1,
    members: fixed('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'),
  },
  {
    key: 'OSCE', name: 'Organization for Security and Co-operation in Europe', acronym: 'OSCE', the: true,
    acronymThe: true, head: 'Secretary General', seat: 'Vienna', seatCountry: 'AT', founded: 1975, foundedIn: 'Helsinki',
    noun: 'organization', memberNoun: 'participating states', bodies: ['Permanent Council', 'Ministerial Council'],
    topics: ['security', 'drugs', 'connectivity'], weight: 1,
    members: () => [...EUROPE, ...list('US CA KZ KG TJ TM UZ MN AZ AM GE')],
  },
  {
    key: 'IAEA', name: 'International Atomic Energy Agency', acronym: 'IAEA', the: true, acronymThe: true,
    head: 'Director General', seat: 'Vienna', seatCountry: 'AT', founded: 1957, foundedIn: 'Vienna', noun: 'agency',
    memberNoun: 'member states', bodies: ['Board of Governors', 'General Conference'], topics: ['energy'], weight: 1,
    members: null,
  },
  {
    key: 'INTERPOL', name: 'International Criminal Police Organization', acronym: 'INTERPOL', the: true,
    acronymThe: false, head: 'Secretary General', seat: 'Lyon', seatCountry: 'FR', founded: 1923, foundedIn: 'Vienna',
    noun: 'organization', memberNoun: 'member countries', bodies: ['General Assembly', 'Executive Committee'],
    topics: ['drugs', 'security'], weight: 1, members: null,
  },
  {
    key: 'IRENA', name: 'International Renewable Energy Agency', acronym: 'IRENA', the: true, acronymThe: false,
    head: 'Director-General', seat: 'Abu Dhabi', seatCountry: 'AE', founded: 2009, foundedIn: 'Bonn', noun: 'agency',
    memberNoun: 'member states', bodies: ['Assembly', 'Council'], topics: ['energy'], weight: 1, members: null,
  },
  {
    key: 'WTO', name: 'World Trade Organization', acronym: 'WTO', the: true, acronymThe: true, head: 'Director-General',
    seat: 'Geneva', seatCountry: 'CH', founded: 1995, foundedIn: 'Marrakesh', noun: 'organization',
    memberNoun: 'members', bodies: ['General Council', 'Ministerial Conference'], topics: ['trade'], weight: 1,
    members: null,
  },
];

export function orgsFor(topic: TopicKey, year: number): OrgDef[] {
  return ORGANIZATIONS.filter((o) => o.topics.includes(topic) && o.founded <= year);
}

const membersCache = new Map<string, GenCountry[] | null>();

/** Members in `year`, or null for bodies that (nearly) every country belongs to. Cached. */
export function membersOf(org: OrgDef, year: number): GenCountry[] | null {
  const key = `${org.key}:${year}`;
  let members = membersCache.get(key);
  if (members === undefined) {
    members = org.members ? org.members(year).map(country) : null;
    membersCache.set(key, members);
  }
  return members;
}
