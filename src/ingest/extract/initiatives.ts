/**
 * Initiatives from name candidates: one record per name, kind from the head word (or
 * the gazetteer), and per-article facts from the surrounding words: status from the
 * nearest cue verb (proposed → PROPOSED, stands ready to / will → ANNOUNCED, carried out /
 * held → COMPLETED, signed / followed / since <year> → ACTIVE), year, location, who
 * proposed it and who takes part (the parties of a hyphenated name, the organization its
 * name starts with).
 */
import type { EntityRef, ExtractedInitiative, InitiativeKind, InitiativeStatus, Span } from '../types.js';
import { countryExact, type Doc } from './doc.js';
import type { KnownInitiative } from './gazetteer.js';
import { STATUS_CUES } from './lexicon.js';
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
}

export function groupInitiatives(cands: NameCandidate[]): { groups: InitGroup[]; groupOf: Map<NameCandidate, InitGroup> } {
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
        key: '', name: c.name, cands: [], shortMentions: [], known: c.knownInit,
        kind: c.knownInit?.kind ?? c.initKind ?? 'OTHER', first: c.start,
      };
      byName.set(id, g);
      groups.push(g);
    }
    g.cands.push(c);
    if (c.name.length > g.name.length) g.name = c.name;
    groupOf.set(c, g);
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
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
const PLACE_AFTER = /^\s*(?:held|hosted|located|based|launched|established|set up|carried out|convened|opened)?\s*in\s+((?:[\p{Lu}][\p{L}’'-]*\s?)+(?:(?:city|province|region|state)\b)?(?:,\s*(?:[\p{Lu}][\p{L}’'-]*\s?)+(?:(?:city|province|region|state)\b)?)*)/u;

export interface InitiativeContext {
  doc: Doc;
  orgs: OrganizationsResult;
  /** Who a clause-initial mention at this offset refers to, for "X proposed ..." */
  subjectBefore: (offset: number) => EntityRef[];
  /** The entity mentioned right at [start, end) ("initiative of Tajikistan"). */
  entityAt: (start: number) => EntityRef | null;
}

function sentenceAt(doc: Doc, offset: number): { start: number; end: number } {
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

/** The full records, with per-article status, year, location and parties. */
export function initiativeRecords(groups: InitGroup[], ctx: InitiativeContext): ExtractedInitiative[] {
  const { doc, orgs } = ctx;
  const body = doc.body;
  const orgKey = (c: NameCandidate | null): string | null => (c ? orgs.groupOf.get(c)?.key ?? null : null);
  const knownKeys = new Map<string, string>();
  for (const x of orgs.groups) {
    if (!x.known) continue;
    if (!knownKeys.has(x.known.name)) knownKeys.set(x.known.name, x.key);
    if (x.known.acronym && !knownKeys.has(x.known.acronym)) knownKeys.set(x.known.acronym, x.key);
  }
  const knownOrgKey = (name: string | null | undefined): string | null => (name ? knownKeys.get(name) ?? null : null);
  return groups.map((g) => {
    const c0 = g.cands[0];
    const sentence = sentenceAt(doc, c0.start);
    const before = body.slice(sentence.start, c0.start);
    const after = body.slice(c0.end, sentence.end);

    // status: nearest cue before the name, else right after it
    let status: InitiativeStatus = 'UNKNOWN';
    let bestAt = -1;
    let cueAt = -1;
    for (const cue of GLOBAL_CUES) {
      for (const m of before.matchAll(cue.re)) {
        if (m.index > bestAt) {
          bestAt = m.index;
          status = cue.status;
          cueAt = sentence.start + m.index;
        }
      }
    }
    if (status === 'UNKNOWN') {
      for (const cue of STATUS_CUES) {
        const m = cue.re.exec(after.slice(0, 80));
        if (m && (bestAt < 0 || m.index < bestAt)) {
          bestAt = m.index;
          status = cue.status;
        }
      }
    }
    // acting as the subject of a present-tense verb: "The ... Area advocates for ..."
    if (status === 'UNKNOWN' && /^\s*(?:\([^)]*\)\s*)?(?:also\s+|now\s+)?(?!(?:was|is|has|does|includes)\b)[a-z]+s\b/.test(after) && /^(?:the)?$/i.test(before.trim())) {
      status = 'ACTIVE';
    }

    // year: in the name (not a horizon), else in the sentence
    let year: number | null = null;
    const inName = /\b(?:until|till|through|to)\s+\d{4}\b/.test(g.name) ? null : /\b(1[89]\d\d|20\d\d)\b/.exec(g.name);
    if (inName) year = Number(inName[1]);
    else if (!/\b(?:until|till|through|to)\s+\d{4}\b/.test(g.name)) {
      const ys = [...body.slice(sentence.start, sentence.end).matchAll(YEAR)];
      if (ys.length) year = Number(ys[0][1]);
    }

    // location
    let location = g.cands.map((c) => c.location).find(Boolean) ?? null;
    if (!location) {
      const m = PLACE_AFTER.exec(after);
      if (m) location = m[1].trim().replace(/,$/, '');
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
    const initiativeOf = /initiative of\s+$/i.exec(body.slice(Math.max(0, cueAt), cueAt + 20));
    if (initiativeOf && cueAt >= 0) add(proposedBy, ctx.entityAt(cueAt + initiativeOf[0].length));
    if (status === 'PROPOSED' || status === 'ANNOUNCED' || status === 'COMPLETED' || (status === 'ACTIVE' && /signed|adopted/i.test(before))) {
      if (!proposedBy.length && cueAt >= 0) for (const r of ctx.subjectBefore(cueAt)) add(proposedBy, r);
    }
    const ofParent = g.cands.map((c) => c.ofParent).find(Boolean) ?? null;
    if (!proposedBy.length && ofParent) add(proposedBy, orgKey(ofParent) ? { type: 'organization', key: orgKey(ofParent)! } : null);
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
    if (namedKey && !inside.some((r) => r.key === namedKey) && !proposedBy.length && !inside.length) add(proposedBy, { type: 'organization', key: namedKey });
    for (const r of inside) add(participants, r);
    if (namedKey) add(participants, { type: 'organization', key: namedKey });

    const sentenceText = body.slice(sentence.start, sentence.end).trim();
    return {
      key: g.key,
      name: g.name,
      aliases: [...new Set(g.cands.map((c) => c.name).filter((n) => normName(n) !== normName(g.name)))],
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
