import { createHash } from 'node:crypto';

/**
 * "Same text twice is one article": the hash ignores case and whitespace, so a
 * re-scrape with different line breaks is still a duplicate.
 */
export function contentHash(title: string, body: string): string {
  const normalised = `${title}\n${body}`.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex');
}

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}
