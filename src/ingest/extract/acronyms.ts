/**
 * Acronyms: what counts as one, and whether one spells a name ("Chinese Hospital
 * Association (CHA)", "Islamic Development Bank (IsDB)").
 */
import { CONNECTORS } from './lexicon.js';

/**
 * An acronym as written: a capital first, at least two capitals, no spaces ("SCO", "CDCs",
 * "IsDB", "AfDB", "G20" is known to the gazetteer instead).
 */
export const ACRONYM = /^(?=(?:\P{Lu}*\p{Lu}){2})\p{Lu}[\p{L}\p{N}&]{1,9}$/u;
/** A one-word short name defined in parentheses ("African Export-Import Bank (Afreximbank)"). */
export const SHORT_NAME = /^\p{Lu}\p{Ll}{3,15}$/u;

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
