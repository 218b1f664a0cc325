/**
 * The two simple date rankings that key-day ranking must beat (issue 13), scored by the same eval:
 * days by the number of distinct articles with a day-precision event on them, and days by the number
 * of articles published on them. Both return every candidate day with its count as the score, sorted
 * like rankKeyDays; ties are left for the scorer to average over (model/date-f1.ts).
 */
import { articlePublicationDays, collectDayEvidence, isInRange, type DayRange } from './day-evidence';
import type { EventRecord } from './event-record';
import { articlesPerPublicationDay, compareRankedDays, type RankedDay } from './rank-key-days';

/** Days by distinct articles (row article plus its other reports) with a day-precision row on them. */
export function rankDaysByEventArticles(records: readonly EventRecord[], range: DayRange = {}): RankedDay[] {
  return collectDayEvidence(records, range)
    .map((e) => {
      const articles = new Set(e.mentions.map((m) => m.article)).size;
      return { day: e.day, score: articles, articles, ids: e.ids };
    })
    .sort(compareRankedDays);
}

/**
 * Days by articles published on them. `published` lists each article's publication day; pass the
 * corpus' own list when some articles gave no row, else it is read from the rows' ref_date.
 */
export function rankDaysByPublication(
  records: readonly EventRecord[],
  range: DayRange = {},
  published: ReadonlyMap<string, number> = articlesPerPublicationDay(articlePublicationDays(records)),
): RankedDay[] {
  return [...published]
    .filter(([day]) => isInRange(day, range))
    .map(([day, n]) => ({ day, score: n, articles: n, ids: [] }))
    .sort(compareRankedDays);
}
