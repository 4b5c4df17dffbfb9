/**
 * Longest common subsequence of two sequences of keys, bounded: common ends are trimmed first
 * (the usual edit touches a few places), and the quadratic table is only built for what is left
 * when it is small enough. Past the bound, the middle is left unmatched and callers fall back to
 * matching by hash, which is linear.
 */

/** Most table cells the LCS may fill (a few MB of memory, a few ms). */
export const MAX_LCS_CELLS = 4_000_000;

/** Pairs `[i, j]` with `a[i] === b[j]`, increasing in both, forming a longest common subsequence. */
export function lcsPairs<T>(a: readonly T[], b: readonly T[], maxCells = MAX_LCS_CELLS): Array<[number, number]> {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < start; i++) pairs.push([i, i]);
  const n = endA - start;
  const m = endB - start;
  if (n > 0 && m > 0 && (n + 1) * (m + 1) <= maxCells) {
    // table[i][j]: LCS length of a[start+i..endA) and b[start+j..endB), filled from the end.
    const width = m + 1;
    const table = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i * width + j] =
          a[start + i] === b[start + j]
            ? table[(i + 1) * width + j + 1]! + 1
            : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[start + i] === b[start + j]) {
        pairs.push([start + i, start + j]);
        i++;
        j++;
      } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) {
        i++;
      } else {
        j++;
      }
    }
  }
  for (let k = 0; k < a.length - endA; k++) pairs.push([endA + k, endB + k]);
  return pairs;
}
