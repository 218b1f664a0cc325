/**
 * Axis tick labels, remembered per tick: a pan or zoom step labels the same ticks again (a view holds about
 * 15 and a step moves few of them), and date-fns formatting was most of choosing them each frame. A label
 * depends only on the tick's unit and time, never on the step between ticks, so that pair is the key.
 */
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import { boundedMemo } from './bounded-memo';

export type TickUnit = 'year' | 'month' | 'day' | 'hour';

/** Enough for every tick of many views; the memo starts over when full, which only costs speed. */
const MAX_REMEMBERED = 4096;

/** A tick's label: the year; a month, or its year in January; a day, or month and year on the 1st; a time. */
export function formatTickLabel(unit: TickUnit, t: number): string {
  const d = new UTCDate(t);
  switch (unit) {
    case 'year':
      return format(d, 'yyyy');
    case 'month':
      return d.getUTCMonth() === 0 ? format(d, 'yyyy') : format(d, 'MMM');
    case 'day':
      return d.getUTCDate() === 1 ? format(d, 'MMM yyyy') : format(d, 'd MMM');
    case 'hour':
      return d.getUTCHours() === 0 ? format(d, 'd MMM yyyy') : format(d, 'HH:mm');
  }
}

/** The label of the first tick after a compressed gap, which names the larger unit too. */
export function formatContextTickLabel(unit: TickUnit, t: number): string {
  const d = new UTCDate(t);
  switch (unit) {
    case 'year':
      return format(d, 'yyyy');
    case 'month':
      return format(d, 'MMM yyyy');
    case 'day':
      return format(d, 'd MMM yyyy');
    case 'hour':
      return format(d, 'd MMM yyyy HH:mm');
  }
}

const UNITS: readonly TickUnit[] = ['year', 'month', 'day', 'hour'];

function memoPerUnit(f: (unit: TickUnit, t: number) => string): (unit: TickUnit, t: number) => string {
  // One memo per unit keyed by the number itself: no key string to build per tick.
  const memos = new Map(UNITS.map((u) => [u, boundedMemo((t: number) => f(u, t), MAX_REMEMBERED)]));
  return (unit, t) => {
    const memo = memos.get(unit);
    return memo ? memo(t) : f(unit, t);
  };
}

/** formatTickLabel, remembered. */
export const tickLabel = memoPerUnit(formatTickLabel);
/** formatContextTickLabel, remembered. */
export const contextTickLabel = memoPerUnit(formatContextTickLabel);
