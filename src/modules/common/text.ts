/** A NUL character (PostgreSQL text cannot hold one) or an unpaired UTF-16 surrogate (not Unicode). */
export const UNSTORABLE_CHARACTER = /[\0]|\p{Cs}/u;

/** True when a string can be stored as PostgreSQL text. */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE_CHARACTER.test(value);
}
