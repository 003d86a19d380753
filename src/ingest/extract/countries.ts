/**
 * Countries: every ISO 3166-1 country from `world-countries` by common name, official
 * name, Latin-script alternative spellings and English demonyms, plus the variants
 * news text actually uses (Turkey/Türkiye, the U.S., Kyrgyz, Tajik ...). Matching is
 * whole-token and case-sensitive (so "turkey" the bird is ignored), longest first, and
 * blocker phrases stop look-alikes ("New Mexico", "Latin America", "Indian Ocean").
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { ExtractedCountry, Span } from '../types.js';
import { span, tokenize, TokenTrie, type Token, type TrieMatch } from './text.js';

export interface CountryInfo {
  iso2: string;
  iso3: string;
  name: string;
  officialName: string;
  region: string;
  subregion: string;
  /** Names and alternative spellings (Latin script). */
  names: string[];
  /** English demonyms / adjectives ("Afghan", "Chinese", "Kyrgyz"). */
  demonyms: string[];
}

/** What a country match in text is: the country name itself or a demonym/adjective. */
export interface CountryHit {
  iso2: string;
  demonym: boolean;
}

/** Names news text uses that the package lacks. */
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['US', 'U.S.', 'U.S.A.', 'USA', 'United States', 'America', 'the States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'],
  TR: ['Turkey', 'Türkiye', 'Turkiye', 'Republic of Türkiye'],
  RU: ['Russian Federation'],
  KG: ['Kyrgyz Republic', 'Kirghizia'],
  KR: ['South Korea', 'Republic of Korea', 'ROK'],
  KP: ['North Korea', 'DPRK'],
  CN: ['PRC', "People's Republic of China", 'Mainland China'],
  IR: ['Iran', 'Islamic Republic of Iran'],
  SY: ['Syria'],
  VN: ['Vietnam', 'Viet Nam'],
  LA: ['Laos', 'Lao PDR'],
  CZ: ['Czech Republic', 'Czechia'],
  CI: ["Cote d'Ivoire", "Côte d'Ivoire", 'Ivory Coast'],
  CD: ['DR Congo', 'DRC', 'Democratic Republic of Congo', 'Democratic Republic of the Congo'],
  CG: ['Republic of Congo', 'Congo-Brazzaville'],
  MK: ['North Macedonia', 'Macedonia'],
  SZ: ['Eswatini', 'Swaziland'],
  CV: ['Cabo Verde', 'Cape Verde'],
  MM: ['Myanmar', 'Burma'],
  TL: ['Timor-Leste', 'East Timor'],
  NL: ['Netherlands', 'Holland'],
  VA: ['Holy See', 'Vatican'],
  AE: ['UAE', 'U.A.E.', 'United Arab Emirates'],
  SA: ['KSA', 'Saudi Arabia'],
  BA: ['Bosnia', 'Bosnia and Herzegovina'],
  PS: ['Palestine', 'Palestinian Territories'],
  MD: ['Moldova'],
  TZ: ['Tanzania'],
  BN: ['Brunei', 'Brunei Darussalam'],
  ZA: ['South Africa'],
};

/** Demonyms and adjectives the package lacks (it has "Kirghiz", "Tadzhik" ...). */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  KG: ['Kyrgyz', 'Kyrgyzstani', 'Kirghiz'],
  KZ: ['Kazakh', 'Kazakhstani'],
  TJ: ['Tajik', 'Tajikistani'],
  UZ: ['Uzbek', 'Uzbekistani'],
  TM: ['Turkmen', 'Turkmenistani'],
  AF: ['Afghan'],
  AZ: ['Azerbaijani', 'Azeri'],
  BY: ['Belarusian', 'Belarussian'],
  NP: ['Nepalese', 'Nepali'],
  LK: ['Sri Lankan'],
  KR: ['South Korean'],
  KP: ['North Korean'],
  LA: ['Lao', 'Laotian'],
  PH: ['Filipino', 'Filipina', 'Philippine'],
  SA: ['Saudi', 'Saudi Arabian'],
  AE: ['Emirati'],
  GB: ['British'],
  US: ['American'],
  NL: ['Dutch'],
  FR: ['French'],
  IN: ['Indian'],
  NO: ['Norwegian'],
  SI: ['Slovenian', 'Slovene'],
  SK: ['Slovakian', 'Slovak'],
  AR: ['Argentinian', 'Argentine'],
  BD: ['Bangladeshi'],
  MM: ['Myanmar', 'Burmese'],
  TR: ['Turkish'],
  CV: ['Cape Verdean'],
  EC: ['Ecuadorian', 'Ecuadorean'],
  MV: ['Maldivian'],
  DO: ['Dominican'],
  BA: ['Bosnian'],
  CZ: ['Czech'],
};

/** Package spellings that are ordinary words or too ambiguous in English text. */
const DROP_SPELLINGS = new Set([
  'Island',
  'Mann',
  'Guiana',
  'Timor',
  'Prathet',
  'Reunion',
  'Portuguesa',
  'Mexicanos',
  'Togolese',
  'Pleasant Island',
  'Nation of Brunei',
  'the Abode of Peace',
  'Emirates',
  'Republic of China',
]);

/** Phrases that contain a country word but are not the country (longest match wins, no hit). */
const BLOCKERS = [
  'New Mexico',
  'New Jersey',
  'New South Wales',
  'New England',
  'New Guinea',
  'Latin America',
  'Latin American',
  'South America',
  'South American',
  'North America',
  'North American',
  'Central America',
  'Central American',
  'Americas',
  'Indian Ocean',
  'Indian Subcontinent',
  'American Indian',
  'Native American',
  'Guinea pig',
  'Turkish delight',
  'Chinese New Year',
  'Georgia Tech',
  'French fries',
  'Dutch auction',
  'Swiss cheese',
  'Jordan River',
  'Congo River',
  'Niger River',
  'Niger Delta',
  'Persian Gulf',
];

/** Countries whose family name comes first in English-language press ("Wang Yi" → "Wang"). */
export const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'VN', 'SG', 'KH', 'HU']);

/**
 * `world-countries` ships CommonJS (`module.exports = require('./countries.json')`) with
 * ESM-style typings, so a default import means different things to tsc (NodeNext) and to
 * Node. Loading the JSON through `require` is unambiguous everywhere.
 */
const countries: Country[] = createRequire(import.meta.url)('world-countries/countries.json');

const LATIN = /^[\p{Script=Latin}\p{N}\s.'’\-()&]+$/u;

function build(): { list: CountryInfo[]; trie: TokenTrie<CountryHit> } {
  const list: CountryInfo[] = [];
  const nameOwners = new Map<string, Set<string>>();
  const demonymOwners = new Map<string, Set<string>>();
  const own = (map: Map<string, Set<string>>, key: string, iso2: string) => {
    if (!map.has(key)) map.set(key, new Set());
    map.get(key)!.add(iso2);
  };
  const independent = new Map<string, boolean>();
  for (const c of countries) {
    const iso2 = c.cca2;
    independent.set(iso2, c.independent === true);
    const names = new Set<string>([c.name.common, c.name.official]);
    for (const alt of c.altSpellings) {
      if (alt.length <= 2 || alt.includes(',') || !LATIN.test(alt) || DROP_SPELLINGS.has(alt)) continue;
      names.add(alt.replace(/^The /, ''));
    }
    for (const extra of EXTRA_NAMES[iso2] ?? []) names.add(extra);
    const demonyms = new Set<string>();
    for (const g of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      for (const d of (g ?? '').split(/,\s*| or /)) if (d.trim()) demonyms.add(d.trim());
    }
    for (const extra of EXTRA_DEMONYMS[iso2] ?? []) demonyms.add(extra);
    for (const n of names) own(nameOwners, n, iso2);
    for (const d of demonyms) own(demonymOwners, d, iso2);
    list.push({
      iso2,
      iso3: c.cca3,
      name: c.name.common,
      officialName: c.name.official,
      region: c.region,
      subregion: c.subregion,
      names: [...names],
      demonyms: [...demonyms],
    });
  }
  /** One owner: itself; several: the preferred one (explicit extra), else the single independent one, else none. */
  const resolve = (key: string, owners: Set<string>, extras: Record<string, string[]>): string | null => {
    if (owners.size === 1) return [...owners][0];
    const explicit = [...owners].filter((iso) => extras[iso]?.includes(key));
    if (explicit.length === 1) return explicit[0];
    const indep = [...owners].filter((iso) => independent.get(iso));
    return indep.length === 1 ? indep[0] : null;
  };
  const trie = new TokenTrie<CountryHit>();
  for (const [name, owners] of nameOwners) {
    const iso2 = resolve(name, owners, EXTRA_NAMES);
    if (iso2) trie.add(name, { iso2, demonym: false });
  }
  for (const [dem, owners] of demonymOwners) {
    const iso2 = resolve(dem, owners, EXTRA_DEMONYMS);
    if (iso2) trie.add(dem, { iso2, demonym: true });
  }
  for (const b of BLOCKERS) trie.add(b, null, true);
  return { list, trie };
}

let cache: { list: CountryInfo[]; trie: TokenTrie<CountryHit>; byIso2: Map<string, CountryInfo> } | null = null;

function tables() {
  if (!cache) {
    const { list, trie } = build();
    cache = { list, trie, byIso2: new Map(list.map((c) => [c.iso2, c])) };
  }
  return cache;
}

/** Every ISO country with names and demonyms, for seeding and look-ups. */
let capitals: Map<string, string> | null = null;
/**
 * The country whose capital `name` is, when the name is no other country's capital
 * ("Beijing" → CN, "New Delhi" → IN), for a capital standing for its government.
 */
export function countryOfCapital(name: string): string | null {
  if (!capitals) {
    const owners = new Map<string, Set<string>>();
    for (const c of countries)
      for (const cap of c.capital ?? []) {
        if (!owners.has(cap)) owners.set(cap, new Set());
        owners.get(cap)!.add(c.cca2);
      }
    capitals = new Map([...owners].filter(([, isos]) => isos.size === 1).map(([cap, isos]) => [cap, [...isos][0]]));
  }
  return capitals.get(name) ?? null;
}

export function countryList(): CountryInfo[] {
  return tables().list;
}

export function countryByIso2(iso2: string): CountryInfo | undefined {
  return tables().byIso2.get(iso2.toUpperCase());
}

/** The compiled country trie (built once). */
export function countryTrie(): TokenTrie<CountryHit> {
  return tables().trie;
}

/** Country name or demonym matches over tokens. "America" needs to stand alone (not "Latin America"). */
export function matchCountries(tokens: Token[]): TrieMatch<CountryHit>[] {
  return countryTrie().scan(tokens);
}

/** The single country named by a phrase ("Chinese", "Russian Federation"), or null. */
export function countryOf(phrase: string): string | null {
  const tokens = tokenize(phrase.trim());
  const m = tokens.length ? countryTrie().longestAt(tokens, 0) : null;
  return m && m.value && m.to === tokens.length ? m.value.iso2 : null;
}

/** Groups matches into {@link ExtractedCountry}, in order of first mention. */
export function countriesFromMatches(
  body: string,
  tokens: Token[],
  matches: TrieMatch<CountryHit>[],
): ExtractedCountry[] {
  const by = new Map<string, Span[]>();
  for (const m of matches) {
    const s = span(body, tokens[m.from].start, tokens[m.to - 1].end);
    if (!by.has(m.value.iso2)) by.set(m.value.iso2, []);
    by.get(m.value.iso2)!.push(s);
  }
  return [...by].map(([iso2, mentions]) => ({ iso2, mentions }));
}

/**
 * Country matches that name no country: the given name of a person ("Jordan Bardella",
 * "Israel Katz") and a place inside an organization's proper name, after another word of
 * it ("Lifeline Express Hong Kong Foundation", "South China Morning Post"). A demonym, a
 * name opening the body's name, "of/in <Country>", a possessive and hyphenated parties
 * ("China-Tajikistan ...") still count (GUIDELINES §2-3).
 */
export function dropNonCountryMatches(
  tokens: Token[],
  matches: TrieMatch<CountryHit>[],
  people: { start: number; end: number }[],
  orgNames: { start: number; end: number }[],
): TrieMatch<CountryHit>[] {
  const inside = (spans: { start: number; end: number }[], s: number, e: number) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= s) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 3; k -= 1) if (spans[k].start <= s && e <= spans[k].end) return spans[k];
    return null;
  };
  const ps = [...people].sort((a, b) => a.start - b.start);
  const os = [...orgNames].sort((a, b) => a.start - b.start);
  return matches.filter((m) => {
    const s = tokens[m.from].start;
    const e = tokens[m.to - 1].end;
    if (inside(ps, s, e)) return false;
    const o = inside(os, s, e);
    if (!o || m.value.demonym || o.start === s) return true;
    const prev = tokens[m.from - 1];
    const next = tokens[m.to];
    const glued = (t: Token | undefined, after: boolean) =>
      !!t && !t.word && (after ? !t.spaceBefore : !tokens[t.i + 1].spaceBefore);
    if (!prev || !prev.word || !/^\p{Lu}/u.test(prev.text) || glued(tokens[m.from - 1], false) || glued(next, true))
      return true;
    return false;
  });
}
