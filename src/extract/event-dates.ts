/**
 * Turns the tagger's TIMEX3 expressions into event dates: only calendar dates count (a duration such
 * as "a 30-day ceasefire" or a set such as "every week" is not when something happened), and two dates
 * joined by "or", "and", "to" become one range ("in July or August", "on Monday and Tuesday").
 */
import { PRECISIONS, type DateQualifier, type Precision } from '../model/event-record';
import type { Timex } from '../model/timex';
import { timexToRange } from '../model/timex-range';

/** A date usable for an event. Offsets are into the text the tagger ran on. */
export interface EventDate {
  start: number;
  end: number;
  text: string;
  value: string;
  /** First day, ISO, inclusive. */
  first: string;
  /** Last day, ISO, inclusive. */
  last: string;
  precision: Precision;
  qualifier: DateQualifier;
  relative: boolean;
  /** Set when the date is the article's dateline rather than an expression in the sentence. */
  basis?: 'dateline';
}

const JOINER_RE = /^\s*(?:,\s*)?(?:or|and|to|through|until|till|-|–|—|\/)\s*$/;

function coarser(a: Precision, b: Precision): Precision {
  return PRECISIONS.indexOf(a) >= PRECISIONS.indexOf(b) ? a : b;
}

function toEventDate(t: Timex): EventDate | null {
  if (t.type !== 'DATE' && t.type !== 'TIME') return null;
  const range = timexToRange(t.value, t.mod);
  if (!range) return null;
  return {
    start: t.start,
    end: t.end,
    text: t.text,
    value: t.value,
    first: range.start,
    last: range.end,
    precision: range.precision,
    qualifier: range.qualifier,
    relative: t.relative === true,
  };
}

/** Calendar dates in text order, with joined pairs merged into ranges. `text` is what was tagged. */
export function eventDates(text: string, timexes: readonly Timex[]): EventDate[] {
  const dates = timexes
    .map(toEventDate)
    .filter((d): d is EventDate => d !== null)
    .sort((a, b) => a.start - b.start);
  const merged: EventDate[] = [];
  for (const d of dates) {
    const prev = merged[merged.length - 1];
    if (prev && d.start >= prev.end && JOINER_RE.test(text.slice(prev.end, d.start))) {
      merged[merged.length - 1] = {
        start: prev.start,
        end: d.end,
        text: text.slice(prev.start, d.end),
        value: prev.value === d.value ? prev.value : `${prev.value}/${d.value}`,
        first: prev.first <= d.first ? prev.first : d.first,
        last: prev.last >= d.last ? prev.last : d.last,
        precision: coarser(prev.precision, d.precision),
        qualifier: 'range',
        relative: prev.relative || d.relative,
      };
      continue;
    }
    merged.push(d);
  }
  return merged;
}
