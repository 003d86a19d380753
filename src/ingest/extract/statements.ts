/**
 * Statements: direct quotes, reported speech and institutional positions, with exact
 * offsets (see data/gold/GUIDELINES.md §7 for the span rules this implements).
 *
 * 1. Quotes: one pass over the body with a stack of curly marks (straight marks open
 *    after a space and close before one); nested marks stay inside; a quote left open
 *    at a paragraph end continues when the next paragraph opens with a mark (the
 *    multi-paragraph convention), otherwise it is dropped.
 * 2. A quote is a statement when an attribution follows (`,” said X`, `,” X added`) or
 *    precedes it (`X said: “...”`); a whole quoted sentence right after an attributed
 *    quote continues its speaker; scare quotes and themes have none.
 * 3. Unquoted: every attribution verb of the lexicon outside quotes whose subject is a
 *    speaker-like noun phrase right before it — a name, "X of the Y", a pronoun, a role
 *    noun ("the SCO Secretary General"), "the Forum", "the commission", "the statement",
 *    people nouns ("officials") — across time adverbials ("on Friday"), appositives and
 *    relative clauses (", who chaired the meeting,"); or the subject of the previous
 *    attribution for coordinated verbs and participles ("... and urged", ", saying that").
 *    The span is the verb's complement ("that" dropped, an adverbial or addressee before
 *    it skipped: "said in a statement that", "told reporters") to the end of its clause;
 *    for trailing attributions (", he said", ", according to Wang") it is the clause
 *    before the comma.
 * 4. Speakers resolve by coreference: he/she → the person the text is about; It → the
 *    nearest organization or country subject; We and "the ministers" → the article's
 *    main institutional voice; role nouns → the person with that title, else the body
 *    named with them ("a State Department spokesperson"); documents ("the statement") →
 *    the body whose proposal the article reports; "the commission" → the last body named
 *    with that word.
 *
 * Everything is one pass over sentences in document order with O(1)/O(log n) look-ups
 * (mention indices, binary search), so the step is linear in the text.
 */
import type { EntityRef, ExtractedStatement, StatementKind } from '../types.js';
import { paragraphOf, sentenceAt, type Doc } from './doc.js';
import {
  ABBREVIATED_TITLES,
  DOCUMENT_NOUNS,
  MONTHS,
  NP_STOPS,
  ORG_ANAPHORS,
  ORG_HEADS,
  PEOPLE_NOUNS,
  PERSON_TITLE_HEADS,
  PRONOUNS,
  TIME_WORDS,
  TITLE_MODIFIERS,
  VERB_FILLERS,
} from './lexicon.js';

/** Words after which a new clause (and its subject) begins: "... as the bloc welcomed ...". */
const CLAUSE_OPENERS = new Set([
  'that',
  'and',
  'but',
  'as',
  'while',
  'when',
  'after',
  'because',
  'since',
  'although',
  'though',
  'if',
  'where',
  'so',
  'whereas',
]);
/** A complement that is only a short phrase of time, place or medium ("in December", "on Fox News"). */
const OCCASION_ONLY =
  /^(?:in|on|at|during|after|before|last|this|earlier|later|from|via|over|through|by)\b(?:\s+[^\s]+){0,4}\s*[.!?]?$/i;

const OBJECT_PRONOUNS: Record<string, 'person' | 'they'> = Object.assign(
  Object.create(null) as Record<string, 'person' | 'they'>,
  { him: 'person', her: 'person', his: 'person', them: 'they', their: 'they' } as const,
);

/**
 * What refers back to words already reported, with their occasion: "The prime minister said
 * this while addressing ...", "He expressed these views while welcoming ...", "She said so".
 */
const SAID_THIS =
  /^(?:this|that|so|these|those)(?:\s+(?:views?|remarks?|words|comments?|statements?|sentiments?|thoughts?))?(?:\s*[.!?]?$|\s+(?:while|when|during|at|in|on|as|after|before|to)\b)/i;

/** "... was quoted as saying by the RIA Novosti news agency.": who reported it, not what was said. */
const AGENT_ONLY = /^by\s+(?:(?!that|would|will|is|are|was|were|has|have|had)[^\s]+\s*){1,7}[.!?]?$/i;

/** The attribution of a quote no verb introduces (a label, a signature, a headline). */
const NO_VERB: VerbHit = { info: { lemma: '', type: 'speech' }, from: 0, to: 0, text: '' };

type Gender = 'f' | 'm';
const opposite = (g: Gender): Gender => (g === 'f' ? 'm' : 'f');
function genderOf(pronoun: string): Gender | null {
  return /^(?:she|her|hers)$/.test(pronoun) ? 'f' : /^(?:he|his|him)$/.test(pronoun) ? 'm' : null;
}
/** "chairwoman", "Congresswoman", "first lady" → f; "chairman", "Congressman", "King" → m. */
function titleGender(title: string): Gender | null {
  return FEMININE_TITLE.test(title) ? 'f' : MASCULINE_TITLE.test(title) ? 'm' : null;
}
const GENDERED_ROLES = '(?:chair|congress|spokes|business|council|assembly|alder|states|anchor|committee|police)';
const FEMININE_TITLE = new RegExp(
  `\\b(?:${GENDERED_ROLES}woman|first lady|queen|princess|duchess|countess|actress|mrs|ms|madam)\\b`,
  'i',
);
const MASCULINE_TITLE = new RegExp(`\\b(?:${GENDERED_ROLES}man|king|prince|duke|mr)\\b`, 'i');

/** A time or occasion between a reporting verb and its clause, when a clause follows. */
const LEADING_OCCASION = new RegExp(
  '^(?:(?:on|in|at|during|after|before)\\s+(?:(?:a|an|the|his|her|their|its)\\s+)?(?:[\\w-]+\\s+){0,2}?' +
    '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|statement|interview|' +
    'speech|letter|tweet|post|email|release|rally|conference|briefing|call|meeting|hearing|debate|appearance)' +
    '|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)(?:\\s+(?:morning|afternoon|evening|night))?' +
    '|(?:last|this|next)\\s+(?:week|month|year|night|morning|weekend))\\s+' +
    '(?=(?:he|she|they|we|I|it|there|the|a|an|this|that|his|her|their|its|\\p{Lu}[\\p{L}]*)\\s)',
  'u',
);

/** A sentence saying its subject did not speak: the quote after it is someone else's. */
const SILENT =
  /\b(?:declined|refused|could not be reached|couldn['’]t be reached|did not (?:respond|reply|return|comment|answer)|didn['’]t (?:respond|reply|return|comment|answer)|no comment|not immediately)\b/i;

const MODALS = new Set(['will', 'shall', 'can', 'could', 'should', 'may', 'might', 'must']);
/** Words that cannot open the speaker phrase after a quote. */
const NOT_SUBJECT_START = new Set([
  'and',
  'but',
  'or',
  'nor',
  'that',
  'which',
  'who',
  'whom',
  'as',
  'while',
  'when',
  'where',
  'because',
  'if',
  'though',
  'although',
  'since',
  'so',
  'then',
  'there',
  'here',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'of',
  'into',
  'about',
  'after',
  'before',
  'than',
  'not',
]);
/** A line that signs a quote: a name of two to four words, then an affiliation ("Dean Baker, Center for X."). */
const SIGNED_NAME = String.raw`(?!(?:The|A|An|This|That|These|Our|Read|Watch|See|Click|More|Related|Photo|Image)\b)(\p{Lu}[\p{L}.'’-]+(?:[ \t]+\p{Lu}[\p{L}.'’-]+){1,3})(?:,[ \t]*[\p{Lu}\p{N}][^\n]{1,80})?[.]?`;
/** ... on the line under the quote, closing the paragraph. */
const SIGNED_LINE_UNDER = new RegExp(String.raw`^[ \t]*\n[ \t]*${SIGNED_NAME}\s*$`, 'u');
/** ... on the line under the quote, with the next signed quote on the line under that. */
const SIGNED_LINE_BETWEEN = new RegExp(String.raw`^[ \t]*\n[ \t]*${SIGNED_NAME}[ \t]*\n[ \t]*["“]`, 'u');
/** ... as the last line inside the marks, after an optional dash. */
const SIGNED_LAST_LINE = new RegExp(String.raw`^[ \t]*(?:[—–-][ \t]*)?${SIGNED_NAME}[ \t]*$`, 'u');

/** A body's head by a word that names no title ("the WHO chief", "the agency's head", "the bloc's leader"). */
const BODY_HEAD_NOUN = /\b(?:chief|head|leader|boss)$/i;
/** The titles a singular people noun stands for ("the diplomat" → the foreign minister named before). */
const ROLE_TITLES: Record<string, RegExp> = {
  diplomat: /\b(?:foreign minister|minister of foreign affairs|ambassador|envoy|secretary of state|representative)\b/i,
  envoy: /\b(?:envoy|ambassador|representative)\b/i,
  negotiator: /\b(?:negotiator|envoy)\b/i,
  lawmaker: /\b(?:senator|representative|congress(?:man|woman)|deputy|mp|legislator)\b/i,
};
/** Titles that head a body. */
const TOP_TITLE =
  /\b(?:director[- ]general|secretary[- ]general|president|chair(?:man|woman|person)?|head|chief|executive director|managing director|commissioner)\b/i;

/** One of a body's people before the body: "A spokesperson for the European Commission", "an official at the ministry". */
const SPOKESPERSON_FOR =
  /^(?:an?|the|one)\s+(?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person)|official|aide|adviser|advisor|representative|source|diplomat|envoy)\s+(?:for|of|at|from|with)\s/iu;

/** What sets a trailing attribution off from its clause: a comma or a dash ("It was — he said — ..."). */
const SET_OFF = /^(?:,|—|–|--)$/;

/** The longest reported clause, in tokens (real ones run to a few dozen). */
const CLAUSE_MAX = 200;

/** Words whose period does not end a name: honorifics, titles, initials. */
const ABBREVIATION = new RegExp(String.raw`^(?:${ABBREVIATED_TITLES}|\p{Lu})$`, 'u');

/** One to three capitalised words, an honorific allowed before them: a name as written. */
const PERSON_NAME =
  /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}’'-]*(?:\s+\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}’'-]*){0,2}$/u;

/** What "according to" cites without anyone speaking: documents, laws, counts and polls. */
const CITATION_HEADS = new Set([
  'charter',
  'constitution',
  'treaty',
  'agreement',
  'convention',
  'act',
  'law',
  'bill',
  'rules',
  'guidelines',
  'poll',
  'polls',
  'polling',
  'survey',
  'surveys',
  'data',
  'figures',
  'records',
  'results',
  'estimates',
  'estimate',
  'study',
  'studies',
  'count',
  'census',
  'tally',
  'documents',
  'filings',
  'projections',
  'projection',
  'analysis',
  'average',
  'calculations',
  'reports',
  'website',
  'transcript',
]);

/** People by what they are, for a statement's kind ("Aides said" is reported speech, not a position). */
const HUMAN_NOUNS = new Set([
  'aide',
  'aides',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'critic',
  'critics',
  'supporter',
  'supporters',
  'voter',
  'voters',
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'source',
  'activist',
  'activists',
  'strategist',
  'strategists',
  'pollster',
  'pollsters',
  'candidate',
  'candidates',
  'people',
  'friend',
  'friends',
  'colleague',
  'colleagues',
  'businessman',
  'businesswoman',
  'billionaire',
  'nominee',
  'host',
  'reporter',
  'reporters',
  'author',
  'writer',
  'columnist',
  'woman',
  'man',
  'protesters',
  'residents',
  'democrats',
  'republicans',
]);

/** A noun for people, one or many ("officials", "a ministry official", "aides", "the spokesman"). */
function peopleNoun(lower: string): boolean {
  return (
    PEOPLE_NOUNS.has(lower) || PEOPLE_NOUNS.has(`${lower}s`) || HUMAN_NOUNS.has(lower) || PERSON_TITLE_HEADS.has(lower)
  );
}

/** Lower-case words before the head of a speaking body's noun phrase ("the state-run news agency"). */
const NOUN_PREMODIFIERS = new Set([
  'joint',
  'final',
  'official',
  'foreign',
  'senior',
  'western',
  'local',
  'regional',
  'press',
  'news',
  'state',
  'run',
  'owned',
  'backed',
  'government',
  'semi',
  'semiofficial',
]);

/** Words that open an adverbial between a verb and its "that" ("said in a statement that"). */
const ADVERBIAL_OPENERS = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'via',
  'through',
  'over',
  'last',
  'earlier',
  'later',
  'late',
  'early',
  'shortly',
  'separately',
  'publicly',
  'repeatedly',
  'by',
  'from',
  'with',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);
import { countryOfCapital } from './countries.js';
import { roleMatches } from './people.js';
import { escapeRegExp, type Token } from './text.js';
import { skipFillers, verbAt, type VerbHit } from './verbs.js';
import {
  attributionAfter as attributionAfterTags,
  attributionBefore as attributionBeforeTags,
  NAMING_LEMMAS,
  speakerOfSentence,
  mainSubject,
  WEAK_REPORTING_LEMMAS,
  questionSubject,
  subjectBefore as subjectBeforeTags,
  subjectOfVerb,
  antecedentOf,
  wordsOwner,
  type StructuralAttribution,
} from './attribution.js';
import { tagWindow, type Tagged } from './nlp.js';

/**
 * The two characters before the white space that precedes `i`, and that white space as
 * one separator: a blank line ("\n\n"), a line break ("\n") or a space (" "). Lines that
 * end in spaces or no-break spaces ("”\u00a0\n“...") read as the line breaks they are.
 */
function leadIn(body: string, i: number): string {
  let k = i;
  let newlines = 0;
  while (k > 0 && /\s/.test(body[k - 1])) {
    k -= 1;
    if (body[k] === '\n') newlines += 1;
  }
  const gap = newlines >= 2 ? '\n\n' : newlines === 1 ? '\n' : k < i ? ' ' : '';
  return body.slice(Math.max(0, k - 2), k) + gap;
}

/** A month's name or abbreviation, for signatures dated after the name ("— Jane Doe October 9, 2016"). */
const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';

/**
 * A name (or a handle) signed after a dash behind a quote, before the paragraph's end, an
 * occasion or a date: "“...” — Jane Doe", "– Tom Ruiz (@tomruiz) September 27, 2016", "— @handle".
 */
const SIGNED_AFTER_DASH = new RegExp(
  String.raw`^(?:[ \t]*\n)?[ \t]*(?:[—–~]|(?<=\s)-|--)[ \t]*(\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?!${MONTH_NAME}\b)(?:\p{Lu}[\p{L}.'’-]*|de|van|von|al|bin|da)){0,4}|@\w{2,15})(?=[ \t]*(?:$|\n|[(,.;]|[ \t](?:on|in|at|during|via|to|from)\b|[ \t]\p{N}|[ \t]\p{Lu}\p{Ll}+\.?[ \t]\p{N}))`,
  'u',
);

/** "This was stated by" (and said, announced, noted ...) right after a quote, up to the name. */
const STATED_BY =
  /^[\s,.;:—–-]*(?:this|that|it)\s+(?:was|has\s+been)\s+(stated|said|announced|noted|emphasized|emphasised|stressed|declared|reported|written|told)\s+(?:to\s+\S+\s+)?by\s+/i;

/** What a source is close to: "close to the talks", "familiar with the matter", "briefed on it". */
const CLOSE_TO_PHRASE = String.raw`(?:close to|familiar with|briefed on|involved in|knowledgeable about|with (?:direct )?knowledge of)`;
/** The phrase and its object ending the words before a verb ("A source close to the talks| said"). */
const CLOSE_TO = new RegExp(
  String.raw`\s${CLOSE_TO_PHRASE}\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+$`,
  'iu',
);
/** Its first word, where a noun phrase before it ends ("two delegates| familiar with the talks"). */
const CLOSE_TO_FIRST = /^(?:close|familiar|briefed|involved|knowledgeable)$/i;
/** The phrase inside a name as written ("a source close to the talks" → its head is "source"). */
const CLOSE_TO_WORDS = new RegExp(String.raw`\s${CLOSE_TO_PHRASE}\s`, 'i');

/** What may follow a trailing attribution: an addressee, then the source it was had from. */
const SOURCE_TAIL =
  /^(?:(?:reporters|journalists|the press|the media|the\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})\s*)?(?:,\s*(?:citing|quoting|as quoted by|according to)\s[^,;]{1,80})?\s*[.!?]?$/u;

/** A party to talks, named by its country ("the Chinese side") or not ("both sides"). */
const SIDE_NOUNS = new Set(['side', 'sides']);

/** A naming verb at most four words before a quote ("calling it", "described Trump as a"). */
const NAMING_BEFORE =
  /\b(?:call|label|dub|brand|term|name|describ|deem|refer|decr|denounc|sa[yi]|chant|shout|yell|tweet|wr[io]t)\w*(?:\s+\S+){0,4}\s*$/i;

/** A title, a plural one, an initial or a state abbreviation ("D-Conn", "R-Ky"), before a period. */
const ABBREVIATION_BEFORE = new RegExp(
  String.raw`^(?:${ABBREVIATED_TITLES}|Sens|Reps|Govs|[A-Z]|[A-Z]-[A-Z][a-z]+|[A-Z][a-z]?-[A-Z][a-z]*)$`,
);

/** Is the period at `i` the end of a short capitalised abbreviation ("Sen.", "Gov.", "D-Conn.")? */
function abbreviationBefore(body: string, i: number): boolean {
  if (body[i] !== '.') return false;
  // initials: "C.L."
  if (/(?:^|[\s(])(?:\p{Lu}\.)+\p{Lu}$/u.test(body.slice(Math.max(0, i - 10), i))) return true;
  const m = /(?:^|[\s(])([\p{Lu}][\p{L}-]{0,5})$/u.exec(body.slice(Math.max(0, i - 8), i));
  return !!m && ABBREVIATION_BEFORE.test(m[1]);
}

/** An entity mention, as the statement step sees it. */
export interface EntityMention {
  start: number;
  end: number;
  text: string;
  ref: EntityRef | { type: 'initiative'; key: string };
  /** A short form ("Forum") rather than a full name, alias or acronym. */
  short: boolean;
}

export interface SpeakerPerson {
  key: string;
  title: string | null;
  /** ISO2 of the country the person's title names ("Russian President"), if any. */
  country?: string | null;
  /** Key of the organization the person's title names ("WHO Director-General"), if any. */
  organization?: string | null;
}

export interface StatementContext {
  doc: Doc;
  mentions: EntityMention[];
  people: SpeakerPerson[];
  /** Attribution by sentence structure when the lexicon finds none (default true). */
  structural?: boolean;
  /** The headline, for quotes only it attributes ("Cecile Richards: ‘...’", "Read Obama’s Speech"). */
  title?: string | null;
}

interface Quote {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark. */
  close: number;
}

const OPEN = '“';
const CLOSE = '”';

/**
 * Outermost quotes of the body, multi-paragraph quotes joined. Curly double marks nest;
 * a curly opening mark may be closed by a straight one and the reverse (and a curly
 * opening mark typed where the closing one belongs, before a space, closes); single
 * curly marks (British style) are outer marks when no double quote is open, an
 * apostrophe (letters on both sides, or a plural possessive) never closes them.
 */
export function findQuotes(body: string): Quote[] {
  const out: Quote[] = [];
  let depth = 0;
  let open = -1;
  let straightOpen = -1;
  let singleOpen = -1;
  /** The single mark open is a straight one ('), closed by a straight one only. */
  let straightSingle = false;
  const closingContext = (i: number) =>
    /\S/.test(body[i - 1] ?? ' ') && (i + 1 >= body.length || /[\s,.;:!?)\]—–-]/.test(body[i + 1]));
  for (let i = 0; i < body.length; i += 1) {
    // (guillemets and low opening marks are read as curly double marks)
    const ch = body[i] === '«' || body[i] === '„' ? OPEN : body[i] === '»' ? CLOSE : body[i];
    if (ch === '\n' && body[i + 1] === '\n') {
      const next = body[i + 2];
      if (
        (depth > 0 && (next === OPEN || next === '"')) ||
        (straightOpen >= 0 && (next === '"' || next === OPEN)) ||
        (singleOpen >= 0 && next === '‘')
      ) {
        i += 2; // continuation mark of a multi-paragraph quote: skip it
        continue;
      }
      depth = 0;
      open = -1;
      straightOpen = -1;
      singleOpen = -1;
      straightSingle = false;
      continue;
    }
    // (a straight single mark left open gives way to any double one: it was an apostrophe)
    if (straightSingle && (ch === OPEN || ch === CLOSE || ch === '"')) {
      singleOpen = -1;
      straightSingle = false;
    }
    if (ch === OPEN) {
      if (depth === 1 && straightOpen < 0 && closingContext(i) && i - open > 1) {
        // “... world“ — an opening mark typed for the closing one
        depth = 0;
        out.push({ open, close: i });
        continue;
      }
      if (straightOpen >= 0 || singleOpen >= 0) continue;
      if (depth === 0) open = i;
      depth += 1;
    } else if (ch === CLOSE) {
      if (depth === 0 && straightOpen < 0 && singleOpen < 0 && (i === 0 || body[i - 1] === '\n')) {
        // ”... at the start of a paragraph: a closing mark typed for the opening one
        open = i;
        depth = 1;
      } else if (depth > 0) {
        depth -= 1;
        if (depth === 0) out.push({ open, close: i });
      } else if (straightOpen >= 0) {
        out.push({ open: straightOpen, close: i }); // "...” mismatched marks
        straightOpen = -1;
      }
    } else if (ch === '"') {
      const prev = body[i - 1];
      // a mark after a space opens, unless a space or punctuation follows it: then it
      // closes, spaced off a nested single quote ("... 'above the law,' " said X)
      const opening =
        (i === 0 || /[\s(\[—–-]/.test(prev ?? ' ')) && !(straightOpen >= 0 && /[\s,.;:!?]/.test(body[i + 1] ?? ' '));
      if (depth === 1 && !opening) {
        depth = 0; // “..." mismatched marks
        out.push({ open, close: i });
      } else if (opening && straightOpen < 0 && depth === 0 && singleOpen < 0) straightOpen = i;
      else if (!opening && straightOpen >= 0) {
        out.push({ open: straightOpen, close: i });
        straightOpen = -1;
      }
    } else if (ch === '‘' && depth === 0 && straightOpen < 0 && singleOpen < 0) {
      // (after a space, a bracket, a dash, or glued to a comma or a colon: "said,‘Look'"; before
      // a word, an editor's bracket or an ellipsis: "‘[He] is ...’", "‘… if the vote ...’")
      // (not a year's apostrophe: "in ‘08")
      if (
        (i === 0 || /[\s(\[—–\-,:]/.test(body[i - 1])) &&
        /[\p{L}\p{N}\[…]/u.test(body[i + 1] ?? '') &&
        !/^\d\ds?(?:[\s,.;:!?)]|$)/.test(body.slice(i + 1, i + 5))
      )
        singleOpen = i;
    } else if (ch === "'" && depth === 0 && straightOpen < 0 && singleOpen < 0) {
      // a straight single mark as the outer one ("Lavrov warned: 'We will respond,' adding ..."):
      // after a space, a bracket, a dash or a colon and before a capital (never an apostrophe's
      // place: "'em", "'90s", "rock 'n' roll")
      if ((i === 0 || /[\s(\[—–:]/.test(body[i - 1])) && /\p{Lu}/u.test(body[i + 1] ?? '')) {
        singleOpen = i;
        straightSingle = true;
      }
    } else if (ch === "'" && singleOpen >= 0 && straightSingle && depth === 0 && straightOpen < 0) {
      // closed after the quote's own punctuation, or before punctuation not after a plural's s
      // ("... provocation,' adding", "... calm'."; "the states' rights" goes on)
      const prev = body[i - 1] ?? ' ';
      const next = body[i + 1] ?? ' ';
      if (/\p{L}/u.test(prev) && /\p{L}/u.test(next)) continue; // won't
      if (
        (/[.,!?]/.test(prev) && /[\s)\]—–]|$/.test(next)) ||
        (/[,.;:!?)\]\n]/.test(next) && !/s/i.test(prev)) ||
        i + 1 >= body.length
      ) {
        // (not a paragraph that is only words in single marks: a subhead, "'A fight from start to finish.'")
        const whole = (singleOpen === 0 || body[singleOpen - 1] === '\n') && (i + 1 >= body.length || next === '\n');
        if (!whole) out.push({ open: singleOpen, close: i });
        singleOpen = -1;
        straightSingle = false;
      }
    } else if (ch === '’' && singleOpen >= 0 && !straightSingle && depth === 0 && straightOpen < 0) {
      const prev = body[i - 1] ?? ' ';
      const next = body[i + 1] ?? ' ';
      if (/\p{L}/u.test(prev) && /\p{L}/u.test(next)) continue; // don’t
      const punctNext = i + 1 >= body.length || /[,.;:!?)\]—–\n]/.test(next);
      const spaceNext = /\s/.test(next);
      if (punctNext || /[.,!?]/.test(prev) || (spaceNext && !/s/i.test(prev))) {
        out.push({ open: singleOpen, close: i });
        singleOpen = -1;
      }
    }
  }
  return out.sort((a, b) => a.open - b.open);
}

/** Content span of a quote: inside the marks, trailing comma dropped, final .?! kept. */
function quoteContent(body: string, q: Quote): { start: number; end: number } {
  let start = q.open + 1;
  let end = q.close;
  while (start < end && /\s/.test(body[start])) start += 1;
  while (end > start && /[\s,;:]/.test(body[end - 1])) end -= 1;
  return { start, end };
}

type Speaker = { ref: EntityRef | null; name: string | null };

export class StatementFinder {
  private readonly doc: Doc;
  private readonly tokens: Token[];
  private readonly body: string;
  private readonly mentions: EntityMention[];
  private readonly byStartTok = new Map<number, EntityMention[]>();
  private readonly byEndTok = new Map<number, EntityMention[]>();
  private readonly out: ExtractedStatement[] = [];
  private quotes: Quote[] = [];
  /** Tokens already used as the attribution of a quote. */
  private readonly usedVerbs = new Set<number>();
  /** Running coreference state, updated as statements are found (all O(1) to query). */
  private lastPersonSpeaker: { ref: EntityRef; at: number } | null = null;
  private lastCountrySpeaker: EntityRef | null = null;
  private lastProposer: EntityRef | null = null;
  private lastQuote: ExtractedStatement | null = null;
  /** Person key → the gender the text gives them (see {@link genderOfPerson}). */
  private genders: Map<string, Gender> | null = null;
  /** Capitalised word runs of the speakers so far that are not bodies (see {@link personPhrase}). */
  private readonly spokenNames = new Set<string>();
  /** Surname → where the body first gives it after a first name, or -1 (see {@link fullNameBefore}). */
  private readonly fullNameAt = new Map<string, number>();
  /** The person only the headline names (see {@link headlineQuote}), once looked up. */
  private headlinePerson: { ref: EntityRef; name: string } | null | undefined;
  /** Whether this article prints quotes under plain name paragraphs (see {@link plainRoundup}). */
  private plainNames: boolean | undefined;
  /** Whether this article's name-only paragraphs sign the quote above them or head the one below. */
  private roundup: 'sign' | 'head' | null = null;
  /** The subject of the last unquoted attribution, for coordinated verbs of the same sentence. */
  private lastNP: { sentence: number; np: [number, number] } | null = null;
  private readonly voiceCounts = new Map<string, { ref: EntityRef; n: number }>();
  private voice: { ref: EntityRef; n: number } | null = null;
  /** The last subject found by taggedSubject was a relative "who" between commas ("X, who said ..., spoke"). */
  private relativeBetweenCommas = false;
  /** The last sentence tagged for its verbs (see sentenceTags). */
  private tagCache: { from: number; to: number; sentenceEnd: number; ts: Tagged[] } | null = null;
  /** Mention indices by category, for binary-searched "last one before" look-ups. */
  private readonly personIdx: number[] = [];
  private readonly bodyIdx: number[] = [];
  private readonly orgIdx: number[] = [];
  private readonly subjectBodyIdx: number[] = [];
  private readonly personIdxByKey = new Map<string, number[]>();

  constructor(private readonly ctx: StatementContext) {
    this.doc = ctx.doc;
    this.tokens = ctx.doc.tokens;
    this.body = ctx.doc.body;
    this.mentions = [...ctx.mentions].sort((a, b) => a.start - b.start);
    this.mentions.forEach((m, i) => {
      if (m.ref.type === 'person') {
        this.personIdx.push(i);
        if (!this.personIdxByKey.has(m.ref.key)) this.personIdxByKey.set(m.ref.key, []);
        this.personIdxByKey.get(m.ref.key)!.push(i);
      } else if (m.ref.type === 'organization' || m.ref.type === 'country') {
        this.bodyIdx.push(i);
        if (m.ref.type === 'organization') this.orgIdx.push(i);
      }
    });
    for (const m of this.mentions) {
      const a = this.tokenAt(m.start);
      const b = this.tokenAt(m.end - 1);
      if (!this.byStartTok.has(a)) this.byStartTok.set(a, []);
      this.byStartTok.get(a)!.push(m);
      if (!this.byEndTok.has(b)) this.byEndTok.set(b, []);
      this.byEndTok.get(b)!.push(m);
    }
  }

  /**
   * Does a line that looks like a signature ("Jane Doe, 34, Columbus") sign, by its tags: no
   * function word in the name ("On Tuesday", "We Are Sorry") and no verb after it ("On
   * Tuesday, Trump said no."). (Given names tagged as verbs, "Hope Hicks", "Will Smith", pass.)
   */
  private signs(start: number, name: string): boolean {
    const end = start + name.length;
    const nl = this.body.indexOf('\n', end);
    // (the line tagged whole, for the words' context, and never more than a line)
    const line = tagWindow(this.body, start, Math.min(nl < 0 ? this.body.length : nl, end + 120));
    return line.every((t) =>
      t.start < end ? !/^(?:ADP|PRON|DET|SCONJ|CCONJ|PART|INTJ)$/.test(t.pos) : t.pos !== 'VERB' && t.pos !== 'AUX',
    );
  }

  /** Index of the token containing character `offset`. */
  private tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.tokens[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private sentenceOf(offset: number): { start: number; end: number } {
    return sentenceAt(this.doc, offset);
  }

  /** The closing mark of the last quote closing inside [from, to), or -1. */
  private lastQuoteCloseIn(from: number, to: number): number {
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid].close < to) lo = mid + 1;
      else hi = mid;
    }
    const q = this.quotes[lo - 1];
    return q && q.close >= from ? q.close : -1;
  }

  private inQuote(offset: number): boolean {
    let lo = 0;
    let hi = this.quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = this.quotes[mid];
      if (offset < q.open) hi = mid - 1;
      else if (offset > q.close) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /**
   * Document order, so that coreference only looks back: quotes are handled when the
   * sentence holding their closing mark is reached.
   */
  find(): ExtractedStatement[] {
    this.quotes = findQuotes(this.body);
    for (const i of this.bodyIdx) if (this.atClauseStart(this.mentions[i].start)) this.subjectBodyIdx.push(i);
    let qi = 0;
    for (const s of this.doc.sentences) {
      while (qi < this.quotes.length && this.quotes[qi].close < s.end) this.directQuote(this.quotes[qi++]);
      // a sentence that opens inside a quote may go on after it (“...,” he said, adding that ...)
      this.unquoted(s.start, s.end);
    }
    while (qi < this.quotes.length) this.directQuote(this.quotes[qi++]);
    this.out.sort((a, b) => a.startOffset - b.startOffset || a.endOffset - b.endOffset);
    return this.out;
  }

  // ---------------------------------------------------------------- direct quotes

  private directQuote(q: Quote): void {
    const content = quoteContent(this.body, q);
    if (content.end <= content.start) return;
    // a pull quote signed on its last line, inside the marks ("“...\nDean Baker, Center for X.”")
    const signed = this.signedInside(content);
    if (signed) {
      this.attributedQuote(q, signed, { verb: NO_VERB, np: signed.np });
      return;
    }
    const sentence = this.sentenceOf(q.close);
    const sentEnd = Math.max(sentence.end, q.close + 1);
    const words = this.body.slice(content.start, content.end).split(/\s+/).length;
    // ("“...,” this was stated by X": the passive report names the speaker after "by")
    let attribution = words >= 3 ? this.statedBy(q) : null;
    if (!attribution) attribution = this.attributionAfterQuote(q.close + 1, sentEnd);
    if (!attribution) attribution = this.attributionBeforeQuote(q.open);
    // a quote that opens its sentence (or follows a colon or an introducing comma) is
    // speech however short; a short quote inside a clause is a scare quote
    const standalone = this.standaloneQuote(q);
    if (attribution && words < 3 && !standalone) return; // scare quotes with a speech verb nearby are still not statements
    // (the structural path makes that call itself: "calling it “absurd.”" is speech)
    // a speaker label inside the marks ("“TRUMP: We have to ...”") is the attribution itself
    // (when the quote stands alone: "the crowd chanted “Chris Christie: Bad for ...”" is the crowd's)
    if (!attribution && standalone && this.labelledQuote(content)) return;
    // (a passive, "were told, “...”", says the words but not who said them)
    let passive = false;
    if (!attribution && this.ctx.structural !== false) {
      const found = this.structuralAttribution(q, content, words, standalone);
      if (found === 'passive') passive = true;
      else attribution = found;
    }
    if (!attribution && words >= 3) attribution = this.closingAttribution(q, sentEnd);
    if (!attribution && passive) {
      this.push('DIRECT_QUOTE', content.start, content.end, NO_VERB, { ref: null, name: null });
      return;
    }
    if (!attribution) {
      if (words >= 3 && this.presentedQuote(q, content)) return;
      if (!standalone && this.labelledQuote(content)) return;
      if (standalone && words >= 4 && this.headlineQuote(content)) return;
      if (!this.continuedQuote(q, content, words) && !this.resumedQuote(q, content, words))
        this.unattributedQuote(q, content, words);
      return;
    }
    this.attributedQuote(q, content, attribution);
  }

  /** Emits a quote with its attribution: the last quote, and its speaker for the verbs of its sentence. */
  private attributedQuote(
    q: Quote,
    content: { start: number; end: number },
    attribution: { verb: VerbHit; np: [number, number] },
  ): void {
    this.emit('DIRECT_QUOTE', content.start, content.end, attribution.verb, attribution.np);
    this.lastQuote = this.out[this.out.length - 1];
    this.lastNP = { sentence: this.sentenceOf(q.close).start, np: attribution.np };
  }

  /**
   * `The senator “drew well from working voters” in the primary, said Professor X.`: a
   * partial quote whose sentence closes with the attribution, past a short stretch of the
   * writer's words (no other quote in between): the quoted words are the speaker's.
   */
  private closingAttribution(q: Quote, sentEnd: number): { verb: VerbHit; np: [number, number] } | null {
    const tail = this.body.slice(q.close + 1, sentEnd);
    if (/[“”"\n]/.test(tail)) return null;
    // each comma in turn ("... about the decision, said X, director of Y.")
    for (let comma = tail.indexOf(','); comma >= 0; comma = tail.indexOf(',', comma + 1)) {
      if (tail.slice(0, comma).split(/\s+/).filter(Boolean).length > 10) return null;
      const hit = this.attributionAfterQuote(q.close + 1 + comma, sentEnd);
      if (hit) return hit;
    }
    return null;
  }

  /**
   * `“...” This was stated by Foreign Minister Murat Nurtleu at the meeting.`: the passive
   * report after a quote, as agencies write it, names the speaker after "by".
   */
  private statedBy(q: Quote): { verb: VerbHit; np: [number, number] } | null {
    const m = STATED_BY.exec(this.body.slice(q.close + 1, q.close + 60));
    if (!m) return null;
    const byEnd = q.close + 1 + m[0].length;
    const from = this.tokenAt(byEnd);
    const sentence = this.sentenceOf(byEnd);
    const np: [number, number] = [from, this.npForward(from, this.tokenAt(Math.max(byEnd, sentence.end - 1)) + 1)];
    if (np[1] <= np[0] || !/^\p{Lu}|^the\b/u.test(this.tokens[from].text)) return null;
    const vTok = this.tokenAt(q.close + 1 + m[0].indexOf(m[1]));
    const verb: VerbHit = { info: { lemma: m[1], type: 'speech' }, from: vTok, to: vTok + 1, text: m[1] };
    return { verb, np };
  }

  /** Does the quote open a sentence, a paragraph, or follow a colon or a comma? */
  private standaloneQuote(q: Quote): boolean {
    let k = q.open - 1;
    while (k >= 0 && (this.body[k] === ' ' || this.body[k] === '\t' || this.body[k] === '\u00a0')) k -= 1;
    if (k < 0 || this.body[k] === '\n') return true;
    const c = this.body[k];
    return (
      c === ':' ||
      c === ',' ||
      (c === '.' && !abbreviationBefore(this.body, k)) ||
      c === '!' ||
      c === '?' ||
      c === '—' ||
      c === '–'
    );
  }

  /**
   * The attribution of a quote by sentence structure (POS tags of the windows around
   * it; see ./attribution.ts), when the lexicon path found none: any verb in the slot
   * after the quote, an introducing verb before it, a reporting verb whose clause holds
   * a partial quote. The speaker noun phrase is kept as written, resolved or not.
   */
  private structuralAttribution(
    q: Quote,
    content: { start: number; end: number },
    words: number,
    standalone: boolean,
  ): { verb: VerbHit; np: [number, number] } | 'passive' | null {
    const body = this.body;
    const para = paragraphOf(this.doc, q.open);
    const paraEnd = this.doc.paragraphStarts[para + 1] ?? body.length;
    const inner = body.slice(content.start, content.end);
    if (!/\p{L}/u.test(inner)) return null;
    // a short quote inside a sentence (a scare quote, most often) is speech only when a
    // naming verb frames it or it ends the sentence: test that cheaply before tagging
    if (
      words < 3 &&
      !standalone &&
      !/[.!?]$/.test(inner) &&
      !NAMING_BEFORE.test(body.slice(Math.max(0, q.open - 60), q.open))
    )
      return null;
    // after: to the end of the sentence, the next quote or the paragraph end
    const lastCh = body
      .slice(q.open + 1, q.close)
      .replace(/[\s’'"”]+$/, '')
      .slice(-1);
    const closed = /[,.!?…—–-]/.test(lastCh);
    let to = q.close + 1;
    const limit = Math.min(paraEnd, q.close + 140);
    while (to < limit) {
      const c = body[to];
      // (a name in quotation marks inside the attribution is skipped: "X, wearing “Ted Cruz” pins, said")
      if (c === '“' && to > q.close + 8) {
        const shut = body.indexOf('”', to);
        if (shut > 0 && shut < limit && shut - to < 30 && !/[.!?,]/.test(body.slice(to, shut))) {
          to = shut + 1;
          continue;
        }
      }
      if (c === '“' || c === '\n' || (c === '"' && /\s/.test(body[to - 1]))) break;
      if (
        (c === '.' || c === '!' || c === '?') &&
        (to + 1 >= body.length || /\s/.test(body[to + 1])) &&
        !abbreviationBefore(body, to)
      )
        break;
      to += 1;
    }
    const afterText = body.slice(q.close + 1, to);
    // (a question or an exclamation inside the marks does not end the writer's sentence:
    // "“Do you think I will change?” Okafor asked reporters during a news conference.")
    const newSentence = lastCh === '.' && /^\s+\p{Lu}/u.test(afterText);
    let hit: StructuralAttribution | null = null;
    /** A partial quote's verb also heads a reported clause: leave it to the unquoted pass. */
    let partial = false;
    // a short quote inside a sentence is a scare quote unless a naming verb frames it (below)
    // ("“...” Mr. Zahed said: “...”": words that end in a colon before the next quote introduce it)
    const introducesNext =
      /^[^,;:]{0,40}:\s*$/.test(afterText) &&
      !/\b(?:as|before|after|while|when|then|and|but|adding)\b/i.test(afterText) &&
      /[“"]/.test(body[to] ?? '');
    const tryAfter = () => {
      if (!hit && !introducesNext && /\S/.test(afterText) && (words >= 3 || standalone))
        hit = attributionAfterTags(tagWindow(body, q.close + 1, to), closed, newSentence);
    };
    // a quote opening its sentence looks after itself first ("“...,” X said"); a quote
    // inside a clause belongs to that clause's verb first ("said he would “...,” the crowd cheered")
    // ... unless a colon introduces it ("X interjected: “...” He said ...")
    const colonBefore = /:\s*$/.test(body.slice(Math.max(0, q.open - 4), q.open));
    // ... and a quote that ends its sentence after an introducing clause belongs to that
    // clause ("X said, “A.” He added, “B.”": A is X's, the next sentence introduces B)
    const sStart = this.sentenceOf(q.open).start;
    const introduced =
      newSentence &&
      sStart < q.open &&
      sStart >= (this.doc.paragraphStarts[para] ?? 0) &&
      /\S/.test(body.slice(sStart, q.open));
    // a quote ending with a comma inside its marks announces the attribution after it,
    // whatever introduced it ("... would not last long: “It won’t make it,” X predicted.")
    // (so does a question or an exclamation its sentence goes on after: "“...?” a reporter asked")
    const afterFirst =
      (standalone && !colonBefore && !introduced) ||
      (standalone && (lastCh === ',' || (/[?!]/.test(lastCh) && /^\s*\p{Ll}/u.test(afterText))));
    if (afterFirst) tryAfter();
    // a name signed under the quote's paragraph comes before anything the text before it says
    const unsigned = /\S/.test(body.slice(q.close + 1, paraEnd));
    if (!hit && standalone && !unsigned) hit = this.signatureAfter(paraEnd);
    // a name signed after the quote in its paragraph ("“...” — Jane Doe", "“...” (Jane Doe)")
    if (!hit && standalone) hit = this.signatureInline(q.close + 1, paraEnd);
    // a roundup: a paragraph that is only a name above or under each quote paragraph
    if (!hit && !unsigned && !/\S/.test(body.slice(this.doc.paragraphStarts[para] ?? 0, q.open))) {
      const above = this.nameParagraph(para - 1);
      const below = this.nameParagraph(paragraphOf(this.doc, q.close) + 1);
      const sign = !!below && (this.roundup === 'sign' || (!above && this.roundup !== 'head'));
      const name = sign ? below : (above ?? (this.roundup !== 'head' ? below : null));
      if (name) {
        this.roundup = name === below ? 'sign' : 'head';
        hit = { verb: null, np: name, participle: false };
      }
    }
    if (!hit) {
      const paraStart = this.doc.paragraphStarts[para] ?? 0;
      let from = Math.max(this.sentenceOf(q.open).start, paraStart, q.open - 240);
      // a quote opening a sentence inside its paragraph looks at the sentence before it,
      // one opening its paragraph at the previous paragraph's last sentence
      const midParagraph = from > paraStart && from === this.sentenceOf(q.open).start;
      if (!/\S/.test(body.slice(from, q.open)) && (para > 0 || midParagraph)) {
        // "X continued:" at the end of the previous paragraph
        let prevPara = midParagraph ? para : para - 1;
        let prevLen = 0;
        let lastPrev = '';
        let prevSentence = 0;
        /** Looks at the last sentence before `end` (the previous one, or the previous paragraph's). */
        const lookBefore = (end: number, paraFrom: number) => {
          prevLen = end; // the previous sentence's end, trailing space dropped (no copy of the body)
          while (prevLen > 0 && /\s/.test(body[prevLen - 1])) prevLen -= 1;
          lastPrev = body[prevLen - 1] ?? '';
          prevSentence = this.sentenceOf(prevLen - 1).start;
          from = Math.max(prevSentence, paraFrom);
          // "“A” in the end, he said. “B.”": the attribution after the previous sentence's quote
          const closeBefore = this.lastQuoteCloseIn(from, prevLen);
          if (closeBefore >= 0) from = closeBefore + 1;
        };
        lookBefore(
          midParagraph ? from : paraStart,
          midParagraph ? paraStart : (this.doc.paragraphStarts[para - 1] ?? 0),
        );
        // a subhead naming its speaker: "Trump On Muslims", "Clinton’s closing argument"
        const heading = !midParagraph && words >= 4 && lastPrev !== ':' ? this.headingSpeaker(from, prevLen) : null;
        // past other subheads, list numbers and photo credits to what introduces the quote
        if (!midParagraph && !heading && lastPrev !== ':') {
          let p = para - 1;
          while (p > 0 && para - p <= 3 && this.skippableParagraph(p)) p -= 1;
          if (p < para - 1) {
            prevPara = p;
            lookBefore(this.doc.paragraphStarts[p + 1], this.doc.paragraphStarts[p] ?? 0);
          }
        }
        if (lastPrev === ':') {
          hit = attributionBeforeTags(tagWindow(body, from, prevLen));
        } else if (heading) {
          hit = heading;
        } else if (
          words >= 4 &&
          !SILENT.test(body.slice(from, prevLen)) &&
          /[.!?]$/.test(inner) &&
          // (an attributed quote just before continues instead: see continuedQuote)
          !(
            this.lastQuote &&
            (midParagraph ? this.lastQuote.endOffset >= prevSentence : this.lastQuote.paragraph >= prevPara)
          ) &&
          !this.inQuote(prevLen - 1) &&
          !/["”’]/.test(lastPrev)
        ) {
          // "Howard continued his scathing remarks." then the quote: the previous sentence's speaker
          const ts = tagWindow(body, from, prevLen);
          hit = speakerOfSentence(ts);
          // (a verb that reports speech only of people: "The convention opened on Monday.")
          if (
            hit?.np &&
            hit.verb &&
            WEAK_REPORTING_LEMMAS.has(hit.verb.lemma) &&
            !this.personPhrase(hit.np.start, hit.np.end)
          )
            hit = null;
          // "The governor did not mince words." / "Trump then turned to trade." and the
          // quote: a person the sentence is about, unless it says they did not speak
          if (!hit) {
            const np = lastPrev === '?' ? questionSubject(ts) : mainSubject(ts);
            if (np && this.personPhrase(np.start, np.end)) hit = { verb: null, np, participle: false };
          }
          // "Read Obama’s full remarks below." and the quotes
          if (!hit) hit = wordsOwner(ts);
        }
      } else if (/\S/.test(body.slice(from, q.open))) {
        const ts = tagWindow(body, from, q.open);
        hit = attributionBeforeTags(ts);
        // a partial quote inside the clause must be more than a scare quote
        const lastTok = ts[ts.length - 1];
        partial = !!lastTok && lastTok.text !== ',' && lastTok.text !== ':';
        // a whole quoted sentence after a clause and a comma or a dash is that clause's
        // subject's, whatever its verb ("Trump doubled down on Monday, “We will ...”")
        if (
          !hit &&
          lastTok &&
          /^(?:[,—–]|--)$/.test(lastTok.text) &&
          words >= 4 &&
          /^\p{Lu}/u.test(inner) &&
          /[.!?]$/.test(inner)
        ) {
          const np = mainSubject(ts);
          if (np) {
            hit = { verb: null, np, participle: false };
            partial = false;
          }
        }
        // ... unless a naming verb sits right before it ("called it “disqualifying”")
        // ... or the quoted words end the reported clause and the sentence ("a loss is “increasingly likely.”")
        const endsSentence = /[.!?]$/.test(inner) && !/\S/.test(afterText);
        if (
          hit &&
          partial &&
          words < 3 &&
          !standalone &&
          !endsSentence &&
          !(hit.verb && NAMING_LEMMAS.has(hit.verb.lemma) && (hit.gap ?? 99) <= 4) &&
          !(hit.framing && NAMING_LEMMAS.has(hit.framing.lemma) && hit.framing.gap <= 4)
        )
          hit = null;
      }
    }
    if (!afterFirst) tryAfter();
    // (a quote inside a sentence looks for its signature last; a standalone one did above)
    if (!hit && !standalone && !unsigned) hit = this.signatureAfter(paraEnd);
    if (!hit && !standalone) hit = this.signatureInline(q.close + 1, paraEnd);
    if (!hit) return null;
    let np: [number, number] | null = hit.np ? [this.tokenAt(hit.np.start), this.tokenAt(hit.np.end - 1) + 1] : null;
    // ", adding, “...”" after a quote of the same paragraph: that quote's speaker
    if (!np && hit.participle && this.lastNP && this.lastQuote && this.lastQuote.paragraph === para)
      np = this.lastNP.np;
    if (!np || np[1] <= np[0]) {
      // a passive ("were told, “...”", "is described as a “...”") says the words, not who said them
      return hit.passive && (words >= 3 || standalone) ? 'passive' : null;
    }
    const v = hit.verb;
    const vFrom = v ? this.tokenAt(v.start) : np[0];
    const verb: VerbHit = {
      info: { lemma: v?.lemma ?? '', type: 'speech', ...(hit.participle ? { participle: true } : {}) },
      from: vFrom,
      to: v ? this.tokenAt(v.end - 1) + 1 : vFrom,
      text: v?.text ?? '',
    };
    if (!partial && v) this.usedVerbs.add(vFrom);
    return { verb, np };
  }

  /**
   * Is the phrase at [start, end) a person: headed by a person's name, "he" or "she", or
   * a title ("the governor", "the Russian leader")?
   */
  private personPhrase(start: number, end: number): boolean {
    const text = this.body.slice(start, end);
    if (/^(?:he|she)$/i.test(text)) return true;
    const head = /([\p{L}’'-]+)\W*$/u.exec(text)?.[1]?.toLowerCase() ?? '';
    // ("the governor", "the Republican nominee", "aides"; not "the company")
    if (/^\p{Ll}/u.test(head) && peopleNoun(head)) return true;
    if (this.mentionsIn(start, end).some((m) => m.ref.type === 'person' && m.end >= end - 1)) return true;
    // a name that has spoken before in the article ("Lopez" after "“...,” Maria Lopez said")
    if (this.spokenNames.has(text)) return true;
    // a surname of a full name given before ("Trump" after "Donald Trump")
    return /^\p{Lu}[\p{L}’'-]+$/u.test(text) && this.fullNameBefore(text, start);
  }

  /** Does the body give `surname` after a capitalised first name before `offset` ("Donald Trump")? */
  private fullNameBefore(surname: string, offset: number): boolean {
    let at = this.fullNameAt.get(surname);
    if (at === undefined) {
      // (where the body first gives it, looked for once per surname)
      const escaped = escapeRegExp(surname);
      at = this.body.search(new RegExp(`(?:^|[^\\p{L}])\\p{Lu}\\p{Ll}+\\s+${escaped}(?![\\p{L}])`, 'u'));
      this.fullNameAt.set(surname, at);
    }
    return at >= 0 && at < offset;
  }

  /**
   * `Here’s Clinton in December 1992: “...”`: a name presented before a colon, in the same
   * sentence as the quote, speaks it.
   */
  private presentedQuote(q: Quote, content: { start: number; end: number }): boolean {
    const from = this.sentenceOf(q.open).start;
    const before = this.body.slice(Math.max(from, q.open - 140), q.open);
    const m =
      /(?:^|[\s(])(?:Here(?:’|')s|Here is|Here are)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:,?\s+(?:in|on|at|during|from|last|this|earlier|later|speaking|talking|writing|testifying)\b[^:“”"\n]{0,60})?:\s*$/u.exec(
        before,
      );
    if (!m) return false;
    const nameStart = q.open - before.length + m.index + m[0].indexOf(m[1], m[0].search(/\s/) + 1);
    const np: [number, number] = [this.tokenAt(nameStart), this.tokenAt(nameStart + m[1].length - 1) + 1];
    this.emit('DIRECT_QUOTE', content.start, content.end, NO_VERB, np);
    this.lastQuote = this.out[this.out.length - 1];
    return true;
  }

  /**
   * A transcript line quoted whole: “Jane Doe: words ...” — the name before the colon
   * (two to four capitalised words) speaks the words after it.
   */
  private labelledQuote(content: { start: number; end: number }): boolean {
    const text = this.body.slice(content.start, Math.min(content.end, content.start + 60));
    const m = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}):\s+(?=\S)/u.exec(text);
    if (!m || content.start + m[0].length >= content.end) return false;
    // one word is a label when written in capitals ("TRUMP:") or a person's known name ("Clinton:")
    if (
      !/\s/.test(m[1]) &&
      !/^\p{Lu}{2,}$/u.test(m[1]) &&
      !this.mentionsIn(content.start, content.start + m[1].length).some((x) => x.ref.type === 'person')
    )
      return false;
    // a sentence of speech after the label, not a heading ("Update: 5 p.m.")
    const rest = this.body.slice(content.start + m[0].length, content.end);
    if (rest.split(/\s+/).length < 5 || !/[.!?]$/.test(rest)) return false;
    const from = this.tokenAt(content.start);
    const to = this.tokenAt(content.start + m[1].length - 1) + 1;
    this.emit('DIRECT_QUOTE', content.start + m[0].length, content.end, NO_VERB, [from, to]);
    this.lastQuote = this.out[this.out.length - 1];
    return true;
  }

  /**
   * A paragraph that is only a speaker's name, as roundups print them above or under a
   * quote: "Sen. Jane Doe (R-Ohio)", "Jane Doe, Center for Economic Research", "Jane Doe
   * (@janedoe)". Returns the name's span, or null. The name must look like one: a known
   * person, or a title before it, or a party tag, handle or affiliation after it.
   */
  private nameParagraph(p: number, plainNames = this.plainRoundup()): { start: number; end: number } | null {
    if (p < 0 || p >= this.doc.paragraphStarts.length) return null;
    let start = this.doc.paragraphStarts[p];
    const end = this.doc.paragraphStarts[p + 1] ?? this.body.length;
    // (a list number before the name: "3. Jane Doe")
    const numbered = /^\s*\d{1,3}[.)]\s+/.exec(this.body.slice(start, end));
    if (numbered) start += numbered[0].length;
    const text = this.body.slice(start, end).trim();
    if (!text || text.length > 120 || /[“”"?!:;]/.test(text)) return null;
    const m =
      /^((?:(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Prof|Rev|Lt|Col|Sgt|Capt|Adm)\.\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})\.?(?:\s*\(([^)]{1,40})\))?(?:,\s*([^,.]{2,80})((?:,\s*[\p{Lu}\p{N}][^,.]{1,40}){0,2}))?\.?$/u.exec(
        text,
      );
    if (!m || /^(?:By|The|This|That|These|Those|More|Read|Watch|See|Here|Related)\b/.test(m[1])) return null;
    const name = m[1].replace(/\.$/, '');
    const lead = this.body.slice(start, end).search(/\S/);
    // (the tagger, last: "On Tuesday, Trump said no." names nobody)
    const signs = () => this.signs(start + lead, name);
    // a transcript's speaker line in capitals: "TRUMP", "LESTER HOLT"
    if (/^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}$/u.test(text)) return signs() ? { start, end: start + text.length } : null;
    const titled = /^(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Prof|Rev|Lt|Col|Sgt|Capt|Adm)\./.test(name);
    const tagged = !!m[2] && /^(?:@\w+|[RDI](?:-[A-Z][\p{L}.]*)?|[A-Z][a-z]+\.?)$/u.test(m[2].trim());
    const known = this.mentionsIn(start, start + name.length).some((x) => x.ref.type === 'person');
    // (an affiliation, or an age before a place: "Jane Doe, 34, Columbus")
    const affiliated = !!m[3] && (/^\p{Lu}/u.test(m[3].trim()) || (/^\d{1,3}$/.test(m[3].trim()) && !!m[4]));
    // (a plain name counts where the article repeats the pattern: see plainRoundup)
    const plain = plainNames && /\s/.test(name) && /\p{Ll}/u.test(name); // (not a subhead in capitals)
    if (!(titled || tagged || known || affiliated || plain)) return null;
    // (a sentence is no name: no lower-case word in the name part)
    if (/\s\p{Ll}{3,}/u.test(name) || !signs()) return null;
    return { start: start + lead, end: start + lead + name.length };
  }

  /**
   * Does the article print quotes under (or over) paragraphs that are plain names ("Kim
   * Doe", then her words) at least twice? Then a plain two-to-five-word name paragraph is
   * a speaker line too. Worked out once per article.
   */
  private plainRoundup(): boolean {
    if (this.plainNames !== undefined) return this.plainNames;
    this.plainNames = false; // (nameParagraph below must not ask again)
    let above = 0;
    let below = 0;
    for (let p = 0; p < this.doc.paragraphStarts.length && above < 2 && below < 2; p += 1) {
      if (!this.nameParagraph(p, true)) continue;
      if (/^[“"‘«]/.test(this.paragraphText(p + 1))) above += 1;
      if (/[”"’»]$/.test(this.paragraphText(p - 1))) below += 1;
    }
    this.plainNames = above >= 2 || below >= 2;
    return this.plainNames;
  }

  /** Paragraph `p`'s text, trimmed ('' past either end). */
  private paragraphText(p: number): string {
    const starts = this.doc.paragraphStarts;
    if (p < 0 || p >= starts.length) return '';
    return this.body.slice(starts[p], starts[p + 1] ?? this.body.length).trim();
  }

  /** A paragraph that is only a subhead, a list number or a photo credit ("3.", "Getty.", "On trade"). */
  private skippableParagraph(p: number): boolean {
    const text = this.paragraphText(p);
    if (!text || /[“”"]/.test(text)) return false;
    const words = text.split(/\s+/).length;
    return /^\d{1,3}\.?$/.test(text) || words <= 3 || (words <= 10 && !/[.!?:;,]$/.test(text));
  }

  /**
   * A subhead paragraph (a few words, no closing punctuation, no verb) opening with a name:
   * "Trump On Muslims", "Clinton’s closing argument". The name speaks the quote under it.
   */
  private headingSpeaker(from: number, to: number): StructuralAttribution | null {
    const text = this.body.slice(from, to);
    if (text.length > 80 || /[.!?:;,"“”]$/.test(text) || text.split(/\s+/).length > 8) return null;
    const m =
      /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}?)(?:['’]s\s+\p{Ll}|\s+(?:On|on|About|about|Vs\.?|vs\.?|Versus|versus|In|in|At|at|To|to)\s)/u.exec(
        text,
      );
    if (!m) return null;
    const ts = tagWindow(this.body, from, to);
    if (ts.some((t) => t.pos === 'VERB' && /^\p{Ll}/u.test(t.text))) return null;
    if (!this.personPhrase(from, from + m[1].length) && !this.out.some((s) => s.speakerName?.endsWith(m[1])))
      return null;
    return { verb: null, np: { start: from, end: from + m[1].length }, participle: false };
  }

  /**
   * A story that is someone's words, named only in its headline ("Cecile Richards: ‘I’m
   * Sick Of ...’", "Read Michelle Obama’s Full Speech"): before any quote of the body is
   * attributed, a quote with no attribution is that person's, when the body names them.
   */
  private headlineQuote(content: { start: number; end: number }): boolean {
    if (this.lastQuote) return false;
    if (this.headlinePerson === undefined) this.headlinePerson = this.personOfHeadline();
    const p = this.headlinePerson;
    if (!p) return false;
    this.push('DIRECT_QUOTE', content.start, content.end, NO_VERB, { ref: p.ref, name: p.name });
    this.lastQuote = this.out[this.out.length - 1];
    return true;
  }

  private personOfHeadline(): { ref: EntityRef; name: string } | null {
    const t = this.ctx.title;
    if (!t) return null;
    const name =
      /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}):\s/u.exec(t)?.[1] ??
      // "Things Trump Said ...", "Donald Trump Quotes", "Trump Says ...", "X Tweets"
      /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}?)\s+(?:Said|Says|Quotes|Tweeted|Tweets|Told|Tells|Wrote|Writes)\b/u.exec(
        t,
      )?.[1] ??
      /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})['’]s\s+(?:(?:[Ff]ull|[Ee]ntire|[Cc]omplete|[Ee]motional|[Ff]iery|[Pp]owerful|[Ff]inal|[Ff]irst|[Ff]arewell|[Oo]pening|[Cc]losing)\s+)*(?:[Ss]peech|[Rr]emarks|[Ss]tatement|[Ll]etter|[Ii]nterview|[Oo]p-[Ee]d|[Ee]ssay|[Cc]omments|[Ww]ords|[Aa]ddress|[Tt]estimony)\b/u.exec(
        t,
      )?.[1];
    if (!name) return null;
    // (title case: "Read Michelle Obama’s Speech" names Michelle Obama, the person the body knows)
    const last = name.split(/\s+/).pop()!;
    const m = this.mentions.find((x) => x.ref.type === 'person' && (name.endsWith(x.text) || x.text.endsWith(last)));
    if (!m) return null;
    return { ref: m.ref as EntityRef, name: name.endsWith(m.text) ? m.text : last };
  }

  /**
   * A quote signed after its closing mark, in its paragraph: "“...” — Jane Doe",
   * "“...” – Jane Doe (@janedoe) September 27, 2016", "“...” — Jane Doe, in a speech".
   */
  private signatureInline(from: number, paraEnd: number): StructuralAttribution | null {
    const tail = this.body.slice(from, Math.min(paraEnd, from + 200));
    // "“...”\nJane Doe, Center for Economic Research." on the line under it, closing its paragraph
    // (or between it and the next quote, in a run of signed quotes with no blank lines)
    let line = from + tail.length >= paraEnd ? SIGNED_LINE_UNDER.exec(tail) : null;
    if (!line) {
      const between = SIGNED_LINE_BETWEEN.exec(tail);
      if (between && this.signs(from + between[0].indexOf(between[1]), between[1].replace(/\.$/, ''))) line = between;
    }
    if (line) {
      const start = from + line[0].indexOf(line[1]);
      return { verb: null, np: { start, end: start + line[1].replace(/\.$/, '').length }, participle: false };
    }
    // "“...” (Jane Doe, Ohio)" closing its paragraph
    const paren = /^[ \t]*\((\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,3})(?:,[^()\n]{1,60})?\)[ \t]*(?:\n|$)/u.exec(
      tail,
    );
    if (paren) {
      const start = from + paren[0].indexOf(paren[1]);
      return { verb: null, np: { start, end: start + paren[1].length }, participle: false };
    }
    const m = SIGNED_AFTER_DASH.exec(tail);
    if (!m || /['’]s?$/.test(m[1])) return null;
    const start = from + m[0].length - m[1].length;
    const end = start + m[1].replace(/[.]$/, '').length;
    return { verb: null, np: { start, end }, participle: false };
  }

  /**
   * A quote whose last line, inside the marks, is a name and an affiliation (a pull quote
   * as pages print it: "“I worry that ...\nDean Baker, Center for Economic Research.”"):
   * the words above it, and the name as the speaker.
   */
  private signedInside(content: { start: number; end: number }): {
    start: number;
    end: number;
    np: [number, number];
  } | null {
    // (looked for inside the quote only: a search back through the body would cost every
    // quote the length of the text before it)
    const inner = this.body.slice(content.start, content.end).lastIndexOf('\n');
    if (inner <= 0) return null;
    const nl = content.start + inner;
    const line = this.body.slice(nl + 1, content.end);
    const m = SIGNED_LAST_LINE.exec(line);
    if (!m) return null;
    let end = nl;
    while (end > content.start && /\s/.test(this.body[end - 1])) end -= 1;
    if (end - content.start < 10 || !/[.!?…]$/.test(this.body.slice(content.start, end).replace(/["”’]+$/, '')))
      return null;
    const start = nl + 1 + m[0].indexOf(m[1]);
    const a = this.tokenAt(start);
    const b = this.tokenAt(start + m[1].replace(/\.$/, '').length - 1) + 1;
    return b > a ? { start: content.start, end, np: [a, b] } : null;
  }

  /**
   * A quote paragraph signed in the next one by a dash and a name ("— Jane Doe." or
   * "- Jane Doe, tweeting after the speech."), as fact checks and notebooks print them.
   */
  private signatureAfter(paraEnd: number): StructuralAttribution | null {
    const next = this.body.slice(paraEnd, paraEnd + 160);
    // "— Jane Doe, tweeting ...", "— Jane Doe (@janedoe) September 27, 2016" (a tweet as
    // pages print it), "A post shared by Jane Doe (@janedoe) on Sep 26, 2016" (an Instagram post)
    const m =
      /^(?:--|[-–—~])\s*(\p{Lu}[^\n,;:()]*?)\.?\s*(?:[,(\n]|$)/u.exec(next) ??
      /^A (?:post|photo|video) (?:shared|posted) by (\p{Lu}[^\n,;:()]*?)\s*\(@/u.exec(next);
    if (!m || m[1].split(/\s+/).length > 8) return null;
    const start = paraEnd + m.index + m[0].indexOf(m[1]);
    return { verb: null, np: { start, end: start + m[1].length }, participle: false };
  }

  /**
   * A whole quoted sentence with no attribution, right after a quote of the same or the
   * previous paragraph, continues that speaker (“...,” Faki said. “We call on ...”).
   */
  private continuedQuote(q: Quote, content: { start: number; end: number }, words: number): boolean {
    const prev = this.lastQuote;
    // (a short one too right after its attribution: "“...,” X told reporters. “Not yet, anyway.”")
    const next = !!prev && prev.paragraph === paragraphOf(this.doc, content.start) && q.open - prev.endOffset < 80;
    if (!prev || words < (next ? 2 : 4) || !/[.!?]$/.test(this.body.slice(content.start, content.end))) return false;
    const before = leadIn(this.body, q.open);
    if (q.open > 0 && !/(?:[.!?]["”’]?\s+|\n\n)$/.test(before)) return false;
    const paragraph = paragraphOf(this.doc, content.start);
    // (subheads, list numbers and photo credits between them do not end a run)
    for (let p = paragraph - 1; p > prev.paragraph; p -= 1)
      if (paragraph - p > 3 || !this.skippableParagraph(p)) return false;
    // the attribution this quote continues, as written there
    this.out.push(
      this.statement('DIRECT_QUOTE', content.start, content.end, prev.verb, prev.speakerName, prev.speaker),
    );
    this.lastQuote = this.out[this.out.length - 1];
    return true;
  }

  /**
   * A whole quoted sentence opening its paragraph, with no attribution, one paragraph after
   * a quote attributed with a verb, where that paragraph names nobody (no name, no pronoun
   * for a person, no noun for people: "Then it got personal.", "And then there was this:"):
   * that quote's speaker goes on.
   */
  private resumedQuote(q: Quote, content: { start: number; end: number }, words: number): boolean {
    const prev = this.lastQuote;
    const para = paragraphOf(this.doc, content.start);
    // (a speaker signed under a roundup's quote, with no verb, does not go on)
    if (!prev?.speakerName || !prev.verb || prev.speaker?.type === 'organization' || para - prev.paragraph !== 2)
      return false;
    if (words < 4 || !/[.!?]$/.test(this.body.slice(content.start, content.end))) return false;
    const paraStart = this.doc.paragraphStarts[para];
    if (/\S/.test(this.body.slice(paraStart, q.open))) return false;
    const between = this.doc.paragraphStarts[para - 1];
    const text = this.body.slice(between, paraStart);
    if (/[“”"]/.test(text) || text.length > 300) return false;
    const namesSomeone = tagWindow(this.body, between, paraStart).some(
      (t) =>
        t.pos === 'PROPN' ||
        (t.pos === 'PRON' && !/^(?:it|its|there|this|that|what|which|these|those)$/i.test(t.text)) ||
        (t.pos === 'NOUN' &&
          (peopleNoun(t.text.toLowerCase()) || /^(?:crowd|audience|fans|delegates|members)$/i.test(t.text))),
    );
    if (namesSomeone) return false;
    this.out.push(
      this.statement('DIRECT_QUOTE', content.start, content.end, prev.verb, prev.speakerName, prev.speaker),
    );
    this.lastQuote = this.out[this.out.length - 1];
    return true;
  }

  /**
   * Quoted speech whose speaker the text does not give (a quoted sentence of five words
   * or more that opens its sentence or paragraph): kept as a direct quote with no
   * speaker, not dropped. It does not start a run of continued quotes.
   */
  private unattributedQuote(q: Quote, content: { start: number; end: number }, words: number): void {
    const text = this.body.slice(content.start, content.end);
    if (words < 5 || !/[.!?]$/.test(text)) return;
    const before = leadIn(this.body, q.open);
    // (or a whole sentence after a comma or a dash: "..., “We will ...”")
    if (
      q.open > 0 &&
      !/(?:[.!?:]["”’]?\s+|\n\n|\n)$/.test(before) &&
      !(/(?:[,—–]|--)\s+$/.test(before) && /^\p{Lu}/u.test(text))
    )
      return;
    this.push('DIRECT_QUOTE', content.start, content.end, NO_VERB, { ref: null, name: null });
  }

  /** `,” said the secretary general of the SCO in ...` / `,” he added.` */
  private attributionAfterQuote(from: number, sentEnd: number): { verb: VerbHit; np: [number, number] } | null {
    let i = this.tokenAt(from);
    if (this.tokens[i]?.start < from) i += 1;
    // (", - said X", as Russian typography sets it, too)
    for (let k = 0; k < 2 && (this.tokens[i]?.text === ',' || /^[-–—]$/.test(this.tokens[i]?.text ?? '')); k += 1)
      i += 1;
    // "“...” - but he said ...": a new clause, not the quote's attribution
    if (/^(?:but|and|or|yet|so)$/i.test(this.tokens[i]?.text ?? '')) return null;
    const endTok = this.tokenAt(Math.max(from, sentEnd - 1)) + 1;
    const v0 = verbAt(this.tokens, i);
    if (v0 && v0.info.type === 'speech' && !v0.info.participle && v0.info.lemma !== 'according to') {
      const npEnd = this.npForward(v0.to, endTok);
      // (", said the candidate could be in ...": a clause said, not a speaker inverted)
      const clause = this.tokens
        .slice(v0.to, npEnd)
        .some((t) => MODALS.has(t.text) || /^(?:is|are|was|were|has|have|had)$/.test(t.text));
      if (npEnd > v0.to && !clause) {
        this.usedVerbs.add(v0.from);
        return { verb: v0, np: [v0.to, npEnd] };
      }
      // (and no phrase that opens with the verb is a speaker)
      if (clause) return null;
    }
    // NP then verb, within the sentence, no comma or quote inside the NP
    for (let j = i; j < Math.min(endTok, i + 22); j += 1) {
      const t = this.tokens[j];
      if (!t.word) {
        const dotted = t.text === '.' && /^\p{Lu}$/u.test(this.tokens[j - 1]?.text ?? '') && !t.spaceBefore;
        if (t.text === ',' || /[“”"]/.test(t.text) || (t.text === '.' && !dotted)) break;
        continue;
      }
      const v = verbAt(this.tokens, j);
      if (
        v &&
        v.info.type === 'speech' &&
        !v.info.participle &&
        v.info.lemma !== 'according to' &&
        !v.info.needsThat &&
        j > i
      ) {
        let npEnd = j;
        while (
          npEnd > i &&
          (VERB_FILLERS.has(this.tokens[npEnd - 1].text.toLowerCase()) ||
            MODALS.has(this.tokens[npEnd - 1].text.toLowerCase()))
        )
          npEnd -= 1;
        if (npEnd <= i) break;
        // "“...” and said ...", "“...” there and in X, the memo stated", "“...,” claiming that":
        // a new clause, not a speaker
        const w0 = this.tokens[i].text;
        if (NOT_SUBJECT_START.has(w0.toLowerCase()) || /^\p{Ll}+ing$/u.test(w0)) break;
        // "“...” Mr. Zahed said: “...”": a colon after the verb introduces the next quote
        if (this.introducesNext(v.to)) break;
        this.usedVerbs.add(v.from);
        return { verb: v, np: [i, npEnd] };
      }
    }
    return null;
  }

  /**
   * Is token `k` (after a verb) a colon opening a quote, past one addressee at most ("said:",
   * "told reporters:")? Then the verb introduces the next quote ("Cruz said as the heckler
   * yelled:" and "Trump said before adding:" go on to another verb: they do not).
   */
  private introducesNext(k: number): boolean {
    const t = this.tokens[k];
    const c = t?.word && !NOT_SUBJECT_START.has(t.text.toLowerCase()) ? k + 1 : k;
    return this.tokens[c]?.text === ':' && /^[“"‘]/.test(this.body.slice(this.tokens[c].end).trimStart());
  }

  /** `X said: “...”` / `X told reporters, “...”` */
  private attributionBeforeQuote(open: number): { verb: VerbHit; np: [number, number] } | null {
    const k = this.tokenAt(open) - 1;
    if (k < 0) return null;
    if (this.tokens[k].text !== ':' && this.tokens[k].text !== ',') return null;
    const sentence = this.sentenceOf(this.tokens[k].start);
    const first = this.tokenAt(sentence.start);
    // "X said the plan would fail, adding, “...”": X's, cued by the participle next to it
    const near = verbAt(this.tokens, k - 1);
    const cue = near && near.to === k && near.info.type === 'speech' && near.info.participle ? near : null;
    for (let j = k - 1; j >= first && k - j < 12; j -= 1) {
      const v = verbAt(this.tokens, j);
      if (!v || v.info.type !== 'speech' || v.info.participle || v.info.lemma === 'according to') continue;
      const np = this.subjectBefore(j, first);
      if (!np) return null;
      this.usedVerbs.add(v.from);
      return { verb: cue ?? v, np };
    }
    return null;
  }

  /** Noun phrase after a verb: up to an adverbial, punctuation or the end. */
  private npForward(from: number, limit: number): number {
    let j = from;
    while (j < limit) {
      const t = this.tokens[j];
      // "said Mr. Schmidt", "said Sen. John McCain", "said John F. Kennedy": an abbreviation's period
      if (t.text === '.' && j > from && ABBREVIATION.test(this.tokens[j - 1].text) && this.tokens[j + 1]?.word) {
        j += 1;
        continue;
      }
      if (!t.word && t.text !== '-' && t.text !== "'" && t.text !== '’' && t.text !== '(' && t.text !== ')') break;
      if (t.word && NP_STOPS.has(t.text.toLowerCase()) && j > from && !this.insideMention(j)) break;
      j += 1;
    }
    return j;
  }

  private insideMention(tok: number): boolean {
    const off = this.tokens[tok].start;
    // mentions are few per sentence: a local scan is fine
    for (let k = tok; k >= 0 && tok - k < 30; k -= 1) {
      for (const m of this.byStartTok.get(k) ?? []) if (m.start <= off && off < m.end) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- unquoted statements

  private unquoted(sStart: number, sEnd: number): void {
    const first = this.tokenAt(sStart);
    const last = this.tokenAt(Math.max(sStart, sEnd - 1));
    for (let i = first; i <= last; i += 1) {
      const t = this.tokens[i];
      if (!t.word || this.usedVerbs.has(i) || this.inQuote(t.start)) continue;
      const v = verbAt(this.tokens, i);
      if (!v) continue;
      // "the United States", "Fox News Says": a name, not a verb
      if (/^\p{Lu}/u.test(t.text) && i > first && this.insideMention(i)) continue;
      if (v.info.lemma === 'according to') {
        this.accordingTo(v, first, last, sStart);
        i = v.to - 1;
        continue;
      }
      let thatNext = this.tokens[v.to]?.text.toLowerCase() === 'that';
      let compStart = thatNext ? v.to + 1 : v.to;
      // "said in a statement that", "said on social media that", "said on Tuesday that"
      if (!thatNext) {
        const k = this.adverbialThenThat(v.to, last);
        if (k >= 0) {
          thatNext = true;
          compStart = k + 1;
        }
      }
      // "said, twice, that", "said, however, that": an adverb between commas
      if (!thatNext && this.tokens[v.to]?.text === ',') {
        let c = v.to + 1;
        while (c <= last && c - v.to <= 5 && this.tokens[c].word) c += 1;
        if (c > v.to + 1 && this.tokens[c]?.text === ',' && this.tokens[c + 1]?.text.toLowerCase() === 'that') {
          thatNext = true;
          compStart = c + 2;
        }
      }
      // "told reporters (that) the kingdom would ...": the addressee is not part of the content
      if (!thatNext && v.info.lemma === 'tell') {
        compStart = this.skipAddressee(v.to, last);
        const k = this.adverbialThenThat(compStart, last); // "told reporters after the meeting that"
        if (k >= 0) {
          thatNext = true;
          compStart = k + 1;
        } else if (this.tokens[compStart]?.text.toLowerCase() === 'that') {
          thatNext = true;
          compStart += 1;
        }
      }
      // "asked whether ...", "asked Trump how he would ...": a question; "asked the agencies
      // to stonewall ...": a request, the one asked included (as "urged X to")
      // (not the writer's own questions: "We asked voters what they thought")
      if (v.info.lemma === 'ask' && !thatNext && !/^(?:we|i)$/i.test(this.tokens[i - 1]?.text ?? '')) {
        for (let k = v.to; k <= last && k - v.to <= 6 && this.tokens[k].word; k += 1) {
          const w = this.tokens[k].text.toLowerCase();
          if (/^(?:whether|if|how|why|what|when|where)$/.test(w)) {
            thatNext = true;
            compStart = k;
          } else if (w === 'to' && k > v.to) {
            thatNext = true;
            compStart = v.to;
          } else if (w !== 'for' && w !== 'about') continue;
          break;
        }
      }
      // "announced he will step down", "warned it would fail": a clause without its "that"
      if (v.info.needsThat && !thatNext && this.bareClause(v.to)) thatNext = true;
      // "As the President noted, the SCO is an effective platform.": the as-clause reports the
      // main clause after its comma
      if (!thatNext && i > first + 1 && /^as$/i.test(this.tokens[first].text) && this.tokens[v.to]?.text === ',') {
        const np = this.subjectBefore(i, first);
        if (np && np[0] === first + 1 && v.to + 1 <= last) {
          const span = this.trim(this.tokens[v.to + 1].start, this.tokens[last].end);
          if (span.end - span.start > 12) {
            this.usedVerbs.add(v.from);
            this.emitMany(span.start, span.end, v, np);
            continue;
          }
        }
      }
      // (a verb that needs a "that" clause still attributes the clause before it when it
      // ends the sentence after a comma: "..., the state news agency X reported.")
      if (v.info.needsThat && !thatNext && !this.trailingAtEnd(i, v, first, last)) continue;
      if (compStart > last && !this.trailingAtEnd(i, v, first, last)) continue;
      // a quote right after the verb ("said: “...”") is the quote's business
      const nextTok = this.tokens[compStart];
      if (
        nextTok &&
        (nextTok.text === ':' ||
          /[“"]/.test(nextTok.text) ||
          (nextTok.text === ',' && /[“"]/.test(this.tokens[compStart + 1]?.text ?? '')))
      )
        continue;
      if (this.inQuote(nextTok.start)) continue;

      // subject
      let np: [number, number] | null = null;
      let trailing = false;
      let back = i - 1;
      let passive = false;
      while (back >= first && VERB_FILLERS.has(this.tokens[back].text.toLowerCase())) {
        if (/^(?:is|are|was|were|be|been|being)$/i.test(this.tokens[back].text)) passive = true;
        back -= 1;
      }
      // "Lopez was told that ...", "She was asked whether ...": the one spoken to
      if (passive && !/ing$/i.test(t.text)) continue;
      const coordinated =
        (back >= first && this.tokens[back].text.toLowerCase() === 'and') || v.info.participle === true;
      const quoted = v.info.participle ? this.quotedAs(back, first) : null;
      if (quoted) {
        // "Qatar News Agency quoted a ministry official as saying that ...": the one quoted speaks
        np = quoted;
      } else if (coordinated) {
        // "X called for A and urged B": the subject of the previous attribution of this sentence
        np = this.lastNP && this.lastNP.sentence === sStart ? this.lastNP.np : this.sentenceSubject(first, back);
      } else {
        np = this.subjectBefore(i, first);
      }
      // "The banks will run the first transfers, said Jasem Al-Budaiwi, the secretary-general."
      const afterComma = this.tokens[i - 1]?.text === ',';
      if (!np && !coordinated && !thatNext && afterComma && this.invertedAttribution(i, v, first, last, sStart))
        continue;
      // a speaker the lexicon does not know, by part of speech ("Galvin said", "Aides said",
      // "Rubio’s campaign says", "One delegate, Kelly Schmidt, told")
      const endsHere = v.to > last || this.tokens[v.to].text === '.';
      let taggedNp = false;
      if (!np && !coordinated && !quoted && v.info.type === 'speech' && this.ctx.structural !== false) {
        np = this.taggedSubject(i, v, first, thatNext, false, endsHere);
        taggedNp = !!np;
      }
      if (
        !coordinated &&
        !quoted &&
        np &&
        np[0] > first &&
        this.commaBefore(np[0], first) &&
        v.info.type === 'speech'
      ) {
        // ", he said (during ...)." — trailing attribution when nothing clausal follows
        const after = this.tokens[v.to];
        if (
          !thatNext &&
          (v.to > last ||
            !after.word ||
            NP_STOPS.has(after.text.toLowerCase()) ||
            after.text === 'referring' ||
            this.sourceTail(v.to, last))
        ) {
          trailing = true;
        }
      }
      // ... and the sentence subject a participle hangs off ("The businessman praised Putin, saying ...")
      // (and a verb after "and": "Tom Ruiz downplayed the attack and said ...")
      if (!np && coordinated && this.ctx.structural !== false) np = this.taggedSubject(i, v, first, thatNext, true);
      if (!np) continue;
      if (this.npIsInitiative(np)) continue;
      let start: number;
      let end: number;
      if (trailing) {
        start = this.clauseStart(first, np[0], sStart);
        // up to the comma before the speaker (and its description: ", the state news agency X"),
        // or the dash ("It was — he said — one of the failures.")
        let c = np[0] - 1;
        while (c > first && !SET_OFF.test(this.tokens[c].text)) c -= 1;
        end = this.tokens[c].start;
        // "It was, he said, one of the bitterest failures.": the whole sentence
        if (this.parenthetical(v, last, this.tokens[c].text)) {
          start = sStart;
          end = this.tokens[last].text === '.' ? this.tokens[last].start : this.tokens[last].end;
        }
      } else {
        start = this.tokens[compStart].start;
        // "said on Monday she would run", "said in a statement the plan would fail": the
        // time or occasion is not part of what was said
        if (!thatNext) {
          const lead = LEADING_OCCASION.exec(this.body.slice(start, start + 80));
          if (lead) start += lead[0].length;
        }
        // "said that ASEAN supports X, and encourages Y": the reported clause holds its own
        // attributions; the outer statement runs to the end of the sentence
        end = thatNext && this.nestedAttribution(compStart, last) ? sEnd : this.clauseEnd(compStart, last, sEnd);
        if (taggedNp && this.relativeBetweenCommas) end = this.relativeClauseEnd(this.tokens[compStart].start, end);
      }
      const span = this.trim(start, end);
      if (span.end <= span.start) continue;
      // "she said in December.", "X wrote in a leaked email.": an occasion, not what was said
      const said = this.body.slice(span.start, span.end);
      if (!thatNext && !trailing && (OCCASION_ONLY.test(said) || AGENT_ONLY.test(said) || SAID_THIS.test(said)))
        continue;
      this.emitMany(span.start, span.end, v, np);
      this.lastNP = { sentence: sStart, np };
      if (!trailing) {
        // skip over the complement's tokens only up to the next coordinated verb: the loop
        // continues and finds ", and underlines that ..." itself.
      }
      compStart = 0;
    }
  }

  /**
   * The subject noun phrase before the speech verb at token `i` by the tagger, as token
   * indices, when what follows is said: a "that" clause or a clause of its own. Not a verb
   * the tagger reads as a noun ("battleground states"), "added to", "wrote the letter", a
   * relative "who", nor the attribution of a quote just closed ("“...,” Mr. Lew said at the
   * opening": the quote's business).
   */
  private taggedSubject(
    i: number,
    verb: VerbHit,
    first: number,
    thatNext: boolean,
    participle = false,
    trailing = false,
  ): [number, number] | null {
    if (i <= first) return null;
    const next = this.tokens[verb.to];
    if (!trailing && (!next || (!thatNext && /^(?:to|with|up|about|of|for|under|by)$/i.test(next.text)))) return null;
    if (!thatNext && !trailing && verb.info.lemma === 'write') return null;
    const sFrom = this.tokens[first].start;
    const close = this.lastQuoteCloseIn(sFrom, this.tokens[i].start);
    const ts = this.sentenceTags(sFrom, this.tokens[i].end);
    const v = ts.findIndex((t) => t.start === this.tokens[i].start);
    if (v <= 0 || (ts[v].pos !== 'VERB' && ts[v].pos !== 'AUX')) return null;
    // (a verb coordinated after "and" has the sentence's subject: "X downplayed the attack and said ...")
    let b0 = v - 1;
    while (b0 > 0 && ts[b0].pos === 'ADV') b0 -= 1;
    const coordinated = /^(?:and|but)$/i.test(ts[b0]?.text ?? '') && ts[b0 - 1]?.text !== ',';
    let r = participle || coordinated ? subjectOfVerb(ts, v) : subjectBeforeTags(ts, v);
    // "Jeffries, who said ...", "critics who say ...": the one the relative pronoun stands for
    this.relativeBetweenCommas = false;
    if (r && /^who$/i.test(this.body.slice(r.start, r.end))) {
      const w = ts.findIndex((t) => t.start === r!.start);
      this.relativeBetweenCommas = ts[w - 1]?.text === ',';
      r = w > 0 ? antecedentOf(ts, w) : null;
    }
    if (!r || this.inQuote(r.start) || /^(?:who|which|that)$/i.test(this.body.slice(r.start, r.end))) return null;
    if (close >= 0 && close < r.start && /^[\s,'’”"]*$/.test(this.body.slice(close + 1, r.start))) return null;
    // what follows the verb is a clause: a verb of its own before the sentence ends (or,
    // for a trailing attribution, it comes after a comma: "..., veteran Republicans said.")
    if (trailing) {
      if (!this.commaBefore(this.tokenAt(r.start), first)) return null;
    } else if (!thatNext && !ts.slice(v + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
    const a = this.tokenAt(r.start);
    const b = this.tokenAt(r.end - 1) + 1;
    return b > a ? [a, b] : null;
  }

  /**
   * Is the trailing attribution at verb `v` set between commas (or dashes, `before` is the
   * one before it) inside its sentence ("It was, he said, one of the bitterest failures.")?
   * Not before a clause of its own (", adding that ...", ", but ...") nor a quote.
   */
  private parenthetical(v: VerbHit, last: number, before: string): boolean {
    const next = this.tokens[v.to + 1];
    return (
      SET_OFF.test(before) &&
      this.tokens[v.to]?.text === before &&
      !!next &&
      next.word &&
      !/^(?:and|but|or|so|yet|while|although|though|because|as|when|after|before|which|who)$/i.test(next.text) &&
      !verbAt(this.tokens, v.to + 1)?.info.participle &&
      !/ing$/i.test(next.text) &&
      // (a short rest too when it goes on with the clause's verb: "The plan, he said, would fail.")
      (this.wordsFrom(v.to + 1, last, 3) >= 3 || MODALS.has(next.text.toLowerCase()) || next.text === 'would') &&
      !this.inQuote(next.start)
    );
  }

  /** How many word tokens from `from` to `last`, counting up to `enough`. */
  private wordsFrom(from: number, last: number, enough: number): number {
    let n = 0;
    for (let k = from; k <= last && n < enough; k += 1) if (this.tokens[k].word) n += 1;
    return n;
  }

  /**
   * Where a relative clause between commas ends inside [from, end): at the comma the main
   * clause's verb follows ("X, who said none of the emails came from Y, spoke first"). Reads
   * the sentence's tags taggedSubject just made.
   */
  private relativeClauseEnd(from: number, end: number): number {
    const tags = this.tagCache?.ts ?? [];
    for (let k = 0; k < tags.length; k += 1) {
      const t = tags[k];
      if (t.start < from || t.start >= end || t.text !== ',') continue;
      let n = k + 1;
      while (n < tags.length && tags[n].pos === 'ADV') n += 1;
      if (tags[n] && (tags[n].pos === 'VERB' || tags[n].pos === 'AUX') && /^\p{Ll}/u.test(tags[n].text)) return t.start;
    }
    return end;
  }

  /** A subject pronoun and an auxiliary or a modal at token `k`: a clause ("he will", "it would", "they had"). */
  private bareClause(k: number): boolean {
    const p = this.tokens[k]?.text.toLowerCase() ?? '';
    if (!/^(?:he|she|it|they|we|i)$/.test(p)) return false;
    const n = this.tokens[k + 1]?.text.toLowerCase() ?? '';
    if (MODALS.has(n) || /^(?:would|was|were|is|are|had|has|have|did|does|do)$/.test(n)) return true;
    // "he’d", "they’ll"
    return /^['’]$/.test(n) && /^(?:d|ll|s|re|ve)$/.test(this.tokens[k + 2]?.text.toLowerCase() ?? '');
  }

  /**
   * Tags of the sentence starting at `from`, through `need` at least: tagged once for every
   * verb of the sentence that asks ("The Forum proposes that ..., and suggests ...").
   */
  private sentenceTags(from: number, need: number): Tagged[] {
    // (a window of the sentence around the verb, at most 500 characters back and 160 on,
    // so that a sentence of any length costs in proportion to its length)
    const sentenceEnd = this.sentenceOf(from).end;
    const wantFrom = Math.max(from, need - 500);
    const wantTo = Math.min(sentenceEnd, need + 160);
    const c = this.tagCache;
    if (c && c.sentenceEnd === sentenceEnd && c.from >= from && c.from <= wantFrom && c.to >= wantTo) return c.ts;
    const to = Math.min(sentenceEnd, Math.max(need + 160, wantFrom + 600));
    const ts = tagWindow(this.body, wantFrom, to);
    this.tagCache = { from: wantFrom, to, sentenceEnd, ts };
    return ts;
  }

  /** "quoted X as saying", "cited officials as saying": with `as` at token `k`, the noun phrase X. */
  private quotedAs(k: number, first: number): [number, number] | null {
    if (this.tokens[k]?.text.toLowerCase() !== 'as') return null;
    for (let j = k - 2; j >= first && k - j <= 10; j -= 1) {
      const t = this.tokens[j];
      if (!t.word) return null;
      if (/^(?:quot|cit)(?:ed|es|e|ing)$/i.test(t.text)) return [j + 1, k];
    }
    return null;
  }

  /** The start of a sentence's clause, past a leading adverbial of place or time ("In Moscow, X said ..."). */
  private clauseStart(first: number, limit: number, sStart: number): number {
    if (!ADVERBIAL_OPENERS.has(this.tokens[first].text.toLowerCase())) return sStart;
    for (let c = first + 1; c < limit && c - first <= 6; c += 1) {
      if (!this.tokens[c].word && this.tokens[c].text !== ',' && this.tokens[c].text !== '.') break;
      if (this.tokens[c].text === ',') return this.tokens[c + 1]?.word ? this.tokens[c + 1].start : sStart;
    }
    return sStart;
  }

  /**
   * A speech verb after a comma, its speaker after it and nothing else to the sentence's end:
   * "The banks will run the first transfers, said Jasem Al-Budaiwi, the secretary-general."
   * What comes before the comma is what was said.
   */
  private invertedAttribution(i: number, v: VerbHit, first: number, last: number, sStart: number): boolean {
    if (v.info.type !== 'speech' || v.info.participle || v.info.needsThat || v.info.lemma === 'according to')
      return false;
    if (this.tokens[i - 1]?.text !== ',' || i - 1 - first < 4 || this.ctx.structural === false) return false;
    const npEnd = this.npForward(v.to, last + 1);
    if (npEnd <= v.to) return false;
    // the phrase ends the sentence, or a description after a comma does (", the secretary-general.")
    // (looked at only when short: a sentence of any length costs in proportion to it)
    if (last + 1 - npEnd > 41) return false;
    const rest = this.tokens.slice(npEnd, last + 1);
    const ends =
      rest.every((t) => !t.word) ||
      (rest[0]?.text === ',' &&
        rest.length <= 40 &&
        !rest.some((t) => t.word && verbAt(this.tokens, this.tokenAt(t.start))?.info.type === 'speech'));
    if (!ends) return false;
    const np: [number, number] = [v.to, npEnd];
    if (this.npIsInitiative(np)) return false;
    const sp = this.speakers(np);
    const head = this.tokens[npEnd - 1].text.toLowerCase();
    if (sp.every((x) => !x.ref) && !PEOPLE_NOUNS.has(head) && !this.isTitleWord(head)) return false;
    const span = this.trim(this.clauseStart(first, i - 1, sStart), this.tokens[i - 1].start);
    if (span.end <= span.start) return false;
    // the words before the comma are a clause, with a finite verb of their own ("The banks
    // will run ...", not "Closing the meeting" or "In a statement")
    const tags = tagWindow(this.body, Math.max(span.start, span.end - 400), span.end);
    const finite = tags.findIndex((t, n) => (t.pos === 'AUX' || t.pos === 'VERB') && n > 0 && !/ing$/.test(t.text));
    if (finite < 0 || !tags.slice(0, finite).some((t) => ['NOUN', 'PROPN', 'PRON'].includes(t.pos))) return false;
    this.usedVerbs.add(v.from);
    this.emitMany(span.start, span.end, v, np);
    return true;
  }

  /** Is the verb at token `i` the last word of its sentence, its subject right after a comma? */
  private trailingAtEnd(i: number, v: VerbHit, first: number, last: number): boolean {
    if (v.info.type !== 'speech' || v.info.participle) return false;
    if (!(v.to > last || this.tokens[v.to].text === '.' || this.sourceTail(v.to, last))) return false;
    const np =
      this.subjectBefore(i, first) ??
      (this.ctx.structural !== false ? this.taggedSubject(i, v, first, false, false, true) : null);
    return !!np && np[0] > first && this.commaBefore(np[0], first);
  }

  /**
   * Do the tokens from `k` to the sentence's end only say to whom and after whom the words
   * were reported (", citing Kremlin aide Yuri Ushakov.", "reporters, as quoted by TASS.")?
   * Then the attribution before them trails its clause.
   */
  private sourceTail(k: number, last: number): boolean {
    if (k > last) return true;
    // (a tail is short: a long rest of the sentence is a clause, and is not copied)
    if (this.tokens[last].end - this.tokens[k].start > 160) return false;
    return SOURCE_TAIL.test(this.body.slice(this.tokens[k].start, this.tokens[last].end));
  }

  /** A comma right before token `k`, or before a lower-case description of it ("..., the state news agency X"). */
  private commaBefore(k: number, first: number): boolean {
    // (or a dash: "It was — he said — one of the failures.")
    if (SET_OFF.test(this.tokens[k - 1]?.text ?? '')) return true;
    let d = k - 1;
    while (
      d > first &&
      k - d <= 6 &&
      ((this.tokens[d].word &&
        /^\p{Ll}/u.test(this.tokens[d].text) &&
        !DETERMINERS.has(this.tokens[d].text.toLowerCase())) ||
        this.tokens[d].text === '-') // "..., the state-run news agency X"
    )
      d -= 1;
    if (d > first && d < k - 1 && /^(?:the|a|an)$/i.test(this.tokens[d].text) && this.tokens[d - 1].text === ',')
      return true;
    // "..., Kremlin aide Yuri Ushakov told": a title with its body before the name
    let t = k - 1;
    const roleWord = (w: string) => this.isTitleWord(w) || /^\p{Lu}/u.test(w) || peopleNoun(w);
    while (t > first && k - t <= 4 && this.tokens[t].word && roleWord(this.tokens[t].text)) t -= 1;
    const role = this.tokens[k - 1].text;
    return (
      t < k - 1 &&
      t >= first &&
      this.tokens[t].text === ',' &&
      (this.isTitleWord(role) || (/^\p{Ll}/u.test(role) && peopleNoun(role)))
    );
  }

  /** "..., according to Wang." (a citation of a document at the start of a sentence is not a statement). */
  private accordingTo(v: VerbHit, first: number, last: number, sStart: number): void {
    const opening = v.from === first;
    if (!opening && this.tokens[v.from - 1].text !== ',') return;
    let npEnd = this.npForward(v.to, last + 1);
    // ("two delegates familiar with the talks": the delegates)
    for (let t = v.to + 1; t < npEnd; t += 1) if (CLOSE_TO_FIRST.test(this.tokens[t].text)) npEnd = t;
    if (npEnd <= v.to) return;
    const np: [number, number] = [v.to, npEnd];
    if (this.npIsInitiative(np)) return;
    // ("According to the ASEAN Digital Masterplan 2025, ...": a plan, whoever drew it up)
    if (this.mentionsIn(this.tokens[np[0]].start, this.tokens[np[1] - 1].end).some((m) => m.ref.type === 'initiative'))
      return;
    // "according to its annual report", "according to exit polls": a citation; "according to
    // diplomats", "according to a campaign official", "according to Gallup": someone speaks
    const words = this.tokens.slice(np[0], np[1]).filter((t) => t.word);
    const head = words[words.length - 1].text;
    const lower = head.toLowerCase();
    // (opening the sentence, the phrase's head itself must name someone: not "According to
    // the ASEAN Digital Masterplan 2025,", which only mentions ASEAN)
    const headNamed = (this.byEndTok.get(np[1] - 1) ?? []).some((m) => m.ref.type !== 'initiative');
    const someone =
      (opening ? headNamed : this.speakers(np).some((sp) => sp.ref)) ||
      peopleNoun(lower) ||
      // a body by its common noun: "According to Kuwait's finance ministry,", "the central
      // bank" (not a document of one: "a report released by the governor's office", "a post")
      ((ORG_ANAPHORS.has(lower) || (lower in ORG_HEADS && ORG_HEADS[lower] !== 'MEDIA')) &&
        /^\p{Ll}/u.test(head) &&
        !words.some((t) => DOCUMENT_NOUNS.has(t.text.toLowerCase()) || CITATION_HEADS.has(t.text.toLowerCase()))) ||
      (/^\p{Lu}/u.test(head) &&
        !DOCUMENT_NOUNS.has(lower) &&
        !CITATION_HEADS.has(lower) &&
        words.every((t) => /^\p{Lu}/u.test(t.text) || DETERMINERS.has(t.text.toLowerCase())));
    if (!someone || CITATION_HEADS.has(lower) || (opening && DOCUMENT_NOUNS.has(lower))) return;
    if (!opening) {
      const span = this.trim(sStart, this.tokens[v.from - 1].start);
      if (span.end > span.start) this.emitMany(span.start, span.end, v, np);
      return;
    }
    // "According to the Post, Bush campaign officials looked into ...": what follows the
    // phrase (and a description of it between commas: "According to Jane Doe, the campaign’s
    // director, the campaign has ...")
    // (past a relative clause or what the source is close to: "According to two delegates who
    // spoke on condition of anonymity,", "According to officials familiar with the talks,")
    let npClose = npEnd;
    if (this.tokens[npEnd]?.text !== ',') {
      let c = npEnd;
      while (c <= last && c - npEnd < 14 && this.tokens[c].text !== ',') c += 1;
      const between = c <= last ? this.body.slice(this.tokens[np[0]].start, this.tokens[c].start) : '';
      if (/\swho\s/i.test(between) || CLOSE_TO_WORDS.test(between)) npClose = c;
    }
    if (this.tokens[npClose]?.text !== ',') return;
    let from = npClose + 1;
    let c = from;
    while (c <= last && c - from < 8 && this.tokens[c].text !== ',') c += 1;
    const described =
      c <= last &&
      this.tokens[c].text === ',' &&
      /^(?:(?:the|a|an|his|her|its|their)\s+\p{Ll}|\p{Lu}[\p{L}.-]*['’]s\s)/u.test(
        this.body.slice(this.tokens[from].start, this.tokens[c].start),
      );
    if (described) from = c + 1;
    if (from > last) return;
    const span = this.trim(this.tokens[from].start, this.tokens[last].end);
    if (span.end > span.start && span.end - span.start > 12) this.emitMany(span.start, span.end, v, np);
  }

  /** Index of "that" after a short adverbial right after the verb ("in a statement that"), or -1. */
  private adverbialThenThat(from: number, last: number): number {
    const first = this.tokens[from];
    if (!first || !first.word || !ADVERBIAL_OPENERS.has(first.text.toLowerCase())) return -1;
    for (let j = from + 1; j <= last && j - from <= 8; j += 1) {
      const t = this.tokens[j];
      if (t.word && t.text.toLowerCase() === 'that') return j;
      if (!t.word && !["'", '’', '-', '.'].includes(t.text)) return -1;
    }
    return -1;
  }

  /** After "told": skips the addressee ("reporters", "the forum", "a news conference"). */
  private skipAddressee(from: number, last: number): number {
    let j = from;
    if (j <= last && DETERMINERS.has(this.tokens[j].text.toLowerCase())) j += 1;
    let n = 0;
    while (j <= last && n < 3) {
      const t = this.tokens[j];
      const w = t.text.toLowerCase();
      if (
        !t.word ||
        DETERMINERS.has(w) ||
        PRONOUNS[w] ||
        w === 'that' ||
        ADVERBIAL_OPENERS.has(w) ||
        (n > 0 && /^\p{Lu}/u.test(t.text))
      )
        break;
      j += 1;
      n += 1;
    }
    return j;
  }

  /** Does the clause at `from` open with its own speaker and attribution verb ("ASEAN supports ...")? */
  private nestedAttribution(from: number, last: number): boolean {
    let j = from;
    if (/^the$/i.test(this.tokens[j]?.text ?? '')) j += 1;
    const m = this.byStartTok.get(j)?.find((x) => x.ref.type !== 'initiative');
    if (!m) return false;
    let e = this.tokenAt(m.end - 1) + 1;
    if (this.tokens[e]?.text === '(' && this.tokens[e + 2]?.text === ')') e += 3;
    e = skipFillers(this.tokens, e);
    if (e > last) return false;
    const v = verbAt(this.tokens, e);
    return !!v && !v.info.participle && v.info.lemma !== 'according to';
  }

  /**
   * The end of the clause that starts at token `from`: a coordinated attribution verb or the
   * sentence end; at most CLAUSE_MAX tokens on (a "sentence" of any length costs in
   * proportion to it, and no statement holds a whole run-on page).
   */
  private clauseEnd(from: number, last: number, sEnd: number): number {
    if (last - from > CLAUSE_MAX) return this.clauseEnd(from, from + CLAUSE_MAX, this.tokens[from + CLAUSE_MAX].end);
    for (let j = from + 1; j <= last; j += 1) {
      const t = this.tokens[j];
      if (this.inQuote(t.start) && !this.inQuote(this.tokens[from].start)) continue;
      // ", according to X" / ", he said" close the clause
      if (t.text === ',') {
        const n1 = this.tokens[j + 1];
        const n2 = this.tokens[j + 2];
        if (n1 && n2 && n1.text.toLowerCase() === 'according' && n2.text.toLowerCase() === 'to') return t.start;
        if (
          n1 &&
          PRONOUNS[n1.text.toLowerCase()] &&
          verbAt(this.tokens, skipFillers(this.tokens, j + 2))?.info.type === 'speech'
        )
          return t.start;
        // ", the state news agency X reported." — a trailing attribution ending the sentence
        for (let k = j + 2; k <= last && k - j <= 9; k += 1) {
          const w = this.tokens[k];
          if (!w.word && !["'", '’', '-', '.'].includes(w.text)) break;
          const v = verbAt(this.tokens, k);
          if (!v) continue;
          const next = this.tokens[v.to];
          if (v.info.type === 'speech' && !v.info.participle && (v.to > last || next.text === '.')) return t.start;
          break;
        }
      }
      // ", and (adverb) VERB" / ", VERB-ing" with an attribution verb
      if (t.text === ',' || (t.word && t.text.toLowerCase() === 'and')) {
        let k = j + 1;
        if (t.text === ',' && this.tokens[k]?.text.toLowerCase() === 'and') k += 1;
        k = skipFillers(this.tokens, k);
        const v = verbAt(this.tokens, k);
        // "... in the South China Sea and urged ...": a finite attribution verb after "and" starts a new statement
        if (
          v &&
          t.word &&
          !v.info.participle &&
          /(?:ed|s)$/.test(this.tokens[k].text) &&
          !(v.info.needsThat && this.tokens[v.to]?.text.toLowerCase() !== 'that')
        ) {
          return this.tokens[j].start;
        }
        if (
          v &&
          (t.text === ',' || this.tokens[j - 1]?.text === ',') &&
          (v.info.participle || k > j + 1 || t.text === ',')
        ) {
          if (
            v.info.participle ||
            this.tokens[k - 1]?.text.toLowerCase() === 'and' ||
            VERB_FILLERS.has(this.tokens[k - 1]?.text.toLowerCase())
          ) {
            return this.tokens[j].start;
          }
        }
      }
    }
    return sEnd;
  }

  private trim(start: number, end: number): { start: number; end: number } {
    let e = end;
    while (e > start && /[\s.,;:!?—–-]/.test(this.body[e - 1])) {
      // keep a final ?/! only inside quotes; unquoted clauses drop the final period
      e -= 1;
    }
    let s = start;
    while (s < e && /\s/.test(this.body[s])) s += 1;
    return { start: s, end: e };
  }

  // ---------------------------------------------------------------- subjects and speakers

  /**
   * The speaker-like noun phrase that ends right before token `verb` (fillers skipped):
   * entity mentions (coordinated ones too), "(ACR)" after a name, pronouns, role nouns
   * ("the SCO Secretary General"), "the Forum". Returns the token range or null.
   */
  private subjectBefore(verb: number, first: number): [number, number] | null {
    const e = this.skipBackAdverbials(verb, first);
    let k = e - 1;
    if (k < first) return null;
    // "A source close to the talks said", "People familiar with the matter said": the ones close
    // to it speak, not the matter
    if (e > first) {
      // (the phrase and its object are short: the last 100 characters before the verb hold them)
      const from = Math.max(this.tokens[first].start, this.tokens[e - 1].end - 100);
      const lead = this.body.slice(from, this.tokens[e - 1].end);
      const m = CLOSE_TO.exec(lead);
      if (m) {
        const at = this.tokenAt(from + m.index + m[0].length - m[0].trimStart().length);
        const np = at > first ? this.subjectBefore(at, first) : null;
        if (np) return [np[0], e];
        // (a noun the lexicon does not know, "a source", "people": the words before, to a clause opener)
        let a = at;
        while (
          a - 1 >= first &&
          at - a < 4 &&
          this.tokens[a - 1].word &&
          !CLAUSE_OPENERS.has(this.tokens[a - 1].text.toLowerCase())
        )
          a -= 1;
        if (a < at && (a === first || CLAUSE_OPENERS.has(this.tokens[a - 1].text.toLowerCase()))) return [a, e];
      }
    }
    // an appositive or a relative clause between subject and verb: "X, the union’s executive body, said",
    // "X, who chaired the meeting, said", "Its chairman, Bakytzhan Sagintayev, added"
    if (this.tokens[k].text === ',') {
      let c = k - 1;
      while (c > first && k - c < 24 && this.tokens[c].text !== ',' && !/[“”"]/.test(this.tokens[c].text)) c -= 1;
      if (c > first && this.tokens[c].text === ',') {
        const w = this.tokens[c + 1].text.toLowerCase();
        const descriptive =
          [
            'who',
            'which',
            'whose',
            'known',
            'the',
            'a',
            'an',
            'its',
            'his',
            'her',
            'their',
            'one',
            'also',
            'himself',
            'herself',
            'itself',
            'then',
            'now',
            'formerly',
            'in',
            'at',
            'on',
            'after',
            'during',
            // (adverbials between commas: "Kyrgyzstan, for its part, called for", "X, however, said")
            'for',
            'like',
            'as',
            'with',
            'under',
            'despite',
            'however',
            'meanwhile',
            'too',
          ].includes(w) ||
          /^\p{Ll}+(?:ing|ed)$/u.test(this.tokens[c + 1].text) || // ", speaking by video link,"
          // ", president of the company,", ", 54,", ", director general of the WHO,"
          (k - c <= 16 && (this.isTitleWord(w) || /^\d{1,3}$/.test(w)));

        const person = this.mentionsIn(this.tokens[c + 1].start, this.tokens[k - 1].end).find(
          (m) => m.ref.type === 'person',
        );
        if (!descriptive && person && this.tokenAt(person.start) === c + 1 && this.tokenAt(person.end - 1) === k - 1)
          return [c + 1, k];
        if (descriptive || person) return this.subjectBefore(c, first);
        // a place closing a description: "Jane Doe, a nurse from Dayton, Ohio, said"
        const seg = this.tokens.slice(c + 1, k).filter((t) => t.word);
        if (seg.length > 0 && seg.length <= 2 && seg.every((t) => /^\p{Lu}/u.test(t.text))) {
          let c2 = c - 1;
          while (c2 > first && c - c2 < 24 && this.tokens[c2].text !== ',') c2 -= 1;
          if (c2 > first && this.tokens[c2].text === ',' && DETERMINERS.has(this.tokens[c2 + 1].text.toLowerCase()))
            return this.subjectBefore(c2, first);
        }
      }
      return null;
    }
    if (this.tokens[k].text === ')' && this.tokens[k - 2]?.text === '(') k -= 3;
    if (k < first) return null;
    const t = this.tokens[k];
    const lower = t.word ? t.text.toLowerCase() : '';
    // pronoun
    if (
      t.word &&
      PRONOUNS[lower] &&
      (k === first ||
        !this.tokens[k - 1].word ||
        this.tokens[k - 1].text.toLowerCase() === 'that' ||
        this.tokens[k - 1].text.toLowerCase() === 'and')
    ) {
      return [k, e];
    }
    // "OPEC and its allies said", "the Organization of ... and allies said", "Trump and his
    // aides said": someone named with the others they speak with (a plural noun after "and")
    // ("and member states", "and its Gulf allies": two words at most between "and" and the noun)
    if (t.word && /^\p{Ll}+s$/u.test(t.text) && k - 2 >= first) {
      let p = k - 1;
      for (let n = 0; n < 2 && p > first && this.tokens[p].word && this.tokens[p].text.toLowerCase() !== 'and'; n += 1)
        p -= 1;
      if (p - 1 >= first && this.tokens[p].text.toLowerCase() === 'and') {
        const body = this.byEndTok.get(p - 1)?.find((m) => m.ref.type !== 'initiative');
        if (body) {
          const a = this.tokenAt(body.start);
          return [a > first && /^the$/i.test(this.tokens[a - 1].text) ? a - 1 : a, e];
        }
      }
    }
    // entity mention ending here (possibly "A and B")
    const ms = this.byEndTok.get(k);
    if (ms && ms.length) {
      const m = ms.reduce((x, y) => (y.end - y.start > x.end - x.start ? y : x));
      if (m.ref.type === 'initiative') return [this.tokenAt(m.start), e];
      let a = this.tokenAt(m.start);
      // coordinated: "Pakistan and China", "the Saudi Central Bank (SAMA) and the Central Bank of the UAE"
      for (;;) {
        let p = a - 1;
        if (p - 1 >= first && /^the$/i.test(this.tokens[p].text) && this.tokens[p - 1].text.toLowerCase() === 'and')
          p -= 1;
        if (!(p - 1 >= first && this.tokens[p].text.toLowerCase() === 'and')) break;
        let q = p - 1;
        // (past the acronym in parentheses after the first name)
        if (this.tokens[q].text === ')' && this.tokens[q - 2]?.text === '(' && q - 3 >= first) q -= 3;
        const prev = this.byEndTok.get(q)?.find((x) => x.ref.type !== 'initiative');
        if (!prev) break;
        a = this.tokenAt(prev.start);
      }
      // "X of the Y": the phrase is headed by X
      for (;;) {
        let o = a - 1;
        if (o >= first && /^the$/i.test(this.tokens[o].text)) o -= 1;
        if (!(o - 1 >= first && this.tokens[o].text.toLowerCase() === 'of')) break;
        const x = this.byEndTok.get(o - 1)?.find((y) => y.ref.type !== 'initiative');
        if (!x) break;
        a = this.tokenAt(x.start);
      }
      // "A spokesperson for the European Commission said": one of the body's people, the
      // whole phrase (the speaker is still the body, see speakers())
      {
        let o = a - 1;
        if (o >= first && /^the$/i.test(this.tokens[o].text)) o -= 1;
        // ("a spokesperson for", "a senior official at": two or three words before the preposition)
        if (o >= first && /^(?:for|of|at|from|with)$/i.test(this.tokens[o].text))
          for (const w of [2, 3])
            if (
              o - w >= first &&
              SPOKESPERSON_FOR.test(`${this.body.slice(this.tokens[o - w].start, this.tokens[o].end)} `)
            )
              return [o - w, e];
      }
      // "Another source speaking to Fox News said": the one speaking, not the one spoken to
      if (
        a - 2 > first &&
        /^(?:to|with|on)$/i.test(this.tokens[a - 1].text) &&
        /^(?:speaking|talking|writing|appearing|testifying)$/i.test(this.tokens[a - 2].text)
      ) {
        // (one the lexicon cannot read is left to the structural path)
        return this.subjectBefore(a - 2, first);
      }
      // a role noun in front of the name is part of the phrase, and the body or country it
      // names ("European Commission President Ursula von der Leyen"); so are "The", "its", "a"
      while (a - 1 >= first && this.tokens[a - 1].word && this.isTitleWord(this.tokens[a - 1].text)) {
        a -= 1;
        const body = this.byEndTok.get(a - 1)?.find((x) => x.ref.type === 'organization' || x.ref.type === 'country');
        if (body && this.tokenAt(body.start) >= first) a = this.tokenAt(body.start);
      }
      if (a - 1 >= first && DETERMINERS.has(this.tokens[a - 1].text.toLowerCase())) a -= 1;
      return [a, e];
    }
    // "the statement", "the joint communiqué", "the commission", "the ministers", "officials",
    // "the Uzbek side", "both sides"
    if (
      t.word &&
      (DOCUMENT_NOUNS.has(lower) ||
        ORG_ANAPHORS.has(lower) ||
        lower in ORG_HEADS ||
        PEOPLE_NOUNS.has(lower) ||
        SIDE_NOUNS.has(lower))
    ) {
      let a = k;
      // "the joint communiqué", "the state-run Xinhua news agency", "the official Agência Brasil news agency"
      while (a - 1 >= first) {
        const p = this.tokens[a - 1];
        const w = p.text.toLowerCase();
        if (p.text === '-' && a - 2 >= first && this.tokens[a - 2].word && /^\p{Ll}/u.test(this.tokens[a].text)) {
          a -= 1;
          continue;
        }
        if (!p.word || DETERMINERS.has(w)) break;
        if (/^\p{Ll}/u.test(p.text)) {
          if (!NOUN_PREMODIFIERS.has(w)) break;
          a -= 1;
          continue;
        }
        const m = this.byEndTok.get(a - 1)?.[0];
        if (m) a = Math.min(a - 1, this.tokenAt(m.start));
        else if (this.isCountryTok(a - 1) || this.isTitleWord(p.text)) a -= 1;
        else break;
      }
      const det = a - 1 >= first && DETERMINERS.has(this.tokens[a - 1].text.toLowerCase());
      if (det) a -= 1;
      // a bare "communiqué"/"commission" needs its determiner; bare people nouns do not ("officials said")
      // ("both sides", "the two sides")
      const both = !det && SIDE_NOUNS.has(lower) && a - 1 >= first && /^(?:both|two)$/i.test(this.tokens[a - 1].text);
      if (both) a -= 1;
      if (!det && !both && !PEOPLE_NOUNS.has(lower)) return null;
      if (a > first && this.tokens[a - 1].word && !CLAUSE_OPENERS.has(this.tokens[a - 1].text.toLowerCase()))
        return null;
      return [a, e];
    }
    // role noun: "the SCO Secretary General", "The Chinese Foreign Minister", "the premier"
    if (t.word && this.isTitleWord(t.text)) {
      let a = k;
      while (a - 1 >= first) {
        const p = this.tokens[a - 1];
        if (p.word && (this.isTitleWord(p.text) || this.byEndTok.has(a - 1) || this.isCountryTok(a - 1))) {
          const m = this.byEndTok.get(a - 1)?.[0];
          a = m ? this.tokenAt(m.start) : a - 1;
          continue;
        }
        if (p.text === '-' || (p.text === '.' && /^\p{Lu}$/u.test(this.tokens[a - 2]?.text ?? ''))) {
          a -= 1;
          continue;
        }
        break;
      }
      if (a - 1 >= first && DETERMINERS.has(this.tokens[a - 1].text.toLowerCase())) a -= 1;
      if (a > first && this.tokens[a - 1].word && !CLAUSE_OPENERS.has(this.tokens[a - 1].text.toLowerCase()))
        return null;
      return [a, e];
    }
    return null;
  }

  /** Skips fillers and time adverbials backwards from a verb: "Tokayev on Friday proposed". */
  private skipBackAdverbials(verb: number, first: number): number {
    let e = verb;
    for (let guard = 0; guard < 4; guard += 1) {
      while (e - 1 >= first && VERB_FILLERS.has(this.tokens[e - 1].text.toLowerCase())) e -= 1;
      const w1 = this.tokens[e - 1]?.text.toLowerCase() ?? '';
      const w2 = this.tokens[e - 2]?.text.toLowerCase() ?? '';
      const w3 = this.tokens[e - 3]?.text.toLowerCase() ?? '';
      if (
        e - 2 >= first &&
        (TIME_WORDS.has(w1) || MONTHS.has(w1)) &&
        ['on', 'last', 'this', 'next', 'in', 'early', 'late', 'later', 'earlier'].includes(w2)
      )
        e -= 2;
      else if (e - 1 > first && TIME_WORDS.has(w1) && /^\p{Lu}/u.test(this.tokens[e - 1].text) && MONTHS.has(w1))
        e -= 1; // "Priebus Thursday told"
      else if (e - 1 > first && ['later', 'earlier'].includes(w1)) e -= 1;
      else if (e - 3 >= first && /^\d+$/.test(w1) && MONTHS.has(w2) && w3 === 'on') e -= 3;
      else break;
    }
    return e;
  }

  private isCountryTok(k: number): boolean {
    return this.doc.countryTok[k] === 1;
  }

  private isTitleWord(w: string): boolean {
    const l = w.toLowerCase();
    return (
      PERSON_TITLE_HEADS.has(l) ||
      (TITLE_MODIFIERS.has(l) && l !== 'the' && l !== 'international' && l !== 'national' && l !== 'regional')
    );
  }

  /** The subject of the sentence before token `limit`: the last clause-initial speaker-like phrase. */
  private sentenceSubject(first: number, limit: number): [number, number] | null {
    let best: [number, number] | null = null;
    for (let j = first; j < limit; j += 1) {
      const clauseStart = j === first || this.tokens[j - 1].text === ',';
      if (!clauseStart) continue;
      let a = j;
      if (/^the$/i.test(this.tokens[a].text)) a += 1;
      const t = this.tokens[a];
      if (!t || !t.word) continue;
      if (PRONOUNS[t.text.toLowerCase()]) {
        if (this.followedByVerb(a + 1)) best = [j, a + 1];
        continue;
      }
      const ms = this.byStartTok.get(a);
      if (ms && ms.length) {
        const m = ms.reduce((x, y) => (y.end - y.start > x.end - x.start ? y : x));
        let e = this.tokenAt(m.end - 1) + 1;
        while (e < limit && this.isTitleWord(this.tokens[e].text)) e += 1;
        if (m.ref.type !== 'initiative' && this.followedByVerb(e)) best = [j, e];
        continue;
      }
      // role noun, possibly before a name: "The Chinese Foreign Minister", "Foreign Minister Wang Yi"
      let e = a;
      let named = false;
      while (
        e < limit &&
        this.tokens[e].word &&
        (this.isTitleWord(this.tokens[e].text) || this.isCountryTok(e) || this.byStartTok.has(e))
      ) {
        const m = this.byStartTok.get(e)?.[0];
        if (m?.ref.type === 'person') named = true;
        e = m ? this.tokenAt(m.end - 1) + 1 : e + 1;
      }
      const endWord = this.tokens[e - 1]?.text.toLowerCase() ?? '';
      if (e > a && (named || PERSON_TITLE_HEADS.has(endWord)) && this.followedByVerb(e)) best = [j, e];
    }
    return best;
  }

  /** A lower-case word (a verb, fillers allowed) comes next. */
  private followedByVerb(k: number): boolean {
    const j = skipFillers(this.tokens, k);
    const t = this.tokens[j];
    return (
      !!t && t.word && /^\p{Ll}/u.test(t.text) && !['of', 'and', 'in', 'for', 'with', 'to', 'on', 'at'].includes(t.text)
    );
  }

  private npIsInitiative(np: [number, number]): boolean {
    const ms = outermost(this.mentionsIn(this.tokens[np[0]].start, this.tokens[np[1] - 1].end));
    return ms.length > 0 && ms.every((m) => m.ref.type === 'initiative') && !this.isPronounOrDoc(np);
  }

  private isPronounOrDoc(np: [number, number]): boolean {
    const w = this.tokens[np[0]].text.toLowerCase();
    return !!PRONOUNS[w];
  }

  private mentionsIn(start: number, end: number): EntityMention[] {
    const out: EntityMention[] = [];
    const ms = this.mentions;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < ms.length && ms[k].start < end; k += 1) if (ms[k].end <= end) out.push(ms[k]);
    return out;
  }

  /** Resolves the speakers of a noun phrase (several for "Pakistan and China"). */
  private speakers(np: [number, number]): Speaker[] {
    const start = this.tokens[np[0]].start;
    const end = this.tokens[np[1] - 1].end;
    const text = this.body.slice(start, end);
    const lower = text.toLowerCase();
    const firstWord = this.tokens[np[0]].text.toLowerCase();
    // (an object or possessive pronoun alone speaks too: "According to him,", "In her words,")
    const pron = PRONOUNS[firstWord] ?? OBJECT_PRONOUNS[firstWord];
    if (pron && np[1] - np[0] === 1)
      return [{ ref: this.resolvePronoun(pron, start, genderOf(firstWord)), name: text }];
    const docNoun = lower
      .replace(/^(?:the|a|an|its|their|this)\s+/, '')
      .split(/\s+/)
      .slice(0, 2);
    if (DOCUMENT_NOUNS.has(docNoun[0]) || DOCUMENT_NOUNS.has(docNoun.join(' '))) {
      return [{ ref: this.issuerBefore(start, docNoun[0]) ?? this.documentAuthor(), name: text }];
    }
    // a name before a comma heads the phrase, whatever the description after it names:
    // "Tom Ruiz, a farmer from France,", "Mr. Ruiz, asked about Mr. Putin,"
    const comma = text.indexOf(',');
    if (comma > 0 && PERSON_NAME.test(text.slice(0, comma))) {
      const lead = outermost(this.mentionsIn(start, start + comma));
      const person = lead.find((m) => m.ref.type === 'person');
      if (person) return [{ ref: person.ref as EntityRef, name: person.text }];
      if (!lead.length) return [{ ref: null, name: text }];
    }
    // ... an initiative's name too, which no speaker stands for ("The Alliance of Sahel States,
    // formed by Mali, Burkina Faso and Niger," is not Mali)
    if (comma > 0) {
      const lead = outermost(this.mentionsIn(start, start + comma));
      if (
        lead.length &&
        /^(?:the\s+)?$/i.test(this.body.slice(start, lead[0].start)) &&
        lead.every((m) => m.ref.type === 'initiative')
      )
        return [{ ref: null, name: text }];
    }
    const outer = uniqueRefs(outermost(this.mentionsIn(start, end)).filter((m) => m.ref.type !== 'initiative'));
    const ms = coordinated(this.body, outer);
    // a name anywhere in the phrase speaks: "Indian Prime Minister Narendra Modi"
    const persons = coordinated(
      this.body,
      outer.filter((m) => m.ref.type === 'person'),
    );
    if (persons.length) return persons.map((m) => ({ ref: m.ref as EntityRef, name: m.text }));
    const words = this.tokens.slice(np[0], np[1]).filter((t) => t.word);
    const head = words[words.length - 1]?.text ?? '';
    const named = ms.filter((m) => m.ref.type === 'organization' || m.ref.type === 'country');
    // unnamed people: "officials" (nobody), "the ministers" (the article's voice), "ASEAN ministers" (ASEAN)
    // (one of them too, "a Chinese official", but not a title: "the Chinese Foreign Minister")
    const one = PEOPLE_NOUNS.has(`${head.toLowerCase()}s`) && !PERSON_TITLE_HEADS.has(head.toLowerCase());
    if (PEOPLE_NOUNS.has(head.toLowerCase()) || one) {
      // "the Kremlin aide", "the diplomat": one named before, of that body or with such a title
      if (one && /^the\s/i.test(text)) {
        const body = named.find((m) => m.ref.type === 'organization');
        const titled = ROLE_TITLES[head.toLowerCase()];
        const p = body
          ? this.lastPersonWith(start, (x) => x.organization === body.ref.key)
          : titled
            ? this.lastPersonWith(start, (x) => !!x.title && titled.test(x.title))
            : null;
        if (p) return [{ ref: p, name: text }];
      }
      if (named.length)
        return named.map((m) => ({ ref: m.ref as EntityRef, name: /^(?:the\s+)?\S+$/i.test(text) ? m.text : text }));
      return [{ ref: /^the\b/i.test(text) ? this.mainVoice(start) : null, name: text }];
    }
    // "the commission", "the bloc": the organization the text last named with that word
    // (not one described by a possessive: "the farmers’ union" is a body of its own)
    if (
      /^\p{Ll}/u.test(head) &&
      (ORG_ANAPHORS.has(head) || head in ORG_HEADS) &&
      /^the\b/i.test(text) &&
      !this.describedByOwner(text)
    ) {
      // (unless it names itself: "the official Agência Brasil news agency")
      if (named.length) return [{ ref: named[0].ref as EntityRef, name: text }];
      const m = this.lastOrgNamedWith(head, start);
      // ("Saudi Arabia's foreign ministry said ... the ministry said": a country's own body
      // is the country that last spoke, before any organization named)
      const national = /^(?:ministry|government|department|office|cabinet|presidency|embassy)$/.test(head);
      const ref =
        (m?.ref as EntityRef) ??
        (national && this.lastCountrySpeaker ? this.lastCountrySpeaker : null) ??
        this.lastBefore(start, this.orgIdx)?.ref ??
        null;
      return [{ ref: ref, name: text }];
    }
    // (the one country a role phrase names: "the Russian leader", "the Indian PM")
    const country = named.length === 1 && named[0].ref.type === 'country' ? named[0].ref.key : null;
    // "the PM", "the Indian FM": the abbreviated title's holder
    const abbreviated = /^[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+)?(PM|FM)$/u.exec(text.trim());
    if (abbreviated) {
      const role = abbreviated[1] === 'PM' ? 'the prime minister' : 'the foreign minister';
      const person = this.resolveRole(role, start, country);
      if (person) return [{ ref: person, name: text }];
    }
    // role noun: the person with that title; a spokesperson of a named body speaks for it
    if (words.some((t) => PERSON_TITLE_HEADS.has(t.text.toLowerCase()))) {
      const person = this.resolveRole(text, start, country);
      if (person) return [{ ref: person, name: text }];
      // ("the Kazakh leader" with no such person named: someone unnamed, not the country)
      if (country && /\b(?:leader|president|premier|prime minister|chancellor|king|emir)$/i.test(text.trim()))
        return [{ ref: null, name: text }];
      const all = outermost(this.mentionsIn(start, end));
      const body = all.find((m) => m.ref.type === 'organization') ?? named[0];
      // "the WHO chief", "the bloc's head": the body's head named before, when there is one
      const leader =
        body?.ref.type === 'organization' && BODY_HEAD_NOUN.test(text.trim()) ? this.headOf(body.ref.key, start) : null;
      if (leader) return [{ ref: leader, name: text }];
      if (body) return [{ ref: body.ref as EntityRef, name: text }];
      // "a Commission spokesperson": someone new, speaking for the body the capitalised word
      // stands for (the last one named with it), not the person named last
      if (/^(?:a|an|one)\s/i.test(text)) {
        const word = words.find(
          (t) =>
            /^\p{Lu}/u.test(t.text) && (ORG_ANAPHORS.has(t.text.toLowerCase()) || t.text.toLowerCase() in ORG_HEADS),
        )?.text;
        const m = word ? this.lastOrgNamedWith(word.toLowerCase(), start) : null;
        return [{ ref: (m?.ref as EntityRef) ?? null, name: text }];
      }
      return [{ ref: this.resolvePronoun('person', start), name: text }];
    }
    // "Iran's IRNA news agency", "the Chinese state broadcaster": the outlet reports, not its country
    if (
      named.length &&
      /^(?:agency|newspaper|daily|broadcaster|television|channel|outlet|radio|website|tabloid)$/.test(head) &&
      named.some((m) => m.ref.type === 'country')
    ) {
      const outlet = outermost(this.mentionsIn(start, end)).find((m) => m.ref.type === 'organization');
      return [{ ref: (outlet?.ref as EntityRef) ?? null, name: text }];
    }
    if (named.length) {
      // "Jane Doe of the University of X": the phrase is headed by the name before "of"
      const lead = this.body.slice(start, named[0].start);
      if (named.length === 1 && /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+of\s/u.test(lead))
        return [{ ref: named[0].ref as EntityRef, name: text }];
      // (a body's own office after its possessive keeps the phrase: "Saudi Arabia's foreign ministry";
      // so does a country's side: "the Uzbek side")
      const owned =
        named.length === 1 && /^\p{Ll}/u.test(head) && (/^[^,]*['’]s\s/u.test(text) || SIDE_NOUNS.has(head));
      // (so does one of its people: "A spokesperson for the European Commission")
      const ofBody = named.length === 1 && SPOKESPERSON_FOR.test(text);
      return named.map((m) => ({ ref: m.ref as EntityRef, name: m.short || owned || ofBody ? text : m.text }));
    }
    // "Beijing said", "Moscow warned": a capital speaks for the government of a country the
    // article names ("Victoria said" in a story that never names the Seychelles is someone)
    const capitalOf = !ms.length ? countryOfCapital(text.replace(/^the\s+/i, '')) : null;
    if (capitalOf && this.countryNamed(capitalOf)) return [{ ref: { type: 'country', key: capitalOf }, name: text }];
    return [{ ref: null, name: text }];
  }

  /** Does the article mention country `iso2`? */
  private countryNamed(iso2: string): boolean {
    return this.bodyIdx.some((i) => this.mentions[i].ref.type === 'country' && this.mentions[i].ref.key === iso2);
  }

  /** The last organization mention before `offset` whose name holds `word` ("commission" → "European Commission"). */
  private lastOrgNamedWith(word: string, offset: number): EntityMention | null {
    return this.lastBefore(
      offset,
      this.orgIdx.filter((i) => this.mentions[i].text.toLowerCase().includes(word)),
    );
  }

  /**
   * Is `text` ("the farmers’ union") a body of its own, described by an owner that is no body
   * word? "the bloc’s secretariat" still stands for the bloc named before.
   */
  private describedByOwner(text: string): boolean {
    const owner = /^the\s+([\p{L}-]+?)s?['’]s?\s/iu.exec(text)?.[1]?.toLowerCase();
    return !!owner && !ORG_ANAPHORS.has(owner) && !(owner in ORG_HEADS);
  }

  /**
   * The gender the text gives a person, or null: an honorific or a gendered title ("Mrs.",
   * "chairwoman", "congressman"), else the pronouns that follow their mentions in the same
   * sentence before anyone else is named ("Lopez said she ...", "Ruiz, who won his seat, ...").
   * Learned once per article, by majority.
   */
  private genderOfPerson(key: string): Gender | null {
    if (!this.genders) {
      this.genders = new Map();
      const votes = new Map<string, number>();
      const vote = (k: string, g: Gender, n = 1) => votes.set(k, (votes.get(k) ?? 0) + (g === 'f' ? n : -n));
      for (const p of this.ctx.people) {
        const g = p.title ? titleGender(p.title) : null;
        if (g) vote(p.key, g, 5);
      }
      for (let i = 0; i < this.personIdx.length; i += 1) {
        const m = this.mentions[this.personIdx[i]];
        const before = this.body.slice(Math.max(0, m.start - 6), m.start);
        const hon = /\b(Mrs|Ms|Miss)\.?\s*$/.test(before) ? 'f' : /\bMr\.?\s*$/.test(before) ? 'm' : null;
        if (hon) vote(m.ref.key, hon, 5);
        const next = this.mentions[this.personIdx[i + 1]];
        const sEnd = Math.min(this.sentenceOf(m.start).end, next ? next.start : this.body.length, m.end + 160);
        // (subject pronouns and possessives only: an object, "spoke after her", is someone else)
        const w =
          /\b(?:(he|she|his)|(her)(?=\s+(?!(?:to|that|and|or|in|on|at|for|with|about|from|as|by|of|a|an|the)\b)\p{L}))\b/iu.exec(
            this.body.slice(m.end, sEnd),
          );
        if (w && !this.inQuote(m.end + w.index)) vote(m.ref.key, genderOf((w[1] ?? w[2]).toLowerCase())!);
      }
      for (const [k, n] of votes) if (n !== 0) this.genders.set(k, n > 0 ? 'f' : 'm');
    }
    return this.genders.get(key) ?? null;
  }

  /** The last mention (among `idx`, indices into the sorted mentions) starting before `offset`. */
  private lastBefore(offset: number, idx: number[]): EntityMention | null {
    const k = this.countBefore(offset, idx);
    return k > 0 ? this.mentions[idx[k - 1]] : null;
  }

  /** How many of the mentions `idx` (indices into the sorted mentions) start before `offset`. */
  private countBefore(offset: number, idx: number[]): number {
    let lo = 0;
    let hi = idx.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[idx[mid]].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private resolvePronoun(
    kind: 'person' | 'thing' | 'we' | 'they',
    offset: number,
    gender: Gender | null = null,
  ): EntityRef | null {
    if (kind === 'person') {
      const m = this.lastBefore(offset, this.personIdx);
      const s = this.lastPersonSpeaker && this.lastPersonSpeaker.at < offset ? this.lastPersonSpeaker : null;
      const nearest = m && (!s || m.start > s.at) ? (m.ref as EntityRef) : (s?.ref ?? (m?.ref as EntityRef) ?? null);
      // "she" after "Maria Lopez ... her" and "Tom Ruiz ... he": the nearest person the text
      // gives that gender (or none), not simply the nearest
      if (!gender || !nearest || this.genderOfPerson(nearest.key) !== opposite(gender)) return nearest;
      const before = this.countBefore(offset, this.personIdx);
      for (let k = before - 1; k >= 0 && before - k <= 60; k -= 1) {
        const x = this.mentions[this.personIdx[k]];
        if (this.genderOfPerson(x.ref.key) !== opposite(gender)) return x.ref as EntityRef;
      }
      return nearest;
    }
    if (kind === 'we') return this.mainVoice(offset);
    if (kind === 'thing') {
      // nearest organization or country at a clause-subject position
      const subj = this.lastBefore(offset, this.subjectBodyIdx);
      if (subj) return subj.ref as EntityRef;
      const any = this.lastBefore(offset, this.bodyIdx);
      return (any?.ref as EntityRef) ?? null;
    }
    return null;
  }

  /** Sentence start, or after "that", a comma or "The". */
  private atClauseStart(offset: number): boolean {
    let k = this.tokenAt(offset) - 1;
    if (k >= 0 && /^the$/i.test(this.tokens[k].text)) k -= 1;
    if (k < 0) return true;
    const p = this.tokens[k];
    if (/^[.!?:;,]$/.test(p.text) || p.text.toLowerCase() === 'that') return true;
    const s = this.sentenceOf(offset);
    return this.tokens[k].end <= s.start;
  }

  /** The article's institutional voice: its most frequent organization/country speaker so far. */
  private mainVoice(offset: number): EntityRef | null {
    if (this.voice) return this.voice.ref;
    const m = this.lastBefore(offset, this.bodyIdx);
    return (m?.ref as EntityRef) ?? null;
  }

  /**
   * "ASEAN foreign ministers issued a statement ... “...,” the statement said.": the body that
   * issued, released or adopted a `noun` in this sentence or the one before, at the start of
   * its clause.
   */
  private issuerBefore(offset: number, noun: string): EntityRef | null {
    const here = this.sentenceOf(offset);
    // (two sentences back, 400 characters at most: a run-on sentence stays linear)
    const from = Math.max(this.sentenceOf(Math.max(0, here.start - 1)).start, offset - 400);
    const text = this.body.slice(from, offset);
    const re = new RegExp(
      `\\b(?:issued|released|published|adopted|signed|put out|sent)\\s+(?:a|an|the|its|their)?\\s*(?:[\\p{L}-]+\\s+){0,2}${noun}s?\\b`,
      'giu',
    );
    let at = -1;
    for (let m = re.exec(text); m; m = re.exec(text)) at = from + m.index;
    if (at < 0) return null;
    const m = this.lastBefore(at, this.subjectBodyIdx);
    return m && m.start >= this.sentenceOf(at).start ? (m.ref as EntityRef) : null;
  }

  /** The author of "the statement" / "the proposal": the body whose proposals the article reports. */
  private documentAuthor(): EntityRef | null {
    return this.lastProposer ?? this.mainVoice(this.body.length);
  }

  /** The last person named before `offset` at the head of organization `org` (a top title and that body). */
  private headOf(org: string, offset: number): EntityRef | null {
    return this.lastPersonWith(offset, (p) => p.organization === org && !!p.title && TOP_TITLE.test(p.title));
  }

  /**
   * The last person named before `offset` that `fits` (`unnamed`: one the text has not named
   * yet fits too, after every one it has).
   */
  private lastPersonWith(offset: number, fits: (p: SpeakerPerson) => boolean, unnamed = false): EntityRef | null {
    let best: { key: string; at: number } | null = null;
    for (const p of this.ctx.people) {
      if (!fits(p)) continue;
      const m = this.lastBefore(offset, this.personIdxByKey.get(p.key) ?? []);
      const at = m ? m.start : unnamed ? -1 : null;
      if (at !== null && (!best || at > best.at)) best = { key: p.key, at };
    }
    return best ? { type: 'person', key: best.key } : null;
  }

  private resolveRole(role: string, offset: number, country: string | null = null): EntityRef | null {
    // "the Russian leader": a leader's word names no title, its country says whose
    const leader = !!country && /\bleader$/i.test(role.trim());
    return this.lastPersonWith(
      offset,
      (p) =>
        (leader ? p.country === country && !!p.title : roleMatches(role, p.title)) &&
        // ("the Indian PM" is not the Pakistani one)
        !(country && p.country && p.country !== country),
      true,
    );
  }

  // ---------------------------------------------------------------- output

  private emitMany(start: number, end: number, v: VerbHit, np: [number, number]): void {
    for (const sp of this.speakers(np)) {
      // (the head before what they are close to: "a source close to the talks" → source)
      const head = (sp.name ?? '').split(CLOSE_TO_WORDS)[0].split(/\s+/).pop()!.toLowerCase();
      // "officials", "a ministry official", "a spokesman", "aides"; a name the text gives no
      // other way ("Galvin", "Mr. Kaplan"): a body would have a gazetteer entry or a head noun
      const unnamedPeople =
        !sp.ref &&
        (/^(?:he|she)$/i.test(sp.name ?? '') ||
          peopleNoun(head) ||
          (PERSON_NAME.test(sp.name ?? '') && !(head in ORG_HEADS) && !ORG_ANAPHORS.has(head)) ||
          // (described after it: "Tom Ruiz, a farmer from France")
          (/,/.test(sp.name ?? '') && PERSON_NAME.test((sp.name ?? '').split(',')[0])));
      const kind: StatementKind = sp.ref?.type === 'person' || unnamedPeople ? 'REPORTED_SPEECH' : 'POSITION';
      this.push(kind, start, end, v, sp);
    }
  }

  private emit(kind: StatementKind, start: number, end: number, v: VerbHit, np: [number, number]): void {
    const sps = this.speakers(np);
    this.push(kind, start, end, v, sps[0]);
  }

  private push(kind: StatementKind, start: number, end: number, v: VerbHit, sp: Speaker): void {
    if (sp.ref?.type === 'person') this.lastPersonSpeaker = { ref: sp.ref, at: start };
    if (sp.ref?.type === 'country') this.lastCountrySpeaker = sp.ref;
    if (sp.name && sp.ref?.type !== 'organization' && sp.ref?.type !== 'country') {
      // every run of one to three capitalised words of the name ("Maria Lopez" → "Maria", "Lopez", ...)
      const ws = sp.name.split(/\s+/);
      for (let i = 0; i < ws.length; i += 1)
        for (let j = i + 1; j <= Math.min(ws.length, i + 3); j += 1) {
          const run = ws.slice(i, j);
          if (run.every((w) => /^\p{Lu}[\p{L}’'-]+$/u.test(w))) this.spokenNames.add(run.join(' '));
        }
    }
    if (sp.ref && sp.ref.type !== 'person') {
      const k = `${sp.ref.type}:${sp.ref.key}`;
      const c = { ref: sp.ref, n: (this.voiceCounts.get(k)?.n ?? 0) + 1 };
      this.voiceCounts.set(k, c);
      if (!this.voice || c.n > this.voice.n) this.voice = c;
      if (/^(?:propos|suggest)/.test(v.text)) this.lastProposer = sp.ref;
    }
    this.out.push(this.statement(kind, start, end, v.text || null, sp.name, sp.ref));
  }

  /** The statement record for [start, end): its text, paragraph and the entities mentioned inside. */
  private statement(
    kind: StatementKind,
    start: number,
    end: number,
    verb: string | null,
    speakerName: string | null,
    speaker: EntityRef | null,
  ): ExtractedStatement {
    const inside = this.mentionsIn(start, end);
    const uniq = (xs: string[]) => [...new Set(xs)];
    return {
      text: this.body.slice(start, end),
      kind,
      verb,
      speakerName,
      speaker,
      paragraph: paragraphOf(this.doc, start),
      startOffset: start,
      endOffset: end,
      countries: uniq(inside.filter((m) => m.ref.type === 'country').map((m) => m.ref.key)),
      organizations: uniq(inside.filter((m) => m.ref.type === 'organization').map((m) => m.ref.key)),
      initiatives: uniq(inside.filter((m) => m.ref.type === 'initiative').map((m) => m.ref.key)),
    };
  }
}

/** Drops mentions nested in a longer one ("Chinese" inside "Chinese Hospital Association"). */
function outermost(ms: EntityMention[]): EntityMention[] {
  return ms.filter(
    (m) => !ms.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start),
  );
}

/** The first mention and those coordinated with it ("Pakistan and China"), not "X of the Y". */
function coordinated(body: string, ms: EntityMention[]): EntityMention[] {
  if (ms.length < 2) return ms;
  const out = [ms[0]];
  for (let k = 1; k < ms.length; k += 1) {
    const gap = body.slice(ms[k - 1].end, ms[k].start);
    // (an acronym in parentheses may follow the first: "the Saudi Central Bank (SAMA) and the ...")
    if (!/^(?:\s*\([^()]{1,12}\))?(?:,\s*|\s+)(?:and\s+|&\s+)?(?:the\s+)?$/i.test(gap) || /^\s+$/.test(gap)) break;
    out.push(ms[k]);
  }
  return out;
}

/** First mention of each entity. */
function uniqueRefs(ms: EntityMention[]): EntityMention[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = `${m.ref.type}:${m.ref.key}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function findStatements(ctx: StatementContext): ExtractedStatement[] {
  return new StatementFinder(ctx).find();
}
