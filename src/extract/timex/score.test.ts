import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type ScoredSpan, addCounts, metricsOf, scoreSpans, EMPTY_COUNTS } from './score';

function span(start: number, end: number, value = 'v', type = 'DATE'): ScoredSpan {
  return { start, end, text: 'x'.repeat(end - start), type, value };
}

describe('scoreSpans', () => {
  it('counts an exact span with the right value as strict, relaxed and value correct', () => {
    const { counts, problems } = scoreSpans([span(0, 9, '2022-05')], [span(0, 9, '2022-05')]);
    expect(counts).toEqual({ gold: 1, predicted: 1, strict: 1, relaxed: 1, typeCorrect: 1, valueCorrect: 1 });
    expect(problems).toEqual([]);
  });

  it('counts "on Friday" against "Friday" as relaxed but not strict', () => {
    const { counts, problems } = scoreSpans([span(3, 9)], [span(0, 9)]);
    expect(counts.strict).toBe(0);
    expect(counts.relaxed).toBe(1);
    expect(problems.map((p) => p.kind)).toEqual(['extent']);
  });

  it('reports a wrong value and a wrong type separately', () => {
    const { counts, problems } = scoreSpans([span(0, 5, 'P3Y', 'DURATION')], [span(0, 5, '2019', 'DATE')]);
    expect(counts.valueCorrect).toBe(0);
    expect(counts.typeCorrect).toBe(0);
    expect(problems.map((p) => p.kind).sort()).toEqual(['type', 'value']);
  });

  it('pairs each prediction with at most one gold span', () => {
    const { counts, problems } = scoreSpans([span(0, 4), span(5, 9)], [span(0, 9)]);
    expect(counts.relaxed).toBe(1);
    expect(problems.filter((p) => p.kind === 'missed')).toHaveLength(1);
  });

  it('lists unmatched predictions as spurious', () => {
    const { problems } = scoreSpans([], [span(2, 4)]);
    expect(problems).toEqual([{ kind: 'spurious', predicted: span(2, 4) }]);
  });
});

describe('metricsOf', () => {
  it('computes TempEval-3 value F1 over all predictions and all gold spans', () => {
    const m = metricsOf({ gold: 10, predicted: 8, strict: 6, relaxed: 8, typeCorrect: 8, valueCorrect: 6 });
    expect(m.value.precision).toBeCloseTo(0.75);
    expect(m.value.recall).toBeCloseTo(0.6);
    expect(m.value.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
    expect(m.typeAccuracy).toBe(1);
  });

  it('reports zeros rather than NaN for empty input', () => {
    expect(metricsOf(EMPTY_COUNTS).relaxed).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('keeps counts ordered: value <= relaxed, strict <= relaxed <= min(gold, predicted)', () => {
    const spans = fc
      .array(fc.tuple(fc.nat(50), fc.integer({ min: 1, max: 6 }), fc.constantFrom('a', 'b')), {
        maxLength: 12,
      })
      .map((xs) =>
        xs
          .map(([s, len, v]) => span(s, s + len, v))
          .sort((x, y) => x.start - y.start)
          .filter((x, i, all) => i === 0 || x.start >= (all[i - 1]?.end ?? 0)),
      );
    fc.assert(
      fc.property(spans, spans, (gold, predicted) => {
        const { counts } = scoreSpans(gold, predicted);
        expect(counts.strict).toBeLessThanOrEqual(counts.relaxed);
        expect(counts.valueCorrect).toBeLessThanOrEqual(counts.relaxed);
        expect(counts.relaxed).toBeLessThanOrEqual(Math.min(gold.length, predicted.length));
        const twice = addCounts(counts, counts);
        expect(metricsOf(twice).value.f1).toBeCloseTo(metricsOf(counts).value.f1);
      }),
    );
  });
});
