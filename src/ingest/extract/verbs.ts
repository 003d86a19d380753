/** Look-ups of attribution verbs over tokens (multi-word forms first). */
import { POSITION_NOUNS, VERB_FILLERS, VERB_MAX_WORDS, VERBS, type VerbInfo } from './lexicon.js';
import type { Token } from './text.js';

export interface VerbHit {
  info: VerbInfo;
  /** First token of the verb. */
  from: number;
  /** Token after the verb phrase (after "that" is NOT skipped here). */
  to: number;
  /** The verb as it should be reported ("speaks highly of", "called on", "taken"). */
  text: string;
}

/** First words of every verb phrase: a cheap first test before any look-up. */
const FIRST_WORDS = new Set([...[...VERBS.keys()].map((k) => k.split(' ')[0]), 'taken', 'took', 'take', 'takes']);

/** Word tokens from i, at most n, lower-cased; stops at punctuation. */
function words(tokens: Token[], i: number, n: number): string[] {
  const out: string[] = [];
  for (let j = i; j < tokens.length && out.length < n; j += 1) {
    if (!tokens[j].word) break;
    out.push(tokens[j].text.toLowerCase());
  }
  return out;
}

/**
 * The attribution verb starting at token i, if any. Handles "taken (this principled)
 * position that" (verb "taken") and "highly praises" (adverb before the verb is the
 * caller's business: see {@link skipFillers}).
 */
export function verbAt(tokens: Token[], i: number): VerbHit | null {
  const t = tokens[i];
  if (!t || !t.word || !FIRST_WORDS.has(t.text.toLowerCase())) return null;
  const ws = words(tokens, i, VERB_MAX_WORDS);
  for (let n = ws.length; n >= 1; n -= 1) {
    const form = ws.slice(0, n).join(' ');
    const info = VERBS.get(form);
    if (info) return { info, from: i, to: i + n, text: form };
  }
  // "have taken this principled position that", "took the position that"
  if (ws[0] === 'taken' || ws[0] === 'took' || ws[0] === 'take' || ws[0] === 'takes') {
    const more = words(tokens, i + 1, 4);
    const k = more.findIndex((w) => POSITION_NOUNS.has(w));
    if (k >= 0 && more[k + 1] === 'that') {
      return { info: { lemma: 'take position', type: 'stance' }, from: i, to: i + 1 + k + 1, text: ws[0] };
    }
  }
  return null;
}

/** Skips auxiliaries and adverbs ("has", "also", "highly") forward from i. */
export function skipFillers(tokens: Token[], i: number): number {
  let j = i;
  let n = 0;
  while (j < tokens.length && n < 4 && tokens[j].word && VERB_FILLERS.has(tokens[j].text.toLowerCase())) {
    j += 1;
    n += 1;
  }
  return j;
}

/** Is there an attribution verb right after token index `end` (exclusive), fillers allowed? */
export function attributionAfter(tokens: Token[], end: number): VerbHit | null {
  let j = end;
  // skip an acronym in parentheses: "The Chinese Hospital Association (CHA) supports"
  if (tokens[j]?.text === '(' && tokens[j + 2]?.text === ')') j += 3;
  const at = (from: number): VerbHit | null => {
    const v = verbAt(tokens, skipFillers(tokens, from));
    if (!v || v.info.participle) return null;
    if (v.info.needsThat && tokens[v.to]?.text.toLowerCase() !== 'that') return null;
    return v;
  };
  const v = at(j);
  if (v || tokens[j]?.text !== ',') return v;
  // ... or past a description between commas, a list in it too: "The Alliance of Sahel
  // States, formed by Mali, Burkina Faso and Niger after they quit the bloc, called ..."
  // (not past a sentence end or a quotation mark)
  for (let k = j + 1; k < tokens.length && k - j <= 30 && !/^(?:\.|;|:|[“”"])$/.test(tokens[k].text); k += 1)
    if (tokens[k].text === ',') {
      const after = at(k + 1);
      if (after) return after;
    }
  return null;
}
