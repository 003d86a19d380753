/**
 * Attribution of a quote by sentence structure, over part-of-speech tags
 * ({@link tagWindow}): the verb in the attribution slot and its subject noun phrase.
 *
 * - After the quote (`“...,” X said`, `“...!” she wrote`, `“...,” said X, a ...`,
 *   `“...,” reads an editorial in X`): any verb in the slot counts; the quote must end
 *   with a comma or sentence punctuation inside its marks, or be followed by a comma (a
 *   quote that is itself a subject, `“three evils” threaten`, has neither).
 * - Before the quote: `X verb ...:` (any verb), `X said,` / `X told the Post,` /
 *   `..., saying,` (a reporting verb, object allowed), and partial quotes inside a
 *   reported clause (`X urged his counterparts to “...”`, `said in a statement that “...”`,
 *   `X says he is “...”`), where the verb must be a reporting verb.
 *
 * The subject is the noun phrase right before the verb (adverbs and auxiliaries
 * skipped, an appositive between commas allowed: `X, a spokesman for Y, said`), or, for
 * a participle after a comma (`..., saying`), the sentence's first noun phrase.
 */
import { MONTHS } from './lexicon.js';
import type { Tagged } from './nlp.js';

/** Verbs that report speech only when a person does them ("X opened with a joke" but "the session opened"). */
export const WEAK_REPORTING_LEMMAS = new Set([
  'begin',
  'start',
  'open',
  'close',
  'end',
  'finish',
  'continue',
  'fire',
  'hit',
  'shoot',
  'push',
  'press',
  'put',
  'sound',
  'weigh',
  'point',
  'offer',
  'signal',
  'indicate',
  'expect',
]);

/**
 * Lemmas of verbs that report speech or writing (cues that take a quote inside their
 * clause). The slot after a quote takes any verb; these are for the slot before it.
 */
export const REPORTING_LEMMAS = new Set([
  'say',
  'tell',
  'add',
  'state',
  'write',
  'declare',
  'note',
  'stress',
  'emphasize',
  'emphasise',
  'announce',
  'explain',
  'warn',
  'reiterate',
  'insist',
  'argue',
  'claim',
  'confirm',
  'acknowledge',
  'tweet',
  'post',
  'exclaim',
  'report',
  'shout',
  'yell',
  'cry',
  'scream',
  'reply',
  'respond',
  'retort',
  'answer',
  'ask',
  'conclude',
  'admit',
  'complain',
  'caution',
  'promise',
  'predict',
  'suggest',
  'recall',
  'recount',
  'joke',
  'quip',
  'muse',
  'concede',
  'observe',
  'remark',
  'comment',
  'assert',
  'contend',
  'maintain',
  'testify',
  'describe',
  'call',
  'label',
  'dub',
  'brand',
  'deny',
  'dismiss',
  'boast',
  'brag',
  'vow',
  'pledge',
  'urge',
  'demand',
  'plead',
  'beg',
  'wonder',
  'speculate',
  'agree',
  'allege',
  'charge',
  'counter',
  'lament',
  'mock',
  'praise',
  'slam',
  'blast',
  'criticize',
  'criticise',
  'accuse',
  'attack',
  'read',
  'chant',
  'mutter',
  'whisper',
  'snap',
  'proclaim',
  'assure',
  'reassure',
  'advise',
  'inform',
  'email',
  'text',
  'summarize',
  'summarise',
  'confess',
  'reveal',
  'disclose',
  'hint',
  'propose',
  'recommend',
  'challenge',
  'question',
  'quote',
  'cite',
  'echo',
  'repeat',
  'thunder',
  'apologize',
  'apologise',
  'beam',
  'credit',
  'blame',
  'deride',
  'insult',
  'accord',
  'anticipate',
  'affirm',
  'reaffirm',
  'highlight',
  'underline',
  'underscore',
  'sum',
  'express',
  'welcome',
  'condemn',
  'denounce',
  'decry',
  'hail',
  'applaud',
  'thank',
  'pray',
  'preach',
  'concur',
  'brief',
  'forecast',
  'estimate',
  'calculate',
  'figure',
  'guess',
  'believe',
  'think',
  'hope',
  'fear',
  'feel',
  'order',
  'instruct',
  'invite',
  'implore',
  'exhort',
  'pronounce',
  'characterize',
  'characterise',
  'term',
  'deem',
  'consider',
  'lecture',
  'scold',
  'rail',
  'rant',
  'gush',
  'rave',
  'sneer',
  'scoff',
  'grumble',
  'groan',
  'sigh',
  'laugh',
  'smile',
  'shrug',
  'nod',
  'interject',
  'interrupt',
  ...WEAK_REPORTING_LEMMAS,
  'tout',
  'trumpet',
  'defend',
  'justify',
  'contest',
  'dispute',
  'rebut',
  'refute',
  'reject',
  'lash',
  'spell',
  'chime',
  'speak',
  'talk',
  'address',
  'portray',
  'paint',
  'frame',
  'pitch',
  'swear',
  'threaten',
]);

/** Verbs that name with a short quote: "called it “disqualifying”", "labeled him a “liar”". */
export const NAMING_LEMMAS = new Set([
  'call',
  'label',
  'dub',
  'brand',
  'term',
  'name',
  'describe',
  'deem',
  'refer',
  'decry',
  'denounce',
  'say',
  'chant',
  'shout',
  'yell',
  'tweet',
  'write',
]);

/** Reporting verbs whose next noun phrase is their object, never their inverted subject ("told her supporters,"). */
const OBJECT_VERBS = new Set([
  'tell',
  'ask',
  'urge',
  'thank',
  'address',
  'inform',
  'advise',
  'assure',
  'reassure',
  'remind',
  'instruct',
  'order',
  'invite',
  'beg',
  'implore',
  'call',
  'warn',
  'lecture',
  'scold',
  'brief',
  'text',
  'email',
  'praise',
  'blast',
  'slam',
  'attack',
  'accuse',
  'criticize',
  'criticise',
  'mock',
  'quote',
  'cite',
  'credit',
  'blame',
  'describe',
  'label',
  'dub',
  'brand',
]);

/** Participles and gerunds of reporting verbs hang off the sentence subject (", saying"). */
const isGerund = (t: Tagged) => /ing$/i.test(t.text);
/** A reporting verb, whatever the tagger made of it. */
const reporting = (t: Tagged) =>
  REPORTING_LEMMAS.has(t.pos === 'VERB' ? t.lemma : (reportingForm(t.text) ?? '')) ||
  (t.pos === 'ADJ' && /^\p{Ll}+ing$/u.test(t.text) && gerundReports(t.text));

/** Heads of an occasion phrase ("in a statement"), which may also speak ("read the statement"). */
const OCCASION_HEADS = new Set([
  'statement',
  'interview',
  'speech',
  'rally',
  'email',
  'tweet',
  'post',
  'letter',
  'release',
]);

/** Nouns for words spoken or written: whose they are speaks them. */
const WORDS_HEADS = new Set([
  'remarks',
  'speech',
  'comments',
  'statement',
  'words',
  'transcript',
  'tweet',
  'tweets',
  'testimony',
  'address',
  'answer',
  'answers',
  'response',
  'reply',
  'message',
  'letter',
  'quotes',
  'lines',
]);

/** {@link ownerOfWords} for a whole sentence ("Read her remarks below."). */
export function wordsOwner(ts: Tagged[]): StructuralAttribution | null {
  let last = ts.length;
  while (last > 0 && ts[last - 1].pos === 'PUNCT') last -= 1;
  return last > 0 ? ownerOfWords(ts, 0, last) : null;
}

/**
 * The subject of a question ("Why was he out in the heat?" → he; "Did Jones regret it?" →
 * Jones): the noun phrase after its auxiliary.
 */
export function questionSubject(ts: Tagged[]): { start: number; end: number } | null {
  let i = 0;
  if (/^(?:why|what|how|when|where|who|which)$/i.test(ts[0]?.text ?? '')) i = 1;
  if (ts[i]?.pos !== 'AUX') return null;
  const np = npForwardFrom(ts, i + 1);
  return np ? { start: ts[np[0]].start, end: ts[np[1]].end } : null;
}

/**
 * The owner of a words noun in a colon sentence: a possessive before it ("her remarks",
 * "Obama’s speech") or a phrase after "of"/"from"/"by" ("the text of the speech by X",
 * "comments from X"). Another verb with a subject of its own is the attribution instead.
 */
function ownerOfWords(ts: Tagged[], from: number, last: number): StructuralAttribution | null {
  for (let k = from; k < last; k += 1) {
    if (!WORDS_HEADS.has(ts[k].text.toLowerCase()) || ts[k].pos !== 'NOUN') continue;
    let d = k - 1;
    while (d >= from && (ts[d].pos === 'ADJ' || (ts[d].pos === 'NOUN' && /^\p{Ll}/u.test(ts[d].text)))) d -= 1;
    const p = ts[d];
    if (p && p.pos === 'PRON' && /^(?:his|her|their)$/i.test(p.text)) {
      // ("Clinton delivered her concession speech on Wednesday.": the subject named, not "her")
      const subject = npForwardFrom(ts, from);
      if (subject && ts[subject[1]].pos === 'PROPN' && verbAt(ts, subject[1] + 1) && subject[1] + 1 < d)
        return { verb: null, np: { start: ts[subject[0]].start, end: ts[subject[1]].end }, participle: false };
      return { verb: null, np: { start: p.start, end: p.end }, participle: false };
    }
    if (p && /^['’]s?$/.test(p.text) && d - 1 >= from && ts[d - 1].pos === 'PROPN') {
      let a = d - 1;
      while (a - 1 >= from && ts[a - 1].pos === 'PROPN') a -= 1;
      return { verb: null, np: { start: ts[a].start, end: ts[d - 1].end }, participle: false };
    }
    const n = ts[k + 1];
    if (n && /^(?:of|from|by)$/i.test(n.text)) {
      const np = npForwardFrom(ts, k + 2);
      // (or a body named by it: "the full statement from the Trump campaign")
      const named = !!np && (ts[np[1]].pos === 'PROPN' || ts.slice(np[0], np[1]).some((t) => t.pos === 'PROPN'));
      if (np && np[1] < last && named && !WORDS_HEADS.has(ts[np[1]].text.toLowerCase()))
        return { verb: null, np: { start: ts[np[0]].start, end: ts[np[1]].end }, participle: false };
      // "the text of the speech by X"
      if (np && WORDS_HEADS.has(ts[np[1]].text.toLowerCase())) continue;
    }
    // "Here is the full statement:", "Read the letter below:": the document speaks (its
    // author is resolved as for "the statement said")
    if (p && p.pos === 'DET' && /^(?:here|below|read|watch|see)$/i.test(ts[from].text))
      return { verb: null, np: { start: p.start, end: ts[k].end }, participle: false };
  }
  return null;
}

/** Heads of a time or occasion phrase ("on Monday", "in a statement"): months and weekdays from the lexicon, plus these. */
const TIME_HEADS = new Set([
  ...MONTHS,
  'today',
  'yesterday',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'month',
  'year',
  'time',
  ...OCCASION_HEADS,
]);

const QUOTE_MARK = /^[“”"‘’«»]$/;
const isUpper = (t: Tagged) => /^\p{Lu}/u.test(t.text);
const isWord = (t: Tagged) => /[\p{L}\p{N}]/u.test(t.text);

/** A token that may sit inside a noun phrase. */
function nominal(t: Tagged): boolean {
  if (QUOTE_MARK.test(t.text)) return false;
  switch (t.pos) {
    case 'NOUN':
    case 'PROPN':
    case 'PRON':
    case 'NUM':
    case 'ADJ':
    case 'DET':
      return true;
    case 'PART':
      return /^['’]s?$/i.test(t.text);
    case 'PUNCT':
      return t.text === '-' || t.text === '.' || t.text === '&';
    default:
      // the tagger takes some capitalised names for verbs ("Ted Cruz"): capitals stay nominal
      return isUpper(t) && isWord(t) && (t.pos === 'VERB' || t.pos === 'X' || t.pos === 'INTJ');
  }
}

/** A word glued by a hyphen to its neighbour ("state-run", "passer-by"): part of the phrase. */
function joined(ts: Tagged[], i: number): boolean {
  const t = ts[i];
  if (!t || (!isWord(t) && t.text !== '-')) return false;
  const prev = ts[i - 1];
  const next = ts[i + 1];
  if (t.text === '-') return !!prev && !!next && prev.end === t.start && t.end === next.start;
  return (!!prev && prev.text === '-' && prev.end === t.start) || (!!next && next.text === '-' && t.end === next.start);
}

/** A head-bearing token: a noun, a name or a pronoun. */
const headish = (t: Tagged) =>
  t.pos === 'NOUN' ||
  t.pos === 'PROPN' ||
  t.pos === 'PRON' ||
  (isUpper(t) && isWord(t) && (t.pos === 'VERB' || t.pos === 'X' || t.pos === 'INTJ'));

/**
 * A verb the slot may hold: lower-case (capitalised "verbs" are mis-tagged names), or a
 * reporting verb's inflected form the tagger took for a noun ("Bozell notes.").
 */
const verbish = (t: Tagged) => /^\p{Ll}/u.test(t.text) && t.pos === 'VERB';
/** Is "-ing" word `w` a form of a reporting verb ("promising", "vowing", "admitting")? */
function gerundReports(w: string): boolean {
  const base = w.slice(0, -3);
  return [base, `${base}e`, base.replace(/(\p{Ll})\1$/u, '$1')].some((b) => REPORTING_LEMMAS.has(b));
}

/**
 * verbish, or a reporting verb the tagger took for a noun right after a name or pronoun
 * and before punctuation or a function word ("Viguerie notes.", "Hillary shot back,"),
 * never inside a noun phrase ("observer states").
 */
function verbAt(ts: Tagged[], i: number): boolean {
  const t = ts[i];
  if (!t) return false;
  if (verbish(t)) return true;
  // a reporting gerund the tagger took for an adjective, before "to" or "that" ("recently promising to")
  if (
    t.pos === 'ADJ' &&
    /^\p{Ll}+ing$/u.test(t.text) &&
    gerundReports(t.text.toLowerCase()) &&
    /^(?:to|that)$/i.test(ts[i + 1]?.text ?? '')
  )
    return true;
  // a past tense the tagger took for an adjective or noun ("Toomey fumed on Tuesday")
  const past = (t.pos === 'ADJ' || t.pos === 'NOUN') && /^\p{Ll}+ed$/u.test(t.text);
  if (!(t.pos === 'NOUN' || past) || !/^\p{Ll}/u.test(t.text) || (reportingForm(t.text) === null && !past))
    return false;
  const prev = ts[i - 1];
  const next = ts[i + 1];
  const afterName =
    !!prev &&
    (prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.pos === 'CCONJ' || prev.text === ',' || fillerish(prev));
  const beforeBreak = !next || ['PUNCT', 'ADP', 'DET', 'PRON', 'SCONJ', 'ADV', 'PROPN'].includes(next.pos);
  return afterName && beforeBreak;
}

const IRREGULAR: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  said: 'say',
  told: 'tell',
  wrote: 'write',
  spoke: 'speak',
  shot: 'shoot',
  began: 'begin',
  swore: 'swear',
  thought: 'think',
  felt: 'feel',
  sang: 'sing',
  read: 'read',
  put: 'put',
  hit: 'hit',
  fired: 'fire',
});

/** The lemma of an inflected reporting verb ("notes" → note, "quipped" → quip), or null. */
export function reportingForm(word: string): string | null {
  const w = word.toLowerCase();
  const stems = [
    w,
    w.replace(/s$/, ''),
    w.replace(/es$/, ''),
    w.replace(/ed$/, ''),
    w.replace(/d$/, ''),
    w.replace(/(.)\1ed$/, '$1'),
    w.replace(/ied$/, 'y'),
    w.replace(/ies$/, 'y'),
  ];
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (!/(?:s|ed)$/.test(w)) return null;
  for (const st of stems) if (st !== w && REPORTING_LEMMAS.has(st)) return st;
  return null;
}
const fillerish = (t: Tagged) =>
  t.pos === 'ADV' ||
  t.pos === 'AUX' ||
  (t.pos === 'PART' && /^(?:not|n['’]t)$/i.test(t.text)) ||
  /^(?:himself|herself|themselves|itself)$/i.test(t.text);

export interface StructuralAttribution {
  /** Character offsets into the body; null for a bare "Name:" before the quote. */
  verb: { start: number; end: number; text: string; lemma: string } | null;
  np: { start: number; end: number } | null;
  /** Tokens between the verb and the quote (before-quote attributions). */
  gap?: number;
  /** The verb of the reported clause nearest the quote, when `verb` is the one outside it. */
  framing?: { lemma: string; gap: number };
  /** The verb is a participle hanging off the sentence subject, which `np` is (or null). */
  participle: boolean;
  /** The verb is passive ("were told"): `np` is null, the words are kept with no speaker. */
  passive?: boolean;
}

/** Heads of noun phrases naming things, not people: a name in apposition to them does not speak. */
const THING_NOUNS = new Set([
  'newspaper',
  'paper',
  'magazine',
  'daily',
  'weekly',
  'website',
  'site',
  'blog',
  'outlet',
  'network',
  'channel',
  'station',
  'show',
  'program',
  'programme',
  'book',
  'company',
  'firm',
  'startup',
  'start-up',
  'group',
  'party',
  'organization',
  'organisation',
  'agency',
  'foundation',
  'institute',
  'center',
  'centre',
]);

/** Subject noun phrase ending right before token `v` (tokens of one window). */
export function subjectBefore(ts: Tagged[], v: number, first = 0): { start: number; end: number } | null {
  let e = v - 1;
  // adverbs, auxiliaries and a bare time word: "Priebus later Thursday told"
  while (
    e >= first &&
    (fillerish(ts[e]) ||
      (TIME_HEADS.has(ts[e].text.toLowerCase()) &&
        /^\p{Lu}/u.test(ts[e].text) &&
        e > first &&
        ts[e - 1].pos !== 'ADP' &&
        ts[e - 1].pos !== 'DET'))
  )
    e -= 1;
  // a time phrase between subject and verb: "X on Wednesday called", "X last week said"
  for (let guard = 0; guard < 2 && e > first && TIME_HEADS.has(ts[e].text.toLowerCase()); guard += 1) {
    let b = e - 1;
    while (b > first && (TIME_HEADS.has(ts[b].text.toLowerCase()) || /^(?:early|late|the)$/i.test(ts[b].text))) b -= 1;
    if (/^(?:on|in|at|during|since|by|last|this|next|earlier|later)$/i.test(ts[b].text) && b > first) {
      e = b - 1;
      while (e >= first && fillerish(ts[e])) e -= 1;
    } else break;
  }
  if (e < first) return null;
  // an appositive between commas: "X, a spokesman for Y, said" → from X to the second comma
  if (ts[e].text === ',' && ts[e - 1]?.text === ')') {
    // "Gov. John Kasich (R-OH), said"
    let o = e - 2;
    while (o > first && e - o < 10 && ts[o].text !== '(') o -= 1;
    const head = ts[o]?.text === '(' ? npBackFrom(ts, o - 1, first) : null;
    if (head) return { start: ts[head[0]].start, end: ts[e - 1].end };
  }
  if (ts[e].text === ',') {
    // "X, a spokesman for Y, said" (the appositive is part of the phrase as written);
    // "X, during a meeting in Columbus, Ohio, said" (an adverbial is not: X alone)
    let right = e;
    let adverbialOnly = true;
    let nearest: { start: number; end: number } | null = null;
    let afterDescription = false;
    for (let guard = 0; guard < 4; guard += 1) {
      let c = right - 1;
      while (
        c > first &&
        e - c < 40 &&
        !(ts[c].text === ',' && !QUOTE_MARK.test(ts[c + 1]?.text ?? '') && !QUOTE_MARK.test(ts[c - 1]?.text ?? '')) &&
        // (a period glued to what follows, "R-Ky.,", is an abbreviation's)
        !(ts[c].text === '.' && !(ts[c + 1] && ts[c + 1].start === ts[c].end))
      )
        c -= 1;
      if (!(c > first && ts[c].text === ',')) {
        // the name opening the sentence, before a description ("Jane Doe, a nurse from Dayton, Ohio,")
        const lead = afterDescription ? npBackFrom(ts, right - 1, first) : null;
        if (lead && lead[0] === first) return { start: ts[lead[0]].start, end: ts[e - 1].end };
        return nearest;
      }
      const opener = ts[c + 1];
      const adverbial =
        opener.pos === 'ADP' ||
        opener.pos === 'SCONJ' ||
        (opener.pos === 'ADV' && !isUpper(opener)) ||
        (isGerund(opener) && /^\p{Ll}/u.test(opener.text));
      if (!adverbial) adverbialOnly = false;
      // (past a parenthetical after the name: "Sen. X (D-Ill.), noting ..., said")
      let hEnd = c - 1;
      if (ts[hEnd]?.text === ')') {
        let o = hEnd - 1;
        while (o > first && hEnd - o < 10 && ts[o].text !== '(') o -= 1;
        if (ts[o]?.text === '(') hEnd = o - 1;
      }
      const head = npBackFrom(ts, hEnd, first);
      // a name between the commas is the speaker: "Florida’s attorney general, Pam Bondi, vowed"
      // (not the name of a thing described: "Vian, the editor of the Vatican’s newspaper, L’Osservatore Romano, said")
      // (right before the verb or a description of it: in "Mr. Slinker, whose start-up,
      // Paradata, uses big data, said" the name is the relative clause's)
      if (
        (guard === 0 || afterDescription) &&
        ts.slice(c + 1, right).every((t) => t.pos === 'PROPN') &&
        right - c - 1 >= 1 &&
        right - c - 1 <= 4 &&
        !(head && THING_NOUNS.has(ts[head[1]].text.toLowerCase()))
      ) {
        const named = { start: ts[c + 1].start, end: ts[right - 1].end };
        if (!head || ts[head[1]].pos !== 'PROPN') return named;
      }
      const boundary =
        head &&
        (head[0] === first ||
          ts[head[0] - 1].text === ',' ||
          ts[head[0] - 1].pos === 'CCONJ' ||
          ts[head[0] - 1].pos === 'SCONJ' ||
          ts[head[0] - 1].text === ':');
      // (a description after another comma is an appositive: "Jane Doe, a nurse from Dayton, Ohio, said")
      // (so is a relative clause: "Marco Rubio, whose hometown, Miami, is ..., argues")
      const description =
        !!head &&
        head[0] > first &&
        ts[head[0] - 1].text === ',' &&
        /^(?:a|an|the|whose|who|which)$/i.test(ts[head[0]].text);
      // (a present-tense verb opens no description: ", uses big data," goes on a relative
      // clause, and the phrase's head lies further back)
      const finite = /^(?:is|are|was|were|has|have|does|\p{Ll}+[^s\W]s)$/u.test(opener.text) && opener.pos !== 'NOUN';
      if (head && boundary && !description && !finite)
        return { start: ts[head[0]].start, end: adverbialOnly ? ts[head[1]].end : ts[e - 1].end };
      if (head && !nearest && !/^wh/i.test(ts[head[0]].text))
        nearest = { start: ts[head[0]].start, end: ts[e - 1].end };
      afterDescription = description;
      right = description ? head[0] - 1 : c;
    }
    return nearest;
  }
  // a parenthetical right before the verb: "Sen. Chris Murphy (D-Conn.) said"
  if (ts[e].text === ')') {
    let o = e - 1;
    while (o > first && e - o < 8 && ts[o].text !== '(') o -= 1;
    if (ts[o]?.text === '(') {
      const head = npBackFrom(ts, o - 1, first);
      if (head) return { start: ts[head[0]].start, end: ts[e].end };
    }
    return null;
  }
  // "Another tweeted", "Others said", "One wrote": a determiner standing for a person
  if (
    /^(?:another|others|one|some|many|several|most|both|few)$/i.test(ts[e].text) &&
    (e === first || ['PUNCT', 'CCONJ', 'SCONJ'].includes(ts[e - 1].pos))
  )
    return { start: ts[e].start, end: ts[e].end };
  const np = npBackFrom(ts, e, first);
  if (!np) return null;
  // "Another source speaking to Fox News said": the one speaking, not the one spoken to
  if (
    np[0] - 3 >= first &&
    /^(?:to|with|on)$/i.test(ts[np[0] - 1].text) &&
    /^(?:speaking|talking|writing|appearing|testifying)$/i.test(ts[np[0] - 2].text)
  ) {
    const speaker = npBackFrom(ts, np[0] - 3, first);
    if (speaker) return { start: ts[speaker[0]].start, end: ts[speaker[1]].end };
  }
  // a relative clause between subject and verb, without commas: "a White House official who
  // spoke anonymously to discuss internal strategy said" → the official
  for (let w = np[0] - 1; w > first && np[0] - w <= 12; w -= 1) {
    const t = ts[w];
    if (t.pos === 'PUNCT' || QUOTE_MARK.test(t.text)) break;
    if (!/^(?:who|that)$/i.test(t.text)) continue;
    const ante = npBackFrom(ts, w - 1, first);
    if (
      ante &&
      (ante[0] === first || ['PUNCT', 'SCONJ', 'CCONJ'].includes(ts[ante[0] - 1].pos)) &&
      ts[w + 1] &&
      verbish(ts[w + 1])
    )
      return { start: ts[ante[0]].start, end: ts[ante[1]].end };
    break;
  }
  return { start: ts[np[0]].start, end: ts[np[1]].end };
}

/** The noun phrase ending at token `e` (inclusive), as token indices [a, e]. */
function npBackFrom(ts: Tagged[], e: number, first: number): [number, number] | null {
  // "the premier urged": a noun the tagger took for an adjective, after a determiner
  const substantive = ts[e]?.pos === 'ADJ' && e - 1 >= first && ts[e - 1].pos === 'DET';
  if (e < first || !nominal(ts[e]) || !(headish(ts[e]) || substantive)) return null;
  if (ts[e].pos === 'PRON') {
    // a pronoun alone: "he said", not "told him"
    return /^(?:he|she|they|we|i|it|you|who)$/i.test(ts[e].text) ? [e, e] : null;
  }
  let a = e;
  // (a spaced dash separates: "HEADLINE WORDS - Jane Doe:")
  const spacedDash = (k: number) => ts[k].text === '-' && !joined(ts, k);
  // (a possessive inside it too: "the farmers' union", "Jane Doe's campaign")
  const possessive = (k: number) =>
    /^['’]s?$/.test(ts[k].text) && k - 1 >= first && nominal(ts[k - 1]) && ts[k - 1].pos !== 'PRON';
  while (
    a - 1 >= first &&
    ((nominal(ts[a - 1]) && ts[a - 1].pos !== 'PRON' && !spacedDash(a - 1)) || joined(ts, a - 1) || possessive(a - 1))
  )
    a -= 1;
  // "his spokesman", "its editorial": a possessive determiner opens the phrase
  if (a - 1 >= first && ts[a - 1].pos === 'PRON' && /^(?:his|her|its|their|our|my|your)$/i.test(ts[a - 1].text)) a -= 1;
  // "X of Y", "X at Y", "X for Y": keep the whole phrase when it is short
  for (let guard = 0; guard < 2; guard += 1) {
    const p = a - 1;
    if (
      p - 1 >= first &&
      ts[p].pos === 'ADP' &&
      /^(?:of|at|for|from|with|in)$/i.test(ts[p].text) &&
      nominal(ts[p - 1]) &&
      headish(ts[p - 1])
    ) {
      let b = p - 1;
      while (b - 1 >= first && ((nominal(ts[b - 1]) && ts[b - 1].pos !== 'PRON') || joined(ts, b - 1))) b -= 1;
      if (e - b > 12) break;
      a = b;
    } else break;
  }
  while (a < e && (ts[a].pos === 'PUNCT' || ts[a].pos === 'PART')) a += 1;
  if (TIME_HEADS.has(ts[e].text.toLowerCase()) && !isUpper(ts[a])) return null;
  return [a, e];
}

/** Noun phrase starting at token `i`, as token indices [i, e], or null. */
function npForwardFrom(ts: Tagged[], i: number): [number, number] | null {
  const t = ts[i];
  if (!t) return null;
  let e = i;
  if (t.pos === 'PRON') {
    if (/^(?:he|she|they|we|i|it|you)$/i.test(t.text)) return [i, i];
    if (!/^(?:his|her|its|their|our|my|your)$/i.test(t.text)) return null;
    e = i + 1; // "his spokesman"
  }
  while (e < ts.length && ((nominal(ts[e]) && ts[e].pos !== 'PRON') || joined(ts, e))) e += 1;
  // a phrase never opens with a preposition ("said of the senator," names no speaker)
  if (e === i) return null;
  // "an editorial in The Des Moines Register", "the president of the union"
  for (let guard = 0; guard < 2; guard += 1) {
    if (
      e + 1 < ts.length &&
      ts[e].pos === 'ADP' &&
      /^(?:of|at|for|from|in|with)$/i.test(ts[e].text) &&
      nominal(ts[e + 1]) &&
      ts[e + 1].pos !== 'PRON'
    ) {
      let f = e + 1;
      while (f < ts.length && ((nominal(ts[f]) && ts[f].pos !== 'PRON') || joined(ts, f))) f += 1;
      if (f - i > 14 || !ts.slice(e + 1, f).some(headish)) break;
      e = f;
    } else break;
  }
  while (
    e > i &&
    (ts[e - 1].pos === 'PUNCT' || ts[e - 1].pos === 'DET' || ts[e - 1].pos === 'ADP') &&
    !joined(ts, e - 1)
  )
    e -= 1;
  if (e <= i) return null;
  const words = ts.slice(i, e);
  if (!words.some(headish)) return null;
  const headWord = ts[e - 1].text.toLowerCase();
  if (
    TIME_HEADS.has(headWord) &&
    !words.some((w) => w.pos === 'PROPN' && !TIME_HEADS.has(w.text.toLowerCase())) &&
    // "the statement" with its article is a speaker ("..., read the statement"); "this week" is not
    !(OCCASION_HEADS.has(headWord) && /^(?:the|a|an)$/i.test(ts[i].text))
  )
    return null;
  return [i, e - 1];
}

/**
 * Attribution in the tokens after a quote's closing mark (up to the sentence end).
 * `closed`: the quote ended with , . ! ? or a dash inside its marks.
 */
export function attributionAfter(ts: Tagged[], closed: boolean, newSentence = false): StructuralAttribution | null {
  let i = 0;
  let comma = false;
  while (i < ts.length && (ts[i].text === ',' || ts[i].text === '—' || ts[i].text === '–' || ts[i].text === '-')) {
    comma = true;
    i += 1;
  }
  // "“...” - but he said ...": a new clause after the quote, not its attribution
  if (ts[i]?.pos === 'CCONJ') return null;
  // a quote ending without punctuation takes only a reporting verb ("“...” Clinton tweeted.")
  const strict = !closed && !comma;
  while (i < ts.length && fillerish(ts[i]) && !isUpper(ts[i])) i += 1;
  const t = ts[i];
  if (!t) return null;
  // "“...,” promising the club will return": a participle's clause, however tagged, has no subject here
  if (/^\p{Ll}+ing$/u.test(t.text) && t.text !== 'according') return null;
  // "said X", "wrote the newspaper", "reads an editorial in X"
  // "“...,” per Jane Doe."
  if ((comma || closed) && /^per$/i.test(t.text)) {
    const np = npForwardFrom(ts, i + 1);
    if (np && ts.slice(np[0], np[1] + 1).some((w) => w.pos === 'PROPN' || w.pos === 'PRON'))
      return {
        verb: { start: t.start, end: t.end, text: 'per', lemma: 'per' },
        np: { start: ts[np[0]].start, end: ts[np[1]].end },
        participle: false,
      };
  }
  // "“...,” according to the news outlet."
  if ((comma || closed) && /^according$/i.test(t.text) && /^to$/i.test(ts[i + 1]?.text ?? '')) {
    const np = npForwardFrom(ts, i + 2);
    if (!np) return null;
    return {
      verb: { start: t.start, end: ts[i + 1].end, text: 'according to', lemma: 'according to' },
      np: { start: ts[np[0]].start, end: ts[np[1]].end },
      participle: false,
    };
  }
  // a new sentence after the quote attributes it only with a reporting verb ("Clinton writes to X.")
  const ok = (v: Tagged) => (!newSentence && !strict) || reporting(v);
  // (and only with a name or a pronoun right after it: "“Orange Is the New Black” star X" is a title)
  if (strict && !(isUpper(t) || t.pos === 'PRON' || verbAt(ts, i))) return null;
  if (verbAt(ts, i)) {
    // verb first: "said X", "wrote the newspaper" (a reporting verb, finite: not ", deepening ties")
    if (isGerund(t) || (strict && !reporting(t))) return null;
    const np = npForwardFrom(ts, i + 1);
    if (!np) return null;
    // ("author of “A Title,” put it, “...”": "put it" is an as-clause's verb, not an inversion)
    if (t.lemma === 'put' && /^it$/i.test(ts[np[0]].text)) return null;
    // any past-tense verb inverted before a name that ends the clause ("“...,” recalled
    // Jane Doe, a former aide."): the inversion itself marks the attribution
    if (!reporting(t)) {
      const past = /ed$/i.test(t.text) || (t.pos === 'VERB' && t.lemma !== t.text.toLowerCase());
      const after = ts[np[1] + 1];
      const named = ts.slice(np[0], np[1] + 1).some((w) => w.pos === 'PROPN');
      if (!past || !named || (after && after.text !== ',' && after.text !== '.')) return null;
    }
    return { verb: verbOf(t), np: { start: ts[np[0]].start, end: ts[np[1]].end }, participle: false };
  }
  /** A reporting verb's base form tagged as a noun after a name or pronoun ("the Saudis state in"). */
  const baseForm = (k: number) =>
    ts[k].pos === 'NOUN' &&
    REPORTING_LEMMAS.has(ts[k].text) &&
    (ts[k - 1]?.pos === 'PROPN' || ts[k - 1]?.pos === 'PRON') &&
    (!ts[k + 1] || ['PUNCT', 'ADP', 'ADV'].includes(ts[k + 1].pos));
  // "X said", "X, a spokesman for Y, said", "the Christie supporter retorted"
  const np = npForwardFrom(ts, i);
  if (!np) return null;
  // "the Saudis state in the paper": a verb's base form the tagger took for a noun ends the phrase
  for (let k = np[0] + 1; k <= np[1]; k += 1) {
    if (baseForm(k)) {
      np[1] = k - 1;
      break;
    }
  }
  let j = np[1] + 1;
  let end = np[1];
  if (ts[j]?.text === '(') {
    while (j < ts.length && j - np[1] < 8 && ts[j].text !== ')') j += 1;
    end = j;
    j += 1;
  }
  if (ts[j]?.text === ',') {
    // appositives or a relative clause up to a comma followed by the verb
    // ("X, 30, of Raleigh, N.C., who was polled, said")
    let c = j + 1;
    const sentenceStop = (k: number) => ts[k].text === '.' && (!ts[k + 1] || ts[k + 1].start > ts[k].end);
    const isComma = (k: number) =>
      ts[k].text === ',' && !QUOTE_MARK.test(ts[k + 1]?.text ?? '') && !QUOTE_MARK.test(ts[k - 1]?.text ?? '');
    for (let seg = 0; seg < 5; seg += 1) {
      while (c < ts.length && c - j < 40 && !isComma(c) && !sentenceStop(c)) c += 1;
      if (ts[c]?.text !== ',') break;
      let n = c + 1;
      while (n < ts.length && fillerish(ts[n])) n += 1;
      if (verbAt(ts, n)) break;
      c += 1;
    }
    if (ts[c]?.text === ',') {
      // (a participle or an adverbial between the commas describes the moment, not the
      // speaker: "X, wearing a hat, said", "X, in a statement, said" → X)
      const opener = ts[j + 1];
      const adverbial = opener && ((isGerund(opener) && /^\p{Ll}/u.test(opener.text)) || opener.pos === 'ADP');
      end = adverbial ? j - 1 : c - 1;
      j = c + 1;
    } else {
      // an appositive the writer did not close: "X, the guru who founded Y tweeted on Monday"
      let r = -1;
      for (let k = j + 2; k < c; k += 1) if (verbAt(ts, k) && reporting(ts[k]) && !isGerund(ts[k])) r = k;
      if (r < 0) return null;
      end = r - 1;
      j = r;
    }
  }
  while (j < ts.length && fillerish(ts[j])) j += 1;
  // "Viguerie notes.": the tagger made the verb a noun inside the phrase
  if (!verbAt(ts, j) && np[1] > np[0] && verbAt(ts, np[1])) {
    j = np[1];
    end = np[1] - 1;
  }
  const v = ts[j];
  if (!v || !(verbAt(ts, j) || baseForm(j)) || !ok(v) || isGerund(v)) return null;
  // "“...,” Xinhua quoted Wang as saying.": the one quoted speaks
  if (/^(?:quote|cite)$/.test(lemmaOf(v))) {
    const y = npForwardFrom(ts, j + 1);
    if (y && /^as$/i.test(ts[y[1] + 1]?.text ?? '') && isGerund(ts[y[1] + 2] ?? v))
      return { verb: verbOf(v), np: { start: ts[y[0]].start, end: ts[y[1]].end }, participle: false };
  }
  // a new sentence attributes the quote before it only when short ("Clinton writes to X."),
  // not when the verb opens a report of its own ("He said Clinton would not go far enough.")
  if (
    newSentence &&
    ts.length - j > 7 &&
    ts[j + 1]?.pos !== 'PUNCT' &&
    ts[j + 1]?.pos !== 'ADP' &&
    ts[j + 1]?.pos !== 'ADV'
  )
    return null;
  // ... nor past an adverbial before its "that" ("He said, twice, that he was going to ...")
  if (newSentence && ts.slice(j + 1, j + 8).some((t) => /^that$/i.test(t.text) && t.pos === 'SCONJ')) return null;
  return { verb: verbOf(v), np: { start: ts[i].start, end: ts[end].end }, participle: false };
}

/** A capitalised noun phrase spanning exactly tokens [from, to] and ending in a name: a signature. */
function nameSpanning(ts: Tagged[], from: number, to: number): StructuralAttribution | null {
  const np = npForwardFrom(ts, from);
  if (!np || np[0] !== from || np[1] !== to || !isUpper(ts[from]) || ts[to].pos !== 'PROPN') return null;
  return { verb: null, np: { start: ts[from].start, end: ts[to].end }, participle: false };
}

/**
 * Attribution in the tokens before a quote's opening mark (the sentence so far, or the
 * previous paragraph's last sentence when it ends with a colon).
 */
export function attributionBefore(ts: Tagged[]): StructuralAttribution | null {
  if (!ts.length) return null;
  const last = ts.length - 1;
  const L = ts[last];
  // a period glued to the next token ("R-Ky.,") ends an abbreviation, not the sentence
  const stops = (t: Tagged, k?: number) =>
    t.text === ';' ||
    ((t.text === '.' || t.text === '?' || t.text === '!') &&
      t.pos === 'PUNCT' &&
      !(
        t.text === '.' &&
        k !== undefined &&
        ts[k + 1] &&
        ts[k + 1].start === t.end &&
        (ts[k + 1].text === ',' || ts[k + 1].text === ')')
      ));
  // "As X put it, “...”", "As the Rainmakers sang back in the 1980s, “...”": the as-clause's subject
  if (L.text === ',' && last >= 3) {
    let from = last - 1;
    while (from > 0 && !stops(ts[from - 1], from - 1) && last - from < 40) from -= 1;
    const as = /^as$/i.test(ts[from].text) ? npForwardFrom(ts, from + 1) : null;
    if (as) {
      let j = as[1] + 1;
      // past an appositive: "As Akhil Amar, a law professor at Yale, put it,"
      if (ts[j]?.text === ',') {
        let c = j + 1;
        while (c < last && ts[c].text !== ',' && c - j < 16) c += 1;
        if (c < last && ts[c].text === ',') j = c + 1;
        // (a title closing it keeps its comma inside the marks: "author of “A Title,” put it,")
        if (/^[”"]$/.test(ts[j]?.text ?? '')) j += 1;
      }
      while (j < last && ts[j].pos === 'ADV') j += 1;
      // (the as-clause runs to the comma before the quote: in "As the company stumbled,
      // Mr. Ruiz said, “...”" it is a clause of time, and the main clause says who speaks)
      const runsToQuote = !ts.slice(j + 1, last).some((t) => t.text === ',');
      if (j < last && runsToQuote && (ts[j].pos === 'VERB' || reporting(ts[j])) && !isGerund(ts[j]))
        return { verb: verbOf(ts[j]), np: { start: ts[as[0]].start, end: ts[as[1]].end }, participle: false };
    }
  }
  // a name and a dash before the quote, as roundups print them: "Jane Doe — “...”"
  if (/^(?:—|–|-|--)$/.test(L.text) && last >= 1) {
    let from = last - 1;
    while (from > 0 && !stops(ts[from - 1], from - 1) && last - from < 8) from -= 1;
    const hit = nameSpanning(ts, from, last - 1);
    // (not a dateline or a label in capitals: "LOS ANGELES --", "FAREWELL—")
    if (
      hit &&
      /\p{Ll}/u.test(
        ts
          .slice(from, last)
          .map((t) => t.text)
          .join(''),
      )
    )
      return hit;
  }
  if (L.text === ':') {
    // any verb introduces: "She then addressed the supporters again:"; a reporting verb
    // first ("X responded with a phrase that could have come from Y:")
    let firstVerb = -1;
    let sentenceFrom = 0;
    for (let v = last - 1; v >= 0 && last - v < 30; v -= 1) {
      if (stops(ts[v], v)) {
        sentenceFrom = v + 1;
        break;
      }
      if (verbAt(ts, v) && firstVerb < 0) firstVerb = v;
    }
    // a headline, a dash and its source before the colon, as roundups print them:
    // "Pollsters agree - Carl Bialik:", "More from Jones:" is read below
    for (let d = last - 2; d > sentenceFrom && last - d <= 6; d -= 1) {
      if (!/^(?:—|–|-|--)$/.test(ts[d].text)) continue;
      const hit = nameSpanning(ts, d + 1, last - 1);
      if (hit) return hit;
      break;
    }
    // inverted: "Said Jane Doe:", "Added the senator:"
    // (a capitalised verb is not `verbAt`'s: the tagger's word for it is enough here)
    const opener = ts[sentenceFrom];
    if (firstVerb < 0 && opener && opener.pos === 'VERB' && isUpper(opener) && reporting(opener)) {
      const np = npForwardFrom(ts, sentenceFrom + 1);
      if (np && np[0] === sentenceFrom + 1 && np[1] === last - 1)
        return {
          verb: verbOf(ts[sentenceFrom]),
          np: { start: ts[np[0]].start, end: ts[np[1]].end },
          participle: false,
        };
    }
    // the last reporting verb before the colon ("Asked if he thought so, Devine responded:"),
    // a participle only right before it ("sent a message to supporters saying:")
    for (let v = last - 1; v >= sentenceFrom; v -= 1) {
      // (not across a clause of its own: "X said ..., but he gave the Texan a compliment:")
      const afterComma = ts[v - 1]?.text === ',' || (QUOTE_MARK.test(ts[v - 1]?.text ?? '') && ts[v - 2]?.text === ',');
      if (ts[v].pos === 'CCONJ' && afterComma && ts[v + 1]?.pos === 'PRON' && firstVerb > v) break;
      if (verbAt(ts, v) && reporting(ts[v]) && (!isGerund(ts[v]) || v === last - 1)) {
        const hit = withSubject(ts, v);
        // "X said he responded:": the pronoun's clause is reported by X
        if (hit) return (pronounSubject(ts, hit) && outerAttribution(ts, v, hit, last)) || hit;
        break;
      }
    }
    // otherwise the nearest verb that has a subject ("X has since apologized for what happened:")
    for (let v = firstVerb; v >= sentenceFrom && v >= 0; v -= 1) {
      if (!verbAt(ts, v)) continue;
      const hit = withSubject(ts, v);
      if (hit?.np) return hit;
    }
    // "According to HuffPo:" — the source named after "according to"
    if (/^according$/i.test(ts[sentenceFrom]?.text ?? '') && /^to$/i.test(ts[sentenceFrom + 1]?.text ?? '')) {
      const np = npForwardFrom(ts, sentenceFrom + 2);
      if (np && np[1] === last - 1)
        return {
          verb: {
            start: ts[sentenceFrom].start,
            end: ts[sentenceFrom + 1].end,
            text: 'according to',
            lemma: 'according to',
          },
          np: { start: ts[np[0]].start, end: ts[np[1]].end },
          participle: false,
        };
    }
    // no verb at all, a name and the occasion: "Trump on Twitter:", "Clinton, in an
    // interview with CNN:", "Sanders to supporters:" — the name speaks
    // ... or a name and its description, as vox pops print them ("Jane Doe, 34, a nurse from Dayton:")
    if (firstVerb < 0 && isUpper(ts[sentenceFrom] ?? ts[last])) {
      const np = npForwardFrom(ts, sentenceFrom);
      const comma = !!np && ts[np[1] + 1]?.text === ',';
      const next = np ? ts[np[1] + 1 + (comma ? 1 : 0)] : undefined;
      const occasion =
        !!next && next.pos === 'ADP' && /^(?:on|in|to|at|during|via|from|after|before|with|for)$/i.test(next.text);
      const described = comma && !ts.slice(sentenceFrom, last).some((t) => t.pos === 'AUX');
      if (np && ts[np[1]].pos === 'PROPN' && next && (occasion || described))
        return { verb: null, np: { start: ts[np[0]].start, end: ts[np[1]].end }, participle: false };
    }
    // words introduced by whose they are: "Read her remarks below:", "Here is the full text
    // of Obama’s speech:", "Some comments from Sen. Jane Doe:"
    const owner = ownerOfWords(ts, sentenceFrom, last);
    if (owner) return owner;
    // no verb: "the Board was conclusive in its findings:" — the subject before the copula
    for (let a = sentenceFrom; a < last; a += 1) {
      if (ts[a].pos !== 'AUX' || !/^\p{Ll}/u.test(ts[a].text)) continue;
      // (past an appositive: "Jane Doe, a nurse from Dayton, Ohio, had a different view:")
      if (ts[a - 1]?.text === ',') {
        const sub = subjectBefore(ts, a, sentenceFrom);
        if (sub) return { verb: null, np: sub, participle: false };
        break;
      }
      const np = npBackFrom(ts, a - 1, sentenceFrom);
      if (np && (np[0] === sentenceFrom || ts[np[0] - 1].text === ','))
        return { verb: null, np: { start: ts[np[0]].start, end: ts[np[1]].end }, participle: false };
      break;
    }
    // a bare speaker: "Rep. Jane Doe (D-Ohio):", "More from Jones:" (the phrase after a dash or "from")
    let a = last - 1;
    if (ts[a]?.text === ')') {
      while (a > 0 && last - a < 10 && ts[a].text !== '(') a -= 1;
      a -= 1;
    }
    const np = npBackFrom(ts, a, 0);
    if (!np) return null;
    // "Mark Blumenthal and Jon Cohen:"
    if (np[0] >= 2 && /^(?:and|&)$/i.test(ts[np[0] - 1].text)) {
      const other = npBackFrom(ts, np[0] - 2, 0);
      if (other) np[0] = other[0];
    }
    const before = ts[np[0] - 1];
    if (
      before &&
      !(before.text === '-' || before.text === '—' || before.text === '–' || /^(?:from|by)$/i.test(before.text))
    )
      return null;
    return { verb: null, np: { start: ts[np[0]].start, end: ts[last - 1].end }, participle: false };
  }
  // "In his words, “...”", "In the words of X, “...”"
  if (L.text === ',' && /^in$/i.test(ts[0].text)) {
    const words = (k: number) => /^words$/i.test(ts[k]?.text ?? '');
    if (ts.length === 4 && words(2) && /^(?:his|her|their)$/i.test(ts[1].text))
      return { verb: null, np: { start: ts[1].start, end: ts[1].end }, participle: false };
    if (ts.length >= 6 && /^the$/i.test(ts[1].text) && words(2) && /^of$/i.test(ts[3].text)) {
      const np = npForwardFrom(ts, 4);
      if (np && np[1] === last - 1)
        return { verb: null, np: { start: ts[np[0]].start, end: ts[np[1]].end }, participle: false };
    }
  }
  // "According to X, “...”" (or "According to him,")
  if (
    L.text === ',' &&
    ts.length === 4 &&
    /^according$/i.test(ts[0].text) &&
    /^to$/i.test(ts[1].text) &&
    /^(?:him|her|them)$/i.test(ts[2].text)
  )
    return {
      verb: { start: ts[0].start, end: ts[1].end, text: 'according to', lemma: 'according to' },
      np: { start: ts[2].start, end: ts[2].end },
      participle: false,
    };
  if (L.text === ',' && ts.length >= 4 && /^according$/i.test(ts[0].text) && /^to$/i.test(ts[1].text)) {
    const np = npForwardFrom(ts, 2);
    if (np && np[1] === last - 1)
      return {
        verb: { start: ts[0].start, end: ts[1].end, text: 'according to', lemma: 'according to' },
        np: { start: ts[np[0]].start, end: ts[np[1]].end },
        participle: false,
      };
  }
  // "Adding, “...”": a participle alone, the fragment after a sentence reporting the speaker
  if (ts.length === 2 && /^[,:]$/.test(L.text) && isUpper(ts[0]) && isGerund(ts[0]) && reporting(ts[0]))
    return { verb: verbOf(ts[0]), np: null, participle: true };
  // "Said Jane Doe, who grew up here, “...”": the sentence opens with the verb
  if (
    L.text === ',' &&
    ts.length >= 3 &&
    isUpper(ts[0]) &&
    REPORTING_LEMMAS.has(ts[0].lemma) &&
    // ("Asked a question about X, Y said,": a participle, not an inverted speaker; nor
    // "Emphasizing the urgency of the matter, Trump said,": a gerund)
    ts[0].lemma !== 'ask' &&
    !isGerund(ts[0]) &&
    (ts[0].pos === 'VERB' || ts[0].pos === 'PROPN')
  ) {
    const np = npForwardFrom(ts, 1);
    if (np) return { verb: verbOf(ts[0]), np: { start: ts[np[0]].start, end: ts[np[1]].end }, participle: false };
  }
  // "X said," "X told the Post," "..., saying," "telling the crowd,"; or a partial quote
  // inside the reported clause: "X urged his counterparts to “...”", "said that “...”"
  const partial = L.text !== ',';
  const k = partial ? last : last - 1;
  // after a comma the introducing verb is near ("X said in an op-ed before the hearing,");
  // past another verb it is a reporting verb whose clause holds the quote ("X said
  // that whatever voters choose, “...”"), as for partial quotes
  let deep = partial;
  for (let v = k; v >= 0 && k - v < (deep ? 30 : 16); v -= 1) {
    const t = ts[v];
    if (stops(t, v)) return null;
    if (!verbAt(ts, v)) continue;
    // any verb whose "that" clause holds the quote reports it ("X worried that ... “...”",
    // "X groused to a crowd that ...", "analysts found in 2014 that ...")
    if (!reporting(t) && !(partial && (thatComplement(ts, v, k) || toComplement(ts, v, k)))) {
      deep = true;
      continue;
    }
    let hit = withSubject(ts, v);
    if (hit) hit.gap = last - v;
    // a verb of the reported clause ("X said that he hoped ...") speaks for the verb outside it
    if (partial || deep) {
      const outer = outerAttribution(ts, v, hit, last);
      // ("X said ..., adding that “...”": X's words, cued by the participle that holds them)
      if (outer && hit?.participle && hit.verb && isGerund(t)) outer.verb = hit.verb;
      hit = outer ?? hit;
    }
    return hit;
  }
  return null;
}

/**
 * "quoted Wang as saying", "cited officials as saying": for the gerund at `v`, the noun
 * phrase quoted (token range), or null.
 */
export function quotedAs(ts: Tagged[], v: number): [number, number] | null {
  if (!isGerund(ts[v]) || !/^as$/i.test(ts[v - 1]?.text ?? '')) return null;
  const np = npBackFrom(ts, v - 2, 0);
  if (!np || np[0] < 1) return null;
  const q = ts[np[0] - 1];
  return /^(?:quote|cite)$/.test(lemmaOf(q)) && verbAt(ts, np[0] - 1) ? np : null;
}

/** Is token `v` a verb followed by "that" (past a short object or adverbial phrase) before `limit`? */
function thatComplement(ts: Tagged[], v: number, limit: number): boolean {
  if (isGerund(ts[v]) || ts[v].pos === 'AUX') return false;
  for (let j = v + 1; j < limit && j - v <= 7; j += 1) {
    const t = ts[j];
    if (/^that$/i.test(t.text)) return t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET';
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || QUOTE_MARK.test(t.text)) return false;
  }
  return false;
}

/**
 * Is token `v` a verb that tells someone to do what the quote says ("commanded the party to
 * “...”", "called on people to “...”"): an object, then "to" right before the quote at `limit`?
 */
function toComplement(ts: Tagged[], v: number, limit: number): boolean {
  if (isGerund(ts[v]) || ts[v].pos === 'AUX' || !/^to$/i.test(ts[limit]?.text ?? '')) return false;
  let j = v + 1;
  if (/^(?:on|upon)$/i.test(ts[j]?.text ?? '')) j += 1; // "called on"
  const np = npForwardFrom(ts, j);
  return !!np && np[1] === limit - 1;
}

/** Verbs that report speech itself: the outermost of them in a sentence is its attribution. */
const CORE_SPEECH = new Set([
  'say',
  'tell',
  'add',
  'write',
  'tweet',
  'state',
  'claim',
  'argue',
  'insist',
  'note',
  'explain',
  'announce',
  'declare',
  'warn',
  'respond',
  'reply',
  'report',
  'post',
]);
/** Is the attribution's subject a lone personal pronoun ("he hoped")? */
function pronounSubject(ts: Tagged[], hit: StructuralAttribution | null): boolean {
  if (!hit?.np) return false;
  const i = ts.findIndex((t) => t.start === hit.np!.start);
  return i >= 0 && ts[i].end === hit.np.end && /^(?:he|she|they|we|i|you)$/i.test(ts[i].text);
}

/**
 * The attribution outside the reported clause of verb `v` in the same sentence, when
 * that clause is its complement: "X said he hoped “...”", "X, noting that he has put
 * together “...”", "X has railed against what he calls “...”" (the annotated source is
 * the outermost speaker). A speech verb outside (say, tell, write ...) always governs a
 * named inner subject; any reporting verb, a participle too, governs an inner pronoun.
 * A comma between the outer verb and the inner clause ends the search ("Despite what he
 * wrote ..., Jones said", "X said ..., although he tweeted"): another clause, not a
 * complement.
 */
function outerAttribution(
  ts: Tagged[],
  v: number,
  hit: StructuralAttribution | null,
  last: number,
): StructuralAttribution | null {
  const pron = pronounSubject(ts, hit);
  let innerStart = v;
  if (hit?.np) {
    const i = ts.findIndex((t) => t.start === hit.np!.start);
    if (i >= 0 && i < v) innerStart = i;
  }
  const stopsAt = (t: Tagged) =>
    t.text === ';' || ((t.text === '.' || t.text === '?' || t.text === '!') && t.pos === 'PUNCT');
  let comma = false;
  for (let o = v - 1; o >= 0 && v - o < 30; o -= 1) {
    if (stopsAt(ts[o])) break;
    // (a participle after the comma, "..., adding that", hangs off the outer clause: no break)
    // (only an inner clause with a subject of its own is cut off by a comma)
    if (o < innerStart && ts[o].text === ',' && hit?.np && !hit.participle && !QUOTE_MARK.test(ts[o - 1]?.text ?? ''))
      comma = true;
    // (so is one after a coordinating conjunction: "X credits A -- but he said “...”")
    if (o < innerStart && ts[o].pos === 'CCONJ' && ts[o - 1]?.pos === 'PUNCT' && hit?.np && !hit.participle)
      comma = true;
    if (!verbAt(ts, o) || !reporting(ts[o])) continue;
    // (a participle after a comma frames it too: "X said, noting that donors feel “...”")
    const core = CORE_SPEECH.has(lemmaOf(ts[o])) && (!isGerund(ts[o]) || ts[o - 1]?.text === ',');
    if (!core && !pron) continue;
    if (comma) return null;
    let outer = withSubject(ts, o);
    if (!outer?.np) return null;
    // "X told the paper before he spoke that he believed “...”": past a pronoun to its name
    if (pronounSubject(ts, outer)) outer = outerAttribution(ts, o, outer, last) ?? outer;
    outer.gap = last - o;
    // the verb next to the quote still frames it ("what he calls the “...”")
    if (hit?.verb) outer.framing = { lemma: hit.verb.lemma, gap: hit.gap ?? last - v };
    return outer;
  }
  return null;
}

const lemmaOf = (t: Tagged) => (t.pos === 'VERB' ? t.lemma : (reportingForm(t.text) ?? t.lemma));

/** The noun phrase a relative pronoun at token `w` stands for ("Jeffries, who said", "critics who say"). */
export function antecedentOf(ts: Tagged[], w: number): { start: number; end: number } | null {
  let e = w - 1;
  if (ts[e]?.text === ',') e -= 1;
  const np = e >= 0 ? npBackFrom(ts, e, 0) : null;
  return np ? { start: ts[np[0]].start, end: ts[np[1]].end } : null;
}

/**
 * The speaker of the verb at token `v` by sentence structure: its own subject, or the
 * sentence subject a participle or a coordinated verb hangs off ("X praised Y, saying ...",
 * "with three in 10 saying ..."); null for a passive.
 */
export function subjectOfVerb(ts: Tagged[], v: number): { start: number; end: number } | null {
  return withSubject(ts, v)?.np ?? null;
}

function withSubject(ts: Tagged[], v: number): StructuralAttribution | null {
  const t = ts[v];
  const participle =
    isGerund(t) &&
    v > 0 &&
    (ts[v - 1].text === ',' ||
      // (a comma inside a closing mark: "needled the “reporter,” saying")
      (/^[”"’]$/.test(ts[v - 1].text) && ts[v - 2]?.text === ',') ||
      fillerish(ts[v - 1]) ||
      ts[v - 1].pos === 'ADP' ||
      ts[v - 1].pos === 'CCONJ' ||
      ts[v - 1].pos === 'SCONJ');
  // "used the question to demand ...", "and called ...": the verb hangs off the sentence subject;
  // so does a participle right after an object noun ("sent a message to supporters saying:")
  const infinitive = v > 0 && /^to$/i.test(ts[v - 1].text);
  // (or after a preposition's: "responded to the question on Facebook writing,")
  const afterObject =
    isGerund(t) &&
    v > 1 &&
    (ts[v - 1].pos === 'NOUN' || ts[v - 1].pos === 'PROPN') &&
    (objectBefore(ts, v - 1) || afterPreposition(ts, v - 1));
  let b = v - 1;
  while (b >= 0 && fillerish(ts[b])) b -= 1;
  const coordinated = b >= 0 && ts[b].pos === 'CCONJ' && !isGerund(t);
  // a passive ("The plan is expected to", "X was told", "X was asked") has no speaker for
  // its subject; "X was quoted as saying" does
  if (!isGerund(t) && !/^(?:quote|cite)$/.test(lemmaOf(t))) {
    let b = v - 1;
    while (b >= 0 && ts[b].pos === 'ADV') b -= 1;
    if (b >= 0 && /^(?:is|are|was|were|be|been|being)$/i.test(ts[b].text) && /(?:ed|en|wn|ld|id)$/i.test(t.text))
      return { verb: verbOf(t), np: null, participle: false, passive: true };
  }
  // "Xinhua quoted Wang as saying": the one quoted speaks
  const quoted = quotedAs(ts, v);
  if (quoted) return { verb: verbOf(t), np: { start: ts[quoted[0]].start, end: ts[quoted[1]].end }, participle: false };
  // "..., with Trump reportedly yelling:": the participle's own subject, after "with"
  if (isGerund(t)) {
    let b2 = v - 1;
    while (b2 > 0 && ts[b2].pos === 'ADV') b2 -= 1;
    const own = npBackFrom(ts, b2, 0);
    if (
      own &&
      own[0] > 0 &&
      /^with$/i.test(ts[own[0] - 1].text) &&
      ts.slice(own[0], own[1] + 1).some((w) => w.pos === 'PROPN' || w.pos === 'PRON')
    )
      return { verb: verbOf(t), np: { start: ts[own[0]].start, end: ts[own[1]].end }, participle: false };
  }
  if (participle || infinitive || coordinated || afterObject || (isGerund(t) && v === 0)) {
    return { verb: verbOf(t), np: sentenceSubject(ts, v), participle: true };
  }
  // a clause-initial verb with its speaker after it: "..., explained Rosenberg," / "Said X, who ...,"
  if ((v === 0 || ts[v - 1].text === ',') && !OBJECT_VERBS.has(t.lemma)) {
    const after = npForwardFrom(ts, v + 1);
    const closing = ts[after ? after[1] + 1 : -1];
    if (
      after &&
      closing &&
      (closing.text === ',' ||
        (closing.text === ':' && after[1] + 1 === ts.length - 1 && ts[after[0]].pos !== 'PRON')) &&
      !/^(?:his|her|its|their|our|my|your)$/i.test(ts[after[0]].text)
    ) {
      return { verb: verbOf(t), np: { start: ts[after[0]].start, end: ts[after[1]].end }, participle: false };
    }
    if (v === 0) return null;
  }
  // "a message from X that read:", "X, who spoke first, said": the antecedent speaks
  let w = v - 1;
  while (w >= 0 && fillerish(ts[w])) w -= 1;
  if (w > 0 && /^(?:who|that|which)$/i.test(ts[w].text)) {
    let k = w - 1;
    if (ts[k]?.text === ',') k -= 1;
    const ante = npBackFrom(ts, k, 0);
    if (ante) return { verb: verbOf(t), np: { start: ts[ante[0]].start, end: ts[ante[1]].end }, participle: false };
  }
  const np = subjectBefore(ts, v);
  if (!np) return null;
  return { verb: verbOf(t), np, participle: false };
}

/** Does the noun phrase ending at token `e` follow a verb (directly or through a preposition), as its object? */
function objectBefore(ts: Tagged[], e: number): boolean {
  let a = e;
  while (a - 1 >= 0 && (nominal(ts[a - 1]) || joined(ts, a - 1))) a -= 1;
  const p = ts[a - 1];
  if (!p) return false;
  if (verbish(p)) return true;
  // "to supporters", "out a message": a particle or preposition after the verb
  return (p.pos === 'ADP' || p.pos === 'PART') && a - 2 >= 0 && objectOrVerb(ts, a - 2);
}
/** Is the name ending at token `e` the place or medium of a preposition ("on Facebook", "in Iowa")? */
function afterPreposition(ts: Tagged[], e: number): boolean {
  let a = e;
  while (a - 1 >= 0 && ts[a - 1].pos === 'PROPN') a -= 1;
  return ts[e].pos === 'PROPN' && /^(?:on|in|at|via)$/i.test(ts[a - 1]?.text ?? '');
}
function objectOrVerb(ts: Tagged[], k: number): boolean {
  if (verbish(ts[k])) return true;
  return (ts[k].pos === 'NOUN' || ts[k].pos === 'PROPN') && k > 0 && objectBefore(ts, k);
}

/** The first noun phrase of the window that a verb follows: the sentence subject. */
/** Per token before `limit`: is it inside quotation marks (the marks included)? */
function insideQuotes(ts: Tagged[], limit: number): boolean[] {
  const out: boolean[] = new Array<boolean>(limit).fill(false);
  let depth = 0;
  let straight = false;
  for (let i = 0; i < limit; i += 1) {
    const t = ts[i].text;
    if (t === '“') depth += 1;
    else if (t === '"') straight = !straight;
    out[i] = depth > 0 || straight || t === '”' || t === '"';
    if (t === '”' && depth > 0) depth -= 1;
  }
  return out;
}

/** A past-tense verb the tagger took for an adjective or a noun ("Kerpen needled the reporter"). */
const pastTense = (t: Tagged) => /^\p{Ll}{3,}ed$/u.test(t.text) && (t.pos === 'ADJ' || t.pos === 'NOUN');

/** Nouns whose "that" clause says what is claimed: "the notion that", "reports that". */
const CONTENT_NOUNS =
  /^(?:notion|idea|claim|claims|fact|argument|belief|view|suggestion|possibility|assertion|reports?|charges?|accusations?|allegations?|assurances?|warnings?|fears?|hopes?)$/i;

function sentenceSubject(ts: Tagged[], limit: number): { start: number; end: number } | null {
  // the nearest clause subject before the participle ("The first incident came when
  // protesters interrupted her, shouting ...": the protesters shout)
  // words inside quotation marks are another speaker's: never the subject; a closing mark opens a clause
  const quoted = insideQuotes(ts, limit);
  let best: { start: number; end: number } | null = null;
  /** Only adverbs and conjunctions so far ("Even a top strategist said ..."). */
  let opening = true;
  for (let i = 0; i < limit; i += 1) {
    if (quoted[i]) continue;
    const afterQuote = i > 0 && quoted[i - 1];
    const opened = opening;
    // (after a comma too: "Alongside calls for action, even a top strategist said ...")
    opening = (opening || ts[i - 1]?.text === ',') && (ts[i].pos === 'ADV' || ts[i].pos === 'CCONJ');
    if (
      i > 0 &&
      !afterQuote &&
      !opened &&
      ts[i - 1].text !== ',' &&
      !(ts[i - 1].pos === 'SCONJ' || ts[i - 1].pos === 'CCONJ') &&
      !/^(?:when|while|as|after|before|because|where|if|once|until)$/i.test(ts[i - 1].text)
    )
      continue;
    // ("no telephone call or meeting planned": "or" joins two nouns, it opens no clause)
    if (i > 1 && /^(?:or|nor)$/i.test(ts[i - 1].text) && ts[i - 2].text !== ',') continue;
    // (a clause after "that" is said or thought, not the one doing: "X rejected the notion
    // that the episode should be forgotten, saying ..." is X's)
    if (
      i > 1 &&
      /^that$/i.test(ts[i - 1].text) &&
      ((verbAt(ts, i - 2) && !/^(?:so|such)$/i.test(ts[i - 3]?.text ?? '')) || CONTENT_NOUNS.test(ts[i - 2].text))
    )
      continue;
    const np = npForwardFrom(ts, i);
    if (!np) continue;
    // (a verb the tagger took for an adjective, swallowed into the phrase: "Kerpen needled the reporter")
    for (let k = np[0] + 1; k <= np[1]; k += 1)
      if (pastTense(ts[k]) && ts[k - 1].pos === 'PROPN') {
        np[1] = k - 1;
        break;
      }
    let j = np[1] + 1;
    // a parenthetical after the name: "Rep. Jane Doe (D-N.Y.) reacted"
    if (ts[j]?.text === '(') {
      let c = j + 1;
      while (c < limit && c - j < 10 && ts[c].text !== ')') c += 1;
      if (ts[c]?.text === ')') j = c + 1;
    }
    // an appositive between the phrase and its verb: "Suu Kyi, 70, said", "X, a lawyer, argued"
    if (ts[j]?.text === ',') {
      let c = j + 1;
      while (c < limit && c - j < 10 && ts[c].text !== ',' && !verbAt(ts, c) && !quoted[c]) c += 1;
      if (ts[c]?.text === ',' && c > j + 1) j = c + 1;
    }
    const appositive = j > np[1] + 1;
    while (j < limit && fillerish(ts[j])) j += 1;
    // (past an appositive, the participle itself may be the verb: "X, for his part, is labeling")
    if (appositive && j === limit) best = { start: ts[np[0]].start, end: ts[np[1]].end };
    // (a gerund after a noun is no clause: "the “Star Wars” sequel hitting the theaters")
    else if (
      ts[j] &&
      j < limit &&
      ((verbish(ts[j]) && (!isGerund(ts[j]) || ts.slice(np[1] + 1, j).some((x) => x.pos === 'AUX'))) ||
        (pastTense(ts[j]) && ts[np[1]].pos === 'PROPN'))
    )
      best = { start: ts[np[0]].start, end: ts[np[1]].end };
  }
  if (best) return best;
  // (a sentence opening with a participle or a preposition has its subject after the comma)
  if (ts[0] && (ts[0].pos === 'VERB' || ts[0].pos === 'ADP' || isGerund(ts[0]))) return null;
  // the tagger missed the main verb ("Trump shot back ..."): the phrase opening the sentence,
  // without the verb it swallowed ("Okafor shot" + "back")
  const np = npForwardFrom(ts, 0);
  if (
    np &&
    np[1] > np[0] &&
    np[1] < limit &&
    ts[np[1]].pos === 'NOUN' &&
    /^\p{Ll}/u.test(ts[np[1]].text) &&
    ts[np[1] - 1].pos === 'PROPN' &&
    ['ADV', 'ADP', 'PART'].includes(ts[np[1] + 1]?.pos ?? '')
  )
    np[1] -= 1;
  return np && np[1] < limit && ts[np[1]].pos !== 'NOUN' ? { start: ts[np[0]].start, end: ts[np[1]].end } : null;
}

/**
 * The subject of a sentence's main clause: the first noun phrase opening the sentence,
 * or a clause after a comma, that a verb or a copula follows ("In his speech, Trump took
 * aim at the press." → Trump; "Mayor Jane Doe was blunt." → Mayor Jane Doe).
 */
export function mainSubject(ts: Tagged[]): { start: number; end: number } | null {
  const quoted = insideQuotes(ts, ts.length);
  const span = (np: [number, number]) => ({ start: ts[np[0]].start, end: ts[np[1]].end });
  /** A phrase before an appositive ("Jones, a former teacher, was ..."). */
  let first: [number, number] | null = null;
  for (let i = 0; i < ts.length; i += 1) {
    if (quoted[i]) return null;
    if (i > 0 && ts[i - 1].text !== ',') continue;
    if (first && (verbish(ts[i]) || ts[i].pos === 'AUX')) return span(first);
    const np = npForwardFrom(ts, i);
    if (!np) continue;
    let j = np[1] + 1;
    let copula = false;
    while (j < ts.length && fillerish(ts[j])) {
      if (ts[j].pos === 'AUX') copula = true;
      j += 1;
    }
    if (copula || (ts[j] && verbish(ts[j]))) return span(first ?? np);
    if (ts[np[1] + 1]?.text !== ',') return null;
    first ??= np;
  }
  return null;
}

function verbOf(t: Tagged): NonNullable<StructuralAttribution['verb']> {
  return {
    start: t.start,
    end: t.end,
    text: t.text.toLowerCase(),
    lemma: t.pos === 'VERB' ? t.lemma : (reportingForm(t.text) ?? t.lemma),
  };
}

/**
 * The speaker of a whole sentence: its first reporting verb with a subject
 * ("Howard continued his scathing remarks."), for a quote in the next paragraph.
 */
export function speakerOfSentence(ts: Tagged[]): StructuralAttribution | null {
  for (let v = 0; v < ts.length; v += 1) {
    if (QUOTE_MARK.test(ts[v].text)) return null;
    // a reporting verb, or any verb taking a "that" clause ("X further related that ...")
    const thatClause = /^that$/i.test(ts[v + 1]?.text ?? '') && verbish(ts[v]);
    // "X issued a statement ...", "X sent out a letter ...": a document as the object
    let o = v + 1;
    while (o < ts.length && o - v < 5 && (ts[o].pos === 'DET' || ts[o].pos === 'ADJ' || ts[o].pos === 'ADP')) o += 1;
    const document = verbish(ts[v]) && !!ts[o] && OCCASION_HEADS.has(ts[o].text.toLowerCase()) && ts[o].pos === 'NOUN';
    if (!verbAt(ts, v) || !(reporting(ts[v]) || thatClause || document) || isGerund(ts[v])) continue;
    // (a coordinated verb has the sentence's subject: "X seemed taken aback and mentioned ...")
    const np = withSubject(ts, v)?.np;
    if (np) return { verb: verbOf(ts[v]), np, participle: false };
    return null;
  }
  return null;
}
