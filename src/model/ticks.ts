/**
 * Axis tick choice: the finest calendar interval (years -> months -> days -> hours) whose labels stay at
 * least `minSpacingPx` apart, in UTC, labelled by model/tick-labels.ts.
 */
import { MS_PER_DAY, MS_PER_HOUR } from './day';
import type { TickUnit } from './tick-labels';
import { contextTickLabel, tickLabel } from './tick-labels';
import type { TimeDomain } from './time-domain';
import type { TimeScale } from './time-warp';
import { domainSegments } from './time-warp';

export type { TickUnit } from './tick-labels';

export interface Tick {
  /** Epoch ms of the tick. */
  t: number;
  label: string;
  /** Major ticks start a larger unit (a new year among months) and are drawn stronger. */
  major: boolean;
}

export interface TickSet {
  unit: TickUnit;
  step: number;
  ticks: Tick[];
}

interface Interval {
  unit: TickUnit;
  step: number;
  /** Typical length, only used to estimate pixel spacing. */
  approxMs: number;
}

const YEAR_MS = 365.25 * MS_PER_DAY;
const MONTH_MS = YEAR_MS / 12;

const INTERVALS: readonly Interval[] = [
  ...[1, 3, 6, 12].map((step) => ({ unit: 'hour' as const, step, approxMs: step * MS_PER_HOUR })),
  ...[1, 2, 7, 14].map((step) => ({ unit: 'day' as const, step, approxMs: step * MS_PER_DAY })),
  ...[1, 3, 6].map((step) => ({ unit: 'month' as const, step, approxMs: step * MONTH_MS })),
  ...[1, 2, 5, 10, 20, 50, 100].map((step) => ({ unit: 'year' as const, step, approxMs: step * YEAR_MS })),
];

/** Average width of a 12 px axis label character, for keeping labels clear of break signs. */
const LABEL_CHAR_PX = 7;

/** Label widths differ by unit; "14 Mar" needs about 48 px at 12 px type, so 70 px leaves a gap. */
export const DEFAULT_TICK_SPACING_PX = 70;

/** Chooses and labels the ticks for `domain` drawn `widthPx` wide. At most about widthPx / minSpacingPx ticks. */
export function chooseTicks(
  domain: TimeDomain,
  widthPx: number,
  minSpacingPx = DEFAULT_TICK_SPACING_PX,
): TickSet {
  const msPerPx = (domain[1] - domain[0]) / Math.max(1, widthPx);
  const coarsest: Interval = { unit: 'year', step: 100, approxMs: 100 * YEAR_MS };
  const interval = INTERVALS.find((i) => i.approxMs / msPerPx >= minSpacingPx) ?? coarsest;
  const ticks: Tick[] = [];
  let t = floorTo(domain[0], interval);
  // The cap guards against a malformed domain; a sane one has at most widthPx / minSpacingPx + 2 ticks.
  for (let n = 0; t <= domain[1] && n < 1000; n++) {
    if (t >= domain[0]) ticks.push(label(t, interval));
    t = advance(t, interval);
  }
  return { unit: interval.unit, step: interval.step, ticks };
}

function floorTo(t: number, { unit, step }: Interval): number {
  const d = new Date(t);
  const year = d.getUTCFullYear();
  switch (unit) {
    case 'year':
      return Date.UTC(Math.floor(year / step) * step, 0, 1);
    case 'month':
      return Date.UTC(year, Math.floor(d.getUTCMonth() / step) * step, 1);
    case 'day': {
      if (step === 7 || step === 14) {
        // Weeks start on Monday (ISO); 1970-01-05 was a Monday.
        const monday = 4 * MS_PER_DAY;
        const span = step * MS_PER_DAY;
        return Math.floor((t - monday) / span) * span + monday;
      }
      return Math.floor(t / MS_PER_DAY / step) * step * MS_PER_DAY;
    }
    case 'hour':
      return Math.floor(t / MS_PER_HOUR / step) * step * MS_PER_HOUR;
  }
}

function advance(t: number, { unit, step }: Interval): number {
  const d = new Date(t);
  switch (unit) {
    case 'year':
      return Date.UTC(d.getUTCFullYear() + step, 0, 1);
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1);
    case 'day':
      return t + step * MS_PER_DAY;
    case 'hour':
      return t + step * MS_PER_HOUR;
  }
}

function label(t: number, { unit }: Interval): Tick {
  const d = new Date(t);
  const major =
    unit === 'year'
      ? d.getUTCFullYear() % 10 === 0
      : unit === 'month'
        ? d.getUTCMonth() === 0
        : unit === 'day'
          ? d.getUTCDate() === 1
          : d.getUTCHours() === 0;
  return { t, label: tickLabel(unit, t), major };
}

/**
 * Ticks for a view with compressed gaps: the same interval as a plain axis at the view's scale, laid out
 * in each stretch between breaks. The first tick after a break names its year (or date), since the
 * reader cannot count on from the ticks before it.
 */
export function chooseScaleTicks(scale: TimeScale, minSpacingPx = DEFAULT_TICK_SPACING_PX): TickSet {
  const segments = domainSegments(scale.warp, scale.domain);
  const first = segments[0];
  if (segments.length <= 1 || !first) return chooseTicks(scale.domain, scale.width, minSpacingPx);
  let unit: TickUnit = 'year';
  let step = 1;
  const ticks: Tick[] = [];
  segments.forEach((seg, i) => {
    const set = chooseTicks(seg, (seg[1] - seg[0]) / scale.msPerPx, minSpacingPx);
    unit = set.unit;
    step = set.step;
    // A label runs right of its tick; one that would reach the next break sign is left out.
    const room = i < segments.length - 1 ? scale.x(seg[1]) : Infinity;
    set.ticks.forEach((tick, j) => {
      const t = i > 0 && j === 0 ? withContext(tick, set.unit) : tick;
      if (scale.x(t.t) + 4 + t.label.length * LABEL_CHAR_PX <= room) ticks.push(t);
    });
  });
  return { unit, step, ticks };
}

function withContext(tick: Tick, unit: TickUnit): Tick {
  // A year tick already names its year.
  if (unit === 'year') return { ...tick, major: true };
  return { ...tick, label: contextTickLabel(unit, tick.t), major: true };
}
