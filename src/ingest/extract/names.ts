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
  CLASS_NOUNS,
  COMPLEMENT_CONNECTORS,
  EVENT_MODIFIERS,
  EVENT_TITLE_HEADS,
  EXERCISE_NOUNS,
  PROGRAM_NOUNS,
  MONTHS,
  HEADS_NEEDING_MODIFIER,
  HEADS_NEEDING_OF,
  INITIATIVE_HEADS,
  LOWER_HEAD_MODIFIERS,
  LOWER_HEADS,
  ORG_HEADS,
  DOCUMENT_HEADS,
  PERSON_TITLE_HEADS,
  STOP_CAPS,
  TITLE_MODIFIERS,
} from './lexicon.js';
import type { Unit } from './runs.js';
import type { Span } from '../types.js';
import { acronymFits } from './acronyms.js';

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
  /** Found by a class noun next to it ("militant group al-Shabaab", "the Nation newspaper"). */
  classNoun: boolean;
  /** Unit range of an organization owning the name by a possessive ("Mercosur’s Fund ..."), else -1. */
  ownerUa: number;
  ownerUb: number;
  /** Acronym defined for an initiative ("Pan-African Payment and Settlement System (PAPSS)") and its uses. */
  acronym: string | null;
  acronymSpans: Span[];
}

/** "38th", "121st", "Twenty-Fourth", "Seventy-seventh": an ordinal in front of an event title. */
const ORDINAL =
  /^(?:\d+(?:st|nd|rd|th)|(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+ieth))$/i;
/**
 * Lower-case heads of a numbered meeting ("the 16th BRICS summit"): the event heads but those
 * that, lower-case, name other things ("the 3rd round", "the 2nd week", "the 5th assembly").
 */
const NUMBERED_MEETINGS = new Set(
  [...EVENT_TITLE_HEADS].filter(
    (h) => !['assembly', 'round', 'expo', 'games', 'festival', 'exhibition', 'week'].includes(h),
  ),
);
/** "al-Shabaab", "el-Sisi": an Arabic article glued to a capitalised name. */
const ARTICLE_PARTS = new Set(['al', 'el', 'ad', 'ash', 'as', 'an', 'ar', 'at', 'az', 'ul']);
const isArticleName = (u: Unit | undefined) =>
  !!u &&
  u.word &&
  !u.cap &&
  u.parts.length >= 2 &&
  ARTICLE_PARTS.has(u.parts[0].toLowerCase()) &&
  /^\p{Lu}/u.test(u.parts[1]);
/**
 * Does an acronym spell a name with its place ("AUSSOM" for "... Mission in Somalia",
 * "UNMISS" for "... Mission in South Sudan"): the place's initials or first letters close it?
 */
function spellsPlace(acr: string, full: string, place: string): boolean {
  if (acronymFits(acr, full)) return true;
  const a = acr.toUpperCase();
  const words = place.split(/\s+/).filter(Boolean);
  const ini = words.map((w) => w[0]?.toUpperCase() ?? '').join('');
  if (ini.length >= 2 && a.endsWith(ini)) return true;
  const first = words[0]?.toUpperCase() ?? '';
  return (
    words.length === 1 &&
    first.length >= 3 &&
    a.length > 3 &&
    (a.endsWith(first.slice(0, 3)) || a.endsWith(first.slice(0, 2)))
  );
}

/** Lower-case heads that make a structure of an unknown acronym ("the AFAQ system"). */
const ACRONYM_STRUCTURES = new Map<string, InitiativeKind>([
  ['system', 'FACILITY'],
  ['platform', 'NETWORK'],
  ['mechanism', 'PROGRAM'],
  ['network', 'NETWORK'],
  ['initiative', 'PROGRAM'],
  ['programme', 'PROGRAM'],
  ['program', 'PROGRAM'],
  ['scheme', 'PROGRAM'],
  ['corridor', 'PROGRAM'],
  ['project', 'PROGRAM'],
]);

const COMMUNITY_OWNER =
  /\b(?:European|African|Arab|Asian|Eurasian|Andean|Caribbean|Pacific|Economic|Political-Security|Socio-Cultural|Security|Energy|Defence|Defense)\b/;
/** Title words that are also ordinary name words ("Conference of Presidents of Major ..."). */
const AMBIGUOUS_TITLES = new Set([
  'major',
  'general',
  'chief',
  'head',
  'deputy',
  'captain',
  'marshal',
  'king',
  'queen',
  'prince',
  'princess',
  'judge',
  'speaker',
  'founder',
  'leader',
]);
const LEADING_CLASS_NOUNS = new Set([
  'broadcaster',
  'newspaper',
  'militia',
  'rebels',
  'militants',
  'insurgents',
  'lawmakers',
  'officials',
  'state-run',
  'state-owned',
]);
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'della',
  'del',
  'di',
  'la',
  'le',
  'les',
  'des',
  'du',
  'el',
  'al',
  'van',
  'von',
]);
/** Capitalised function words and auxiliaries: inside a run they mark a Title-Case headline, not a name. */
/** (Prepositions are not here: Title-Case document titles have them, "... Efforts Against the ...".) */
const TITLE_CASE_WORDS = new Set([
  'a',
  'an',
  'their',
  'his',
  'her',
  'its',
  'our',
  'my',
  'your',
  'are',
  'is',
  'was',
  'were',
  'be',
  'been',
  'will',
  'could',
  'would',
  'should',
  'can',
  'may',
  'might',
  'has',
  'have',
  'had',
  'says',
  'said',
  'who',
  'what',
  'why',
  'how',
  'not',
  'than',
  'if',
  'when',
  'we',
  'they',
  'it',
  'he',
  'she',
  'you',
  'i',
  'once',
  'before',
]);
/** A fund or a system is a financing instrument or an infrastructure when its name says what it pays for or carries. */
const FACILITY_TOPIC =
  /\b(?:Peace|Trade|Development|Convergence|Investment|Infrastructure|Climate|Recovery|Stabili[sz]ation|Solidarity|Response|Pandemic|Green|Damage|Adaptation|Resilience|Emergency|Humanitarian|Cooperation|Structural|Guarantee|Financing|Support|Special|Vaccine|Food|Energy|Agriculture|Agricultural|Digital|Innovation|Payments?|Settlement|Clearing|Messaging|Transfer|Warning|Monitoring|Information|Surveillance|Interconnection|Preferences|Currency|Exchange|Transit|Customs|Integration|Reconstruction|Security|Health|Water|Education|Youth|Women)\b/;

/** Heads that close a law's or a treaty's title over its complements. */
const LAW_HEADS = new Set(['act', 'law', 'treaty', 'agreement', 'accord', 'accords']);

/** A legislature's chamber by its name ("House of Representatives", "House of Lords"). */
const LEGISLATIVE_HOUSE = /\bHouse of (?:Representatives|Commons|Lords|Councillors|Delegates|Peoples|the Federation)\b/;

/** Heads after which a capitalised "General" belongs to the name ("GCC Secretariat General"). */
const GENERAL_AFTER = new Set(['secretariat', 'directorate', 'consulate', 'inspectorate']);
const OPENING_MARK = /^[“"‘«„]$/;
const CLOSING_MARK = /^[”"’»“]$/;

/** Lower-case modifiers between a name and an exercise noun ("Gulf Shield 2025 joint naval exercise"). */
const EXERCISE_MODIFIERS =
  /^(?:joint|military|naval|air|land|annual|multinational|combined|large-scale|live-fire|counter-terrorism|counterterrorism|anti-terror|anti-terrorism|anti-terrorist|counter-terrorist|counterterrorist|search-and-rescue|rescue|amphibious|humanitarian|emergency|tactical|command-staff|command|staff|strategic|maritime|bilateral|trilateral|trilateral|international|regional|war|peacekeeping|drill|training)$/;

const cleanName = (s: string) =>
  s
    .replace(/[“”"‘]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function headKindOf(lower: string): {
  type: NameType;
  orgKind: OrganizationKind | null;
  initKind: InitiativeKind | null;
} {
  if (AMBIGUOUS_HEADS.has(lower))
    return { type: 'ambiguous', orgKind: null, initKind: INITIATIVE_HEADS[lower] ?? 'EVENT' };
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
      classNoun: false,
      ownerUa: -1,
      ownerUb: -1,
      acronym: null,
      acronymSpans: [],
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
    this.numberedEvents();
    this.classNouns();
    this.exercises();
    this.quotedNames();
    this.acronymHeads();
    for (const run of this.doc.runs) {
      let a = run.a;
      const b = run.b;
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

  /**
   * A numbered meeting named with a lower-case head, as agencies write it: "the 16th BRICS
   * summit", "the 25th meeting of the SCO Council of Heads of State": one event, as its
   * capitalised form is ("the 16th BRICS Summit"). The name needs an ordinal in figures and a
   * capitalised word before the head or in its "of the" phrase ("the 5th meeting" alone is none).
   */
  private numberedEvents(): void {
    const u = this.units;
    const free = (x: Unit | undefined) => !!x && !this.claimed[x.i];
    for (let k = 1; k < u.length; k += 1) {
      const head = u[k];
      if (!head.word || head.cap || !NUMBERED_MEETINGS.has(head.lower) || !free(head)) continue;
      // back across up to three capitalised words or kinds of meeting ("BRICS", "ministerial")
      // to the ordinal
      let a = k - 1;
      let named = false;
      while (
        a > 0 &&
        k - a <= 3 &&
        u[a].word &&
        (u[a].cap || EVENT_MODIFIERS.has(u[a].lower)) &&
        !ORDINAL.test(u[a].text) &&
        free(u[a])
      ) {
        named ||= u[a].cap;
        a -= 1;
      }
      // (an ordinal in figures: "the first SCO summit" is any first one, "the 16th" a name)
      if (!u[a]?.word || !/^\d+(?:st|nd|rd|th)$/.test(u[a].text) || !free(u[a])) continue;
      let b = k + 1;
      // "... of the SCO Council of Heads of State": a body's name after "of the", its "of" and
      // "and" included ("the 2nd meeting of Ali and Tom" names no meeting)
      if (u[b]?.lower === 'of' && u[b + 1]?.lower === 'the') {
        const s = b + 2;
        let e = s;
        while (
          e < u.length &&
          e - s < 10 &&
          free(u[e]) &&
          u[e].word &&
          (u[e].cap || (/^(?:of|and|for|the)$/.test(u[e].lower) && u[e + 1]?.cap))
        )
          e += 1;
        while (e > s && !u[e - 1].cap) e -= 1;
        if (e > s) b = e;
      }
      if (!named && b === k + 1) continue;
      const c = this.make(a, b, { type: 'initiative', initKind: 'EVENT', head: head.lower });
      this.out.push(c);
      // (a known body named inside stays a mention of it, as it was before this rule: "BRICS"
      // in "the 16th BRICS summit" may be its only one)
      this.gazetteerScan(a + 1, b);
      for (let x = a; x < b; x += 1) this.claimed[x] = 1;
    }
  }

  /**
   * "the AFAQ system", "the CIPS platform": an acronym that names no known body, then a
   * lower-case head of a structure. Its later bare uses ("the AFAQ link") are mentions.
   */
  private acronymHeads(): void {
    const u = this.units;
    for (let k = 1; k < u.length; k += 1) {
      const head = u[k];
      if (!head.word || head.cap || !ACRONYM_STRUCTURES.has(head.lower) || this.claimed[k] || this.claimed[k - 1])
        continue;
      const p = u[k - 1];
      if (!p.word || !/^\p{Lu}[\p{Lu}\p{N}]{2,7}$/u.test(p.text) || p.poss) continue;
      if (this.doc.countryAt.get(p.from) || this.doc.gaz.orgs.longestAt(this.doc.tokens, p.from, p.to)) continue;
      if (u[k - 2]?.word && u[k - 2].cap) continue; // part of a longer capitalised name
      const c = this.make(k - 1, k + 1, {
        type: 'initiative',
        initKind: ACRONYM_STRUCTURES.get(head.lower)!,
        head: head.lower,
        acronym: p.text,
      });
      this.out.push(c);
      this.claimed[k - 1] = 1;
      this.claimed[k] = 1;
    }
  }

  /** Parses one stretch of a run. */
  private segment(a0: number, b: number): void {
    const u = this.units;
    let a = a0;
    // sentence-initial function words and class nouns ("Broadcaster Channels Television showed ...") open no name
    // (a known body's acronym in capitals is none: "WHO", not "Who")
    while (
      a < b &&
      ((u[a].word &&
        u[a].cap &&
        (STOP_CAPS.has(u[a].lower) || LEADING_CLASS_NOUNS.has(u[a].lower)) &&
        !this.doc.knownForm(u[a])) ||
        (u[a].word && !u[a].cap && !this.doc.knownForm(u[a])))
    )
      a += 1;
    while (b > a && u[b - 1].word && !u[b - 1].cap && !u[b - 1].num && !this.doc.knownForm(u[b - 1])) b -= 1;
    if (a >= b) return;

    // "the 38th Ordinary Session of the Assembly of the African Union": one event title
    if (a === a0 && this.eventTitle(a, b)) return;
    // "... Communique Details The leaders", "Democratic Elite Betrayed Their Party": a capitalised
    // function word inside a run is a Title-Case headline or a new sentence, not part of a name
    for (let k = a + 1; k < b; k += 1) {
      if (!u[k].word || !u[k].cap || (u[k - 1].word && !u[k - 1].cap)) continue;
      if (TITLE_CASE_WORDS.has(u[k].lower)) {
        this.gazetteerScan(a, b);
        return;
      }
      // "The" cannot continue a name: a new phrase starts ("... Communique Details The leaders")
      if (u[k].lower === 'the') {
        this.segment(a, k);
        this.segment(k + 1, b);
        return;
      }
    }
    // "POLICE SHOOTINGS ARE CHANGING": shouted headline words are no name (the gazetteer still reads them)
    let shouted = 0;
    for (let k = a; k < b; k += 1)
      // (a year is no shouting: "ASEAN Community Vision 2045"; nor a known body's acronym:
      // "the ASEAN Political-Security Community and the ASEAN Economic Community")
      if (
        u[k].word &&
        u[k].text.length >= 4 &&
        /^[\p{Lu}\p{N}-]+$/u.test(u[k].text) &&
        /\p{Lu}/u.test(u[k].text) &&
        !this.doc.knownForm(u[k])
      )
        shouted += 1;
    if (shouted >= 2) {
      this.gazetteerScan(a, b);
      return;
    }
    // "... Agreement on Friday at ...": a date is no complement
    for (let k = a + 1; k < b - 1; k += 1) {
      if (this.isLowerConnector(u[k]) && u[k + 1].cap && MONTHS.has(u[k + 1].lower)) {
        this.segment(a, k);
        this.segment(k + 2, b);
        return;
      }
    }

    // Whole stretch is a gazetteer name.
    const whole = this.gazOrgExact(a, b);
    if (whole) {
      this.out.push(
        this.make(a, b, {
          type: 'organization',
          knownOrg: whole.org,
          form: whole.form,
          orgKind: whole.org.kind ?? null,
        }),
      );
      return;
    }
    const wholeInit = this.gazInitExact(a, b);
    if (wholeInit) {
      this.out.push(this.make(a, b, { type: 'initiative', knownInit: wholeInit, initKind: wholeInit.kind ?? 'OTHER' }));
      return;
    }

    // "and the" coordinates two phrases: parse them apart (not inside a name that an acronym
    // after it spells whole: "Development Bank of Latin America and the Caribbean (CAF)")
    const spelled = this.parenAt(b) !== null;
    for (let k = a + 1; k < b - 1; k += 1) {
      if (
        u[k].lower === 'and' &&
        !u[k].cap &&
        ['the', 'a', 'an'].includes(u[k + 1].lower) &&
        !(spelled && !this.hasHead(k + 2, b))
      ) {
        this.segment(a, k);
        this.segment(k + 2, b);
        return;
      }
    }
    // "the Gulf Railway Project and on the GCC ... Vision": "and" before a preposition coordinates phrases
    for (let k = a + 1; k < b - 1; k += 1) {
      if (u[k].lower === 'and' && !u[k].cap && this.isLowerConnector(u[k + 1])) {
        this.segment(a, k);
        this.segment(k + 1, b);
        return;
      }
    }
    // "X Association and Y Foundation", "X Association for ... and Kenya’s Y Association": two
    // names; so are a known name and another ("CNN and Fox News", "The New York Times and
    // Boston Globe", "The Washington Post and Jane Doe")
    for (let k = a + 1; k < b - 1; k += 1) {
      if (u[k].lower !== 'and' || u[k].cap) continue;
      const known = !!this.gazOrgExact(a, k) || !!this.gazOrgExact(k + 1, b);
      if ((this.completeName(a, k) || known) && (this.hasHead(k + 1, b) || known)) {
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
      this.push(name);
      return;
    }
    // "the far-right National Rally (RN)": a capitalised phrase that defines an acronym is a name
    const headless = this.headlessWithAcronym(a, b);
    if (headless) {
      this.push(headless);
      return;
    }
    // No head: gazetteer names in the core, then the complement as a new stretch.
    let c = -1;
    for (let k = a + 1; k < b; k += 1)
      if (this.isLowerConnector(u[k])) {
        c = k;
        break;
      }
    // ... unless a law's or a treaty's head ends the whole stretch: "Freedom of Information
    // Act", "Protection of Lawful Commerce in Arms Act" are one title
    const last = u[b - 1];
    if (
      c > a &&
      last.cap &&
      LAW_HEADS.has(last.lower) &&
      u.slice(a, b).every((x) => x.word && (x.cap || this.isLowerConnector(x) || x.lower === 'the'))
    ) {
      const hk = headKindOf(last.lower);
      if (hk.type === 'initiative') {
        this.push(this.make(a, b, { type: 'initiative', initKind: hk.initKind, head: last.lower }));
        return;
      }
    }
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
    if (m && m.value && m.to === u[this.doc.unitOfToken[m.to - 1]].to && endsName(this.doc.unitOfToken[m.to - 1] + 1))
      return true;
    const c = this.core(a, b);
    return !!c && endsName(c.ub) && !c.shortForm && (c.type === 'organization' || c.type === 'ambiguous');
  }

  /** Parses [a, b) as one head-governed name, or returns null. */
  private core(a0: number, b0: number): NameCandidate | null {
    const u = this.units;
    let a = a0;
    let b = b0;
    let seat: string | null = null;
    let owner: KnownOrganization | null = null;
    let ownerUa = -1;
    // "Kazakhstan’s Children’s Fund": possessive country prefix → seat, outside the name;
    // "Mercosur’s Fund for ...": a possessive organization owns the name, outside it too
    for (let k = a; k < Math.min(b - 1, a + 3); k += 1) {
      if (!u[k].poss) continue;
      const iso = countryExact(this.doc, u[a].from, u[k].to);
      const org = iso ? null : this.gazOrgExact(a, k + 1);
      if (iso) {
        seat = iso;
        a = k + 1;
      } else if (org) {
        owner = org.org;
        ownerUa = a;
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
      if (
        this.isLowerConnector(u[k]) ||
        (u[k].word && !u[k].cap && !u[k].num && u[k].lower !== 'and' && u[k].lower !== '&')
      ) {
        c = k;
        break;
      }
    }
    let h = -1;
    for (let k = a; k < c; k += 1) {
      if (this.isHead(u[k])) h = k;
      // personal titles after a head end the name: "African Union Commission Chairperson ..."
      if (
        h >= 0 &&
        k > h &&
        u[k].cap &&
        PERSON_TITLE_HEADS.has(u[k].lower) &&
        !(k === h + 1 && u[k].lower === 'general' && GENERAL_AFTER.has(u[h].lower))
      ) {
        c = k;
        b = k;
        break;
      }
    }
    if (h < 0) return null;
    // "Huffington Post’s Scott Conroy", "Media Research Center’s Dan Gainor": what a name
    // owns after its head is not part of it
    // (nor is what it owns after an earlier head: "the Eurasian Research Institute’s Executive Committee")
    for (let k = a; k < c - 1; k += 1) {
      if (!u[k].poss || (k < h && !this.isHead(u[k]))) continue;
      c = k + 1;
      b = k + 1;
      h = k;
      break;
    }
    // "Fox News Tuesday", "Saint Anselm College February 6": a date after the head ends the name
    for (let k = h + 1; k < c; k += 1) {
      if (!MONTHS.has(u[k].lower)) continue;
      c = k;
      b = k;
      break;
    }
    // "President Barack Obama’s Affordable Care Act": a person's possessive is no part of the name
    for (let k = a; k < h; k += 1) {
      if (!u[k].poss) continue;
      let titled = false;
      for (let j = a; j < k; j += 1) if (u[j].cap && PERSON_TITLE_HEADS.has(u[j].lower)) titled = true;
      if (titled) a = k + 1;
    }
    if (a > h) return null;
    const head = u[h].lower;
    const coreText = this.doc.body.slice(u[a].start, u[b - 1].end);
    // a community is a body or a pillar only as a region's or an organization's ("Andean Community", "ASEAN Economic Community")
    if (head === 'community' && (h !== c - 1 || !(COMMUNITY_OWNER.test(coreText) || this.prefixOrg(a, b)))) return null;
    // a system is a name only as an infrastructure ("Pan-African Payment and Settlement System")
    if (head === 'system' && !FACILITY_TOPIC.test(coreText)) return null;
    // "Council on American-Islamic Relations National Executive Director Nihad Awad": a title in
    // the complement ends the name
    for (let k = c + 1; k + 1 < b; k += 1) {
      if (!u[k].cap || !PERSON_TITLE_HEADS.has(u[k].lower) || k <= h || AMBIGUOUS_TITLES.has(u[k].lower)) continue;
      const n = u[k + 1];
      if (!n.word || !n.cap || isHeadWord(n.lower) || PERSON_TITLE_HEADS.has(n.lower) || TITLE_MODIFIERS.has(n.lower))
        continue;
      let t = k;
      while (t - 1 > c && u[t - 1].cap && TITLE_MODIFIERS.has(u[t - 1].lower)) t -= 1;
      while (t > c && u[t - 1].word && !u[t - 1].cap) t -= 1;
      b = t;
      break;
    }
    // "Joint Communique Details": plain words after a document head are not part of its title
    if (DOCUMENT_HEADS.has(head) && h < c - 1) {
      let plain = true;
      for (let k = h + 1; k < c; k += 1)
        if (!u[k].word || !u[k].cap || u[k].num || /\d/.test(u[k].text) || isHeadWord(u[k].lower)) plain = false;
      if (plain) {
        c = h + 1;
        b = h + 1;
      }
    }
    if (HEADS_NEEDING_OF.has(head) && !(h === c - 1 && u[c]?.lower === 'of')) return null;
    const bare = h === a && c === a + 1 && b === a + 1;
    if (bare) {
      const hk = headKindOf(head);
      return this.make(a, b, { type: hk.type, orgKind: hk.orgKind, initKind: hk.initKind, head, shortForm: true });
    }
    if (
      HEADS_NEEDING_MODIFIER.has(head) &&
      h === a &&
      u[c]?.lower !== 'of' &&
      u[c]?.lower !== 'for' &&
      u[c]?.lower !== 'on'
    )
      return null;
    let hk = headKindOf(head);
    // "House of Representatives", "House of Commons": a chamber, not a building
    if (head === 'house' && LEGISLATIVE_HOUSE.test(this.doc.body.slice(u[a].start, u[b - 1].end)))
      hk = { type: 'organization', orgKind: 'GOVERNMENT', initKind: null };
    // complements: cut "in <place>" / "at <place>" unless the name is a title or the place a country
    let location: string | null = null;
    for (let k = c; k < b; k += 1) {
      const w = u[k];
      if (!w.word || w.cap || (w.lower !== 'in' && w.lower !== 'at')) continue;
      const placeTo = b;
      const iso = countryExact(this.doc, u[k + 1].from, u[placeTo - 1].to);
      const titleLike = hk.type === 'initiative' && DOCUMENT_HEADS.has(head);
      // "Lund University in Sweden": the country is the seat, not part of the name; a body's
      // branch keeps it ("Shanghai Cooperation Organization Center for Public Diplomacy in
      // Uzbekistan": one of several, named by their country)
      if (hk.type === 'organization' && w.lower === 'in' && iso) {
        seat = seat ?? iso;
        if (!this.prefixOrg(a, k)) b = k;
        break;
      }
      if (titleLike) break;
      // "... Mission in Somalia (AUSSOM)": the acronym spells the place too, so it is part of the name
      const acr = this.parenAt(b);
      if (
        acr &&
        !acronymFits(acr, this.doc.body.slice(u[a].start, u[k - 1].end)) &&
        spellsPlace(
          acr,
          this.doc.body.slice(u[a].start, u[b - 1].end),
          this.doc.body.slice(u[k + 1].start, u[b - 1].end),
        )
      )
        break;
      location = this.doc.body.slice(u[k + 1].start, u[placeTo - 1].end);
      b = k;
      break;
    }
    // "Central Bank of Somalia", "General Assembly of Uruguay": "of <Country>" at the end ties the body to it
    if (!seat && hk.type === 'organization') {
      for (let k = c; k + 1 < b; k += 1) {
        if (u[k].word && !u[k].cap && u[k].lower === 'of') {
          let y = k + 1;
          if (u[y].lower === 'the' && y + 1 < b) y += 1;
          const iso = countryExact(this.doc, u[y].from, u[b - 1].to);
          if (iso) seat = iso;
          break;
        }
      }
    }
    const own: Partial<NameCandidate> = owner ? { prefixOrg: owner, ownerUa, ownerUb: a } : {};
    const known = this.gazOrgExact(a, b);
    // a known body of another country is a namesake, not this one ("Belarus’s Association ..." ≠ Tajikistan’s)
    if (known && !(seat && known.org.country && known.org.country !== seat)) {
      return this.make(a, b, {
        type: 'organization',
        knownOrg: known.org,
        form: known.form,
        orgKind: known.org.kind ?? null,
        head,
        seat,
        location,
        ...own,
      });
    }
    const knownInit = this.gazInitExact(a, b);
    if (knownInit)
      return this.make(a, b, {
        type: 'initiative',
        knownInit,
        initKind: knownInit.kind ?? hk.initKind,
        head,
        seat,
        location,
        ...own,
      });
    const c0 = this.make(a, b, {
      type: hk.type,
      orgKind: hk.orgKind,
      initKind: hk.initKind,
      head,
      seat,
      location,
      ...own,
    });
    // "ASEAN Economic Community": a community named after an intergovernmental body is one of its pillars
    if (head === 'community' && c0.prefixOrg?.kind === 'INTERGOVERNMENTAL') {
      c0.type = 'initiative';
      c0.orgKind = null;
      c0.initKind = 'PROGRAM';
    }
    return c0;
  }

  /** Pushes a name, and the organization owning it by a possessive as a name of its own. */
  private push(c: NameCandidate): void {
    this.out.push(c);
    if (c.ownerUa >= 0) this.gazetteerScan(c.ownerUa, c.ownerUb);
  }

  /** The acronym-like word of "( WORD )" starting at unit `i`, else null. */
  private parenAt(i: number): string | null {
    const u = this.units;
    if (u[i]?.text !== '(' || u[i + 2]?.text !== ')' || !u[i + 1].word || !u[i + 1].cap) return null;
    return u[i + 1].text;
  }

  /**
   * A capitalised phrase with no head word, followed by an acronym in parentheses and
   * introduced as a noun phrase ("the", a possessive, a lower-case modifier before it):
   * "the far-right National Rally (RN)". Not a country, not a gazetteer name.
   */
  private headlessWithAcronym(a: number, b: number): NameCandidate | null {
    const u = this.units;
    const acr = this.parenAt(b);
    if (!acr || !/^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u.test(acr) || b - a < 2) return null;
    for (let k = a; k < b; k += 1) if (!u[k].word || !u[k].cap || u[k].num || MONTHS.has(u[k].lower)) return null;
    if (countryExact(this.doc, u[a].from, u[b - 1].to)) return null;
    if (this.doc.gaz.orgs.scan(this.doc.tokens, u[a].from, u[b - 1].to).length) return null;
    const prev = u[a - 1];
    if (!prev || !(prev.word && (!prev.cap || prev.poss))) return null;
    if (PERSON_TITLE_HEADS.has(prev.lower)) return null; // "president Jordan Bardella (RN)": a person
    return this.make(a, b, { type: 'organization', orgKind: 'OTHER', head: null });
  }

  /** An ordinal or a year, then an event head as the first head: the whole stretch is one event. */
  private eventTitle(a: number, b0: number): boolean {
    const u = this.units;
    const o = u[a - 1];
    const ordinalInside = u[a].cap && ORDINAL.test(u[a].text);
    const ordinalBefore =
      !!o && o.word && !this.claimed[a - 1] && (ORDINAL.test(o.text) || (o.num && /^(?:19|20)\d\d$/.test(o.text)));
    if (!ordinalInside && !ordinalBefore) return false;
    let h = -1;
    // (a plural head for two sessions: "the 44th and 45th ASEAN Summits")
    const eventHead = (x: Unit) => EVENT_TITLE_HEADS.has(x.lower) || EVENT_TITLE_HEADS.has(x.lower.replace(/s$/, ''));
    for (let k = ordinalInside ? a + 1 : a; k < b0; k += 1) {
      if (!u[k].word || !u[k].cap) return false;
      if (this.isHead(u[k]) || eventHead(u[k])) {
        h = k;
        break;
      }
    }
    if (h < 0 || !eventHead(u[h])) return false;
    // the year before must not be a date adverbial ("in 2025 Summit ..." never happens; "2025 NATO Summit" does)
    let b = b0;
    let location: string | null = null;
    for (let k = h + 1; k < b; k += 1) {
      if (u[k].word && !u[k].cap && (u[k].lower === 'in' || u[k].lower === 'at') && k + 1 < b) {
        let e = k + 1;
        while (e < b && u[e].word && u[e].cap && !MONTHS.has(u[e].lower)) e += 1;
        if (e > k + 1) location = this.doc.body.slice(u[k + 1].start, u[e - 1].end);
        b = k;
        break;
      }
    }
    let start = ordinalInside ? a : a - 1;
    // "the 44th and 45th ASEAN Summits": both ordinals
    if (!ordinalInside && u[start - 1]?.lower === 'and' && ORDINAL.test(u[start - 2]?.text ?? '')) start -= 2;
    const c = this.make(start, b, { type: 'initiative', initKind: 'EVENT', head: u[h].lower, location });
    this.out.push(c);
    return true;
  }

  /**
   * Organizations named next to a lower-case class noun: "the militant group al-Shabaab",
   * "broadcaster BFMTV", "the Nation newspaper", "the official Agência Brasil news agency".
   */
  private classNouns(): void {
    const u = this.units;
    // "English-language", "New York-based": hyphenated adjectives are not names
    const nameUnit = (x: Unit | undefined) =>
      !!x &&
      x.word &&
      ((x.cap &&
        !STOP_CAPS.has(x.lower) &&
        !MONTHS.has(x.lower) &&
        !PERSON_TITLE_HEADS.has(x.lower) &&
        !x.parts.slice(1).some((p) => /^\p{Ll}/u.test(p))) ||
        isArticleName(x));
    for (let k = 0; k < u.length; k += 1) {
      if (!u[k].word || u[k].cap) continue;
      for (const cn of CLASS_NOUNS) {
        const n = cn.words.length;
        let ok = true;
        for (let w = 0; w < n && ok; w += 1)
          ok = !!u[k + w] && u[k + w].word && !u[k + w].cap && u[k + w].lower === cn.words[w];
        if (!ok) continue;
        let a: number;
        let b: number;
        if (cn.before) {
          // "the pro-Russian group X", "an anti-government militia Y": a pro-/anti- adjective qualifies too
          if (cn.needs && !(k > 0 && (cn.needs.has(u[k - 1].lower) || /^(?:pro|anti)-\p{L}/u.test(u[k - 1].lower))))
            continue;
          a = k + n;
          b = a;
          while (b < u.length && b - a < 5 && !this.claimed[b]) {
            // "newspaper Correio de Manha": a particle inside the name
            if (b > a && u[b].word && !u[b].cap && NAME_PARTICLES.has(u[b].lower) && nameUnit(u[b + 1])) {
              b += 1;
              continue;
            }
            if (!nameUnit(u[b])) break;
            b += 1;
            if (u[b - 1].poss) break;
            // "NoName057(16)": a number in brackets glued to the name is part of it
            if (u[b]?.text === '(' && !u[b].spaceBefore && u[b + 1]?.num && u[b + 2]?.text === ')') {
              b += 3;
              break;
            }
          }
        } else {
          b = k;
          a = b;
          while (a > 0 && b - a < 4 && nameUnit(u[a - 1]) && !this.claimed[a - 1] && !u[a - 1].poss) a -= 1;
          // "the Nation newspaper", "the official Agência Brasil news agency"; not "a Washington newspaper"
          let d = a - 1;
          while (
            d >= 0 &&
            a - d <= 3 &&
            u[d].word &&
            !u[d].cap &&
            u[d].lower !== 'the' &&
            u[d].lower !== 'a' &&
            u[d].lower !== 'an'
          )
            d -= 1;
          // the class noun's qualifier right before the name ("ruling New Unity party")
          if (cn.needs && !(a > 0 && cn.needs.has(u[a - 1].lower))) continue;
          // "the X newspaper"; "Latvia's ruling X party" (a possessive name determines too)
          // (a country's possessive for any class: "Iran's IRNA news agency"; "The" opening the sentence)
          const possessive =
            d >= 0 && u[d].cap && u[d].poss && (!!cn.needs || !!countryExact(this.doc, u[d].from, u[d].to));
          const sentenceThe = d >= 0 && u[d].text === 'The' && (d === 0 || /^[.!?:\n]$/.test(u[d - 1]?.text ?? ''));
          if (!cn.bare && (d < 0 || (!possessive && !sentenceThe && (u[d].lower !== 'the' || u[d].cap)))) continue;
          // ("Kurdish fighters", "Palestinian militants": a people's adjective, not a group's name)
          if (cn.bare && b - a === 1 && /(?:ish|ian|ean|ese)$/.test(u[a].lower)) continue;
        }
        if (b <= a) continue;
        // all country names or demonyms ("the Kenyan newspaper") say where, not who
        let allCountry = true;
        for (let x = a; x < b; x += 1) if (!countryExact(this.doc, u[x].from, u[x].to)) allCountry = false;
        if (allCountry) continue;
        if (this.doc.gaz.orgs.longestAt(this.doc.tokens, u[a].from, u[b - 1].to + 1)) continue; // known: the gazetteer names it
        if (b - a === 1 && isHeadWord(u[a].lower)) continue;
        const c = this.make(a, b, { type: 'organization', orgKind: cn.kind, head: null, classNoun: true });
        this.out.push(c);
        for (let x = a; x < b; x += 1) this.claimed[x] = 1;
        break;
      }
    }
  }

  /**
   * Exercises named by a lower-case noun after or before them: "the Gulf Shield 2025 joint
   * exercise", "exercise Sahand-Counterterrorism-2025", "drills code-named Zapad-2021".
   */
  private exercises(): void {
    const u = this.units;
    const part = (x: Unit | undefined) =>
      !!x &&
      x.word &&
      !this.claimed[x.i] &&
      ((x.cap && !STOP_CAPS.has(x.lower) && !MONTHS.has(x.lower)) || (x.num && x.text.length === 4));
    for (let k = 1; k < u.length; k += 1) {
      // "the Baltic Sentry mission": a programme named before a lower-case mission noun
      if (u[k].word && !u[k].cap && PROGRAM_NOUNS.has(u[k].lower)) {
        let a = k;
        while (a > 0 && k - a < 4 && part(u[a - 1]) && !u[a - 1].poss) a -= 1;
        if (a < k && a > 0 && u[a - 1].lower === 'the') this.exerciseName(a, k, 'PROGRAM');
        continue;
      }
      if (!u[k].word || u[k].cap || !EXERCISE_NOUNS.has(u[k].lower)) continue;
      // before the noun, across lower-case modifiers
      let e = k;
      while (e > 0 && k - e < 3 && u[e - 1].word && !u[e - 1].cap && EXERCISE_MODIFIERS.test(u[e - 1].lower)) e -= 1;
      // (the name may be in quotation marks: "the “Peace Mission 2024” joint exercise")
      const shut = e > 1 && CLOSING_MARK.test(u[e - 1].text) ? e - 1 : e;
      let a = shut;
      while (a > 0 && shut - a < 5 && part(u[a - 1])) a -= 1;
      const quotedBefore = shut < e;
      if (
        a < shut &&
        (!quotedBefore || OPENING_MARK.test(u[a - 1]?.text ?? '')) &&
        this.exerciseName(a, shut, 'EVENT', quotedBefore)
      )
        continue;
      // after the noun: "exercise Sahand-Counterterrorism-2025", "drills, code-named X",
      // "the joint exercise “Peace Mission-2024”"
      let s = k + 1;
      if (u[s]?.text === ',') s += 1;
      if (u[s] && /^(?:code-named|codenamed|dubbed|called|named)$/.test(u[s].lower)) s += 1;
      const quoted = !!u[s] && OPENING_MARK.test(u[s].text);
      if (quoted) s += 1;
      let b = s;
      while (b < u.length && b - s < 5 && part(u[b])) b += 1;
      // (a name right after the noun is the exercise's whatever its words: "exercise Peace Mission 2021")
      if (b > s && (!quoted || CLOSING_MARK.test(u[b]?.text ?? ''))) this.exerciseName(s, b, 'EVENT', true);
    }
  }

  /**
   * A name in quotation marks that an initiative noun before it introduces: "the payment
   * systems interconnection project, known as “Aafaq”", "a programme called “Green Belt”",
   * "The initiative, dubbed “Digital Silk Road”,". The noun gives the kind.
   */
  private quotedNames(): void {
    const u = this.units;
    for (let k = 1; k < u.length; k += 1) {
      if (
        !u[k].word ||
        u[k].cap ||
        !/^(?:called|dubbed|named|titled|entitled|known|code-named|codenamed)$/.test(u[k].lower)
      )
        continue;
      let s = k + 1;
      if (u[k].lower === 'known') {
        if (u[s]?.lower !== 'as') continue;
        s += 1;
      }
      if (!OPENING_MARK.test(u[s]?.text ?? '') || !u[s + 1]?.cap) continue;
      let n = k - 1;
      if (u[n]?.text === ',') n -= 1;
      const noun = u[n];
      if (!noun?.word || noun.cap || !(noun.lower in INITIATIVE_HEADS) || AMBIGUOUS_HEADS.has(noun.lower)) continue;
      let b = s + 1;
      while (b < u.length && b - s <= 8 && u[b].word && !this.claimed[b]) b += 1;
      if (b === s + 1 || !CLOSING_MARK.test(u[b]?.text ?? '')) continue;
      this.out.push(this.make(s + 1, b, { type: 'initiative', initKind: INITIATIVE_HEADS[noun.lower], head: null }));
      for (let x = s + 1; x < b; x += 1) this.claimed[x] = 1;
    }
  }

  /** `quoted`: the name is in quotation marks, so words like "Mission" are part of it, not its head. */
  private exerciseName(a: number, b: number, kind: 'EVENT' | 'PROGRAM' = 'EVENT', quoted = false): boolean {
    const u = this.units;
    if (!u[a].cap) return false;
    let allCountry = true;
    for (let x = a; x < b; x += 1) if (u[x].cap && !countryExact(this.doc, u[x].from, u[x].to)) allCountry = false;
    if (allCountry) return false;
    const m = this.doc.gaz.orgs.longestAt(this.doc.tokens, u[a].from, u[b - 1].to);
    if (m && m.to === u[b - 1].to) return false; // "NATO exercises": the body, not a name
    if (!quoted)
      for (let x = a; x < b; x += 1) if (isHeadWord(u[x].lower) && !EXERCISE_NOUNS.has(u[x].lower)) return false;
    // a person's name says whose mission, not which ("the Trump mission")
    if (
      kind === 'PROGRAM' &&
      b - a <= 3 &&
      this.doc.gaz.people.exact(this.doc.tokens, u[a].from, u[b - 1].to) !== undefined
    )
      return false;
    const c = this.make(a, b, { type: 'initiative', initKind: kind, head: null });
    this.out.push(c);
    for (let x = a; x < b; x += 1) this.claimed[x] = 1;
    return true;
  }

  private gazetteerScan(a: number, b: number): void {
    const tokens = this.doc.tokens;
    const from = this.tokFrom(a);
    const to = this.tokTo(b);
    const local: NameCandidate[] = [];
    for (const m of this.doc.gaz.orgs.scan(tokens, from, to)) {
      const ua = this.doc.unitOfToken[m.from];
      const ub = this.doc.unitOfToken[m.to - 1] + 1;
      const c = this.make(ua, ub, {
        type: 'organization',
        knownOrg: m.value.org,
        form: m.value.form,
        orgKind: m.value.org.kind ?? null,
      });
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
