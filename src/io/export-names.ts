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
