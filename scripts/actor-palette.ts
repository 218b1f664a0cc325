/**
 * Lane colours for actors that data/actors-hand.json does not colour (the ~150 states built from the
 * world-countries package). Picked from d3 Category10, ColorBrewer Dark2 and Tableau 10, keeping only
 * colours with at least 3:1 contrast (WCAG for graphics) against the light page (#ffffff, stripe #f5f6f8)
 * and the dark one (#14171c, stripe #1a1e25), so a dot stays visible in both themes; the pure pastels and
 * navies of those schemes fail one side. 16 colours for ~190 actors repeat: lanes carry their labels.
 */
import { hashText } from '../src/model/text-hash';

export const ACTOR_PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#d95f02',
  '#1b9e77',
  '#e7298a',
  '#a6761d',
  '#4e79a7',
  '#e15759',
  '#7570b3',
  '#9c755f',
  '#c51b7d',
  '#4d9221',
  '#0072b2',
  '#bf5b17',
] as const;

/** The palette colour of an actor id: a hash, so it does not change when other actors come or go. */
export function paletteColor(actorId: string): string {
  return ACTOR_PALETTE[hashText(actorId) % ACTOR_PALETTE.length] ?? ACTOR_PALETTE[0];
}
