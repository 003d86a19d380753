/**
 * Known-entity lists: genuinely well-known intergovernmental bodies, news media and
 * programmes, plus whatever the storage layer already knows ({@link KnownEntities}).
 * Everything is compiled once into token tries (see {@link compileGazetteer}).
 */
import type { InitiativeKind, InitiativeStatus, OrganizationKind } from '../types.js';
import { TokenTrie } from './text.js';

export interface KnownOrganization {
  name: string;
  acronym?: string | null;
  aliases?: string[];
  kind?: OrganizationKind;
  /** ISO2 of the seat. */
  country?: string | null;
  /** name or acronym of the parent body. */
  parent?: string | null;
}

export interface KnownPerson {
  name: string;
  aliases?: string[];
  title?: string | null;
  /** name or acronym of the organization. */
  organization?: string | null;
  /** ISO2 */
  country?: string | null;
}

export interface KnownInitiative {
  name: string;
  aliases?: string[];
  kind?: InitiativeKind;
  status?: InitiativeStatus;
  year?: number | null;
}

/** Entities the caller already knows (e.g. rows of the database), recognised as a gazetteer. */
export interface KnownEntities {
  organizations?: KnownOrganization[];
  people?: KnownPerson[];
  initiatives?: KnownInitiative[];
}

const IGO: OrganizationKind = 'INTERGOVERNMENTAL';

/**
 * Well-known bodies. No seats: a seat comes from the text, never from outside knowledge
 * (the storage layer may pass seats it learned from text through {@link KnownEntities}).
 */
export const KNOWN_ORGANIZATIONS: KnownOrganization[] = [
  {
    name: 'Shanghai Cooperation Organization',
    acronym: 'SCO',
    aliases: ['Shanghai Cooperation Organisation'],
    kind: IGO,
  },
  { name: 'United Nations', acronym: 'UN', aliases: ['U.N.'], kind: IGO },
  {
    name: 'United Nations Security Council',
    acronym: 'UNSC',
    aliases: ['UN Security Council', 'Security Council'],
    kind: IGO,
    parent: 'UN',
  },
  {
    name: 'United Nations General Assembly',
    acronym: 'UNGA',
    aliases: ['UN General Assembly', 'General Assembly'],
    kind: IGO,
    parent: 'UN',
  },
  {
    name: 'Association of Southeast Asian Nations',
    acronym: 'ASEAN',
    aliases: ['Association of South East Asian Nations'],
    kind: IGO,
  },
  { name: 'ASEAN Secretariat', kind: IGO, parent: 'ASEAN' },
  { name: 'African Union', acronym: 'AU', kind: IGO },
  { name: 'African Union Commission', acronym: 'AUC', aliases: ['AU Commission'], kind: IGO, parent: 'AU' },
  {
    name: 'Peace and Security Council',
    acronym: 'PSC',
    aliases: ['AU Peace and Security Council'],
    kind: IGO,
    parent: 'AU',
  },
  { name: 'Economic Community of West African States', acronym: 'ECOWAS', kind: IGO },
  { name: 'Southern African Development Community', acronym: 'SADC', kind: IGO },
  { name: 'East African Community', acronym: 'EAC', kind: IGO },
  { name: 'Intergovernmental Authority on Development', acronym: 'IGAD', kind: IGO },
  { name: 'BRICS', kind: IGO },
  { name: 'New Development Bank', acronym: 'NDB', kind: IGO },
  { name: 'European Union', acronym: 'EU', kind: IGO },
  { name: 'European Commission', kind: IGO, parent: 'EU' },
  {
    name: 'North Atlantic Treaty Organization',
    acronym: 'NATO',
    aliases: ['North Atlantic Treaty Organisation'],
    kind: IGO,
  },
  {
    name: 'World Health Organization',
    acronym: 'WHO',
    aliases: ['World Health Organisation'],
    kind: IGO,
    parent: 'UN',
  },
  {
    name: 'Collective Security Treaty Organization',
    acronym: 'CSTO',
    aliases: ['Collective Security Treaty Organisation'],
    kind: IGO,
  },
  { name: 'Eurasian Economic Union', acronym: 'EAEU', aliases: ['EEU'], kind: IGO },
  { name: 'Commonwealth of Independent States', acronym: 'CIS', kind: IGO },
  {
    name: 'Organization of the Petroleum Exporting Countries',
    acronym: 'OPEC',
    aliases: ['Organisation of the Petroleum Exporting Countries'],
    kind: IGO,
  },
  { name: 'International Monetary Fund', acronym: 'IMF', kind: IGO },
  { name: 'World Bank', kind: IGO },
  { name: 'World Trade Organization', acronym: 'WTO', aliases: ['World Trade Organisation'], kind: IGO },
  { name: 'Group of Twenty', acronym: 'G20', aliases: ['G-20', 'G 20'], kind: IGO },
  { name: 'Group of Seven', acronym: 'G7', aliases: ['G-7'], kind: IGO },
  { name: 'Organization for Security and Co-operation in Europe', acronym: 'OSCE', kind: IGO },
  {
    name: 'Organisation of Islamic Cooperation',
    acronym: 'OIC',
    aliases: ['Organization of Islamic Cooperation'],
    kind: IGO,
  },
  { name: 'Arab League', aliases: ['League of Arab States'], kind: IGO },
  { name: 'Gulf Cooperation Council', acronym: 'GCC', kind: IGO },
  { name: 'South Asian Association for Regional Cooperation', acronym: 'SAARC', kind: IGO },
  { name: 'Asia-Pacific Economic Cooperation', acronym: 'APEC', kind: IGO },
  { name: 'Asian Infrastructure Investment Bank', acronym: 'AIIB', kind: IGO },
  { name: 'Asian Development Bank', acronym: 'ADB', kind: IGO },
  { name: 'African Development Bank', acronym: 'AfDB', kind: IGO },
  { name: 'Conference on Interaction and Confidence-Building Measures in Asia', acronym: 'CICA', kind: IGO },
  {
    name: 'United Nations Educational, Scientific and Cultural Organization',
    acronym: 'UNESCO',
    kind: IGO,
    parent: 'UN',
  },
  { name: "United Nations Children's Fund", acronym: 'UNICEF', kind: IGO, parent: 'UN' },
  { name: 'United Nations Development Programme', acronym: 'UNDP', kind: IGO, parent: 'UN' },
  { name: 'United Nations High Commissioner for Refugees', acronym: 'UNHCR', kind: IGO, parent: 'UN' },
  { name: 'United Nations Office on Drugs and Crime', acronym: 'UNODC', kind: IGO, parent: 'UN' },
  { name: 'Food and Agriculture Organization', acronym: 'FAO', kind: IGO, parent: 'UN' },
  {
    name: 'International Labour Organization',
    acronym: 'ILO',
    aliases: ['International Labor Organization'],
    kind: IGO,
    parent: 'UN',
  },
  { name: 'International Atomic Energy Agency', acronym: 'IAEA', kind: IGO },
  { name: 'International Criminal Police Organization', acronym: 'INTERPOL', aliases: ['Interpol'], kind: IGO },
  { name: 'International Committee of the Red Cross', acronym: 'ICRC', kind: 'NGO' },
  { name: 'Organization of American States', acronym: 'OAS', kind: IGO },
  { name: 'Mercosur', aliases: ['Mercosul'], kind: IGO },
  { name: 'Pacific Islands Forum', acronym: 'PIF', kind: IGO },
  { name: 'Commonwealth of Nations', aliases: ['the Commonwealth'], kind: IGO },
  { name: 'Eurasian Economic Commission', acronym: 'EEC', kind: IGO, parent: 'EAEU' },
  { name: 'Regional Anti-Terrorist Structure', acronym: 'RATS', kind: IGO, parent: 'SCO' },
  { name: 'Africa Centres for Disease Control and Prevention', acronym: 'Africa CDC', kind: IGO, parent: 'AU' },
  // Media
  { name: 'Global Times', kind: 'MEDIA' },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'], kind: 'MEDIA' },
  { name: 'China Daily', kind: 'MEDIA' },
  { name: "People's Daily", kind: 'MEDIA' },
  { name: 'China Global Television Network', acronym: 'CGTN', kind: 'MEDIA' },
  { name: 'Reuters', kind: 'MEDIA' },
  { name: 'Associated Press', acronym: 'AP', kind: 'MEDIA' },
  { name: 'Agence France-Presse', acronym: 'AFP', kind: 'MEDIA' },
  { name: 'BBC', aliases: ['British Broadcasting Corporation'], kind: 'MEDIA' },
  { name: 'CNN', kind: 'MEDIA' },
  { name: 'Al Jazeera', kind: 'MEDIA' },
  { name: 'TASS', kind: 'MEDIA' },
  { name: 'RIA Novosti', kind: 'MEDIA' },
  { name: 'Sputnik', kind: 'MEDIA' },
  { name: 'Interfax', kind: 'MEDIA' },
  { name: 'Associated Press of Pakistan', acronym: 'APP', kind: 'MEDIA' },
  { name: 'Dawn', kind: 'MEDIA' },
  { name: 'The Express Tribune', kind: 'MEDIA' },
  { name: 'Press Trust of India', acronym: 'PTI', kind: 'MEDIA' },
  { name: 'The Hindu', kind: 'MEDIA' },
  { name: 'Kazinform', kind: 'MEDIA' },
  { name: 'Bernama', kind: 'MEDIA' },
  { name: 'Antara', kind: 'MEDIA' },
  { name: 'Kyodo News', aliases: ['Kyodo'], kind: 'MEDIA' },
  { name: 'Yonhap', kind: 'MEDIA' },
  { name: 'Anadolu Agency', kind: 'MEDIA' },
  { name: 'Bloomberg', kind: 'MEDIA' },
  { name: 'The New York Times', aliases: ['New York Times'], kind: 'MEDIA' },
  { name: 'The Washington Post', aliases: ['Washington Post'], kind: 'MEDIA' },
  { name: 'Financial Times', kind: 'MEDIA' },
  { name: 'The Guardian', kind: 'MEDIA' },
  // Seats of government named for the government itself ("the Kremlin said"): bodies of
  // their own, with no seat from outside knowledge
  { name: 'Kremlin', kind: 'GOVERNMENT' },
  { name: 'White House', kind: 'GOVERNMENT' },
  { name: 'Pentagon', kind: 'GOVERNMENT' },
  { name: 'Élysée Palace', aliases: ['Élysée', 'Elysee Palace', 'Elysee'], kind: 'GOVERNMENT' },
  { name: 'Downing Street', kind: 'GOVERNMENT' },
  { name: 'Zhongnanhai', kind: 'GOVERNMENT' },
  // Armed groups and movements the region's news names by name alone, with no head word to
  // find them by ("the Taliban said", "Hamas and Hezbollah")
  { name: 'Taliban', kind: 'OTHER' },
  { name: 'Tehrik-i-Taliban Pakistan', acronym: 'TTP', aliases: ['Tehreek-e-Taliban Pakistan'], kind: 'OTHER' },
  { name: 'Hamas', kind: 'OTHER' },
  { name: 'Hezbollah', aliases: ['Hizbollah', 'Hizballah'], kind: 'OTHER' },
  { name: 'Houthis', aliases: ['Houthi movement', 'Ansar Allah'], kind: 'OTHER' },
  { name: 'al-Qaeda', aliases: ['al-Qaida', 'Al Qaeda', 'Al-Qaeda', 'al Qaeda'], kind: 'OTHER' },
  { name: 'Islamic State', acronym: 'ISIS', aliases: ['ISIL', 'Daesh'], kind: 'OTHER' },
  { name: 'Boko Haram', kind: 'OTHER' },
];

/** Well-known programmes whose name carries no head word ("the Belt and Road"). */
export const KNOWN_INITIATIVES: KnownInitiative[] = [
  {
    name: 'Belt and Road Initiative',
    aliases: ['Belt and Road', 'BRI', 'One Belt, One Road'],
    kind: 'PROGRAM',
    status: 'ACTIVE',
  },
  { name: 'Regional Comprehensive Economic Partnership', aliases: ['RCEP'], kind: 'AGREEMENT', status: 'ACTIVE' },
  { name: 'African Continental Free Trade Area', aliases: ['AfCFTA'], kind: 'AGREEMENT', status: 'ACTIVE' },
  { name: 'Agenda 2063', kind: 'STRATEGY', status: 'ACTIVE' },
  { name: '2030 Agenda for Sustainable Development', aliases: ['2030 Agenda'], kind: 'STRATEGY', status: 'ACTIVE' },
  { name: 'Paris Agreement', kind: 'AGREEMENT', status: 'ACTIVE' },
  { name: 'Global Development Initiative', aliases: ['GDI'], kind: 'PROGRAM' },
  { name: 'Global Security Initiative', aliases: ['GSI'], kind: 'PROGRAM' },
  { name: 'China-Pakistan Economic Corridor', aliases: ['CPEC'], kind: 'PROGRAM', status: 'ACTIVE' },
];

export interface OrgEntry {
  org: KnownOrganization;
  /** The form matched: 'name' | 'acronym' | 'alias'. */
  form: 'name' | 'acronym' | 'alias';
}

export interface CompiledGazetteer {
  orgs: TokenTrie<OrgEntry>;
  people: TokenTrie<KnownPerson>;
  initiatives: TokenTrie<KnownInitiative>;
  /** Lookup of organizations by any name form (normalised lower case). */
  orgByForm: Map<string, KnownOrganization>;
}

function addOrg(g: CompiledGazetteer, org: KnownOrganization, overwrite: boolean) {
  g.orgs.add(org.name, { org, form: 'name' }, overwrite);
  // "the Shanghai Cooperation Organisation" is the same body: the trie already tolerates "the" outside.
  if (org.acronym) g.orgs.add(org.acronym, { org, form: 'acronym' }, overwrite);
  for (const a of org.aliases ?? []) g.orgs.add(a, { org, form: 'alias' }, overwrite);
  for (const f of [org.name, org.acronym, ...(org.aliases ?? [])]) {
    if (f && (overwrite || !g.orgByForm.has(f.toLowerCase()))) g.orgByForm.set(f.toLowerCase(), org);
  }
}

const compiled = new WeakMap<object, CompiledGazetteer>();
const EMPTY: KnownEntities = {};

/** Compiles the built-in lists plus `known` into tries; cached per `known` object. */
export function compileGazetteer(known: KnownEntities = EMPTY): CompiledGazetteer {
  const hit = compiled.get(known);
  if (hit) return hit;
  const g: CompiledGazetteer = {
    orgs: new TokenTrie<OrgEntry>(),
    people: new TokenTrie<KnownPerson>(),
    initiatives: new TokenTrie<KnownInitiative>(),
    orgByForm: new Map(),
  };
  for (const org of KNOWN_ORGANIZATIONS) addOrg(g, org, false);
  // The caller's entities come after, so they win over the built-ins with the same form.
  for (const org of known.organizations ?? []) addOrg(g, org, true);
  for (const p of known.people ?? []) {
    g.people.add(p.name, p, true);
    for (const a of p.aliases ?? []) g.people.add(a, p, false);
  }
  for (const i of [...KNOWN_INITIATIVES, ...(known.initiatives ?? [])]) {
    g.initiatives.add(i.name, i, true);
    for (const a of i.aliases ?? []) g.initiatives.add(a, i, false);
  }
  compiled.set(known, g);
  return g;
}
