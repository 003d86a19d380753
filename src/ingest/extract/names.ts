/**
 * The names layer for organizations and initiatives: capitalised runs parsed into
 * names by their head word, gazetteer entries, "X of the Y" splits, lower-case heads
 * after an organization ("SCO hotline network"), acronym definitions and short forms
 * ("the Forum"). Names never overlap; the longest wins.
 *
 * Grammar of a name inside a run (units, see runs.ts):
 *
 *     NAME    := [Country’s] CORE COMPLEMENT*
 *     CORE    := capitalised units up to the first lower-case connector; its last head
 *                word (Association, Forum, Convention ...) decides the type
 *     COMPLEMENT := (for|on|with|to|by|against|of) ... | in <Country> (organizations) |
 *                   in ... (document titles) | until <year>
 *
 * "X of|for (the) Y" is split into two names when Y is an organization (or a body-like
 * forum): "Commission of the Shanghai Cooperation Organization". Otherwise "of" belongs to
 * the name ("Indian Council of World Affairs", "Plan of the SCO Member States ...").
 */
import type { InitiativeKind, OrganizationKind } from '../types.js';
import { countryExact, isHeadWord, type Doc } from './doc.js';
import type { KnownInitiative, KnownOrganization, OrgEntry } from './gazetteer.js';
import {
  AMBIGUOUS_HEADS,
  COMPLEMENT_CONNECTORS,
  HEADS_NEEDING_MODIFIER,
  HEADS_NEEDING_OF,
  INITIATIVE_HEADS,
  LOWER_HEAD_MODIFIERS,
  LOWER_HEADS,
  ORG_HEADS,
  DOCUMENT_HEADS,
  PERSON_TITLE_HEADS,
  STOP_CAPS,
} from './lexicon.js';
import type { Unit } from './runs.js';

export type NameType = 'organization' | 'initiative' | 'ambiguous';

export interface NameCandidate {
  start: number;
  end: number;
  /** Unit range [ua, ub). */
  ua: number;
  ub: number;
  /** As written in the body. */
  text: string;
  /** Cleaned name (quotes dropped, spaces normalised). */
  name: string;
  type: NameType;
  /** Lower-cased head word, null for gazetteer names without one. */
  head: string | null;
  orgKind: OrganizationKind | null;
  initKind: InitiativeKind | null;
  knownOrg: KnownOrganization | null;
  knownInit: KnownInitiative | null;
  /** The form a gazetteer organization matched by. */
  form: OrgEntry['form'] | null;
  /** ISO2 from a possessive prefix ("Kazakhstan’s Children’s Fund") or "in <Country>". */
  seat: string | null;
  /** Y of "X of the Y". */
  ofParent: NameCandidate | null;
  /** Is the Y of some "X of the Y". */
  isOfTarget: boolean;
  /** Place cut off the name ("in Hubei Province" → "Hubei Province"). */
  location: string | null;
  /** A bare head ("Forum") standing for a named entity of the article. */
  shortForm: boolean;
  /** The next word, lower-cased, when it is a lower-case word ("event"). */
  nextWord: string | null;
  /** An organization named inside the name as its prefix ("SCO" in "SCO Women’s Forum"). */
  prefixOrg: KnownOrganization | null;
  /** Found by a lower-case head after an organization ("SCO hotline network"). */
  lowerHead: boolean;
}

const cleanName = (s: string) => s.replace(/[“”"‘]/g, '').replace(/\s+/g, ' ').trim();

function headKindOf(lower: string): { type: NameType; orgKind: OrganizationKind | null; initKind: InitiativeKind | null } {
  if (AMBIGUOUS_HEADS.has(lower)) return { type: 'ambiguous', orgKind: null, initKind: INITIATIVE_HEADS[lower] ?? 'EVENT' };
  if (lower in ORG_HEADS) return { type: 'organization', orgKind: ORG_HEADS[lower], initKind: null };
  return { type: 'initiative', orgKind: null, initKind: INITIATIVE_HEADS[lower] };
}

export class NameParser {
  readonly out: NameCandidate[] = [];
  /** Unit indices already claimed by a name (lower-case head names are found first). */
  private readonly claimed: Uint8Array;

  constructor(private readonly doc: Doc) {
    this.claimed = new Uint8Array(doc.units.length);
  }

  private get units(): Unit[] {
    return this.doc.units;
  }

  private isHead(u: Unit | undefined): boolean {
    return !!u && u.word && u.cap && isHeadWord(u.lower);
  }

  private isLowerConnector(u: Unit | undefined): boolean {
    return !!u && u.word && !u.cap && COMPLEMENT_CONNECTORS.has(u.lower);
  }

  private tokFrom(a: number): number {
    return this.units[a].from;
  }

  private tokTo(b: number): number {
    return this.units[b - 1].to;
  }

  private gazOrgExact(a: number, b: number): OrgEntry | null {
    const v = this.doc.gaz.orgs.exact(this.doc.tokens, this.tokFrom(a), this.tokTo(b));
    return v ?? null;
  }

  private gazInitExact(a: number, b: number): KnownInitiative | null {
    const v = this.doc.gaz.initiatives.exact(this.doc.tokens, this.tokFrom(a), this.tokTo(b));
    return v ?? null;
  }

  private make(a: number, b: number, fields: Partial<NameCandidate>): NameCandidate {
    const start = this.units[a].start;
    const end = this.units[b - 1].end;
    const text = this.doc.body.slice(start, end);
    const next = this.units[b];
    // Object.assign on a literal: V8 is slow on `{ ...x, many: props, ...y }`.
    const c: NameCandidate = {
      start,
      end,
      text,
      ua: a,
      ub: b,
      name: cleanName(text),
      type: 'organization',
      head: null,
      orgKind: null,
      initKind: null,
      knownOrg: null,
      knownInit: null,
      form: null,
      seat: null,
      ofParent: null,
      isOfTarget: false,
      location: null,
      shortForm: false,
      nextWord: next && next.word && !next.cap ? next.lower : null,
      prefixOrg: null,
      lowerHead: false,
    };
    Object.assign(c, fields);
    if (!('prefixOrg' in fields)) c.prefixOrg = this.prefixOrg(a, b);
    return c;
  }

  /** A gazetteer organization at the start of [a, b) that does not cover all of it. */
  private prefixOrg(a: number, b: number): KnownOrganization | null {
    const tokens = this.doc.tokens;
    const m = this.doc.gaz.orgs.longestAt(tokens, this.tokFrom(a), this.tokTo(b));
    if (m && m.value && m.to < this.tokTo(b)) return m.value.org;
    return null;
  }

  /** Runs every stage; returns the candidates in text order. */
  parse(): NameCandidate[] {
    this.lowerHeads();
    for (const run of this.doc.runs) {
      let a = run.a;
      let b = run.b;
      // runs may partly overlap claimed units: parse the unclaimed stretches
      while (a < b) {
        while (a < b && this.claimed[a]) a += 1;
        let e = a;
        while (e < b && !this.claimed[e]) e += 1;
        if (e > a) this.segment(a, e);
        a = e;
      }
    }
    this.out.sort((x, y) => x.start - y.start);
    return this.out;
  }

  /**
   * "SCO hotline network", "“SCO-Afghanistan” liaison group": an organization name (or a
   * compound holding one), an optional closing quote, a lower-case modifier and a lower-case head.
   */
  private lowerHeads(): void {
    const u = this.units;
    for (let k = 2; k < u.length; k += 1) {
      const head = u[k];
      if (!head.word || head.cap) continue;
      const spec = LOWER_HEADS[head.lower];
      if (!spec || !LOWER_HEAD_MODIFIERS.has(u[k - 1].lower) || u[k - 1].cap) continue;
      let p = k - 2;
      if (!u[p].word && /[”"’]/.test(u[p].text) && !u[p].spaceBefore) p -= 1;
      const prefix = u[p];
      if (!prefix || !prefix.word || !prefix.cap) continue;
      // the prefix (or one part of a compound prefix) must be a known organization
      let org: KnownOrganization | null = null;
      for (let t = prefix.from; t < prefix.to && !org; t += 1) {
        const m = this.doc.gaz.orgs.longestAt(this.doc.tokens, t, prefix.to);
        if (m && m.value) org = m.value.org;
      }
      if (!org) continue;
      const c = this.make(p, k + 1, { head: head.lower, prefixOrg: org, lowerHead: true });
      if (spec.type === 'organization') {
        c.type = 'organization';
        c.orgKind = spec.kind;
      } else {
        c.type = 'initiative';
        c.initKind = spec.kind;
      }
      this.out.push(c);
      for (let x = p; x <= k; x += 1) this.claimed[x] = 1;
    }
  }

  /** Parses one stretch of a run. */
  private segment(a0: number, b: number): void {
    const u = this.units;
    let a = a0;
    while (a < b && ((u[a].word && u[a].cap && STOP_CAPS.has(u[a].lower)) || (u[a].word && !u[a].cap))) a += 1;
    while (b > a && u[b - 1].word && !u[b - 1].cap && !u[b - 1].num) b -= 1;
    if (a >= b) return;

    // Whole stretch is a gazetteer name.
    const whole = this.gazOrgExact(a, b);
    if (whole) {
      this.out.push(this.make(a, b, { type: 'organization', knownOrg: whole.org, form: whole.form, orgKind: whole.org.kind ?? null }));
      return;
    }
    const wholeInit = this.gazInitExact(a, b);
    if (wholeInit) {
      this.out.push(this.make(a, b, { type: 'initiative', knownInit: wholeInit, initKind: wholeInit.kind ?? 'OTHER' }));
      return;
    }

    // "and the" coordinates two phrases: parse them apart.
    for (let k = a + 1; k < b - 1; k += 1) {
      if (u[k].lower === 'and' && !u[k].cap && ['the', 'a', 'an'].includes(u[k + 1].lower)) {
        this.segment(a, k);
        this.segment(k + 2, b);
        return;
      }
    }
    // "X Association and Y Foundation", "X Association for ... and Kenya’s Y Association": two names.
    for (let k = a + 1; k < b - 1; k += 1) {
      if (u[k].lower === 'and' && !u[k].cap && this.completeName(a, k) && this.hasHead(k + 1, b)) {
        this.segment(a, k);
        this.segment(k + 1, b);
        return;
      }
    }

    // "X of|for (the) Y" with Y an organization: split.
    for (let k = a + 1; k < b - 1; k += 1) {
      if (!(u[k].lower === 'of' || u[k].lower === 'for') || u[k].cap) continue;
      let y0 = k + 1;
      if (u[y0].lower === 'the' && !u[y0].cap) y0 += 1;
      if (y0 >= b) continue;
      const y = this.orgAt(y0, b);
      if (!y) continue;
      const before = this.out.length;
      this.segment(a, k);
      const xs = this.out.slice(before);
      this.segment(y0, b);
      const ys = this.out.slice(before + xs.length);
      const target = ys.find((c) => c.start === u[y0].start) ?? null;
      const x = xs.find((c) => c.end === u[k - 1].end) ?? null;
      if (target) {
        target.isOfTarget = true;
        if (x) x.ofParent = target;
      }
      return;
    }

    const name = this.core(a, b);
    if (name) {
      this.out.push(name);
      return;
    }
    // No head: gazetteer names in the core, then the complement as a new stretch.
    let c = -1;
    for (let k = a + 1; k < b; k += 1) if (this.isLowerConnector(u[k])) { c = k; break; }
    this.gazetteerScan(a, c < 0 ? b : c);
    if (c > 0) this.segment(c + 1, b);
  }

  /** Does [a, b) end a name: a head last, or a head followed by its lower-case complement? */
  private completeName(a: number, b: number): boolean {
    const u = this.units;
    if (this.isHead(u[b - 1])) return true;
    for (let k = b - 1; k >= a; k -= 1) {
      if (this.isHead(u[k])) return this.isLowerConnector(u[k + 1]);
    }
    return false;
  }

  private hasHead(a: number, b: number): boolean {
    for (let k = a; k < b; k += 1) {
      if (this.isLowerConnector(this.units[k])) return false;
      if (this.isHead(this.units[k])) return true;
    }
    return false;
  }

  /**
   * Is [a, b) an organization name, or a body-like name (Forum), as a whole — a place
   * after it ("the AU in Addis Ababa") allowed?
   */
  private orgAt(a: number, b: number): boolean {
    const u = this.units;
    const endsName = (e: number) => e === b || (u[e].word && !u[e].cap && (u[e].lower === 'in' || u[e].lower === 'at'));
    const m = this.doc.gaz.orgs.longestAt(this.doc.tokens, this.tokFrom(a), this.tokTo(b));
    if (m && m.value && m.to === u[this.doc.unitOfToken[m.to - 1]].to && endsName(this.doc.unitOfToken[m.to - 1] + 1)) return true;
    const c = this.core(a, b);
    return !!c && endsName(c.ub) && !c.shortForm && (c.type === 'organization' || c.type === 'ambiguous');
  }

  /** Parses [a, b) as one head-governed name, or returns null. */
  private core(a0: number, b0: number): NameCandidate | null {
    const u = this.units;
    let a = a0;
    let b = b0;
    let seat: string | null = null;
    // "Kazakhstan’s Children’s Fund": possessive country prefix → seat, outside the name
    for (let k = a; k < Math.min(b - 1, a + 3); k += 1) {
      if (!u[k].poss) continue;
      const iso = countryExact(this.doc, u[a].from, u[k].to);
      if (iso) {
        seat = iso;
        a = k + 1;
      }
      break;
    }
    // "U.S. State Department": an abbreviated country in front is attributive, like a possessive
    if (!seat && a + 1 < b && u[a].text.includes('.')) {
      const iso = countryExact(this.doc, u[a].from, u[a].to);
      if (iso) {
        seat = iso;
        a += 1;
      }
    }
    if (a >= b) return null;
    // core: up to the first lower-case connector
    let c = b;
    for (let k = a + 1; k < b; k += 1) {
      if (this.isLowerConnector(u[k]) || (u[k].word && !u[k].cap && !u[k].num && u[k].lower !== 'and' && u[k].lower !== '&')) {
        c = k;
        break;
      }
    }
    let h = -1;
    for (let k = a; k < c; k += 1) {
      if (this.isHead(u[k])) h = k;
      // personal titles after a head end the name: "African Union Commission Chairperson ..."
      if (h >= 0 && k > h && u[k].cap && PERSON_TITLE_HEADS.has(u[k].lower)) {
        c = k;
        b = k;
        break;
      }
    }
    if (h < 0) return null;
    const head = u[h].lower;
    if (HEADS_NEEDING_OF.has(head) && !(h === c - 1 && u[c]?.lower === 'of')) return null;
    const bare = h === a && c === a + 1 && b === a + 1;
    if (bare) {
      const hk = headKindOf(head);
      return this.make(a, b, { type: hk.type, orgKind: hk.orgKind, initKind: hk.initKind, head, shortForm: true });
    }
    if (HEADS_NEEDING_MODIFIER.has(head) && h === a && u[c]?.lower !== 'of' && u[c]?.lower !== 'for' && u[c]?.lower !== 'on') return null;
    const hk = headKindOf(head);
    // complements: cut "in <place>" / "at <place>" unless the name is a title or the place a country
    let location: string | null = null;
    for (let k = c; k < b; k += 1) {
      const w = u[k];
      if (!w.word || w.cap || (w.lower !== 'in' && w.lower !== 'at')) continue;
      const placeTo = b;
      const iso = countryExact(this.doc, u[k + 1].from, u[placeTo - 1].to);
      const titleLike = hk.type === 'initiative' && DOCUMENT_HEADS.has(head);
      if (hk.type === 'organization' && w.lower === 'in' && iso) {
        seat = seat ?? iso;
        break;
      }
      if (titleLike) break;
      location = this.doc.body.slice(u[k + 1].start, u[placeTo - 1].end);
      b = k;
      break;
    }
    const known = this.gazOrgExact(a, b);
    if (known) return this.make(a, b, { type: 'organization', knownOrg: known.org, form: known.form, orgKind: known.org.kind ?? null, head, seat, location });
    const knownInit = this.gazInitExact(a, b);
    if (knownInit) return this.make(a, b, { type: 'initiative', knownInit, initKind: knownInit.kind ?? hk.initKind, head, seat, location });
    return this.make(a, b, { type: hk.type, orgKind: hk.orgKind, initKind: hk.initKind, head, seat, location });
  }

  private gazetteerScan(a: number, b: number): void {
    const tokens = this.doc.tokens;
    const from = this.tokFrom(a);
    const to = this.tokTo(b);
    const local: NameCandidate[] = [];
    for (const m of this.doc.gaz.orgs.scan(tokens, from, to)) {
      const ua = this.doc.unitOfToken[m.from];
      const ub = this.doc.unitOfToken[m.to - 1] + 1;
      const c = this.make(ua, ub, { type: 'organization', knownOrg: m.value.org, form: m.value.form, orgKind: m.value.org.kind ?? null });
      // a gazetteer hit inside a compound ("SCO-related") spans only its tokens
      c.start = tokens[m.from].start;
      c.end = tokens[m.to - 1].end;
      c.text = this.doc.body.slice(c.start, c.end);
      c.name = cleanName(c.text);
      this.out.push(c);
      local.push(c);
    }
    for (const m of this.doc.gaz.initiatives.scan(tokens, from, to)) {
      const ua = this.doc.unitOfToken[m.from];
      const ub = this.doc.unitOfToken[m.to - 1] + 1;
      if (local.some((c) => c.start < tokens[m.to - 1].end && tokens[m.from].start < c.end)) continue;
      this.out.push(this.make(ua, ub, { type: 'initiative', knownInit: m.value, initKind: m.value.kind ?? 'OTHER' }));
    }
  }
}

/** Parses the organization/initiative names of a document. */
export function findNames(doc: Doc): NameCandidate[] {
  return new NameParser(doc).parse();
}
