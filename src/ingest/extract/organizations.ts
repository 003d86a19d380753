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
import { countryExact, isHeadWord, type Doc } from './doc.js';
import type { CompiledGazetteer, KnownOrganization } from './gazetteer.js';
import { CONNECTORS, MONTHS, ORG_HEADS } from './lexicon.js';
import type { NameCandidate } from './names.js';
import { normChar, normName, sortSpans, tokenize } from './text.js';
import { attributionAfter } from './verbs.js';
import { ACRONYM, SHORT_NAME, acronymBase, acronymFits } from './acronyms.js';

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

export { acronymBase, acronymFits, initials } from './acronyms.js';

const SYNONYMS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  centre: 'center',
  centres: 'center',
  centers: 'center',
  organisation: 'organization',
  programme: 'program',
  committee: 'commission',
  defense: 'defence',
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
  for (let i = 0; i < tokens.length;) {
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
    for (const [k, v] of Object.entries({ Peking: 'CN', Rangoon: 'MM', Saigon: 'VN', Bombay: 'IN', Calcutta: 'IN' }))
      capitals.set(k, v);
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
    if (
      p >= 0 &&
      place.word &&
      place.cap &&
      !place.poss &&
      !isHeadWord(place.lower) &&
      !doc.countryAt.has(place.from)
    ) {
      out.set(place.text, m.value.iso2);
    }
  }
  return out;
}

const ACADEMIC_WORDS = /\b(?:Studies|Study|Research|Strategic|Affairs|Policy|Sciences?|Academic|Think)\b/;
const HEALTH_GOV = /\b(?:Disease Control|Public Health|Health Committee|Health Commission)\b/;
const NGO_WORDS = /\b(?:Friendship|Peace|Children|Women|Charity|Education|Diplomacy|Youth)\b/;
const IGO_ORGAN_HEADS = new Set([
  'forum',
  'consortium',
  'commission',
  'committee',
  'council',
  'secretariat',
  'group',
  'assembly',
  'parliament',
  'court',
  'tribunal',
  'directorate',
  'bank',
  'agency',
  'office',
]);
/** News bodies whatever their head ("Saudi Press Agency", "Kenya Broadcasting Corporation"). */
const MEDIA_WORDS = /\b(?:News|Press|Broadcasting|Television|TV|Radio|Newspapers?)\b/;
const MEDIA_BODY_HEADS = new Set([
  'agency',
  'corporation',
  'company',
  'service',
  'network',
  'news',
  'press',
  'broadcasting',
  'broadcaster',
  'group',
  'television',
  'radio',
  'office',
]);
/**
 * Central banks are state bodies; development banks without a country in their name are
 * multilateral. A central bank by its name: "Central Bank of X", "Reserve Bank", "People's
 * Bank", "National Bank of Kazakhstan" (the commercial national banks of Greece, Egypt,
 * Pakistan, Kuwait, Canada and Abu Dhabi excepted).
 */
const CENTRAL_BANK =
  /\b(?:Central|Reserve|People[’']s)\s+Bank\b|^Bank\s+of\s+the\s+Republic\b|^(?:the\s+)?National\s+Bank\s+of\s+(?:the\s+)?(?!Greece|Egypt|Pakistan|Kuwait|Canada|Abu\s+Dhabi)\p{Lu}/u;
const DEVELOPMENT_BANK = /\b(?:Development|Investment|Export-Import|Reconstruction|Infrastructure)\b/;
/** Bodies of a region, not of one country ("European Parliament", "Pan-African Parliament"). */
const REGION_WORDS =
  /(?<![-\p{L}])(?:European|African|Pan-African|Arab|Asian|Eurasian|Latin\s+America(?:n)?|Andean|Caribbean|Nordic|Baltic|Islamic|Inter-American|Pacific|Gulf|Mercosur|Southeast\s+Asian|Central\s+American)\b/u;
/** A name ending in the states it gathers ("... of Sahel States", "... of Southeast Asian Nations"; not "of the United States"). */
const MEMBER_STATES =
  /\bof\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){0,4}(?<!\b(?:United|Federated)\s)(?:States|Nations|Countries)$/u;
const REGION_BODY_HEADS = new Set([
  'organization',
  'organisation',
  'agency',
  'parliament',
  'assembly',
  'court',
  'commission',
  'council',
  'bank',
  'tribunal',
  'community',
  'secretariat',
]);
/** Funds that are bodies, not financing instruments ("Children’s Fund", "International Monetary Fund"). */
const FUND_TOPIC =
  /\b(?:Peace|Trade|Development|Convergence|Investment|Infrastructure|Climate|Recovery|Stabili[sz]ation|Solidarity|Response|Pandemic|Green|Damage|Adaptation|Resilience|Emergency|Humanitarian|Cooperation|Structural|Guarantee|Financing|Special|Vaccine|Food|Energy|Agriculture|Agricultural|Digital|Innovation|Reconstruction|Security|Health|Water|Education)\b/;
const FUND_BODY = /\b(?:Children|Charity|Friendship|Women|Youth|Wildlife|Monetary|Population|Relief|Foundation)\b/;

export interface OrganizationsResult {
  groups: OrgGroup[];
  /** candidate → group */
  groupOf: Map<NameCandidate, OrgGroup>;
  organizations: ExtractedOrganization[];
}

export function buildOrganizations(doc: Doc, cands: NameCandidate[]): OrganizationsResult {
  const tokens = doc.tokens;
  const u = doc.units;
  const speaks = (c: NameCandidate) => !!attributionAfter(tokens, u[c.ub - 1].to);
  // "AU Peace Fund", "Intra-African Trade Fund": a fund that neither speaks nor is a known body is a financing facility
  for (const c of cands) {
    if (
      c.type !== 'organization' ||
      c.head !== 'fund' ||
      c.shortForm ||
      c.knownOrg ||
      c.seat ||
      FUND_BODY.test(c.name) ||
      speaks(c)
    )
      continue;
    // "Rockefeller Brothers Fund": a fund named after its founders is a body; "AU Peace Fund" pays for something
    if (!FUND_TOPIC.test(c.name) && !c.prefixOrg) continue;
    c.type = 'initiative';
    c.orgKind = null;
    c.initKind = 'FACILITY';
  }
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
  const initiativeAcronyms = new Map<string, NameCandidate>();
  for (const c of cands) if (c.type === 'initiative' && c.acronym) initiativeAcronyms.set(c.acronym, c);
  for (let k = 1; k + 2 < u.length; k += 1) {
    if (u[k].text !== '(' || u[k + 2].text !== ')' || !u[k + 1].word) continue;
    const acr = u[k + 1].text;
    const short = !ACRONYM.test(acr);
    if (short && !SHORT_NAME.test(acr)) continue;
    const y = endAt.get(k);
    const tries: NameCandidate[] = [];
    if (y) {
      tries.push(y);
      const x = xOf.get(y);
      if (x) tries.push(x);
    }
    let fit = short
      ? undefined
      : tries.find(
          (c) => c.type !== 'initiative' && (acronymFits(acr, c.name) || c.knownOrg?.acronym === acronymBase(acr)),
        );
    const span = { start: u[k + 1].start, end: u[k + 1].end, text: u[k + 1].text };
    // "(SAMA)", "(RN)", "(Afreximbank)": an acronym or short name right after a name is defined
    // for it even when it spells another language's words; not a country, not another known body
    const foreign = (t: string) =>
      !!doc.countryAt.get(u[k + 1].from) || (doc.gaz.orgByForm.get(t.toLowerCase()) ?? null);
    if (
      !fit &&
      y &&
      !y.knownOrg &&
      y.type !== 'initiative' &&
      (y.head || y.classNoun || y.type === 'organization') &&
      !foreign(acr) &&
      !MONTHS.has(acr.toLowerCase())
    )
      fit = y;
    if (!fit && y && y.type === 'initiative' && !y.knownInit && !foreign(acr) && !MONTHS.has(acr.toLowerCase())) {
      y.acronym = acronymBase(acr);
      y.acronymSpans.push(span);
      initiativeAcronyms.set(y.acronym, y);
      continue;
    }
    if (fit) {
      if (fit.type === 'ambiguous') fit.type = 'organization';
      acronymOf.set(fit, acronymBase(acr));
      acronymDefs.push({ acr: acronymBase(acr), span, cand: fit });
    }
  }

  // Ambiguous heads (Forum, Alliance): a body when it speaks, owns something, or is known.
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
        key: '',
        cands: [],
        known: c.knownOrg,
        acronym: null,
        acronymMentions: [],
        shortMentions: [],
        head: c.head,
        seat: c.seat,
        parent: null,
        prefixOrg: c.prefixOrg,
        kind: 'OTHER',
        country: null,
        name: c.name,
        aliases: [],
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
  for (let k = 0; k < u.length && (defined.size || initiativeAcronyms.size); k += 1) {
    if (claimed[k] || !u[k].word || !u[k].cap) continue;
    const base = acronymBase(u[k].text);
    const span = { start: u[k].start, end: u[k].end, text: u[k].text };
    const ini = initiativeAcronyms.get(base) ?? initiativeAcronyms.get(u[k].text);
    if (ini) {
      if (!ini.acronymSpans.some((m) => m.start === span.start)) ini.acronymSpans.push(span);
      continue;
    }
    if (!defined.has(base) && !defined.has(u[k].text)) continue;
    const g = byAcronym.get(base) ?? byAcronym.get(u[k].text);
    if (!g) continue;
    if (!g.acronymMentions.some((m) => m.start === span.start)) g.acronymMentions.push(span);
  }
  // A name found by a class noun ("militant group al-Shabaab") is the same name wherever it recurs.
  for (const g of groups) {
    const c = g.cands.find((x) => x.classNoun);
    if (!c) continue;
    const n = c.ub - c.ua;
    for (let k = 0; k + n <= u.length; k += 1) {
      if (k === c.ua || claimed[k] || u[k].text !== u[c.ua].text) continue;
      let same = true;
      for (let j = 1; j < n && same; j += 1) same = u[k + j].text === u[c.ua + j].text && !claimed[k + j];
      if (!same || (u[k + n]?.word && u[k + n].cap)) continue;
      const span = { start: u[k].start, end: u[k + n - 1].end, text: doc.body.slice(u[k].start, u[k + n - 1].end) };
      if (!g.acronymMentions.some((m) => m.start === span.start) && !g.cands.some((x) => x.start === span.start))
        g.acronymMentions.push(span);
    }
  }

  // Short forms: "the Forum" → the first body of the article with that head.
  const firstByHead = new Map<string, OrgGroup>();
  for (const g of groups)
    for (const y of g.cands) if (y.head && !y.knownOrg && !firstByHead.has(y.head)) firstByHead.set(y.head, g);
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
    g.kind = kindOf(g, doc);
    const seat = seatOf(g, doc, places, caps);
    g.country = seat.iso;
    strong.set(g, seat.strong);
  }
  // a second pass: parents' seats and kinds are known now
  for (const g of groups) {
    if (!strong.get(g) && g.parent && !g.known && g.parent.country) g.country = g.parent.country;
    if (!g.known && g.parent?.kind === 'GOVERNMENT' && g.kind !== 'GOVERNMENT') g.kind = 'GOVERNMENT';
    // ("the Council of Foreign Ministers of the SCO": an organ of a body named after it)
    else if (!g.known && g.parent?.kind === 'INTERGOVERNMENTAL' && g.head && IGO_ORGAN_HEADS.has(g.head))
      g.kind = 'INTERGOVERNMENTAL';
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

/** Words that make a commission a country's own. */
const NATIONAL_WORDS = /\b(?:Federal|National|State|Central|Securities|Election)\b/;
/** Words of armed groups' names ... */
const ARMED_GROUP_WORDS = /\b(?:Democratic|Support|Liberation|Revolutionary|Resistance|Rebel|Patriotic|Popular)\b/;
/** ... and of a state's forces. */
const STATE_FORCE_WORDS = /\b(?:Armed|Defen[cs]e|Air|Naval|Security|Police|Border)\b/;

function kindOf(g: OrgGroup, doc: Doc): OrganizationKind {
  if (g.known?.kind) return g.known.kind;
  const lowerHeadKind = g.cands.find((c) => c.lowerHead)?.orgKind;
  const classKind = g.cands.find((c) => c.classNoun)?.orgKind;
  if (classKind) return classKind;
  const name = [g.name, ...g.aliases].join(' ');
  const head = g.head ?? '';
  const national = !!g.seat;
  if (MEDIA_WORDS.test(g.name) && MEDIA_BODY_HEADS.has(head)) return 'MEDIA';
  const c0 = g.cands[0];
  // a country or demonym as a word of its own ("China Development Bank"), not inside "Inter-American"
  let countryInName = false;
  if (c0)
    for (let k = c0.ua; k < c0.ub; k += 1)
      if (doc.units[k].parts.length === 1 && countryExact(doc, doc.units[k].from, doc.units[k].to))
        countryInName = true;
  if (head === 'bank') {
    // "Bank of Latvia", "Bank of England": a country's bank by its name alone is its central bank
    // (not "Bank of America": the word names a continent as well)
    if (
      CENTRAL_BANK.test(g.name) ||
      (/^(?:the\s+)?Bank of \p{Lu}\p{L}+$/u.test(g.name) && countryInName && !/America$/.test(g.name))
    )
      return 'GOVERNMENT';
    if (DEVELOPMENT_BANK.test(g.name)) return national || countryInName ? 'GOVERNMENT' : 'INTERGOVERNMENTAL';
  }
  if (REGION_BODY_HEADS.has(head) && !national && !countryInName && REGION_WORDS.test(g.name))
    return 'INTERGOVERNMENTAL';
  // a body of states by its name: "Alliance of Sahel States", "Union of South American Nations"
  if (!national && MEMBER_STATES.test(g.name)) return 'INTERGOVERNMENTAL';
  if (g.parent?.kind === 'INTERGOVERNMENTAL' && IGO_ORGAN_HEADS.has(head)) return 'INTERGOVERNMENTAL';
  // an organ named whole with its body: "Executive Committee of the SCO Regional Anti-Terrorist Structure"
  if (c0 && IGO_ORGAN_HEADS.has(head) && / of /.test(g.name) && igoInside(doc, c0)) return 'INTERGOVERNMENTAL';
  if (!national && g.prefixOrg?.kind === 'INTERGOVERNMENTAL' && IGO_ORGAN_HEADS.has(head)) return 'INTERGOVERNMENTAL';
  if (lowerHeadKind) return lowerHeadKind;
  if (HEALTH_GOV.test(name)) return 'GOVERNMENT';
  // (the only organizations with "house" for a head are chambers: "House of Representatives")
  if (head === 'house') return 'GOVERNMENT';
  // "Federal Election Commission", "National Development and Reform Commission": a
  // country's own commission (a region's or a union's was read above)
  if ((head === 'commission' || head === 'committee') && (national || countryInName || NATIONAL_WORDS.test(g.name)))
    return 'GOVERNMENT';
  // "Syrian Democratic Forces", "Rapid Support Forces": an armed group, not a state's army
  if (head === 'forces' && ARMED_GROUP_WORDS.test(g.name) && !STATE_FORCE_WORDS.test(g.name)) return 'OTHER';
  if (head === 'council' || head === 'center' || head === 'centre' || head === 'centers' || head === 'centres') {
    if (ACADEMIC_WORDS.test(name)) return 'ACADEMIC';
    if (head === 'council') return 'GOVERNMENT';
    return 'NGO';
  }
  if (
    NGO_WORDS.test(name) &&
    ['organization', 'organisation', 'association', 'fund', 'foundation', 'society'].includes(head)
  )
    return 'NGO';
  return ORG_HEADS[head] ?? 'OTHER';
}

/** Does a known intergovernmental body's name come after "of" inside the candidate's span? */
function igoInside(doc: Doc, c: NameCandidate): boolean {
  const from = doc.units[c.ua].from;
  const to = doc.units[c.ub - 1].to;
  let of = -1;
  for (let t = from; t < to; t += 1) if (doc.tokens[t].text === 'of') of = of < 0 ? t : of;
  if (of < 0) return false;
  for (const m of doc.gaz.orgs.scan(doc.tokens, of + 1, to)) if (m.value.org.kind === 'INTERGOVERNMENTAL') return true;
  return false;
}

/** Seat by the first rule that applies (GUIDELINES §4); `strong` = possessive or "in <country>". */
function seatOf(
  g: OrgGroup,
  doc: Doc,
  places: Map<string, string>,
  caps: Map<string, string>,
): { iso: string | null; strong: boolean } {
  if (g.known) return { iso: g.known.country ?? null, strong: true };
  if (g.seat) return { iso: g.seat, strong: true };
  const c = g.cands.find((x) => !x.shortForm) ?? g.cands[0];
  // "Kenya’s opposition Orange Democratic Movement": a possessive country before lower-case modifiers
  for (let k = c.ua - 1, n = 0; k >= 0 && n <= 2; k -= 1, n += 1) {
    const w = doc.units[k];
    if (w.poss) {
      const m = doc.countryEndingAt.get(w.to);
      if (m && !m.value.demonym) return { iso: m.value.iso2, strong: true };
      break;
    }
    if (!w.word || w.cap || CONNECTORS.has(w.lower)) break;
  }
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
