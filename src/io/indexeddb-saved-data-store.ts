/**
 * The saved session in IndexedDB, which stores Blobs and Files as they are: an opened 400 MB CSV goes to
 * disk without ever becoming a JavaScript string, and comes back as a Blob the loader streams from.
 *
 * Two object stores: `files` holds each kept file once under a key, `session` holds one record naming the
 * steps and the keys of their files. A save is one readwrite transaction over both: it adds the files this
 * page has not written yet, writes the record and deletes files no step names any more, so a merge does not
 * write the first file again and a failed save (quota) rolls back whole, leaving the previous session.
 * The raw API is used: the whole need is three requests, less than a wrapper library's documentation.
 */
import type { EventRecord } from '../model/event-record';
import type { SavedSummary, SessionStep } from '../model/saved-session';
import type { SavedDataStore, SavedSession, StoreResult } from './saved-data-store';
import { storageErrorText } from './saved-data-store';

const DB_NAME = 'news-timeline';
/** Bump with an upgrade step in `open` when the stores change. */
const DB_VERSION = 1;
const FILES = 'files';
const SESSION = 'session';
const SESSION_KEY = 'current';

/** A step as stored: a file is named by its key in `files`. */
type StoredStep =
  | { kind: 'csv'; mode: 'replace' | 'merge'; name: string; file: string; bytes: number; local: boolean }
  | { kind: 'articles'; name: string; records: readonly EventRecord[] }
  | { kind: 'resolve'; group: number; choice: 'keep-new' | 'keep-both' };

interface StoredSession {
  version: 1;
  steps: StoredStep[];
  summary: SavedSummary;
}

export class IndexedDbSavedDataStore implements SavedDataStore {
  private db: Promise<IDBDatabase> | null = null;
  /** Blobs known to be in `files` (written or read by this page) and their keys. */
  private readonly keys = new WeakMap<Blob, string>();

  constructor(private readonly factory: IDBFactory = indexedDB) {}

  async load(): Promise<StoreResult<SavedSession | null>> {
    try {
      const db = await this.open();
      const tx = db.transaction([SESSION, FILES], 'readonly');
      const record = (await request(tx.objectStore(SESSION).get(SESSION_KEY))) as StoredSession | undefined;
      if (!record || record.version !== 1) return { ok: true, value: null };
      const files = tx.objectStore(FILES);
      const steps: SessionStep<Blob>[] = [];
      for (const step of record.steps) {
        if (step.kind !== 'csv') {
          steps.push(step);
          continue;
        }
        const blob = (await request(files.get(step.file))) as Blob | undefined;
        if (!blob) return { ok: false, error: `the saved file ${step.name} is missing` };
        this.keys.set(blob, step.file);
        const { kind, mode, name, bytes, local } = step;
        steps.push({ kind, mode, name, bytes, local, source: blob });
      }
      return { ok: true, value: { version: 1, steps, summary: record.summary } };
    } catch (e) {
      return { ok: false, error: storageErrorText(e) };
    }
  }

  async save(session: SavedSession): Promise<StoreResult<void>> {
    try {
      const db = await this.open();
      const tx = db.transaction([SESSION, FILES], 'readwrite');
      const files = tx.objectStore(FILES);
      const written = new Map<Blob, string>();
      const steps: StoredStep[] = session.steps.map((step) => {
        if (step.kind !== 'csv') return step;
        let key = this.keys.get(step.source) ?? written.get(step.source);
        if (!key) {
          key = newKey();
          written.set(step.source, key);
          void files.put(step.source, key);
        }
        const { kind, mode, name, bytes, local } = step;
        return { kind, mode, name, bytes, local, file: key };
      });
      const record: StoredSession = { version: 1, steps, summary: session.summary };
      void tx.objectStore(SESSION).put(record, SESSION_KEY);
      const used = new Set(steps.flatMap((s) => (s.kind === 'csv' ? [s.file] : [])));
      // No await inside the transaction: a failed put aborts it, and only `done` reports why (the quota).
      const keys = files.getAllKeys();
      keys.onsuccess = () => {
        for (const key of keys.result) if (typeof key === 'string' && !used.has(key)) void files.delete(key);
      };
      await done(tx);
      for (const [blob, key] of written) this.keys.set(blob, key);
      return { ok: true, value: undefined };
    } catch (e) {
      return { ok: false, error: storageErrorText(e) };
    }
  }

  async clear(): Promise<StoreResult<void>> {
    try {
      const db = await this.open();
      const tx = db.transaction([SESSION, FILES], 'readwrite');
      void tx.objectStore(SESSION).clear();
      void tx.objectStore(FILES).clear();
      await done(tx);
      return { ok: true, value: undefined };
    } catch (e) {
      return { ok: false, error: storageErrorText(e) };
    }
  }

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = this.factory.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(FILES)) db.createObjectStore(FILES);
        if (!db.objectStoreNames.contains(SESSION)) db.createObjectStore(SESSION);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB did not open'));
      // Another tab holds an older version open; it closes on versionchange below, so this is brief.
      req.onblocked = () => undefined;
    }).then((db) => {
      // A newer version of the app in another tab wants to upgrade: let it.
      db.onversionchange = () => {
        db.close();
        this.db = null;
      };
      return db;
    });
    // A failed open is retried next time rather than remembered.
    this.db.catch(() => {
      this.db = null;
    });
    return this.db;
  }
}

function newKey(): string {
  return `file-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when the transaction commits; rejects with its error (QuotaExceededError among them) on abort. */
function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
    tx.onerror = () => undefined;
  });
}
