/**
 * A story with every article repeated: the same shape of evidence at `copies` times the volume, as a
 * long story gathered from many outlets has. Key-day ranking should pick the same days from it (the
 * scale check of `npm run eval:key-events -- --scale`, and rank-key-days.test.ts). Copies get new row
 * and article ids (`id~1`, `a#1~1`); copy 0 keeps the originals. Pure; never used to rank real data.
 */
import type { EventRecord } from './event-record';

export function articleCopies<T extends Pick<EventRecord, 'id' | 'article_id' | 'also_reported_in'>>(
  records: readonly T[],
  copies: number,
): T[] {
  const out: T[] = [];
  for (let copy = 0; copy < Math.max(1, Math.floor(copies)); copy++) {
    const rename = (id: string): string => (copy === 0 || id === '' ? id : `${id}~${copy}`);
    for (const r of records)
      out.push({
        ...r,
        id: rename(r.id),
        article_id: rename(r.article_id),
        also_reported_in: r.also_reported_in.map(rename),
      });
  }
  return out;
}
