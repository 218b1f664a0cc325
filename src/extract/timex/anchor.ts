/**
 * Reads a resolved TIMEX3 value back into an Anchor, so later anaphoric expressions ("the next
 * day", "the year-ago quarter") can count from the date the article last talked about.
 */
import type { Anchor } from './candidate';
import { mondayOfWeek, quarterOf } from './calendar';

const VALUE_RE =
  /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|W(\d{2})(?:-(?:\d|WE))?|Q([1-4])|H([12])|(?:SP|SU|FA|WI)))?(?:T.*)?$/;

export function anchorFromValue(value: string): Anchor | null {
  const m = VALUE_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const anchor: Anchor = { year };
  if (m[2] !== undefined) {
    anchor.month = Number(m[2]);
    anchor.quarter = quarterOf(anchor.month);
    anchor.half = anchor.month <= 6 ? 1 : 2;
  }
  if (m[3] !== undefined) anchor.day = Number(m[3]);
  if (m[4] !== undefined) {
    anchor.week = Number(m[4]);
    const monday = mondayOfWeek(year, anchor.week);
    anchor.month = monday.month;
    anchor.quarter = quarterOf(monday.month);
  }
  if (m[5] !== undefined) {
    anchor.quarter = Number(m[5]);
    anchor.half = anchor.quarter <= 2 ? 1 : 2;
  }
  if (m[6] !== undefined) anchor.half = Number(m[6]);
  return anchor;
}
