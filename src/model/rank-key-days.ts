/**
 * Ranks the days of a set of rows by salience (model/day-salience.ts), most salient first. Ties go to
 * the day more articles point at, then the day with more rows, then the earlier day, so the order is
 * total and the same on every run.
 */
import { articlePublicationDays, collectDayEvidence, type DayRange, type KeyDayRow } from './day-evidence';
import { DAY_SALIENCE_WEIGHTS, daySalience, type DaySalienceWeights } from './day-salience';

export interface RankedDay {
  /** ISO YYYY-MM-DD. */
  day: string;
  score: number;
  /** Distinct articles that point at the day. */
  articles: number;
  /** Ids of the day-precision rows on the day, in input order. */
  ids: string[];
}

/** Articles published on each day, counted once per article, from articlePublicationDays. */
export function articlesPerPublicationDay(published: ReadonlyMap<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const day of published.values()) out.set(day, (out.get(day) ?? 0) + 1);
  return out;
}

/** Most salient first, then more articles, more rows, earlier day. */
export function compareRankedDays(a: RankedDay, b: RankedDay): number {
  return (
    b.score - a.score ||
    b.articles - a.articles ||
    b.ids.length - a.ids.length ||
    (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)
  );
}

export function rankKeyDays(
  records: readonly KeyDayRow[],
  range: DayRange = {},
  weights: DaySalienceWeights = DAY_SALIENCE_WEIGHTS,
): RankedDay[] {
  const articleDays = articlePublicationDays(records);
  const published = articlesPerPublicationDay(articleDays);
  return collectDayEvidence(records, range, articleDays)
    .map((e) => ({
      day: e.day,
      score: daySalience(e, published.get(e.day) ?? 0, weights),
      articles: new Set(e.mentions.map((m) => m.article)).size,
      ids: e.ids,
    }))
    .sort(compareRankedDays);
}
