/**
 * Where the user's data is kept between visits: the interface the page saves through, and an in-memory
 * implementation for tests and for browsers that give the page no storage. The IndexedDB one is in
 * indexeddb-saved-data-store.ts. A store holds one session and replaces it whole: a failed save leaves
 * the previous one as it was, never half of each.
 */
import type { SessionStep, SavedSummary } from '../model/saved-session';

export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface SavedSession {
  version: 1;
  steps: SessionStep<Blob>[];
  summary: SavedSummary;
}

export interface SavedDataStore {
  /** The saved session, or null when nothing is saved. */
  load(): Promise<StoreResult<SavedSession | null>>;
  /** Replaces the saved session in one step: when it fails, the one saved before is still there. */
  save(session: SavedSession): Promise<StoreResult<void>>;
  clear(): Promise<StoreResult<void>>;
}

/** A plain sentence for a storage failure, naming the one a user can act on (a full disk or quota). */
export function storageErrorText(e: unknown): string {
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  if (name === 'QuotaExceededError') return 'the browser has no more room for this page’s data';
  if (name === 'InvalidStateError' || name === 'SecurityError')
    return 'this browser does not let the page keep data';
  if (name === 'NotFoundError' || name === 'NotReadableError') return 'a saved file can no longer be read';
  const message = e instanceof Error ? e.message : String(e);
  return message || 'the browser refused to keep the data';
}

/** Keeps the session in memory; `quotaBytes` makes saves over that size fail as a full disk would. */
export class MemorySavedDataStore implements SavedDataStore {
  private session: SavedSession | null = null;
  /** Saves attempted, for tests that count writes. */
  saves = 0;

  constructor(private readonly quotaBytes = Infinity) {}

  load(): Promise<StoreResult<SavedSession | null>> {
    return Promise.resolve({ ok: true, value: this.session });
  }

  save(session: SavedSession): Promise<StoreResult<void>> {
    this.saves++;
    if (session.summary.bytes > this.quotaBytes) {
      const full = new DOMException('quota exceeded', 'QuotaExceededError');
      return Promise.resolve({ ok: false, error: storageErrorText(full) });
    }
    this.session = { ...session, steps: [...session.steps] };
    return Promise.resolve({ ok: true, value: undefined });
  }

  clear(): Promise<StoreResult<void>> {
    this.session = null;
    return Promise.resolve({ ok: true, value: undefined });
  }
}
