/**
 * One article body prepared once for every step: tokens, units, country hits,
 * paragraphs and sentences. All steps read from it; nothing re-scans the body per entity.
 */
import { paragraphs, splitSentences, type TextSpan } from '../split.js';
import { matchCountries, type CountryHit } from './countries.js';
import { compileGazetteer, type CompiledGazetteer, type KnownEntities } from './gazetteer.js';
import { findRuns, toUnits, type Run, type Unit } from './runs.js';
import { tokenize, type Token, type TrieMatch } from './text.js';
import { AMBIGUOUS_HEADS, INITIATIVE_HEADS, ORG_HEADS } from './lexicon.js';

export interface Doc {
  body: string;
  tokens: Token[];
  units: Unit[];
  /** token index → unit index */
  unitOfToken: Int32Array;
  countries: TrieMatch<CountryHit>[];
  /** token index → country match starting there */
  countryAt: Map<number, TrieMatch<CountryHit>>;
  /** token index → country match ending there (exclusive end) */
  countryEndingAt: Map<number, TrieMatch<CountryHit>>;
  /** 1 for tokens inside a country name or demonym */
  countryTok: Uint8Array;
  runs: Run[];
  paragraphStarts: number[];
  sentences: TextSpan[];
  gaz: CompiledGazetteer;
  /**
   * Is a unit a known body's name form that the capital rules miss: an acronym in capitals
   * whose letters also spell a function word ("WHO"), or a name opening with a lower-case
   * Arabic article ("al-Qaeda")?
   */
  knownForm: (u: Unit) => boolean;
}

export const isHeadWord = (lower: string) =>
  lower in ORG_HEADS || lower in INITIATIVE_HEADS || AMBIGUOUS_HEADS.has(lower);

export function makeDoc(body: string, known?: KnownEntities): Doc {
  const tokens = tokenize(body);
  const units = toUnits(tokens, body);
  const unitOfToken = new Int32Array(tokens.length).fill(-1);
  for (const u of units) for (let t = u.from; t < u.to; t += 1) unitOfToken[t] = u.i;
  const countries = matchCountries(tokens);
  const countryAt = new Map(countries.map((m) => [m.from, m]));
  const countryEndingAt = new Map(countries.map((m) => [m.to, m]));
  const countryTok = new Uint8Array(tokens.length);
  for (const m of countries) for (let t = m.from; t < m.to; t += 1) countryTok[t] = 1;
  const gaz = compileGazetteer(known);
  const isCountryUnit = (u: Unit) => {
    const m = countryAt.get(u.from);
    return !!m && m.to === u.to;
  };
  const isListItem = (u: Unit) =>
    u.cap && !isHeadWord(u.lower) && !isCountryUnit(u) && gaz.orgs.exact(tokens, u.from, u.to) === undefined;
  const isHead = (u: Unit) => u.cap && isHeadWord(u.lower);
  const knownForm = (u: Unit) =>
    (/^\p{Lu}{2,}$/u.test(u.text) || /^\p{Ll}{1,3}-\p{Lu}/u.test(u.text)) &&
    gaz.orgs.exact(tokens, u.from, u.to) !== undefined;
  const runs = findRuns(units, isListItem, isHead, knownForm);
  const paras = paragraphs(body);
  return {
    body,
    tokens,
    units,
    unitOfToken,
    countries,
    countryAt,
    countryEndingAt,
    countryTok,
    runs,
    paragraphStarts: paras.map((p) => p.start),
    sentences: splitSentences(body),
    gaz,
    knownForm,
  };
}

/** 0-based paragraph index of a character offset (binary search). */
/** The sentence holding `offset` (binary search over the sentence starts). */
export function sentenceAt(doc: Doc, offset: number): { start: number; end: number } {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ss[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return ss[lo] ?? { start: 0, end: doc.body.length };
}

export function paragraphOf(doc: Doc, offset: number): number {
  const starts = doc.paragraphStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The country whose name/demonym spans exactly tokens [from, to), if any. */
export function countryExact(doc: Doc, from: number, to: number): string | null {
  const m = doc.countryAt.get(from);
  return m && m.to === to ? m.value.iso2 : null;
}

/** ISO2 codes of the country mentions entirely inside [start, end), in order (binary search). */
export function countriesWithin(doc: Doc, start: number, end: number): string[] {
  const ms = doc.countries;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[ms[mid].from].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let k = lo; k < ms.length && doc.tokens[ms[k].from].start < end; k += 1) {
    if (doc.tokens[ms[k].to - 1].end <= end) out.push(ms[k].value.iso2);
  }
  return out;
}
