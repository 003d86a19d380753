/**
 * Initiatives from name candidates: one record per name, kind from the head word (or
 * the gazetteer), and per-article facts from the surrounding words: status from the
 * nearest cue verb (proposed → PROPOSED, stands ready to / will → ANNOUNCED, carried out /
 * held → COMPLETED, signed / followed / since <year> → ACTIVE), year, location, who
 * proposed it and who takes part (the parties of a hyphenated name, the organization its
 * name starts with).
 */
import type { EntityRef, ExtractedInitiative, InitiativeKind, InitiativeStatus, Span } from '../types.js';
import { countryExact, sentenceAt, type Doc } from './doc.js';
import type { KnownInitiative } from './gazetteer.js';
import { PARTICIPATION, STATUS_AFTER, STATUS_CUES } from './lexicon.js';
import type { NameCandidate } from './names.js';
import type { OrganizationsResult } from './organizations.js';
import { normName, sortSpans } from './text.js';

export interface InitGroup {
  key: string;
  name: string;
  cands: NameCandidate[];
  shortMentions: Span[];
  known: KnownInitiative | null;
  kind: InitiativeKind;
  first: number;
  /** Defined in the text: "Pan-African Payment and Settlement System (PAPSS)". */
  acronym: string | null;
}

/** A party's national convention is a meeting, not a treaty ("the Democratic National Convention"). */
const PARTY_CONVENTION =
  /\b(?:National|Party|Democratic|Republican|Labour|Conservative)\s+(?:\p{Lu}\p{L}+\s+)?Convention\b/u;

function candidateKind(c: NameCandidate): InitiativeKind {
  if (c.head === 'convention' && PARTY_CONVENTION.test(c.name)) return 'EVENT';
  return c.initKind ?? 'OTHER';
}

export function groupInitiatives(cands: NameCandidate[]): {
  groups: InitGroup[];
  groupOf: Map<NameCandidate, InitGroup>;
} {
  const groups: InitGroup[] = [];
  const groupOf = new Map<NameCandidate, InitGroup>();
  const byName = new Map<string, InitGroup>();
  for (const c of cands) {
    if (c.type !== 'initiative' || c.shortForm) continue;
    const id = c.knownInit ? `known:${c.knownInit.name}` : normName(c.name);
    let g = byName.get(id);
    if (!g) {
      // the name as the article writes it (the longest form), not a form it never uses
      g = {
        key: '',
        name: c.name,
        cands: [],
        shortMentions: [],
        known: c.knownInit,
        kind: c.knownInit?.kind ?? candidateKind(c),
        first: c.start,
        acronym: null,
      };
      byName.set(id, g);
      groups.push(g);
    }
    g.cands.push(c);
    if (c.name.length > g.name.length) g.name = c.name;
    groupOf.set(c, g);
    if (c.acronym) {
      g.acronym = g.acronym ?? c.acronym;
      for (const m of c.acronymSpans) g.shortMentions.push(m);
    }
  }
  // an abbreviation alone ("AfCFTA", "BRI") says less than the known full name
  for (const g of groups) if (g.known && !/\s/.test(g.name)) g.name = g.known.name;
  // Short forms not claimed by an organization: the nearest preceding initiative with that head.
  const lastByHead = new Map<string, InitGroup>();
  for (const c of [...cands].sort((a, b) => a.start - b.start)) {
    if (!c.shortForm) {
      const g = groupOf.get(c);
      if (g && c.head) lastByHead.set(c.head, g);
      continue;
    }
    if (c.type === 'organization' || !c.head) continue;
    const best = lastByHead.get(c.head);
    if (best) {
      best.shortMentions.push({ start: c.start, end: c.end, text: c.text });
      groupOf.set(c, best);
    }
  }
  const used = new Set<string>();
  for (const g of groups) {
    let k = g.name;
    for (let n = 2; used.has(k); n += 1) k = `${g.name}#${n}`;
    g.key = k;
    used.add(k);
  }
  return { groups, groupOf };
}

const GLOBAL_CUES = STATUS_CUES.map((c) => ({ re: new RegExp(c.re.source, 'gi'), status: c.status }));
const YEAR_IN =
  /\b(?:in|since|of|from)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(1[89]\d\d|20\d\d)\b/gi;
/** Where one clause of a sentence ends and another begins (", and", ", while", ";"). */
const CLAUSE_JOINT = /,\s+(?:and|while|but|whereas)\s+|;\s+/g;
const PLACE_IN = /\bin\s+((?:[\p{Lu}][\p{L}’'-]*\s?)+(?:(?:city|province|region|state)\b)?)/u;

export interface InitiativeContext {
  doc: Doc;
  orgs: OrganizationsResult;
  /** Who a clause-initial mention at this offset refers to, for "X proposed ..." */
  subjectBefore: (offset: number) => EntityRef[];
  /** The entity mentioned right at [start, end) ("initiative of Tajikistan"). */
  entityAt: (start: number) => EntityRef | null;
  /** The entities of a list starting at `offset` ("A, B and C"; "X of the Y" counts X). */
  listAt: (offset: number) => EntityRef[];
  /** Organizations and countries mentioned in [start, end). */
  bodiesIn: (start: number, end: number) => EntityRef[];
  /** Is `offset` inside some entity name (a year in "SCO Summit 2021" belongs to it)? */
  insideName: (offset: number) => boolean;
}

/** The full records, with per-article status, year, location and parties. */
export function initiativeRecords(groups: InitGroup[], ctx: InitiativeContext): ExtractedInitiative[] {
  const { doc, orgs } = ctx;
  const body = doc.body;
  const orgKey = (c: NameCandidate | null): string | null => (c ? (orgs.groupOf.get(c)?.key ?? null) : null);
  const knownKeys = new Map<string, string>();
  for (const x of orgs.groups) {
    if (!x.known) continue;
    if (!knownKeys.has(x.known.name)) knownKeys.set(x.known.name, x.key);
    if (x.known.acronym && !knownKeys.has(x.known.acronym)) knownKeys.set(x.known.acronym, x.key);
  }
  const knownOrgKey = (name: string | null | undefined): string | null => (name ? (knownKeys.get(name) ?? null) : null);
  const starts = groups.flatMap((g) => g.cands.map((c) => c.start));
  return groups.map((g) => {
    const c0 = g.cands[0];
    const sentence = sentenceAt(doc, c0.start);
    const before = body.slice(sentence.start, c0.start);
    const after = body.slice(c0.end, sentence.end);

    // status: the cues of the sentence before the name, by priority; else a participle after it;
    // else "The ... Area advocates for ...": acting as a subject
    let status: InitiativeStatus = 'UNKNOWN';
    let cueAt = -1;
    for (const cue of GLOBAL_CUES) {
      const hits = [...before.matchAll(cue.re)];
      if (!hits.length) continue;
      status = cue.status;
      cueAt = sentence.start + hits[0].index; // the first cue of the chain carries the subject
      break;
    }
    if (status === 'UNKNOWN') {
      const m = STATUS_AFTER.exec(after);
      if (m) status = /held|carried out|hosted|convened/i.test(m[1]) ? 'COMPLETED' : 'ACTIVE';
    }
    if (
      status === 'UNKNOWN' &&
      /^\s*(?:\([^)]*\)\s*)?(?:also\s+|now\s+)?(?!(?:was|is|has|does|includes)\b)[a-z]+s\b/.test(after) &&
      /^(?:the)?$/i.test(before.trim())
    ) {
      status = 'ACTIVE';
    }

    // year: in the name (not a horizon), else the one its clause gives with "in"/"since"/"of"
    // (not inside another name), after the name first ("Saudi Vision 2030 was launched in
    // 2016"; "signed X, and launched Y in 2022" gives X none). A strategy's year in its name
    // is its horizon ("Agenda 2063", "Saudi Vision 2030"), not its launch.
    let year: number | null = null;
    const until = /\b(?:until|till|through|to)\s+\d{4}\b/.test(g.name);
    const inName = until || g.kind === 'STRATEGY' ? null : /\b(1[89]\d\d|20\d\d)\b/.exec(g.name);
    if (inName) year = Number(inName[1]);
    else if (!until) {
      const text = body.slice(sentence.start, sentence.end);
      // the clause holding the name: between ", and" / ", while" / ";" joints
      let from = 0;
      let to = text.length;
      for (const j of text.matchAll(CLAUSE_JOINT)) {
        const at = sentence.start + j.index;
        if (at < c0.start) from = j.index + j[0].length;
        else if (at >= c0.end) {
          to = j.index;
          break;
        }
      }
      let after: number | null = null;
      let before: number | null = null;
      for (const m of text.slice(from, to).matchAll(YEAR_IN)) {
        const at = sentence.start + from + m.index + m[0].length - 4;
        if (ctx.insideName(at)) continue;
        // (a year after another initiative named nearer is that one's: "the Gulf Railway Project
        // and the GCC Regional Security Vision, adopted in 2024")
        if (at >= c0.end) {
          if (!starts.some((x) => x > c0.end && x < at)) after ??= Number(m[1]);
        } else if (!starts.some((x) => x > at && x < c0.start)) before = Number(m[1]);
      }
      year = after ?? before;
    }

    // location: cut off the name, else "(held) in <Place>" later in the clause
    let location = g.cands.map((c) => c.location).find(Boolean) ?? null;
    if (!location) {
      const clause = after.split(/[,;.](?:\s|$)/)[0];
      const m = PLACE_IN.exec(clause);
      if (
        m &&
        !/^(?:\d|January|February|March|April|May|June|July|August|September|October|November|December)/.test(m[1])
      )
        location = m[1].trim();
    }

    // proposedBy / participants
    const proposedBy: EntityRef[] = [];
    const participants: EntityRef[] = [];
    const add = (list: EntityRef[], r: EntityRef | null) => {
      if (!r) return;
      const k = `${r.type}:${r.key}`;
      if ([...proposedBy, ...participants].some((x) => `${x.type}:${x.key}` === k)) return;
      list.push(r);
    };
    const initiativeOf = cueAt >= 0 ? /^initiative of\s+/i.exec(body.slice(cueAt, cueAt + 20)) : null;
    if (initiativeOf) add(proposedBy, ctx.entityAt(cueAt + initiativeOf[0].length));
    if (!proposedBy.length && cueAt >= 0 && (status !== 'ACTIVE' || /sign/i.test(before))) {
      for (const r of ctx.subjectBefore(cueAt)) add(proposedBy, r);
    }
    const ofParent = g.cands.map((c) => c.ofParent).find(Boolean) ?? null;
    if (!proposedBy.length && ofParent)
      add(proposedBy, orgKey(ofParent) ? { type: 'organization', key: orgKey(ofParent)! } : null);
    // parties of a hyphenated name, and the organization inside the name
    const inside: EntityRef[] = [];
    for (let k = c0.ua; k < c0.ub; k += 1) {
      const unit = doc.units[k];
      if (unit.parts.length > 1) {
        for (let t = unit.from; t < unit.to; t += 1) {
          const iso = countryExact(doc, t, t + 1);
          if (iso) inside.push({ type: 'country', key: iso });
          const m = doc.gaz.orgs.exact(doc.tokens, t, t + 1);
          const key = m ? knownOrgKey(m.org.name) : null;
          if (key) inside.push({ type: 'organization', key });
        }
      }
    }
    const namedOrg = c0.prefixOrg ?? firstOrgInside(doc, c0);
    const namedKey = namedOrg ? knownOrgKey(namedOrg.name) : null;
    if (namedKey && !inside.some((r) => r.key === namedKey) && !proposedBy.length && !inside.length)
      add(proposedBy, { type: 'organization', key: namedKey });
    for (const r of inside) add(participants, r);
    if (namedKey) add(participants, { type: 'organization', key: namedKey });
    // "held jointly by A, B and C"
    const by = /\b(?:held|hosted|organi[sz]ed|co-hosted|convened|run|launched)\s+(?:jointly\s+)?by\s+/i.exec(after);
    if (by) for (const r of ctx.listAt(c0.end + by.index + by[0].length)) add(participants, r);
    // "... all participated in this project" in the next sentence
    const next = sentenceAt(doc, sentence.end + 1);
    if (next.start > sentence.start && PARTICIPATION.test(body.slice(next.start, next.end))) {
      for (const r of ctx.bodiesIn(next.start, next.end)) add(participants, r);
    }

    const sentenceText = body.slice(sentence.start, sentence.end).trim();
    return {
      key: g.key,
      name: g.name,
      aliases: [
        ...new Set(
          [...g.cands.map((c) => c.name), ...(g.acronym ? [g.acronym] : [])].filter(
            (n) => normName(n) !== normName(g.name),
          ),
        ),
      ],
      kind: g.kind,
      status,
      year,
      description: sentenceText.length <= 240 ? sentenceText : null,
      location,
      proposedBy,
      participants,
      mentions: sortSpans([...g.cands.map((c) => ({ start: c.start, end: c.end, text: c.text })), ...g.shortMentions]),
    };
  });
}

function firstOrgInside(doc: Doc, c: NameCandidate) {
  const ms = doc.gaz.orgs.scan(doc.tokens, doc.units[c.ua].from, doc.units[c.ub - 1].to);
  return ms[0]?.value.org ?? null;
}
