/**
 * A written-out date directly followed by its clock time ("6/23/2022 4:15 PM", "June 5, 2022 at
 * 14:30") is one TIME in TIMEX3, while the rules tag the two parts apart. This joins such pairs into
 * one candidate whose value is the date's day with the clock's time. Relative days ("Tuesday at
 * 10 a.m.") are left as they are: news writes those "10 a.m. Tuesday", which the clock rule covers.
 */
import type { Candidate } from './candidate';

const WRITTEN_DAY_RE =
  /\d{1,2}\/\d{1,2}\/\d{2,4}$|\d{4}-\d{2}-\d{2}$|[A-Za-z]\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$|\d{1,2}\s+[A-Za-z]+\.?,?\s+\d{4}$/;
const CLOCK_RE = /^\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|AM|PM)|^\d{1,2}:\d{2}/;
const JOIN_RE = /^(?:\s+|,\s*|\s+at\s+)$/;

function isDateThenClock(text: string, a: Candidate, b: Candidate): boolean {
  if (!JOIN_RE.test(text.slice(a.end, b.start))) return false;
  return CLOCK_RE.test(text.slice(b.start, b.end)) && WRITTEN_DAY_RE.test(text.slice(a.start, a.end));
}

function joined(a: Candidate, b: Candidate): Candidate {
  return {
    start: a.start,
    end: b.end,
    kind: 'point',
    rank: Math.max(a.rank, b.rank),
    resolve(ctx) {
      const day = a.resolve(ctx);
      const clock = b.resolve(ctx);
      if (!day || !clock || day.type !== 'DATE' || clock.type !== 'TIME') return null;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day.value)) return null;
      const time = /T\d{2}:\d{2}$/.exec(clock.value)?.[0];
      if (!time) return null;
      return { type: 'TIME', value: `${day.value}${time}`, relative: day.relative ?? true };
    },
  };
}

/** `chosen` sorted and non-overlapping, with each written date + clock time pair joined. */
export function mergeDateTime(text: string, chosen: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const a = chosen[i];
    const b = chosen[i + 1];
    if (!a) continue;
    if (b && isDateThenClock(text, a, b)) {
      out.push(joined(a, b));
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
