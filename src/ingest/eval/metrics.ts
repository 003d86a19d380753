/** Precision / recall / F1 over counts. Pure. */

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * P = tp / (tp + fp), R = tp / (tp + fn), F1 = 2PR / (P + R). An empty side counts as
 * perfect (nothing predicted and nothing expected is P = R = F1 = 1), so a type absent
 * from both gold and extraction does not drag an average down.
 */
export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function addScores(a: Score, b: Score): Score {
  return score(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);
}

export interface SetDiff<T> {
  tp: T[];
  fp: T[];
  fn: T[];
}

/** Compares two collections by a key (duplicates of a key count once). */
export function compareSets<T>(predicted: T[], gold: T[], key: (t: T) => string): SetDiff<T> {
  const p = new Map(predicted.map((t) => [key(t), t]));
  const g = new Map(gold.map((t) => [key(t), t]));
  const tp: T[] = [];
  const fp: T[] = [];
  const fn: T[] = [];
  for (const [k, t] of p) (g.has(k) ? tp : fp).push(t);
  for (const [k, t] of g) if (!p.has(k)) fn.push(t);
  return { tp, fp, fn };
}

/**
 * One-to-one alignment of two lists where `same(p, g)` says two items may denote the
 * same thing. Greedy in gold order, preferring the best `rank` (lower is better), which
 * is optimal enough for name matching where conflicts are rare. Returns pairs and leftovers.
 */
export function align<P, G>(
  predicted: P[],
  gold: G[],
  rank: (p: P, g: G) => number | null,
): { pairs: [P, G][]; fp: P[]; fn: G[] } {
  const candidates: { pi: number; gi: number; r: number }[] = [];
  predicted.forEach((p, pi) =>
    gold.forEach((g, gi) => {
      const r = rank(p, g);
      if (r !== null) candidates.push({ pi, gi, r });
    }),
  );
  candidates.sort((a, b) => a.r - b.r || a.gi - b.gi || a.pi - b.pi);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [P, G][] = [];
  for (const c of candidates) {
    if (usedP.has(c.pi) || usedG.has(c.gi)) continue;
    usedP.add(c.pi);
    usedG.add(c.gi);
    pairs.push([predicted[c.pi], gold[c.gi]]);
  }
  return {
    pairs,
    fp: predicted.filter((_, i) => !usedP.has(i)),
    fn: gold.filter((_, i) => !usedG.has(i)),
  };
}
