/**
 * Organizations from name candidates: acronym definitions ("Chinese Hospital Association
 * (CHA)") and their later uses, short forms ("the Forum"), one record per body (same name,
 * same acronym, or the same words in another order: "SCO Center for Friendship and
 * Cooperation" = "Shanghai Cooperation Organization Friendship and Cooperation Centre in
 * Tajikistan"), and the attributes: kind, seat and parent, from the name and the text only.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { ExtractedOrganization, OrganizationKind, Span } from '../types.js';
import { isHeadWord, type Doc } from './doc.js';
import type { CompiledGazetteer, KnownOrganization } from './gazetteer.js';
import { CONNECTORS, ORG_HEADS } from './lexicon.js';
import type { NameCandidate } from './names.js';
import { normChar, normName, sortSpans, tokenize } from './text.js';
import { attributionAfter } from './verbs.js';

export interface OrgGroup {
  key: string;
  cands: NameCandidate[];
  known: KnownOrganization | null;
  acronym: string | null;
  /** Acronym mentions ("CHA", "CDCs"). */
  acronymMentions: Span[];
  shortMentions: Span[];
  head: string | null;
  seat: string | null;
  parent: OrgGroup | null;
  prefixOrg: KnownOrganization | null;
  kind: OrganizationKind;
  country: string | null;
  name: string;
  aliases: string[];
  first: number;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]*\p{Lu}s?$|^\p{Lu}{2,}$/u;

/** Upper-case initials of a name's significant words (capitalised hyphen parts count). */
export function initials(name: string): string {
  let out = '';
  for (const word of name.replace(/[’']s\b/g, '').split(/[\s,]+/)) {
    if (!word || CONNECTORS.has(word.toLowerCase())) continue;
    const parts = word.split('-');
    parts.forEach((p, i) => {
      if (i === 0 || /^\p{Lu}/u.test(p)) out += p[0]?.toUpperCase() ?? '';
    });
  }
  return out;
}

/** "CDCs" → "CDC"; "SCO" → "SCO". */
export function acronymBase(acr: string): string {
  return /\p{Lu}s$/u.test(acr) ? acr.slice(0, -1) : acr;
}

export function acronymFits(acr: string, name: string): boolean {
  const letters = acronymBase(acr).replace(/[^\p{Lu}\p{N}]/gu, '');
  return letters.length >= 2 && initials(name) === letters;
}

const SYNONYMS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  centre: 'center', centres: 'center', centers: 'center', organisation: 'organization', programme: 'program',
  committee: 'commission', defense: 'defence',
});

/**
 * Order-free words of a name, known bodies folded to one token (their acronym), synonyms
 * folded, connectors and an "in <place>" tail dropped: the identity of a body.
 * "SCO Center for Friendship and Cooperation" and "Shanghai Cooperation Organization
 * Friendship and Cooperation Centre in Tajikistan" have the same signature.
 */
export function bodySignature(name: string, gaz: CompiledGazetteer, extra?: Map<string, string>): string {
  const n = name.replace(/\s+in\s+[^,]+$/, '');
  const tokens = tokenize(normChar(n));
  const words: string[] = [];
  const hits = gaz.orgs.scan(tokens);
  let h = 0;
  for (let i = 0; i < tokens.length; ) {
    const m = hits[h];
    if (m && m.from === i) {
      words.push((m.value.org.acronym ?? m.value.org.name).toLowerCase());
      i = m.to;
      h += 1;
      continue;
    }
    const t = tokens[i];
    i += 1;
    if (!t.word) continue;
    const w = t.text.toLowerCase();
    if (CONNECTORS.has(w) || w === 's') continue;
    words.push(SYNONYMS[w] ?? w);
  }
  let sig = [...new Set(words)].sort().join(' ');
  if (extra) for (const [full, acr] of extra) if (sig.includes(full)) sig = sig.split(full).join(acr);
  return sig;
}

const requireJson = createRequire(import.meta.url);
let capitals: Map<string, string> | null = null;
/** Capitals and a few historical city names → ISO2 ("Islamabad" → PK, "Peking" → CN). */
function capitalMap(): Map<string, string> {
  if (!capitals) {
    capitals = new Map();
    for (const c of requireJson('world-countries/countries.json') as Country[]) {
      for (const cap of c.capital ?? []) capitals.set(cap, c.cca2);
    }
    for (const [k, v] of Object.entries({ Peking: 'CN', Rangoon: 'MM', Saigon: 'VN', Bombay: 'IN', Calcutta: 'IN' })) capitals.set(k, v);
  }
  return capitals;
}

/** Places the text ties to a country: "Hubei province, China", "Wuhan, China." (a name, not a demonym). */
function placesOf(doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  const u = doc.units;
  for (let k = 0; k + 2 < u.length; k += 1) {
    if (u[k + 1].text !== ',') continue;
    const c = u[k + 2];
    const m = doc.countryAt.get(c.from);
    if (!m || m.value.demonym || c.poss || m.to !== c.to) continue;
    const after = u[k + 3];
    if (after && after.word) continue; // "X, China is ..." is a list, not an address
    let p = k;
    if (u[p].word && !u[p].cap && /^(?:province|city|region|state|prefecture|county|oblast)$/i.test(u[p].text)) p -= 1;
    const place = u[p];
    if (p >= 0 && place.word && place.cap && !place.poss && !isHeadWord(place.lower) && !doc.countryAt.has(place.from)) {
      out.set(place.text, m.value.iso2);
    }
  }
  return out;
}

const ACADEMIC_WORDS = /\b(?:Studies|Study|Research|Strategic|Affairs|Policy|Sciences?|Academic|Think)\b/;
const HEALTH_GOV = /\b(?:Disease Control|Public Health|Health Committee|Health Commission)\b/;
const NGO_WORDS = /\b(?:Friendship|Peace|Children|Women|Charity|Education|Diplomacy|Youth)\b/;
const IGO_ORGAN_HEADS = new Set(['forum', 'commission', 'committee', 'council', 'secretariat', 'group', 'assembly']);

export interface OrganizationsResult {
  groups: OrgGroup[];
  /** candidate → group */
  groupOf: Map<NameCandidate, OrgGroup>;
  organizations: ExtractedOrganization[];
}

export function buildOrganizations(doc: Doc, cands: NameCandidate[]): OrganizationsResult {
  const tokens = doc.tokens;
  const u = doc.units;
  const orgCands = cands.filter((c) => c.type === 'organization' && !c.shortForm);

  // Acronym definitions: NAME ( ACR ), possibly after "X of the Y".
  const acronymOf = new Map<NameCandidate, string>();
  const acronymDefs: { acr: string; span: Span; cand: NameCandidate | null }[] = [];
  const endAt = new Map<number, NameCandidate>();
  const xOf = new Map<NameCandidate, NameCandidate>();
  for (const c of cands) {
    if (!c.shortForm) endAt.set(c.ub, c);
    if (c.ofParent) xOf.set(c.ofParent, c);
  }
  for (let k = 1; k + 2 < u.length; k += 1) {
    if (u[k].text !== '(' || u[k + 2].text !== ')' || !u[k + 1].word || !ACRONYM.test(u[k + 1].text)) continue;
    const acr = u[k + 1].text;
    const y = endAt.get(k);
    const tries: NameCandidate[] = [];
    if (y) {
      tries.push(y);
      const x = xOf.get(y);
      if (x) tries.push(x);
    }
    const fit = tries.find((c) => c.type !== 'initiative' && (acronymFits(acr, c.name) || c.knownOrg?.acronym === acronymBase(acr)));
    const span = { start: u[k + 1].start, end: u[k + 1].end, text: u[k + 1].text };
    if (fit) {
      if (fit.type === 'ambiguous') fit.type = 'organization';
      acronymOf.set(fit, acronymBase(acr));
      acronymDefs.push({ acr: acronymBase(acr), span, cand: fit });
    }
  }

  // Ambiguous heads (Forum, Alliance): a body when it speaks, owns something, or is known.
  const speaks = (c: NameCandidate) => !!attributionAfter(tokens, u[c.ub - 1].to);
  const ambiguous = cands.filter((c) => c.type === 'ambiguous' && !c.shortForm);
  const byNorm = new Map<string, NameCandidate[]>();
  for (const c of ambiguous) {
    const k = normName(c.name);
    if (!byNorm.has(k)) byNorm.set(k, []);
    byNorm.get(k)!.push(c);
  }
  for (const group of byNorm.values()) {
    if (group.some((c) => c.knownOrg || c.isOfTarget || speaks(c) || acronymOf.has(c))) {
      for (const c of group) c.type = 'organization';
    }
  }
  const speakingHeads = new Set(cands.filter((c) => c.shortForm && speaks(c)).map((c) => c.head));
  for (const h of speakingHeads) {
    if (cands.some((c) => !c.shortForm && c.type === 'organization' && c.head === h)) continue;
    const first = cands.find((c) => !c.shortForm && c.type === 'ambiguous' && c.head === h);
    if (first) for (const c of byNorm.get(normName(first.name)) ?? []) c.type = 'organization';
  }
  for (const c of cands) {
    if (c.type !== 'ambiguous' || c.shortForm) continue;
    c.type = 'initiative';
    c.initKind = c.nextWord === 'event' ? 'EVENT' : c.head === 'alliance' ? 'NETWORK' : 'EVENT';
  }
  const orgs = cands.filter((c) => c.type === 'organization' && !c.shortForm);
  const inOrgCands = new Set(orgCands);
  for (const c of orgs) if (!inOrgCands.has(c)) orgCands.push(c);

  // Group: same known body, same normalised name, same acronym, same signature and seat.
  const groups: OrgGroup[] = [];
  const groupOf = new Map<NameCandidate, OrgGroup>();
  const index = new Map<string, OrgGroup>();
  const sorted = [...orgCands].sort((a, b) => a.start - b.start);
  for (const c of sorted) {
    const ids = [
      c.knownOrg ? `known:${c.knownOrg.name}` : '',
      `name:${normName(c.name)}@${c.seat ?? ''}`,
      acronymOf.has(c) ? `acr:${acronymOf.get(c)}` : '',
      c.knownOrg?.acronym ? `acr:${c.knownOrg.acronym}` : '',
      `sig:${bodySignature(c.name, doc.gaz)}@${c.seat ?? ''}`,
    ].filter(Boolean);
    let g = ids.map((id) => index.get(id)).find(Boolean);
    if (!g) {
      g = {
        key: '', cands: [], known: c.knownOrg, acronym: null, acronymMentions: [], shortMentions: [], head: c.head,
        seat: c.seat, parent: null, prefixOrg: c.prefixOrg, kind: 'OTHER', country: null, name: c.name, aliases: [],
        first: c.start,
      };
      groups.push(g);
    }
    g.cands.push(c);
    g.known = g.known ?? c.knownOrg;
    g.seat = g.seat ?? c.seat;
    g.head = g.head ?? c.head;
    g.prefixOrg = g.prefixOrg ?? c.prefixOrg;
    g.acronym = g.acronym ?? acronymOf.get(c) ?? c.knownOrg?.acronym ?? null;
    groupOf.set(c, g);
    for (const id of ids) if (!index.has(id)) index.set(id, g);
  }

  // Acronym definition mentions and later uses ("CHA", "CDCs").
  const claimed = new Uint8Array(u.length);
  for (const c of cands) for (let k = c.ua; k < c.ub; k += 1) claimed[k] = 1;
  const byAcronym = new Map<string, OrgGroup>();
  for (const g of groups) if (g.acronym) byAcronym.set(g.acronym, g);
  for (const d of acronymDefs) {
    const g = d.cand ? groupOf.get(d.cand) : null;
    if (g && !claimed[doc.unitOfToken[tokenAt(doc, d.span.start)]]) g.acronymMentions.push(d.span);
  }
  const defined = new Set(acronymDefs.map((d) => d.acr));
  for (let k = 0; k < u.length && defined.size; k += 1) {
    if (claimed[k] || !u[k].word || !ACRONYM.test(u[k].text)) continue;
    const base = acronymBase(u[k].text);
    if (!defined.has(base)) continue;
    const g = byAcronym.get(base);
    if (!g) continue;
    const span = { start: u[k].start, end: u[k].end, text: u[k].text };
    if (!g.acronymMentions.some((m) => m.start === span.start)) g.acronymMentions.push(span);
  }

  // Short forms: "the Forum" → the first body of the article with that head.
  const firstByHead = new Map<string, OrgGroup>();
  for (const g of groups) for (const y of g.cands) if (y.head && !y.knownOrg && !firstByHead.has(y.head)) firstByHead.set(y.head, g);
  for (const c of cands) {
    if (!c.shortForm) continue;
    const g = c.head ? firstByHead.get(c.head) : undefined;
    if (g) {
      c.type = 'organization';
      g.shortMentions.push({ start: c.start, end: c.end, text: c.text });
      groupOf.set(c, g);
    }
  }

  // Parents: "X of the Y" and organs of an intergovernmental body named as their prefix.
  for (const g of groups) {
    const of = g.cands.map((c) => c.ofParent).find((p) => p && groupOf.has(p));
    if (of) g.parent = groupOf.get(of)!;
  }
  const knownGroups = new Map<KnownOrganization, OrgGroup>();
  for (const g of groups) if (g.known && !knownGroups.has(g.known)) knownGroups.set(g.known, g);
  const groupOfKnown = (ko: KnownOrganization) => knownGroups.get(ko) ?? null;
  for (const g of groups) {
    if (g.parent || g.known || g.seat) continue;
    const p = g.prefixOrg ? groupOfKnown(g.prefixOrg) : null;
    if (p && p !== g && p.known?.kind === 'INTERGOVERNMENTAL' && g.head && IGO_ORGAN_HEADS.has(g.head)) g.parent = p;
  }
  const knownByForm = new Map<string, OrgGroup>();
  for (const g of groups) {
    if (!g.known) continue;
    for (const f of [g.known.name, g.known.acronym]) if (f && !knownByForm.has(f)) knownByForm.set(f, g);
  }
  for (const g of groups) {
    if (g.parent || !g.known?.parent) continue;
    const p = knownByForm.get(g.known.parent);
    if (p && p !== g) g.parent = p;
  }

  // Names, aliases, kind, seat.
  const places = placesOf(doc);
  const caps = capitalMap();
  const strong = new Map<OrgGroup, boolean>();
  for (const g of groups) {
    const names = g.cands.filter((c) => !(c.knownOrg && c.form === 'acronym')).map((c) => c.name);
    if (g.known) g.name = g.known.name;
    else if (names.length) g.name = names.reduce((a, b) => (b.length > a.length ? b : a));
    else g.name = g.cands[0].name;
    const seen = new Set([normName(g.name), g.acronym ? normName(g.acronym) : '']);
    g.aliases = [];
    for (const n of names) {
      const k = normName(n);
      if (seen.has(k)) continue;
      seen.add(k);
      g.aliases.push(n);
    }
    g.kind = kindOf(g);
    const seat = seatOf(g, doc, places, caps);
    g.country = seat.iso;
    strong.set(g, seat.strong);
  }
  // a second pass: parents' seats and kinds are known now
  for (const g of groups) {
    if (!strong.get(g) && g.parent && !g.known && g.parent.country) g.country = g.parent.country;
    if (!g.known && g.parent?.kind === 'GOVERNMENT' && g.kind !== 'GOVERNMENT') g.kind = 'GOVERNMENT';
  }

  // Keys: the acronym, else the name; duplicates get "@ISO2".
  const keyCount = new Map<string, number>();
  for (const g of groups) {
    const k = g.acronym ?? g.name;
    keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
  }
  for (const g of groups) {
    const k = g.acronym ?? g.name;
    g.key = (keyCount.get(k) ?? 0) > 1 && g.country ? `${k}@${g.country}` : k;
  }
  const used = new Set<string>();
  for (const g of groups) {
    let k = g.key;
    for (let n = 2; used.has(k); n += 1) k = `${g.key}#${n}`;
    g.key = k;
    used.add(k);
  }

  groups.sort((a, b) => a.first - b.first);
  const organizations: ExtractedOrganization[] = groups.map((g) => ({
    key: g.key,
    name: g.name,
    acronym: g.acronym,
    aliases: g.aliases,
    kind: g.kind,
    country: g.country,
    parent: g.parent && g.parent !== g ? g.parent.key : null,
    mentions: sortSpans([
      ...g.cands.map((c) => ({ start: c.start, end: c.end, text: c.text })),
      ...g.acronymMentions,
      ...g.shortMentions,
    ]),
  }));
  return { groups, groupOf, organizations };
}

function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function kindOf(g: OrgGroup): OrganizationKind {
  if (g.known?.kind) return g.known.kind;
  const lowerHeadKind = g.cands.find((c) => c.lowerHead)?.orgKind;
  const name = [g.name, ...g.aliases].join(' ');
  const head = g.head ?? '';
  const national = !!g.seat;
  if (g.parent?.kind === 'INTERGOVERNMENTAL' && IGO_ORGAN_HEADS.has(head)) return 'INTERGOVERNMENTAL';
  if (!national && g.prefixOrg?.kind === 'INTERGOVERNMENTAL' && IGO_ORGAN_HEADS.has(head)) return 'INTERGOVERNMENTAL';
  if (lowerHeadKind) return lowerHeadKind;
  if (HEALTH_GOV.test(name)) return 'GOVERNMENT';
  if (head === 'council' || head === 'center' || head === 'centre' || head === 'centers' || head === 'centres') {
    if (ACADEMIC_WORDS.test(name)) return 'ACADEMIC';
    if (head === 'council') return 'GOVERNMENT';
    return 'NGO';
  }
  if (NGO_WORDS.test(name) && ['organization', 'organisation', 'association', 'fund', 'foundation', 'society'].includes(head)) return 'NGO';
  return ORG_HEADS[head] ?? 'OTHER';
}

/** Seat by the first rule that applies (GUIDELINES §4); `strong` = possessive or "in <country>". */
function seatOf(g: OrgGroup, doc: Doc, places: Map<string, string>, caps: Map<string, string>): { iso: string | null; strong: boolean } {
  if (g.known) return { iso: g.known.country ?? null, strong: true };
  if (g.seat) return { iso: g.seat, strong: true };
  const c = g.cands.find((x) => !x.shortForm) ?? g.cands[0];
  // a province the text places in a country, or a capital, in the name
  for (let k = c.ua; k < c.ub; k += 1) {
    const w = doc.units[k].text;
    const iso = places.get(w) ?? caps.get(w);
    if (iso) return { iso, strong: false };
  }
  // a demonym in the name; a country named in it (for "A-B" compounds only in friendship societies)
  const friendship = /\bFriendship\b/.test(c.name);
  for (let k = c.ua; k < c.ub; k += 1) {
    const unit = doc.units[k];
    for (let t = unit.from; t < unit.to; t += 1) {
      const m = doc.countryAt.get(t);
      if (!m) continue;
      if (m.value.demonym || unit.parts.length === 1 || friendship) return { iso: m.value.iso2, strong: false };
    }
  }
  return { iso: null, strong: false };
}
