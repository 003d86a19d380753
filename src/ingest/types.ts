/**
 * The contract between extraction (pure: text in, these shapes out, no database)
 * and storage (one transaction that resolves entities and writes rows).
 *
 * The hand-checked gold file (`data/gold/*.json`) uses exactly these shapes, so the
 * gold can be loaded through the same storage path as extracted articles, and the
 * evaluator compares like with like.
 */

export const STATEMENT_KINDS = ['DIRECT_QUOTE', 'REPORTED_SPEECH', 'POSITION'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const ORGANIZATION_KINDS = [
  'INTERGOVERNMENTAL',
  'GOVERNMENT',
  'NGO',
  'ACADEMIC',
  'MEDIA',
  'COMPANY',
  'OTHER',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const INITIATIVE_KINDS = [
  'PROGRAM',
  'AGREEMENT',
  'FACILITY',
  'NETWORK',
  'EVENT',
  'OPERATION',
  'STRATEGY',
  'OTHER',
] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

export const INITIATIVE_STATUSES = ['PROPOSED', 'ANNOUNCED', 'ACTIVE', 'COMPLETED', 'UNKNOWN'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const MEMBERSHIP_ROLES = ['MEMBER', 'OBSERVER', 'DIALOGUE_PARTNER'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** A half-open character range `[start, end)` into `body`; `text === body.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * A reference to an entity of the same extraction. Countries are keyed by ISO 3166-1
 * alpha-2 code; organizations, people and initiatives by their `key` in this extraction.
 */
export type EntityRef =
  { type: 'country'; key: string } | { type: 'organization'; key: string } | { type: 'person'; key: string };

export interface ExtractedSection {
  /** null for the lead, before the first subheading. */
  heading: string | null;
  text: string;
}

export interface ExtractedCountry {
  iso2: string;
  mentions: Span[];
}

export interface ExtractedOrganization {
  /** Stable within one extraction: used by refs. Conventionally the acronym or the name. */
  key: string;
  name: string;
  acronym: string | null;
  aliases: string[];
  kind: OrganizationKind;
  /** ISO2 of the seat, when known. */
  country: string | null;
  /** key of the parent organization, when it is a body of another (e.g. a commission of the SCO). */
  parent: string | null;
  mentions: Span[];
}

export interface ExtractedPerson {
  key: string;
  name: string;
  aliases: string[];
  title: string | null;
  /** organization key */
  organization: string | null;
  /** ISO2 */
  country: string | null;
  mentions: Span[];
}

export interface ExtractedInitiative {
  key: string;
  name: string;
  aliases: string[];
  kind: InitiativeKind;
  status: InitiativeStatus;
  year: number | null;
  description: string | null;
  location: string | null;
  proposedBy: EntityRef[];
  participants: EntityRef[];
  mentions: Span[];
}

export interface ExtractedStatement {
  /** Exactly `body.slice(startOffset, endOffset)`. */
  text: string;
  kind: StatementKind;
  verb: string | null;
  /** The attribution as written ("he", "the Forum", "Norov"). */
  speakerName: string | null;
  /** The resolved speaker, null when unresolved. */
  speaker: EntityRef | null;
  /** 0-based paragraph index in the body (paragraphs are separated by blank lines). */
  paragraph: number;
  startOffset: number;
  endOffset: number;
  /** ISO2 codes mentioned inside the statement. */
  countries: string[];
  /** organization keys mentioned inside the statement. */
  organizations: string[];
  /** initiative keys mentioned inside the statement. */
  initiatives: string[];
}

/** One article as it comes out of clean-and-split, before entity extraction. */
export interface SplitArticle {
  title: string;
  subtitle: string | null;
  /** e.g. "ISLAMABAD"; the dateline and its dash are not part of `body`. */
  dateline: string | null;
  /** Clean text: paragraphs (subheadings included, each as its own paragraph) joined by "\n\n". */
  body: string;
  sections: ExtractedSection[];
  /** "By Ana Ribeiro", "Tesfaye Alemu in Addis Ababa": the byline under the headline, when any (set only when found). */
  byline?: string;
  /** ISO 8601 publication date stated in the dateline or the first lines (set only when found). */
  publishedAt?: string;
}

export interface ExtractedArticle extends Omit<SplitArticle, 'publishedAt' | 'byline'> {
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  language: string;
  countries: ExtractedCountry[];
  organizations: ExtractedOrganization[];
  people: ExtractedPerson[];
  initiatives: ExtractedInitiative[];
  statements: ExtractedStatement[];
  /** "By Ana Ribeiro": the author line of a page, when the input names one. */
  byline?: string | null;
}

export interface GoldFile {
  corpus: string;
  articles: ExtractedArticle[];
}
