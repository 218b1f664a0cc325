/**
 * Picks a non-overlapping subset of candidates: longest first, then higher rank, then earlier.
 * Longest-match is the TIMEX3 extent rule ("June 5, 2022" over "June" and "2022"). Occupancy is a
 * byte per character, so selection is linear in text length plus the summed candidate lengths.
 */
import type { Candidate } from './candidate';

export function selectCandidates(candidates: readonly Candidate[], textLength: number): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start,
  );
  const taken = new Uint8Array(textLength);
  const chosen: Candidate[] = [];
  for (const c of ordered) {
    if (c.start < 0 || c.end > textLength || c.start >= c.end) continue;
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
