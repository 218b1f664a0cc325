/**
 * What a pointer at a plot point opens: one pure decision over a Scene, so the rule is tested without a DOM.
 * Order follows what is drawn on top and what is most specific: a point mark (a pinned key mark first),
 * else the nearer of a point and a count badge, then the title under the pointer, and a span bar last. A
 * span never takes a click from a one-day mark sitting on it, nor from a title drawn over it on its plate.
 */
import { distanceOutside, findHit } from '../model/hit-index';
import { TITLE_HEIGHT_PX } from './label-placement';
import type { ClusterPrimitive, MarkPrimitive, Scene } from './scene';

/** Hits within this many px of a mark's edge count: fingers and tremors need a little slack. */
export const HIT_SLOP_PX = 4;
/** Badges are at most this tall/2 plus their straight part, which is in x0..x1: the search's radius bound. */
const MAX_BADGE_RADIUS_PX = 30;

export type SceneHit = MarkPrimitive | ClusterPrimitive | null;

/** The mark or badge at plot point (x, y), CSS px from the plot's top-left corner; null for none. */
export function hitTestScene(scene: Scene, x: number, y: number, slopPx = HIT_SLOP_PX): SceneHit {
  if (x < 0 || y < 0 || x > scene.width || y > scene.height) return null;
  const laneIndex = scene.lanes.findIndex((l) => y >= l.y && y < l.y + l.height);
  if (laneIndex < 0) return null;
  const m0 = scene.markLaneStart[laneIndex] ?? 0;
  const m1 = scene.markLaneStart[laneIndex + 1] ?? m0;
  const mi = findHit(scene.marks, m0, m1, scene.maxSpanPx, scene.maxRadiusPx, x, y, slopPx);
  const mark = mi >= 0 ? (scene.marks[mi] ?? null) : null;
  // A key day's lead row pinned over a faded badge is drawn on top of it, so it wins the hit too.
  if (mark?.pinned) return mark;
  const c0 = scene.clusterLaneStart[laneIndex] ?? 0;
  const c1 = scene.clusterLaneStart[laneIndex + 1] ?? c0;
  const ci = findHit(scene.clusters, c0, c1, 0, MAX_BADGE_RADIUS_PX, x, y, slopPx, false);
  const cluster = ci >= 0 ? (scene.clusters[ci] ?? null) : null;
  if (mark && !mark.span) {
    if (!cluster || distanceOutside(mark, x, y) <= distanceOutside(cluster, x, y)) return mark;
    return cluster;
  }
  if (cluster) return cluster;
  return titleHit(scene, laneIndex, x, y) ?? mark;
}

/** The mark whose title is drawn under plot point (x, y) in lane `laneIndex`: a title reads as part of its event. */
function titleHit(scene: Scene, laneIndex: number, x: number, y: number): MarkPrimitive | null {
  const t0 = scene.titleLaneStart[laneIndex] ?? 0;
  const t1 = scene.titleLaneStart[laneIndex + 1] ?? t0;
  for (let i = t0; i < t1; i++) {
    const t = scene.titles[i];
    if (t && x >= t.x0 && x <= t.x1 && Math.abs(y - t.y) <= TITLE_HEIGHT_PX / 2)
      return scene.marks[t.mark] ?? null;
  }
  return null;
}
