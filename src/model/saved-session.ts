/**
 * What the user did to the shown data, kept as the source material needed to do it again: the CSV bytes,
 * the events of added articles, the answers to merge conflicts, in order. Replaying the steps through the
 * loader gives the same rows and the same merge results, and costs no more storage than the files
 * themselves (a derived table would be several times their size).
 *
 * Pure: the bytes are an opaque handle `B` (a Blob in the page), so this file knows nothing of storage.
 */
import type { EventRecord } from './event-record';

export type SessionStep<B> =
  | {
      kind: 'csv';
      mode: 'replace' | 'merge';
      /** File name as the loader shows it. */
      name: string;
      source: B;
      /** Size of `source` in bytes. */
      bytes: number;
      /** False for the bundled data set the page fetched: anyone opening the app gets it too. */
      local: boolean;
    }
  | { kind: 'articles'; name: string; records: readonly EventRecord[] }
  | { kind: 'resolve'; group: number; choice: 'keep-new' | 'keep-both' };

/** What the saved-data menu and the header note say about a saved session. */
export interface SavedSummary {
  /** The data set's name as the header shows it ("events.csv + more.csv"). */
  name: string;
  /** Events shown after the last step. */
  rows: number;
  /** Bytes of the kept files plus the added articles' events (as JSON), roughly what storage holds. */
  bytes: number;
  /** When it was written, epoch ms. */
  savedAtMs: number;
}

/** The steps after one more: a replacing load starts over, everything else adds to what is there. */
export function withStep<B>(steps: readonly SessionStep<B>[], step: SessionStep<B>): SessionStep<B>[] {
  return step.kind === 'csv' && step.mode === 'replace' ? [step] : [...steps, step];
}

/** True when some of the data came from this browser: a copied link cannot bring it along. */
export function hasLocalData<B>(steps: readonly SessionStep<B>[]): boolean {
  return steps.some((s) => s.kind === 'articles' || (s.kind === 'csv' && s.local));
}

/** Storage the steps take, bytes: files by their size, article events by their JSON length. */
export function sessionBytes<B>(steps: readonly SessionStep<B>[]): number {
  let bytes = 0;
  for (const s of steps) {
    if (s.kind === 'csv') bytes += s.bytes;
    else if (s.kind === 'articles') bytes += JSON.stringify(s.records).length;
  }
  return bytes;
}

/** "1.2 MB", "350 KB", "900 bytes". */
export function bytesLabel(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
  return `${bytes.toLocaleString('en')} bytes`;
}

/** "Saved in this browser: events.csv + more.csv, 1,234 events, saved today 14:05". `when` is preformatted. */
export function savedNote(summary: SavedSummary, when: string): string {
  const events = `${summary.rows.toLocaleString('en')} ${summary.rows === 1 ? 'event' : 'events'}`;
  return `Saved in this browser: ${summary.name}, ${events}, saved ${when}`;
}

/** One line per step for the menu: "Opened a.csv (1.2 MB)", "Merged b.csv", "Added 12 events from x.txt". */
export function describeSteps<B>(steps: readonly SessionStep<B>[]): string[] {
  return steps.map((s) => {
    if (s.kind === 'csv') {
      const verb = !s.local ? 'Bundled' : s.mode === 'replace' ? 'Opened' : 'Merged';
      return `${verb} ${s.name} (${bytesLabel(s.bytes)})`;
    }
    if (s.kind === 'articles') {
      const n = s.records.length;
      return `Added ${n.toLocaleString('en')} ${n === 1 ? 'event' : 'events'} from ${s.name}`;
    }
    return `Merge conflicts: ${s.choice === 'keep-both' ? 'kept both' : 'kept the new rows'}`;
  });
}
