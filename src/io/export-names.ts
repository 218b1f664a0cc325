/** File names for exports: what and which range, e.g. `timeline-2022-01-01_2025-07-31.png`. */
import { msToIsoDay } from '../model/day';
import type { TimeDomain } from '../model/time-domain';

/** `to` is the last visible day, inclusive, matching the URL's `to`. */
export function exportFileName(
  domain: TimeDomain,
  extension: string,
  stem = 'timeline',
  suffix = '',
): string {
  const from = msToIsoDay(domain[0]);
  const to = msToIsoDay(Math.max(domain[0], domain[1] - 1));
  return `${stem}-${from}_${to}${suffix}.${extension}`;
}

/** What a CSV export holds: every event the filters pass, or only those the chart shows in its range. */
export type CsvExportKind = 'filtered' | 'in-view';

/**
 * `events-filtered-2021-01-03_2022-12-30.csv` (the span of the filtered events) or
 * `events-in-view-2022-06-01_2022-06-09.csv` (the visible range), so the name says what the file holds.
 */
export function csvExportName(kind: CsvExportKind, range: TimeDomain): string {
  return exportFileName(range, 'csv', `events-${kind}`);
}
