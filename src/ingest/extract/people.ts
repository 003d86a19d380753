/**
 * People: a personal name is recognised by what surrounds it, never by a list of names:
 *
 * - a title chain right before it ("Chinese State Councilor and Foreign Minister Wang Yi",
 *   "Secretary-General of the Shanghai Cooperation Organization (SCO) Vladimir Imamovich
 *   Norov", "Russian Defence Minister Andrei Belousov", "Dr. Amina Yusuf");
 * - an appositive title after it ("Kao Kim Hourn, the ASEAN Secretary-General, said");
 * - a speech verb right after or before it ("Maria Santos said", "said Maria Santos");
 * - the caller's known people (gazetteer).
 *
 * Later short forms (the surname, or the family name for name orders that put it first:
 * "Wang" for "Wang Yi") are mentions of the same person. Titles and role nouns are not
 * mentions; they resolve speakers in statements (see {@link roleMatches}).
 */
import type { Span } from '../types.js';
import { FAMILY_NAME_FIRST } from './countries.js';
import { countryExact, isHeadWord, type Doc } from './doc.js';
import type { KnownPerson } from './gazetteer.js';
import {
  ABBREVIATED_TITLES,
  HONORIFICS,
  MONTHS,
  PERSON_TITLE_HEADS,
  STOP_CAPS,
  TITLE_CANONICAL,
  TITLE_MODIFIERS,
  VERBS,
} from './lexicon.js';
import type { NameCandidate } from './names.js';
import type { Unit } from './runs.js';
import { escapeRegExp, normName } from './text.js';
import { skipFillers, verbAt } from './verbs.js';

export interface PersonCandidate {
  start: number;
  end: number;
  name: string;
  title: string | null;
  /** The organization named in the title (a name candidate), if any. */
  org: NameCandidate | null;
  /** An organization named in the title only by a form the article defines later ("RSF commander"). */
  orgName: string | null;
  country: string | null;
  known: KnownPerson | null;
}

export interface FoundPerson {
  name: string;
  title: string | null;
  org: NameCandidate | null;
  orgName: string | null;
  country: string | null;
  aliases: string[];
  mentions: Span[];
  known: KnownPerson | null;
}

/** Words that end an appositive's "of ..." (never modifiers of a body). */
const CONNECTORS_AFTER_TITLE = new Set([
  'and',
  'or',
  'of',
  'for',
  'to',
  'in',
  'at',
  'on',
  'who',
  'which',
  'that',
  'said',
  'says',
]);

/** Ranks and honorifics abbreviated before a name ("Brig. Gen.", "Lt. Col.", "Dr."). */
const RANKS = new RegExp(`^(?:${ABBREVIATED_TITLES})$`);

/** Regions a title can be "for" ("regional director for Africa"). */
const REGION_NAMES = /^(?:Africa|Asia|Europe|Americas|Oceania|Eurasia)$/;

const PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'da', 'van', 'von', 'der', 'le', 'la', 'du', 'dos', 'di']);

const capitalize = (w: string) => (w ? w[0].toUpperCase() + w.slice(1) : w);

function canonicalTitle(words: string[]): string {
  const text = words.join(' ').replace(/\s+-\s+/g, '-');
  const key = text.toLowerCase().replace(/-/g, ' ');
  return TITLE_CANONICAL[key] ?? text;
}

export class PeopleFinder {
  private readonly units: Unit[];
  /** unit index → name candidate covering it */
  private readonly nameAt: (NameCandidate | undefined)[];
  /** unit index → name candidate starting there */
  private readonly nameStart: Map<number, NameCandidate>;

  constructor(
    private readonly doc: Doc,
    names: NameCandidate[],
  ) {
    this.units = doc.units;
    this.nameAt = new Array(doc.units.length);
    this.nameStart = new Map();
    for (const c of names) {
      this.nameStart.set(c.ua, c);
      for (let k = c.ua; k < c.ub; k += 1) this.nameAt[k] = c;
    }
  }

  private isCountryUnit(u: Unit): string | null {
    return countryExact(this.doc, u.from, u.to);
  }

  /** Could this unit be part of a personal name? */
  private nameUnit(u: Unit | undefined): boolean {
    if (!u || !u.word || !u.cap || u.num) return false;
    const l = u.lower;
    if (STOP_CAPS.has(l) || MONTHS.has(l) || isHeadWord(l) || PERSON_TITLE_HEADS.has(l) || TITLE_MODIFIERS.has(l))
      return false;
    if (HONORIFICS.has(l)) return false;
    if (/^[\p{Lu}\d]{2,}$/u.test(u.text)) return false; // acronyms
    if (this.nameAt[u.i]) return false;
    if (this.isCountryUnit(u)) return false;
    return true;
  }

  /** The first unit of the title words that end at unit `k` ("Deputy Prime Minister"), "The" left out. */
  private titleStart(k: number): number {
    const u = this.units;
    let a = k;
    while (a - 1 >= 0 && this.titleWord(u[a - 1]) && u[a - 1].lower !== 'the') a -= 1;
    return a;
  }

  private titleWord(u: Unit | undefined): 'head' | 'mod' | null {
    if (!u || !u.word) return null;
    const l = u.lower;
    if (PERSON_TITLE_HEADS.has(l) || PERSON_TITLE_HEADS.has(l.replace(/-/g, ' '))) return 'head';
    if (TITLE_MODIFIERS.has(l)) return 'mod';
    return null;
  }

  /**
   * "Jordan Bardella", "Israel Katz": a country's name opening a personal name. Only where the
   * context already says person (a title before, an appositive title after): then the first
   * word is a given name, not a mention of the country.
   */
  private countryFirstName(k: number): number {
    const u = this.units;
    const w = u[k];
    if (!w || !w.word || !w.cap || w.poss || w.parts.length > 1 || this.nameAt[k]) return -1;
    const m = this.doc.countryAt.get(w.from);
    if (!m || m.value.demonym || m.to !== w.to) return -1;
    const e = this.nameFrom(k + 1, 1);
    return e > 0 && e - k <= 3 ? e : -1;
  }

  /** Name units from k: 1..4 units (particles allowed inside), returns end index or -1. */
  private nameFrom(k: number, min = 1): number {
    const u = this.units;
    let e = k;
    let n = 0;
    while (e < u.length && n < 5) {
      if (this.nameUnit(u[e])) {
        e += 1;
        n += 1;
        // initial "J." inside a name
        if (u[e - 1].text.length === 1 && u[e]?.text === '.' && this.nameUnit(u[e + 1])) e += 1;
        continue;
      }
      // particles, one or two ("da Silva", "von der Leyen"), before a name's next part
      const particle = (x: Unit | undefined) => !!x && x.word && !x.cap && PARTICLES.has(x.lower);
      if (n > 0 && particle(u[e])) {
        const two = particle(u[e + 1]);
        if (this.nameUnit(u[e + (two ? 2 : 1)])) {
          e += two ? 2 : 1;
          continue;
        }
      }
      break;
    }
    if (n < min || n > 4) return -1;
    // a name never ends in a possessive that continues a noun phrase ("Wang’s remarks") — keep it, the span excludes ’s
    return e;
  }

  find(): FoundPerson[] {
    const found: PersonCandidate[] = [];
    const u = this.units;
    const taken = new Uint8Array(u.length);
    const push = (
      a: number,
      b: number,
      title: string | null,
      org: NameCandidate | null,
      country: string | null,
      known: KnownPerson | null = null,
      orgName: string | null = null,
    ) => {
      for (let k = a; k < b; k += 1) if (taken[k]) return;
      for (let k = a; k < b; k += 1) taken[k] = 1;
      const start = u[a].start;
      const end = u[b - 1].end;
      found.push({
        start,
        end,
        name: known?.name ?? this.doc.body.slice(start, end),
        title,
        org,
        orgName: orgName ?? known?.organization ?? null,
        country,
        known,
      });
    };

    // 0. known people
    for (const m of this.doc.gaz.people.scan(this.doc.tokens)) {
      const a = this.doc.unitOfToken[m.from];
      const b = this.doc.unitOfToken[m.to - 1] + 1;
      if (this.nameAt[a]) continue;
      push(a, b, m.value.title ?? null, null, m.value.country ?? null, m.value);
    }

    // 1. title chain before a name
    for (let k = 0; k < u.length; k += 1) {
      // a lower-case title counts right after an organization or a country: "RSF commander Mohamed Hamdan Dagalo"
      const acronymBefore = k > 0 && /^\p{Lu}{2,}s?$/u.test(u[k - 1].text) && !this.isCountryUnit(u[k - 1]);
      const lowerTitle =
        !u[k].cap &&
        this.titleWord(u[k]) === 'head' &&
        k > 0 &&
        ((this.nameAt[k - 1]?.type === 'organization' && this.nameAt[k - 1]!.ub === k) ||
          !!(u[k - 1].cap && this.isCountryUnit(u[k - 1])) ||
          acronymBefore) &&
        this.nameFrom(k + 1, 2) > 0;
      if (!lowerTitle && (!u[k].cap || (this.titleWord(u[k]) !== 'head' && !HONORIFICS.has(u[k].lower)))) continue;
      // left: modifiers, "and", demonyms, organization names
      let a = k;
      let country: string | null = null;
      let org: NameCandidate | null = null;
      for (let j = k - 1; j >= 0 && k - j < 8; j -= 1) {
        const w = u[j];
        if (w.cap && this.titleWord(w)) {
          a = j;
          continue;
        }
        if (w.word && !w.cap && w.lower === 'and' && this.titleWord(u[j - 1])) {
          a = j;
          continue;
        }
        // a country or demonym ending here, one word or more ("South African President")
        const cm = w.cap ? this.doc.countryEndingAt.get(w.to) : undefined;
        const iso = cm ? cm.value.iso2 : null;
        if (iso) {
          country = country ?? iso;
          break;
        }
        const nc = this.nameAt[j];
        if (nc && nc.type === 'organization' && nc.ub === j + 1) {
          org = nc;
          break;
        }
        // "The World Health Organization warned ..., as its Director-General Tedros ...": the
        // body "its" stands for, the last one named in the sentence before
        if (w.word && !w.cap && w.lower === 'its') {
          for (let x = j - 1; x >= 0 && j - x < 40 && !/^[.!?]$/.test(u[x].text); x -= 1) {
            const before = this.nameAt[x];
            if (before?.type === 'organization') {
              org = before;
              break;
            }
          }
        }
        break;
      }
      // right: more title words, then "of (the) ORG (ACR)"
      let e = k + 1;
      while (e < u.length) {
        if (u[e].cap && this.titleWord(u[e])) {
          e += 1;
          continue;
        }
        if (u[e].lower === 'and' && !u[e].cap && u[e + 1]?.cap && this.titleWord(u[e + 1])) {
          e += 1;
          continue;
        }
        break;
      }
      const titleEnd = e;
      if ((u[e]?.lower === 'of' || u[e]?.lower === 'for') && !u[e].cap) {
        let j = e + 1;
        if (u[j]?.lower === 'the') j += 1;
        const nc = this.nameStart.get(j);
        const iso = u[j] ? this.isCountryUnit(u[j]) : null;
        if (nc && nc.type === 'organization') {
          org = nc;
          e = nc.ub;
        } else if (iso) {
          country = iso;
          e = j + 1;
        } else {
          continue;
        }
        if (u[e]?.text === '(' && u[e + 2]?.text === ')') e += 3;
      }
      let end = this.nameFrom(e);
      if (end < 0) end = this.countryFirstName(e);
      if (end < 0) continue;
      const words = u
        .slice(a, titleEnd)
        .map((x) => (lowerTitle ? capitalize(x.text) : x.text))
        .filter((w, i) => !(i === 0 && w.toLowerCase() === 'the'));
      const honorificOnly = words.length === 1 && HONORIFICS.has(words[0].toLowerCase());
      if (HONORIFICS.has(u[k].lower) && u[k + 1]?.text === '.') {
        const end2 = this.nameFrom(k + 2);
        if (end2 > 0) push(k + 2, end2, null, org, country);
        continue;
      }
      push(
        e,
        end,
        honorificOnly ? null : canonicalTitle(words),
        org,
        country,
        null,
        !org && acronymBefore ? u[k - 1].text : null,
      );
    }

    // 2. "Name, (the) ... Title (of ORG) ," and "Name said" / "said Name"
    for (let k = 0; k < u.length; k += 1) {
      if (taken[k] || (k > 0 && this.nameUnit(u[k - 1]))) continue;
      if (!this.nameUnit(u[k])) {
        // "Jordan Bardella, president of ...": a country's name as a given name, with an appositive title
        const e2 = this.countryFirstName(k);
        if (e2 > 0 && !taken[k] && u[e2]?.text === ',') {
          const app = this.appositive(e2 + 1);
          if (app) push(k, e2, app.title, app.org, app.country);
        }
        continue;
      }
      const end = this.nameFrom(k, 2);
      if (end < 0) continue;
      if (u[end]?.text === ',') {
        const app = this.appositive(end + 1);
        if (app) {
          push(k, end, app.title, app.org, app.country);
          continue;
        }
        // "Maria Lopez, 54, said": an age between commas names a person
        if (/^\d{1,3}$/.test(u[end + 1]?.text ?? '') && u[end + 2]?.text === ',') {
          push(k, end, null, null, null);
          continue;
        }
      }
      // "Its chairman, Bakytzhan Sagintayev, added": a title, then the name between commas
      // (past ranks and honorifics abbreviated before it: "An army spokesman, Brig. Gen. X,")
      let c = k - 1;
      while (c >= 2 && u[c].text === '.' && RANKS.test(u[c - 1].text)) c -= 2;
      if (
        u[c]?.text === ',' &&
        (u[end]?.text === ',' || u[end]?.text === ':') &&
        c >= 1 &&
        this.titleWord(u[c - 1]) === 'head'
      ) {
        let a = c - 1;
        while (a - 1 >= 0 && this.titleWord(u[a - 1])) a -= 1;
        const org =
          this.nameAt[a - 1]?.type === 'organization' && this.nameAt[a - 1]!.ub === a ? this.nameAt[a - 1]! : null;
        const iso = a > 0 && u[a - 1].cap ? this.isCountryUnit(u[a - 1]) : null;
        // "The ODM’s secretary-general, Edwin Sifuna": an acronym the article defines
        const acr =
          !org && a > 0 && u[a - 1].poss && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(u[a - 1].text) && !iso
            ? u[a - 1].text
            : null;
        push(k, end, canonicalTitle(u.slice(a, c).map((x) => capitalize(x.text))), org, iso, null, acr);
        continue;
      }
      // "Kuwait's Minister of Finance, Noura Al-Fassam,", "The Minister of Foreign Affairs of
      // Uzbekistan, Bakhtiyor Saidov,": a title of a portfolio (and a country), then the name
      // (and "The World Health Organization's regional director for Africa, Dr. Mohamed Janabi,")
      if (u[c]?.text === ',' && (u[end]?.text === ',' || u[end]?.text === ':') && c >= 3) {
        let o = c - 1;
        // (past "of <Country>" or "for <Country>" closing the title)
        const place = !!this.isCountryUnit(u[o]) || (u[o].cap && REGION_NAMES.test(u[o].text));
        if (place && /^(?:of|for)$/.test(u[o - 1]?.lower ?? '')) o -= 2;
        if (o < c - 1 && this.titleWord(u[o]) === 'head') {
          const a = this.titleStart(o);
          const owner = this.nameAt[a - 1];
          const org = owner?.type === 'organization' && owner.ub === a && u[a - 1].poss ? owner : null;
          const iso = this.isCountryUnit(u[c - 1]) ?? (a > 0 && u[a - 1].poss ? this.isCountryUnit(u[a - 1]) : null);
          const words = u.slice(a, c).map((x) => (/^(?:of|for)$/.test(x.lower) ? x.lower : capitalize(x.text)));
          push(k, end, canonicalTitle(words), org, org ? null : iso);
          continue;
        }
        let w = o;
        while (w > 0 && o - w < 3 && u[w].cap && u[w].word && this.titleWord(u[w]) !== 'head' && !this.nameAt[w])
          w -= 1;
        if (w < o && u[w]?.lower === 'of' && !u[w].cap && this.titleWord(u[w - 1]) === 'head') {
          const a = this.titleStart(w - 1);
          const iso = this.isCountryUnit(u[c - 1]) ?? (a > 0 && u[a - 1].poss ? this.isCountryUnit(u[a - 1]) : null);
          const words = u.slice(a, o + 1).map((x) => (x.lower === 'of' ? 'of' : capitalize(x.text)));
          push(k, end, canonicalTitle(words), null, iso);
          continue;
        }
      }
      // "The chairperson of the African Union Commission, Moussa Faki Mahamat, said": a title
      // of a body, then the name between commas
      const body = u[c]?.text === ',' && c >= 3 ? this.nameAt[c - 1] : undefined;
      if (body?.type === 'organization' && body.ub === c && (u[end]?.text === ',' || u[end]?.text === ':')) {
        let o = body.ua - 1;
        if (u[o]?.lower === 'the' && !u[o].cap) o -= 1;
        if (u[o]?.lower === 'of' && this.titleWord(u[o - 1]) === 'head') {
          const a = this.titleStart(o - 1);
          push(k, end, canonicalTitle(u.slice(a, o).map((x) => capitalize(x.text))), body, null);
          continue;
        }
      }
      const after = skipFillers(this.doc.tokens, u[end - 1].to);
      const v = verbAt(this.doc.tokens, after);
      if (v && v.info.type === 'speech' && !v.info.participle) {
        push(k, end, null, null, null);
        continue;
      }
      const prevTok = this.doc.tokens[u[k].from - 1];
      if (prevTok && VERBS.get(prevTok.text.toLowerCase())?.type === 'speech' && (!u[end] || !u[end].word)) {
        push(k, end, null, null, null);
      }
    }

    return this.group(found);
  }

  /** ", (the|a) [Chinese|ASEAN] foreign minister (of ORG)," → title, org, country. */
  private appositive(k0: number): { title: string; org: NameCandidate | null; country: string | null } | null {
    const u = this.units;
    let k = k0;
    if (['the', 'a', 'an'].includes(u[k]?.lower ?? '')) k += 1;
    let country: string | null = null;
    let org: NameCandidate | null = null;
    const words: string[] = [];
    let head = false;
    for (let n = 0; k < u.length && n < 10; n += 1, k += 1) {
      const w = u[k];
      if (!w.word) break;
      const nc = this.nameAt[k];
      if (nc && nc.type === 'organization' && nc.ua === k) {
        org = nc;
        k = nc.ub - 1;
        continue;
      }
      const iso = w.cap ? this.isCountryUnit(w) : null;
      if (iso) {
        country = iso;
        continue;
      }
      const tw = this.titleWord(w);
      if (tw) {
        words.push(capitalize(w.text));
        if (tw === 'head') head = true;
        continue;
      }
      if ((w.lower === 'of' || w.lower === 'for' || w.lower === 'to') && head) {
        let j = k + 1;
        if (u[j]?.lower === 'the') j += 1;
        // "president of the far-right National Rally": lower-case modifiers before the body
        for (
          let n = 0;
          n < 2 && u[j] && u[j].word && !u[j].cap && !this.nameStart.get(j) && !CONNECTORS_AFTER_TITLE.has(u[j].lower);
          n += 1
        )
          j += 1;
        const o = this.nameStart.get(j);
        if (o && o.type === 'organization') {
          org = o;
          k = o.ub - 1;
          continue;
        }
        const iso2 = u[j] ? this.isCountryUnit(u[j]) : null;
        if (iso2) {
          country = iso2;
          k = j;
          continue;
        }
      }
      break;
    }
    if (!head || !words.length) return null;
    return { title: canonicalTitle(words), org, country };
  }

  /** Merges repeated full names, then finds short forms. */
  private group(found: PersonCandidate[]): FoundPerson[] {
    const byName = new Map<string, FoundPerson>();
    for (const c of found.sort((x, y) => x.start - y.start)) {
      const key = c.name.toLowerCase();
      let p = byName.get(key);
      if (!p) {
        p = {
          name: c.name,
          title: c.title,
          org: c.org,
          orgName: c.orgName,
          country: c.country,
          aliases: [],
          mentions: [],
          known: c.known,
        };
        byName.set(key, p);
      }
      p.title = p.title ?? c.title;
      p.org = p.org ?? c.org;
      p.orgName = p.orgName ?? c.orgName;
      p.country = p.country ?? c.country;
      const text = this.doc.body.slice(c.start, c.end);
      p.mentions.push({ start: c.start, end: c.end, text });
      if (normName(text) !== normName(p.name) && !p.aliases.includes(text)) p.aliases.push(text);
    }
    const people = [...byName.values()];
    // Short forms: surname (or family name first), used alone elsewhere.
    const full = new Set<number>();
    for (const p of people) for (const m of p.mentions) for (let o = m.start; o < m.end; o += 1) full.add(o);
    const aliasOwner = new Map<string, FoundPerson>();
    for (const p of people) {
      const parts = p.name.split(/\s+/).filter((w) => !PARTICLES.has(w.toLowerCase()));
      if (parts.length < 2) continue;
      // any part of the name used alone later is a short form ("Norov", "Wang", "Faki");
      // a part two people share is ambiguous and left alone
      const forms = new Set<string>(parts.filter((w) => w.length >= 3 && !/\.$/.test(w)));
      if (p.country && FAMILY_NAME_FIRST.has(p.country)) forms.add(parts[0]);
      for (const a of p.known?.aliases ?? []) forms.add(a);
      for (const f of forms) {
        if (aliasOwner.has(f) && aliasOwner.get(f) !== p)
          aliasOwner.set(f, null as unknown as FoundPerson); // ambiguous
        else aliasOwner.set(f, p);
      }
    }
    // a one-word name found on its own ("Mr Guterres": a period-less honorific before it) that
    // is a short form of a full name is that person, not another
    // (after an honorific, a given name too: "Dr Tedros" is Tedros Adhanom Ghebreyesus, as
    // Ethiopian and Arabic names are used)
    const givenOwner = new Map<string, FoundPerson | null>();
    for (const p of people) {
      const first = p.name.split(/\s+/)[0];
      if (!/\s/.test(p.name) || first.length < 3 || /\.$/.test(first)) continue;
      givenOwner.set(first, givenOwner.has(first) && givenOwner.get(first) !== p ? null : p);
    }
    const afterHonorific = (m: Span) => {
      const word = /(\p{L}+)\.?\s+$/u.exec(this.doc.body.slice(Math.max(0, m.start - 8), m.start))?.[1].toLowerCase();
      return !!word && (HONORIFICS.has(word) || word === 'sheikh');
    };
    for (let i = people.length - 1; i >= 0; i -= 1) {
      const p = people[i];
      // (a surname two full names share stays ambiguous: no given name is tried for it)
      const owner = /\s/.test(p.name)
        ? null
        : aliasOwner.has(p.name)
          ? aliasOwner.get(p.name)
          : p.mentions.every(afterHonorific)
            ? givenOwner.get(p.name)
            : null;
      if (!owner || owner === p) continue;
      owner.mentions.push(...p.mentions);
      for (const m of p.mentions) if (!owner.aliases.includes(m.text)) owner.aliases.push(m.text);
      owner.title = owner.title ?? p.title;
      owner.org = owner.org ?? p.org;
      owner.orgName = owner.orgName ?? p.orgName;
      owner.country = owner.country ?? p.country;
      people.splice(i, 1);
    }
    const u = this.units;
    // "Mohamed Hamdan Dagalo, known as Hemedti": a nickname is an alias
    const unitAt = new Map(u.map((x) => [x.start, x.i]));
    for (const p of people) {
      for (const m of [...p.mentions]) {
        const k = unitAt.get(m.end);
        if (k === undefined) continue;
        const w = u[k + 3];
        if (
          u[k]?.text === ',' &&
          u[k + 1]?.lower === 'known' &&
          u[k + 2]?.lower === 'as' &&
          w &&
          w.cap &&
          !full.has(w.start)
        ) {
          aliasOwner.set(w.text, p);
        }
      }
    }
    for (let k = 0; k < u.length; k += 1) {
      const w = u[k];
      if (!w.word || !w.cap || full.has(w.start) || this.nameAt[k]) continue;
      const p = aliasOwner.get(w.text);
      if (!p) continue;
      if (this.nameUnit(u[k - 1]) && !STOP_CAPS.has(u[k - 1].lower) && u[k - 1].end + 1 === w.start) continue;
      if (this.nameUnit(u[k + 1]) && w.end + 1 === u[k + 1].start) continue;
      // (with the particles the full name puts before it: "von der Leyen", "da Silva")
      let a = k;
      while (a - 1 >= 0 && k - a < 2 && u[a - 1].word && !u[a - 1].cap && PARTICLES.has(u[a - 1].lower)) a -= 1;
      const withParticles = this.doc.body.slice(u[a].start, w.end);
      const start = a < k && new RegExp(`(?:^|\\s)${escapeRegExp(withParticles)}$`).test(p.name) ? u[a].start : w.start;
      const text = this.doc.body.slice(start, w.end);
      p.mentions.push({ start, end: w.end, text });
      if (!p.aliases.includes(text)) p.aliases.push(text);
    }
    for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
    return people;
  }
}

export function findPeople(doc: Doc, names: NameCandidate[]): FoundPerson[] {
  return new PeopleFinder(doc, names).find();
}

/**
 * Does a role noun phrase ("the SCO Secretary General", "The Chinese Foreign Minister",
 * "the premier") fit a person's title? Title words of the role must all occur in the title.
 */
export function roleMatches(role: string, title: string | null): boolean {
  if (!title) return false;
  const norm = (s: string) => s.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter(Boolean);
  const titleWords = new Set(norm(title));
  const roleWords = norm(role).filter((w) => PERSON_TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || w === 'general');
  const heads = roleWords.filter((w) => PERSON_TITLE_HEADS.has(w) || w === 'general');
  if (!heads.length) return false;
  return roleWords.filter((w) => w !== 'the').every((w) => titleWords.has(w));
}
