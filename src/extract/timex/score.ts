/**
 * TempEval-3 style scoring of tagged temporal expressions against gold ones. Spans are paired one
 * to one by overlap (relaxed match); a pair is a strict match when the offsets are identical. Type
 * accuracy is over relaxed pairs; value F1 counts a pair as correct when the values are equal, with
 * precision over all predictions and recall over all gold spans (the TempEval-3 attribute F1).
 */

export interface ScoredSpan {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface Counts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  typeCorrect: number;
  valueCorrect: number;
}

export type ProblemKind = 'missed' | 'spurious' | 'extent' | 'type' | 'value';

export interface Problem {
  kind: ProblemKind;
  gold?: ScoredSpan;
  predicted?: ScoredSpan;
}

export interface Metrics {
  strict: { precision: number; recall: number; f1: number };
  relaxed: { precision: number; recall: number; f1: number };
  typeAccuracy: number;
  value: { precision: number; recall: number; f1: number };
}

export const EMPTY_COUNTS: Readonly<Counts> = {
  gold: 0,
  predicted: 0,
  strict: 0,
  relaxed: 0,
  typeCorrect: 0,
  valueCorrect: 0,
};

function overlap(a: ScoredSpan, b: ScoredSpan): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * Pairs gold and predicted spans (each sorted by start) and counts matches. Each gold span takes
 * the unpaired prediction that overlaps it most; ties go to the earlier prediction.
 */
export function scoreSpans(
  gold: readonly ScoredSpan[],
  predicted: readonly ScoredSpan[],
): { counts: Counts; problems: Problem[] } {
  const counts: Counts = { ...EMPTY_COUNTS, gold: gold.length, predicted: predicted.length };
  const problems: Problem[] = [];
  const used = new Uint8Array(predicted.length);
  let first = 0;
  for (const g of gold) {
    while (first < predicted.length && (predicted[first]?.end ?? 0) <= g.start) first++;
    let best = -1;
    let bestOverlap = 0;
    for (let i = first; i < predicted.length; i++) {
      const p = predicted[i];
      if (!p || p.start >= g.end) break;
      const o = overlap(g, p);
      if (!used[i] && o > bestOverlap) {
        best = i;
        bestOverlap = o;
      }
    }
    const p = predicted[best];
    if (!p) {
      problems.push({ kind: 'missed', gold: g });
      continue;
    }
    used[best] = 1;
    counts.relaxed++;
    const strict = p.start === g.start && p.end === g.end;
    if (strict) counts.strict++;
    else problems.push({ kind: 'extent', gold: g, predicted: p });
    if (p.type === g.type) counts.typeCorrect++;
    else problems.push({ kind: 'type', gold: g, predicted: p });
    if (p.value === g.value) counts.valueCorrect++;
    else problems.push({ kind: 'value', gold: g, predicted: p });
  }
  predicted.forEach((p, i) => {
    if (!used[i]) problems.push({ kind: 'spurious', predicted: p });
  });
  return { counts, problems };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    strict: a.strict + b.strict,
    relaxed: a.relaxed + b.relaxed,
    typeCorrect: a.typeCorrect + b.typeCorrect,
    valueCorrect: a.valueCorrect + b.valueCorrect,
  };
}

function prf(correct: number, predicted: number, gold: number) {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function metricsOf(c: Counts): Metrics {
  return {
    strict: prf(c.strict, c.predicted, c.gold),
    relaxed: prf(c.relaxed, c.predicted, c.gold),
    typeAccuracy: c.relaxed === 0 ? 0 : c.typeCorrect / c.relaxed,
    value: prf(c.valueCorrect, c.predicted, c.gold),
  };
}
