/**
 * Units and runs: the shapes names are made of.
 *
 * A *unit* is a word with its hyphenated parts ("Good-neighborliness", "China-SCO",
 * "People-to-People"), with a possessive "’s" noted but kept outside its span, or one
 * punctuation character. A *run* is a maximal sequence of capitalised units, allowing
 * lower-case connectors between them ("Association for Friendship with Foreign
 * Countries"), a year after a horizon word ("Strategy until 2025"), and comma lists that
 * end in "and" inside a name ("Good-neighborliness, Friendship and Cooperation
 * Commission", "Convention on Combating Terrorism, Separatism and Extremism").
 * Everything is one left-to-right pass, plus bounded look-ahead.
 */
import { CONNECTORS, HORIZON_WORDS, STOP_CAPS } from './lexicon.js';
import type { Token } from './text.js';

export interface Unit {
  /** Token range [from, to) of the unit itself (possessive excluded). */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Hyphen-separated parts as written. */
  parts: string[];
  word: boolean;
  cap: boolean;
  num: boolean;
  /** Followed by a possessive ’s (or a bare ’ after a plural). */
  poss: boolean;
  /** Whitespace before the unit. */
  spaceBefore: boolean;
  /** Index in the unit array. */
  i: number;
}

const CAP = /^[\p{Lu}]/u;
const NUM = /^\p{N}+$/u;

/** Builds units from tokens in one pass. */
export function toUnits(tokens: Token[], body: string): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t.word) {
      units.push({
        from: i,
        to: i + 1,
        start: t.start,
        end: t.end,
        text: t.text,
        lower: t.norm,
        parts: [t.text],
        word: false,
        cap: false,
        num: false,
        poss: false,
        spaceBefore: t.spaceBefore,
        i: units.length,
      });
      i += 1;
      continue;
    }
    // "U.S.", "U.N.", "E.U.": single capitals with dots, no spaces, one unit
    if (
      /^\p{Lu}$/u.test(t.text) &&
      tokens[i + 1]?.text === '.' &&
      !tokens[i + 1].spaceBefore &&
      /^\p{Lu}$/u.test(tokens[i + 2]?.text ?? '') &&
      !tokens[i + 2].spaceBefore
    ) {
      let j = i;
      while (
        /^\p{Lu}$/u.test(tokens[j]?.text ?? '') &&
        tokens[j + 1]?.text === '.' &&
        !tokens[j + 1].spaceBefore &&
        (j === i || !tokens[j].spaceBefore)
      )
        j += 2;
      const end = tokens[j - 1].end;
      const text = body.slice(t.start, end);
      units.push({
        from: i,
        to: j,
        start: t.start,
        end,
        text,
        lower: text.toLowerCase(),
        parts: [text],
        word: true,
        cap: true,
        num: false,
        poss: false,
        spaceBefore: t.spaceBefore,
        i: units.length,
      });
      i = j;
      continue;
    }
    let j = i + 1;
    const parts = [t.text];
    // word(-word)* with no spaces around the hyphens
    while (
      j + 1 < tokens.length &&
      tokens[j].norm === '-' &&
      !tokens[j].spaceBefore &&
      tokens[j + 1].word &&
      !tokens[j + 1].spaceBefore
    ) {
      parts.push(tokens[j + 1].text);
      j += 2;
    }
    const end = tokens[j - 1].end;
    let poss = false;
    let next = j;
    const ap = tokens[j];
    if (ap && ap.norm === "'" && !ap.spaceBefore) {
      const s = tokens[j + 1];
      if (
        s &&
        s.word &&
        s.text === 's' &&
        !s.spaceBefore &&
        !(tokens[j + 2] && tokens[j + 2].word && !tokens[j + 2].spaceBefore)
      ) {
        poss = true;
        next = j + 2;
      } else if (/s$/.test(tokens[j - 1].text) && (!s || s.spaceBefore || !s.word)) {
        poss = true; // plural possessive: "members’ cooperation"
        next = j + 1;
      }
    }
    const rawText = j === i + 1 ? t.text : body.slice(t.start, end);
    units.push({
      from: i,
      to: j,
      start: t.start,
      end,
      text: rawText,
      lower: (parts.length === 1 ? t.text : parts.join('-')).toLowerCase(),
      parts,
      word: true,
      cap: CAP.test(t.text),
      num: NUM.test(t.text) && parts.length === 1,
      poss,
      spaceBefore: t.spaceBefore,
      i: units.length,
    });
    i = next;
  }
  return units;
}

export interface Run {
  /** Unit range [a, b). */
  a: number;
  b: number;
}

const MAX_RUN = 48;

function isYear(u: Unit | undefined): boolean {
  return !!u && u.num && u.text.length === 4;
}

/** May a capitalised unit open a run? Function words and pronouns may not. */
export function opensRun(u: Unit, knownForm?: (u: Unit) => boolean): boolean {
  // (so does a known body's name form the capital rules miss: "WHO", "al-Qaeda")
  return u.word && ((u.cap && !STOP_CAPS.has(u.lower)) || !!knownForm?.(u));
}

/** Does a run continue after unit index `k` through connectors to a capitalised unit? Returns the next index or -1. */
function connectorBridge(units: Unit[], k: number): number {
  let j = k;
  let n = 0;
  while (j < units.length && n < 3 && units[j].word && !units[j].cap && CONNECTORS.has(units[j].lower)) {
    j += 1;
    n += 1;
  }
  if (n === 0) return -1;
  const u = units[j];
  return u && u.word && u.cap ? j : -1;
}

/** Maximal capitalised runs, comma lists merged. */
export function findRuns(
  units: Unit[],
  isListItem: (u: Unit) => boolean,
  isHead: (u: Unit) => boolean,
  knownForm?: (u: Unit) => boolean,
): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < units.length) {
    const u = units[i];
    if (!opensRun(u, knownForm)) {
      i += 1;
      continue;
    }
    let b = i + 1;
    while (b < units.length && b - i < MAX_RUN) {
      const prev = units[b - 1];
      const cur = units[b];
      if (prev.poss && !(cur.word && cur.cap)) break;
      if (cur.word && (cur.cap || (cur.num && !prev.num))) {
        b += 1;
        continue;
      }
      if (cur.word && !cur.cap && HORIZON_WORDS.has(cur.lower) && isYear(units[b + 1])) {
        b += 2;
        break;
      }
      const bridge = cur.word && !cur.cap ? connectorBridge(units, b) : -1;
      if (bridge > 0) {
        b = bridge + 1;
        continue;
      }
      break;
    }
    runs.push({ a: i, b });
    i = b;
  }
  return mergeLists(units, runs, isListItem, isHead);
}

const isComma = (u: Unit | undefined) => !!u && !u.word && u.text === ',';

/**
 * Merges comma lists that belong to one name:
 * - left: "Good-neighborliness" "," "Friendship and Cooperation Commission" (single-unit items,
 *   the last part has "and" before its head);
 * - right: "Convention on Combating Terrorism" "," "Separatism and Extremism" (the name ends in a
 *   complement, the items are capitalised words ending with an "and" item).
 */
function mergeLists(units: Unit[], runs: Run[], isListItem: (u: Unit) => boolean, isHead: (u: Unit) => boolean): Run[] {
  const adjacentByComma = (x: Run, y: Run) => y.a === x.b + 1 && isComma(units[x.b]);
  const hasAndBeforeHead = (r: Run) => {
    for (let k = r.a; k < r.b; k += 1) {
      if (isHead(units[k])) return false;
      if (units[k].lower === 'and' && !units[k].cap) return true;
    }
    return false;
  };
  const plainItems = (r: Run) => {
    for (let k = r.a; k < r.b; k += 1) {
      const u = units[k];
      if (isHead(u)) return false;
      if (!u.cap && u.lower !== 'and') return false;
      if (u.cap && !isListItem(u)) return false; // "..., Kenya and Uganda": a list of countries, not of the name
    }
    return true;
  };
  const endsInComplement = (r: Run) => {
    let sawHead = false;
    let sawConnectorAfterHead = false;
    for (let k = r.a; k < r.b; k += 1) {
      const u = units[k];
      if (isHead(u)) sawHead = true;
      else if (
        sawHead &&
        !u.cap &&
        (u.lower === 'on' || u.lower === 'for' || u.lower === 'against' || u.lower === 'of')
      )
        sawConnectorAfterHead = true;
    }
    return sawHead && sawConnectorAfterHead;
  };
  const hasAnd = (r: Run) => {
    for (let k = r.a; k < r.b; k += 1) if (units[k].lower === 'and' && !units[k].cap) return true;
    return false;
  };

  // left merges, right to left
  const out: Run[] = [];
  for (let k = runs.length - 1; k >= 0; k -= 1) {
    const r = { ...runs[k] };
    for (;;) {
      const prev = runs[k - 1];
      if (
        prev &&
        prev.b - prev.a === 1 &&
        adjacentByComma(prev, r) &&
        isListItem(units[prev.a]) &&
        hasAndBeforeHead(r)
      ) {
        r.a = prev.a;
        k -= 1;
        continue;
      }
      break;
    }
    out.push(r);
  }
  out.reverse();

  // right merges, left to right
  const merged: Run[] = [];
  for (let k = 0; k < out.length; k += 1) {
    const r = { ...out[k] };
    if (endsInComplement(r)) {
      let j = k + 1;
      let last = r.b;
      while (j < out.length && adjacentByComma({ a: r.a, b: last }, out[j]) && plainItems(out[j])) {
        const item = out[j];
        last = item.b;
        j += 1;
        if (hasAnd(item)) {
          r.b = last;
          k = j - 1;
          break;
        }
      }
    }
    merged.push(r);
  }
  return merged;
}
