/**
 * One identity per entity across the articles of one dump (GUIDELINES §4-6: "the same
 * record in every article"). Organizations are the same body when they share an acronym,
 * a name or alias, or the same order-free words with the same seat ("Commission" and
 * "Committee" of the same parent; "SCO Forum ..." and "Shanghai Cooperation Organization
 * Forum ..."). Each body then gets its fullest name (longest; the first on a tie), every
 * other full name as an alias, and one key, rewritten in every reference of every article.
 */
import type { EntityRef, ExtractedArticle, ExtractedOrganization } from '../types.js';
import { compileGazetteer, type KnownEntities } from './gazetteer.js';
import { bodySignature } from './organizations.js';
import { normName } from './text.js';

class UnionFind {
  private readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[x] !== r) {
      const n = this.parent[x];
      this.parent[x] = r;
      x = n;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

interface OrgRecord {
  article: number;
  org: ExtractedOrganization;
  id: number;
}

/** Rewrites organizations, people and initiatives of every article to one identity each. */
export function consolidate(articles: ExtractedArticle[], known?: KnownEntities): ExtractedArticle[] {
  const gaz = compileGazetteer(known);
  const uf = new UnionFind();
  const records: OrgRecord[] = [];
  const index = new Map<string, number>();
  // acronyms the dump defines ("Centers for Disease Control" = CDC) fold like known ones
  const acronyms = new Map<string, string>();
  for (const a of articles)
    for (const o of a.organizations)
      if (o.acronym && !gaz.orgByForm.has(o.name.toLowerCase()))
        acronyms.set(bodySignature(o.name, gaz), o.acronym.toLowerCase());
  articles.forEach((a, ai) => {
    for (const o of a.organizations) {
      const id = uf.add();
      records.push({ article: ai, org: o, id });
      const ids = [
        o.acronym ? `acr:${o.acronym}` : '',
        ...[o.name, ...o.aliases].map((n) => `name:${normName(n)}@${o.country ?? ''}`),
        `sig:${bodySignature(o.name, gaz, acronyms)}@${o.country ?? ''}`,
      ].filter(Boolean);
      for (const k of ids) {
        const prev = index.get(k);
        if (prev === undefined) index.set(k, id);
        else uf.union(prev, id);
      }
    }
  });

  // canonical records
  const clusters = new Map<number, OrgRecord[]>();
  for (const r of records) {
    const root = uf.find(r.id);
    if (!clusters.has(root)) clusters.set(root, []);
    clusters.get(root)!.push(r);
  }
  interface Canon {
    name: string;
    aliases: string[];
    acronym: string | null;
    kind: ExtractedOrganization['kind'];
    country: string | null;
    parentOf: OrgRecord | null;
    key: string;
  }
  const canonOf = new Map<number, Canon>();
  const byArticleKey = new Map<string, OrgRecord>();
  for (const r of records) byArticleKey.set(`${r.article}\u0000${r.org.key}`, r);
  for (const [root, rs] of clusters) {
    const names: string[] = [];
    for (const r of rs)
      for (const n of [r.org.name, ...r.org.aliases])
        if (!names.some((x) => normName(x) === normName(n))) names.push(n);
    const name = names.reduce((a, b) => (b.length > a.length ? b : a));
    const acronym = rs.map((r) => r.org.acronym).find(Boolean) ?? null;
    const aliases = names.filter(
      (n) => normName(n) !== normName(name) && (!acronym || normName(n) !== normName(acronym)),
    );
    const country = rs.map((r) => r.org.country).find(Boolean) ?? null;
    const parentRec =
      rs
        .map((r) => (r.org.parent ? (byArticleKey.get(`${r.article}\u0000${r.org.parent}`) ?? null) : null))
        .find(Boolean) ?? null;
    canonOf.set(root, { name, aliases, acronym, kind: rs[0].org.kind, country, parentOf: parentRec, key: '' });
  }
  // keys: acronym, else name; same name twice → name@ISO2
  const count = new Map<string, number>();
  for (const c of canonOf.values()) count.set(c.acronym ?? c.name, (count.get(c.acronym ?? c.name) ?? 0) + 1);
  const used = new Set<string>();
  for (const c of canonOf.values()) {
    const base = c.acronym ?? c.name;
    let k = (count.get(base) ?? 0) > 1 && c.country ? `${base}@${c.country}` : base;
    for (let n = 2; used.has(k); n += 1) k = `${base}#${n}`;
    used.add(k);
    c.key = k;
  }

  const recordsOf: OrgRecord[][] = articles.map(() => []);
  for (const r of records) recordsOf[r.article].push(r);
  return articles.map((a, ai) => {
    const keyMap = new Map<string, string>();
    for (const r of recordsOf[ai]) keyMap.set(r.org.key, canonOf.get(uf.find(r.id))!.key);
    const present = new Set(keyMap.values());
    const mapRef = (ref: EntityRef | null): EntityRef | null =>
      ref && ref.type === 'organization' ? { type: 'organization', key: keyMap.get(ref.key) ?? ref.key } : ref;
    // one record per identity in the article (two local records may fold into one)
    const orgs = new Map<string, ExtractedOrganization>();
    for (const r of recordsOf[ai]) {
      const c = canonOf.get(uf.find(r.id))!;
      const parentKey = c.parentOf ? canonOf.get(uf.find(c.parentOf.id))!.key : null;
      const prev = orgs.get(c.key);
      const mentions = prev ? [...prev.mentions, ...r.org.mentions].sort((x, y) => x.start - y.start) : r.org.mentions;
      orgs.set(c.key, {
        key: c.key,
        name: c.name,
        acronym: c.acronym,
        aliases: c.aliases,
        kind: c.kind,
        country: c.country,
        parent: parentKey && parentKey !== c.key && present.has(parentKey) ? parentKey : null,
        mentions,
      });
    }
    const uniq = (xs: string[]) => [...new Set(xs)];
    return {
      ...a,
      organizations: [...orgs.values()],
      people: a.people.map((p) => ({
        ...p,
        organization: p.organization ? (keyMap.get(p.organization) ?? p.organization) : null,
      })),
      initiatives: a.initiatives.map((i) => ({
        ...i,
        proposedBy: dedupe(i.proposedBy.map((r) => mapRef(r)!)),
        participants: dedupe(i.participants.map((r) => mapRef(r)!)),
      })),
      statements: a.statements.map((s) => ({
        ...s,
        speaker: mapRef(s.speaker),
        organizations: uniq(s.organizations.map((k) => keyMap.get(k) ?? k)),
      })),
    };
  });
}

function dedupe(refs: EntityRef[]): EntityRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.type}:${r.key}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
