/**
 * Date-F1, the date-selection score of timeline summarisation (Martschat & Markert 2017/2018, used by
 * Gholipour Ghalandari & Ifrim 2020): set F1 between the chosen days and the gold days, exact match.
 */

/** Set F1 over ISO days; 0 when both sets are empty. */
export function dateF1(predicted: Iterable<string>, gold: ReadonlySet<string>): number {
  const chosen = new Set(predicted);
  let hits = 0;
  for (const d of chosen) if (gold.has(d)) hits++;
  return chosen.size + gold.size === 0 ? 0 : (2 * hits) / (chosen.size + gold.size);
}

/**
 * The expected Date-F1 of taking the top `count` days of a ranking whose tied scores are broken at
 * random. Hits in fully taken score groups count whole; the group cut by the boundary gives each of
 * its gold days a chance of (places left / group size). The number of days taken is fixed, so the
 * expected F1 is exactly 2 * E[hits] / (taken + |gold|). A ranking with many ties (counts of 1) is
 * then scored for what it knows, not for the luck of an arbitrary tie-break.
 */
export function expectedDateF1(
  ranking: readonly { day: string; score: number }[],
  count: number,
  gold: ReadonlySet<string>,
): number {
  const taken = Math.min(count, ranking.length);
  if (taken + gold.size === 0) return 0;
  const sorted = [...ranking].sort((a, b) => b.score - a.score);
  let hits = 0;
  let placed = 0;
  for (let i = 0; i < sorted.length && placed < taken;) {
    let j = i;
    let groupHits = 0;
    const score = sorted[i]?.score;
    while (j < sorted.length && sorted[j]?.score === score) {
      if (gold.has(sorted[j]?.day ?? '')) groupHits++;
      j++;
    }
    const size = j - i;
    const take = Math.min(size, taken - placed);
    hits += (groupHits * take) / size;
    placed += take;
    i = j;
  }
  return (2 * hits) / (taken + gold.size);
}
