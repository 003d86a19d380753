/**
 * What articles are about: per topic, the phrases sentences are built from (noun
 * phrases, aims as infinitive verb phrases, threats), the officials who speak, the
 * meetings held, statistics, and how initiatives on the topic are named.
 */
import type { Random } from './random.js';

export const TOPIC_KEYS = ['security', 'trade', 'health', 'drugs', 'connectivity', 'energy', 'culture'] as const;
export type TopicKey = (typeof TOPIC_KEYS)[number];

export interface OfficialTitle {
  title: string;
  /** Can stand before a name: "Kazakh Defence Minister Aibek Nurlanov". */
  prefix: boolean;
}

/** Slots an initiative name or a statistic may use. */
export interface Slots {
  rng: Random;
  /** Acronym of the article's main body: "SCO". */
  org: string;
  city: string;
  /** Country names usable in compounds: "Kazakhstan", "Philippines". */
  a: string;
  b: string;
  c: string;
  /** The same countries in running text: "the Philippines". */
  aText: string;
  bText: string;
  year: number;
}

export interface InitiativeName {
  name: string;
  /** The common noun later mentions use: "the initiative", "the corridor". */
  head: string;
}

export interface TopicEvent {
  /** "meeting of {org} defence ministers": no article, "{org}" for the acronym. */
  name: string;
  /** Who holds positions at it: "ministers" (plural), "Forum", "conference" ... */
  body: string;
}
const ev = (name: string, body: string): TopicEvent => ({ name, body });

export interface TopicDef {
  key: TopicKey;
  /** Lowercase noun phrases: "counter-terrorism cooperation". */
  nouns: readonly string[];
  /** Infinitive verb phrases: "secure the common borders". */
  aims: readonly string[];
  /** What no country can tackle alone: "terrorism". */
  threats: readonly string[];
  titles: readonly OfficialTitle[];
  /** Meetings on the topic; "{org}" stands for the body's acronym. */
  events: readonly TopicEvent[];
  themes: readonly string[];
  subheadings: readonly string[];
  /** Short noun phrases for headlines: "border security". */
  headline: readonly string[];
  stats: readonly ((s: Slots) => string)[];
  initiatives: readonly ((s: Slots) => InitiativeName)[];
}

const CODE_NAMES = [
  'Spider Web',
  'Peace Mission',
  'Steppe Shield',
  'Silk Guard',
  'Mountain Eagle',
  'Caspian Dawn',
  'Clean Sky',
  'Unity Bridge',
  'Golden Crescent',
  'Safe Horizon',
  'Iron Border',
  'Blue Channel',
  'Northern Star',
  'Tien Shan',
  'Channel',
  'Interaction',
  'Cooperation',
  'Sea Breeze',
  'Desert Falcon',
  'Eastern Shield',
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** 12345 -> "12,345". */
export const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const pct = (s: Slots) => `${s.rng.int(3, 48)}${s.rng.chance(0.3) ? `.${s.rng.int(1, 9)}` : ''} percent`;
const billions = (s: Slots) => `$${s.rng.int(1, 95)}.${s.rng.int(1, 9)} billion`;
const thousands = (s: Slots) => `${s.rng.int(2, 98)},${String(s.rng.int(0, 999)).padStart(3, '0')}`;

export const TOPICS: Record<TopicKey, TopicDef> = {
  security: {
    key: 'security',
    nouns: [
      'counter-terrorism cooperation',
      'border security',
      'regional stability',
      'intelligence sharing',
      'the fight against terrorism, separatism and extremism',
      'cyber security',
      'joint military exercises',
      'the security of critical infrastructure',
      'information security',
    ],
    aims: [
      'strengthen intelligence sharing on terrorist threats',
      'secure the common borders',
      'counter the spread of extremist ideology online',
      'hold regular joint counter-terrorism exercises',
      'cut off the financing of terrorist groups',
      'protect critical infrastructure from cyber attacks',
      'prevent foreign fighters from returning to the region',
      'coordinate the response to security threats',
    ],
    threats: ['terrorism', 'extremism', 'cyber crime', 'cross-border organized crime', 'the financing of terrorism'],
    titles: [
      { title: 'Defence Minister', prefix: true },
      { title: 'Interior Minister', prefix: true },
      { title: 'Security Council Secretary', prefix: true },
      { title: 'Deputy Defence Minister', prefix: true },
      { title: 'head of the national counter-terrorism centre', prefix: false },
      { title: 'Chief of the General Staff', prefix: true },
    ],
    events: [
      ev('meeting of {org} defence ministers', 'ministers'),
      ev('meeting of {org} security council secretaries', 'participants'),
      ev('{org} conference on regional security', 'conference'),
      ev('meeting of the heads of {org} border services', 'participants'),
    ],
    themes: ['Safe borders, shared future', 'Security through cooperation', 'Together against terrorism'],
    subheadings: [
      'A shared threat',
      'Security first',
      'Joint exercises ahead',
      'Borders and beyond',
      'The terrorism challenge',
      'Cyber threats on the agenda',
    ],
    headline: ['counter-terrorism', 'border security', 'regional security', 'cyber security', 'extremism'],
    stats: [
      (s) =>
        `Joint operations in ${s.year - 1} disrupted ${s.rng.int(12, 240)} terrorist cells and led to ${grouped(s.rng.int(100, 2400))} arrests across the region.`,
      (s) =>
        `More than ${s.rng.int(2, 40)},000 troops from ${s.rng.int(3, 9)} countries took part in the last joint exercise, held near ${s.city}.`,
      (s) => `Cyber attacks on government networks in ${s.aText} rose by ${pct(s)} in ${s.year - 1}.`,
    ],
    initiatives: [
      (s) => ({
        name: `${s.org} Joint Counter-Terrorism Exercise ${s.rng.pick(CODE_NAMES)} ${s.year}`,
        head: 'exercise',
      }),
      (s) => ({
        name: `${s.org} Convention on Combating ${s.rng.pick(['Cross-Border Organized Crime', 'Cyber Crime', 'Terrorism Financing', 'Extremism'])}`,
        head: 'convention',
      }),
      (s) => ({ name: `${s.city} Programme on Border Security`, head: 'programme' }),
      (s) => ({ name: `${s.org} Regional Security Strategy ${s.year}–${s.year + 5}`, head: 'strategy' }),
      (s) => ({ name: `${s.a}-${s.b} Joint Border Commission`, head: 'commission' }),
      (s) => ({ name: `${s.org} Information Security Centre`, head: 'centre' }),
    ],
  },
  trade: {
    key: 'trade',
    nouns: [
      'mutual trade',
      'trade and investment',
      'settlements in national currencies',
      'e-commerce',
      'industrial cooperation',
      'trade facilitation',
      'the digital economy',
      'supply chain resilience',
      'investment protection',
    ],
    aims: [
      'remove barriers to mutual trade',
      'expand settlements in national currencies',
      'simplify customs procedures',
      'attract more investment into manufacturing',
      'double trade within five years',
      'support small and medium-sized businesses',
      'build resilient supply chains',
      'open new markets for agricultural products',
    ],
    threats: ['protectionism', 'the disruption of supply chains', 'currency volatility', 'unilateral sanctions'],
    titles: [
      { title: 'Trade Minister', prefix: true },
      { title: 'Economy Minister', prefix: true },
      { title: 'Finance Minister', prefix: true },
      { title: 'Deputy Prime Minister', prefix: true },
      { title: 'Minister of Industry and Trade', prefix: true },
      { title: 'chairman of the national chamber of commerce', prefix: false },
    ],
    events: [
      ev('meeting of {org} trade ministers', 'ministers'),
      ev('{org} Business Forum', 'Forum'),
      ev('{org} investment conference', 'conference'),
      ev('meeting of {org} economy ministers', 'ministers'),
    ],
    themes: ['Open markets, shared prosperity', 'Trade for development', 'Building bridges of commerce'],
    subheadings: [
      'Trade in numbers',
      'New markets',
      'Investment on the rise',
      'Barriers to remove',
      'The business view',
      'A common market',
    ],
    headline: ['trade', 'investment', 'e-commerce', 'customs', 'supply chains'],
    stats: [
      (s) =>
        `Trade between ${s.aText} and ${s.bText} reached ${billions(s)} in ${s.year - 1}, up ${pct(s)} from a year earlier.`,
      (s) => `Mutual trade among ${s.org} countries grew by ${pct(s)} over the past five years.`,
      (s) =>
        `${cap(s.aText)} accounted for ${pct(s)} of foreign direct investment in ${s.bText} last year, worth some ${billions(s)}.`,
      (s) =>
        `Companies from the region signed ${s.rng.int(12, 180)} agreements worth ${billions(s)} on the sidelines of the meeting.`,
    ],
    initiatives: [
      (s) => ({ name: `${s.city} Trade Facilitation Initiative`, head: 'initiative' }),
      (s) => ({ name: `${s.org} Business Forum`, head: 'forum' }),
      (s) => ({ name: `${s.org} Development Fund`, head: 'fund' }),
      (s) => ({ name: `${s.a}-${s.b} Investment Partnership Programme`, head: 'programme' }),
      (s) => ({ name: `${s.org} E-Commerce Strategy until ${s.year + 5}`, head: 'strategy' }),
      (s) => ({ name: `${s.a}-${s.b} Free Trade Agreement`, head: 'agreement' }),
      (s) => ({ name: `${s.org} Interbank Consortium`, head: 'consortium' }),
    ],
  },
  health: {
    key: 'health',
    nouns: [
      'public health security',
      'vaccine production',
      'traditional medicine',
      'epidemic preparedness',
      'primary health care',
      'the fight against infectious diseases',
      'medical research',
      'health workforce training',
    ],
    aims: [
      'strengthen early warning systems for infectious diseases',
      'expand the production of vaccines and medicines',
      'train a new generation of health workers',
      'share epidemiological data in real time',
      'build a community of health for all',
      'improve access to primary health care in rural areas',
      'develop joint research on traditional medicine',
    ],
    threats: ['pandemics', 'infectious diseases', 'antimicrobial resistance', 'the spread of tuberculosis'],
    titles: [
      { title: 'Health Minister', prefix: true },
      { title: 'Deputy Health Minister', prefix: true },
      { title: 'Chief Sanitary Doctor', prefix: true },
      { title: 'director of the national centre for disease control', prefix: false },
    ],
    events: [
      ev('meeting of {org} health ministers', 'ministers'),
      ev('{org} Health Forum', 'Forum'),
      ev('{org} conference on epidemic preparedness', 'conference'),
      ev('{org} Forum on Medical Cooperation', 'Forum'),
    ],
    themes: ['Health for all', 'A healthy and safe future', 'Together against pandemics'],
    subheadings: [
      'Lessons of the pandemic',
      'Vaccines and medicines',
      'Health for all',
      'Traditional medicine',
      'Hospitals and people',
    ],
    headline: ['public health', 'vaccines', 'epidemic preparedness', 'traditional medicine'],
    stats: [
      (s) =>
        `More than ${thousands(s)} medical workers have been trained under joint programmes since ${s.year - s.rng.int(2, 6)}.`,
      (s) =>
        `${cap(s.aText)} delivered ${s.rng.int(2, 90)} million vaccine doses to partner countries in ${s.year - 1}.`,
      (s) => `Mobile hospitals treated ${thousands(s)} patients in remote areas of ${s.bText} last year.`,
    ],
    initiatives: [
      (s) => ({ name: `${s.city} Initiative on Public Health`, head: 'initiative' }),
      (s) => ({ name: `${s.org} Health Cooperation Programme`, head: 'programme' }),
      (s) => ({ name: `${s.org} Network of Infectious Disease Centres`, head: 'network' }),
      (s) => ({ name: `${s.org} Pandemic Preparedness Action Plan`, head: 'action plan' }),
      (s) => ({ name: `${s.city} Mobile Hospital Mission`, head: 'mission' }),
      (s) => ({ name: `${s.org} Traditional Medicine Forum`, head: 'forum' }),
      (s) => ({ name: `${s.a}-${s.b} Health Cooperation Demonstration Area`, head: 'demonstration area' }),
    ],
  },
  drugs: {
    key: 'drugs',
    nouns: [
      'the fight against drug trafficking',
      'anti-drug cooperation',
      'precursor control',
      'drug prevention',
      'joint anti-drug operations',
      'the treatment of drug addiction',
    ],
    aims: [
      'cut off the routes used by drug traffickers',
      'stop the flow of synthetic drugs and precursors',
      'support treatment and prevention programmes',
      'share intelligence on trafficking networks',
      'train border guards to detect narcotics',
      'seize the assets of drug cartels',
    ],
    threats: [
      'drug trafficking',
      'the trade in synthetic drugs',
      'the smuggling of precursors',
      'narcotics production',
    ],
    titles: [
      { title: 'Interior Minister', prefix: true },
      { title: 'Prosecutor General', prefix: true },
      { title: 'head of the Drug Control Agency', prefix: false },
      { title: 'Deputy Interior Minister', prefix: true },
      { title: 'chief of the anti-narcotics police', prefix: false },
    ],
    events: [
      ev('meeting of the heads of {org} anti-drug agencies', 'participants'),
      ev('{org} conference on drug control', 'conference'),
      ev('meeting of {org} interior ministers', 'ministers'),
    ],
    themes: ['A drug-free region', 'Health, security, justice', 'Cutting the routes'],
    subheadings: [
      'Routes and seizures',
      'The synthetic drugs challenge',
      'Prevention first',
      'Operations on the ground',
    ],
    headline: ['drug trafficking', 'narcotics', 'synthetic drugs', 'precursor control'],
    stats: [
      (s) =>
        `Joint operations seized ${s.rng.int(3, 60)} tonnes of narcotics in ${s.year - 1}, including ${grouped(s.rng.int(200, 9000))} kilograms of heroin.`,
      (s) =>
        `Of the opioids intercepted in the region each year, ${pct(s)} are seized by cooperating anti-drug agencies.`,
      (s) =>
        `Police in ${s.aText} dismantled ${s.rng.int(5, 120)} trafficking networks last year, up ${pct(s)} on the year before.`,
    ],
    initiatives: [
      (s) => ({ name: `International Anti-Drug Operation ${s.rng.pick(CODE_NAMES)}`, head: 'operation' }),
      (s) => ({ name: `${s.org} Anti-Drug Strategy ${s.year}–${s.year + 5}`, head: 'strategy' }),
      (s) => ({ name: `${s.org} Action Plan Against Synthetic Drugs`, head: 'action plan' }),
      (s) => ({ name: `${s.city} Programme on Drug Prevention`, head: 'programme' }),
      () => ({ name: 'Regional Precursor Control Network', head: 'network' }),
    ],
  },
  connectivity: {
    key: 'connectivity',
    nouns: [
      'transport connectivity',
      'cross-border infrastructure',
      'digital connectivity',
      'railway cooperation',
      'logistics',
      'transit potential',
      'high-quality connectivity',
    ],
    aims: [
      'build new transport corridors',
      'reduce transit times for cargo',
      'connect the railway networks of the region',
      'expand digital infrastructure',
      'harmonise transit rules',
      'modernise border crossing points',
      'open new air routes between capitals',
    ],
    threats: ['bottlenecks at border crossings', 'the digital divide', 'high transport costs'],
    titles: [
      { title: 'Transport Minister', prefix: true },
      { title: 'Minister of Digital Development', prefix: true },
      { title: 'Deputy Prime Minister', prefix: true },
      { title: 'head of the national railway company', prefix: false },
    ],
    events: [
      ev('{org} Connectivity Forum', 'Forum'),
      ev('meeting of {org} transport ministers', 'ministers'),
      ev('{org} conference on transit corridors', 'conference'),
      ev('{org} Digital Forum', 'Forum'),
    ],
    themes: ['Connecting people, connecting markets', 'Roads to prosperity', 'A connected region'],
    subheadings: ['New corridors', 'Rail and road', 'The digital link', 'Transit in numbers', 'Building the links'],
    headline: ['connectivity', 'transport corridors', 'railway links', 'digital connectivity'],
    stats: [
      (s) => `Cargo traffic along the route between ${s.aText} and ${s.bText} grew by ${pct(s)} in ${s.year - 1}.`,
      (s) =>
        `Freight trains now cover the distance in ${s.rng.int(6, 18)} days, against ${s.rng.int(25, 45)} days by sea.`,
      (s) =>
        `Some ${thousands(s)} kilometres of roads and railways have been built or upgraded in the region since ${s.year - s.rng.int(4, 10)}.`,
    ],
    initiatives: [
      (s) => ({ name: `${s.a}-${s.b}-${s.c} Transport Corridor`, head: 'corridor' }),
      (s) => ({ name: `${s.org} Digital Connectivity Initiative`, head: 'initiative' }),
      (s) => ({ name: `${s.city} Logistics Hub`, head: 'hub' }),
      (s) => ({ name: `${s.a}-${s.b} Railway Corridor`, head: 'corridor' }),
      (s) => ({ name: `${s.org} Road Transport Facilitation Agreement`, head: 'agreement' }),
    ],
  },
  energy: {
    key: 'energy',
    nouns: [
      'energy security',
      'renewable energy',
      'the green transition',
      'power grid interconnection',
      'hydropower',
      'nuclear energy',
      'energy efficiency',
    ],
    aims: [
      'develop renewable energy sources',
      'ensure a stable supply of energy',
      'modernise power grids',
      'connect national power systems',
      'cut emissions from power generation',
      'attract investment in solar and wind power',
    ],
    threats: ['energy shortages', 'volatile energy prices', 'climate change'],
    titles: [
      { title: 'Energy Minister', prefix: true },
      { title: 'Minister of Energy and Natural Resources', prefix: true },
      { title: 'head of the state power company', prefix: false },
      { title: 'Deputy Energy Minister', prefix: true },
    ],
    events: [
      ev('meeting of {org} energy ministers', 'ministers'),
      ev('{org} Energy Forum', 'Forum'),
      ev('{org} conference on renewable energy', 'conference'),
    ],
    themes: ['Clean energy for all', 'Powering the future', 'Energy without borders'],
    subheadings: ['The green transition', 'Power without borders', 'Investment in clean energy', 'Grids and pipelines'],
    headline: ['energy', 'renewable energy', 'energy security', 'power grids'],
    stats: [
      (s) => `Renewables supplied ${pct(s)} of the electricity generated in ${s.aText} in ${s.year - 1}.`,
      (s) =>
        `${cap(s.bText)} plans to add ${s.rng.int(2, 40)} gigawatts of solar and wind capacity by ${s.year + s.rng.int(5, 12)}.`,
      (s) => `Energy trade between ${s.aText} and ${s.bText} was worth ${billions(s)} last year.`,
    ],
    initiatives: [
      (s) => ({ name: `${s.a}-${s.b} Green Energy Corridor`, head: 'corridor' }),
      (s) => ({ name: `${s.org} Energy Club`, head: 'club' }),
      (s) => ({ name: `${s.org} Renewable Energy Partnership`, head: 'partnership' }),
      (s) => ({ name: `${s.city} Declaration on Energy Security`, head: 'declaration' }),
      () => ({ name: 'Regional Power Grid Programme', head: 'programme' }),
    ],
  },
  culture: {
    key: 'culture',
    nouns: [
      'people-to-people exchanges',
      'cultural heritage',
      'youth exchanges',
      'tourism',
      'academic mobility',
      'the dialogue of civilizations',
      'sister city cooperation',
    ],
    aims: [
      'expand exchanges between young people',
      'protect the shared cultural heritage',
      'promote tourism between member countries',
      'open cultural centres in each capital',
      'increase the number of scholarships for students',
      'simplify visas for tourists',
    ],
    threats: ['the loss of cultural heritage', 'mistrust between peoples'],
    titles: [
      { title: 'Culture Minister', prefix: true },
      { title: 'Education Minister', prefix: true },
      { title: 'Tourism Minister', prefix: true },
      { title: 'Minister of Youth and Sports', prefix: true },
      { title: 'director of the national museum', prefix: false },
    ],
    events: [
      ev('{org} Forum on People-to-People Friendship', 'Forum'),
      ev('meeting of {org} culture ministers', 'ministers'),
      ev('{org} Youth Forum', 'Forum'),
      ev('{org} arts festival', 'participants'),
    ],
    themes: ['Promoting people-to-people friendship', 'Unity in diversity', 'Many cultures, one region'],
    subheadings: ['People to people', 'Young people first', 'Heritage and tourism', 'A festival of cultures'],
    headline: ['culture', 'tourism', 'youth exchanges', 'cultural heritage'],
    stats: [
      (s) =>
        `More than ${s.rng.int(2, 9)} million visits were made between ${s.aText} and ${s.bText} in ${s.year - 1}, ${s.rng.int(2, 5)}.${s.rng.int(1, 9)} times the number a decade earlier.`,
      (s) => `Some ${thousands(s)} students from the region are studying at universities in ${s.aText}.`,
      (s) => `The number of tourists from ${s.bText} visiting ${s.aText} rose by ${pct(s)} last year.`,
    ],
    initiatives: [
      (s) => ({ name: `${s.org} Youth Festival`, head: 'festival' }),
      (s) => ({ name: `${s.city} Forum on Cultural Heritage`, head: 'forum' }),
      (s) => ({ name: `${s.org} Women’s Forum`, head: 'forum' }),
      (s) => ({ name: `${s.org} University Network`, head: 'network' }),
      (s) => ({ name: `House of Friendship in ${s.city}`, head: 'house' }),
      (s) => ({ name: `${s.org} Tourism Programme ${s.year}–${s.year + 3}`, head: 'programme' }),
      (s) => ({ name: `${s.org} Summit on Culture and Education`, head: 'summit' }),
    ],
  },
};
