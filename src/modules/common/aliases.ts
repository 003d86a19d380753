/**
 * Alias lists as ingestion and curation keep them: trimmed, blanks dropped,
 * case-insensitive duplicates dropped, never the row's own name (entities are matched
 * by any name, case-insensitively).
 */
export function mergeAliases(name: string, ...lists: readonly (readonly (string | null | undefined)[])[]): string[] {
  const seen = new Set([name.trim().toLowerCase()]);
  const out: string[] = [];
  for (const raw of lists.flat()) {
    const alias = raw?.trim();
    if (!alias || seen.has(alias.toLowerCase())) continue;
    seen.add(alias.toLowerCase());
    out.push(alias);
  }
  return out;
}
