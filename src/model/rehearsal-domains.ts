/**
 * The views a user most likely reaches next from `domain`: wheel steps in around its centre (d3-zoom's
 * step of a 240 px wheel delta is a factor of about 1.39), a few out, and pans of half a view each way.
 * The chart paints these off screen in idle time after a load (ui/rehearsal.ts), so the code of the zoom
 * path is compiled and the glyph and text caches are full before the first gesture rather than during it.
 */
import type { TimeDomain } from './time-domain';
import { clampDomain, zoomAround } from './time-domain';

const WHEEL_FACTOR = 1.39;
/** Zoom-in steps rehearsed, in the order they run: the first ones matter most. */
const IN_STEPS = [1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14];
const OUT_STEPS = [1, 2];

export function rehearsalDomains(domain: TimeDomain, bounds?: TimeDomain): TimeDomain[] {
  const [t0, t1] = domain;
  if (!(t1 > t0)) return [];
  const centre = (t0 + t1) / 2;
  const out: TimeDomain[] = [];
  for (const k of IN_STEPS) out.push(clampDomain(zoomAround(domain, centre, WHEEL_FACTOR ** k), bounds));
  for (const k of OUT_STEPS) out.push(clampDomain(zoomAround(domain, centre, WHEEL_FACTOR ** -k), bounds));
  // Pans at the zoom the user is most likely to stop at: a few steps in.
  const mid = zoomAround(domain, centre, WHEEL_FACTOR ** 4);
  const half = (mid[1] - mid[0]) / 2;
  out.push(
    clampDomain([mid[0] - half, mid[1] - half], bounds),
    clampDomain([mid[0] + half, mid[1] + half], bounds),
  );
  return out;
}
