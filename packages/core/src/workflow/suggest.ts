/**
 * "Did you mean …?": the closest known name to a misspelled one, by Damerau–Levenshtein distance
 * (a swapped pair of letters counts as one edit, the commonest typing slip). Case and the
 * separators `-`/`_` are ignored, so `contract_handover_delay` finds `contractHandoverDelay`.
 */

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => [i, ...Array<number>(cols - 1).fill(0)]);
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const fold = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');

/**
 * The known name closest to `name`, or undefined when none is close enough (at most a third of
 * the name's letters wrong, and never the name itself).
 *
 * @example
 * closestName('contractHandoverDelai', ['contractHandoverDelay', 'withdrawalPeriod']); // 'contractHandoverDelay'
 * closestName('xyz', ['director']); // undefined
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const target = fold(name);
  const limit = Math.max(1, Math.floor(target.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate === name) continue;
    const d = editDistance(target, fold(candidate));
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
