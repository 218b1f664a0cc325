/**
 * Stage: the sentence's event dates from the temporal tagger's expressions. Dates that bound a period
 * rather than date an event ("since 2019", "until Nov. 9", "by the end of the year") are left out,
 * and a dateline's own date counts only when the sentence names no other.
 */
import type { ArticleAnalysis } from '../analysis';
import type { EventDate } from '../event-dates';

/**
 * "since 2019", "since the September 11 attacks" and "the first in five years" bound a period;
 * "higher than on Monday" and "up 54 points from March 12" name what a figure is compared with.
 * None of them dates an event.
 */
const NOT_EVENT_DATE_BEFORE_RE =
  /(?:\b(?:since|until|till|by|before|in the past|over the past|for the first time since|as of|compared (?:with|to)|than(?: on| in| at)?)(?:\s+the)?|(?:\d|%|\bpercent|\bpoints?|\bcents?)\s+from)\s*$/i;

/** "the day after", "the week before": a span counted from something named next. */
const RELATIVE_TO_EVENT_RE = /^(?:the\s+)?(?:day|week|month|year)\s+(?:after|before)$/i;

export function dateStage(doc: ArticleAnalysis, dates: readonly EventDate[]): void {
  let cursor = 0;
  const text = doc.article.text;
  for (const s of doc.sentences) {
    while (cursor < dates.length && (dates[cursor]?.start ?? 0) < s.start) cursor++;
    const own: EventDate[] = [];
    for (let i = cursor; i < dates.length && (dates[i]?.start ?? Infinity) < s.end; i++) {
      const d = dates[i];
      if (!d || d.end > s.end) continue;
      if (NOT_EVENT_DATE_BEFORE_RE.test(text.slice(Math.max(s.start, d.start - 40), d.start))) continue;
      // "rebounded late in the day after falling 250 points": "the day after" with an object is
      // measured from an event the tagger cannot see, not from the report.
      if (RELATIVE_TO_EVENT_RE.test(d.text) && /^\s*[\p{L}\d]/u.test(text.slice(d.end, d.end + 2))) continue;
      own.push({ ...d, start: d.start - s.start, end: d.end - s.start });
    }
    const datelineEnd = s.text.length - s.text.trimStart().length;
    const inDateline = own.filter((d) => d.start < datelineEnd);
    const rest = own.filter((d) => d.start >= datelineEnd);
    s.dates = rest.length > 0 ? rest : inDateline.map((d) => ({ ...d, basis: 'dateline' as const }));
  }
}
