/**
 * The user's data survives a reload: every load, merge, added article and conflict answer goes through
 * here to the loader, and each one that changed what is shown becomes a step of the saved session
 * (io/saved-data-keeper.ts), kept in IndexedDB. At start the saved steps run through the loader again, so
 * the rows and merge results are the ones the loader makes, not a copy that could drift from it.
 *
 * No DOM here: saved-data-menu.ts shows the status and copy-link.ts asks whether the data is local.
 */
import type { EventRecord } from '../model/event-record';
import type { ConflictChoice, MergeConflictGroup } from '../model/merge-conflicts';
import type { SessionStep } from '../model/saved-session';
import { IndexedDbSavedDataStore } from '../io/indexeddb-saved-data-store';
import type { SavedStatus } from '../io/saved-data-keeper';
import { SavedDataKeeper } from '../io/saved-data-keeper';
import type { SavedDataStore, SavedSession } from '../io/saved-data-store';
import { MemorySavedDataStore } from '../io/saved-data-store';
import type { DataLoader, LoadMode } from './data-loader';
import type { Store } from './store';

export interface SavedDataDeps {
  store: Store;
  loader: DataLoader;
  /** Where the bundled data comes from, for "clear and show the bundled data". */
  bundled: { url: string; name: string };
  /** Keeps the view in the URL hash from being applied until a restore has replayed every step. */
  holdInitialHash(): () => void;
  /** Lets the app's idle signal wait for saves, so a reload right after a change finds it saved. */
  track(work: Promise<unknown>): void;
  /** Storage to use; IndexedDB when the browser has it. */
  storage?: SavedDataStore;
}

export interface SavedData {
  /** 'restoring' while the saved steps replay at start. */
  readonly status: SavedStatus | { kind: 'restoring' };
  /** True when the shown data holds something only this browser has (a copied link cannot bring it). */
  readonly isLocal: boolean;
  readonly steps: readonly SessionStep<Blob>[];
  /** True when storage exists at all; false in browsers that give the page none. */
  readonly available: boolean;
  onChange(listener: () => void): void;

  loadFile(file: File, mode: LoadMode): Promise<void>;
  loadText(text: string, name: string, mode: LoadMode): Promise<void>;
  addRecords(records: readonly EventRecord[], name: string): Promise<void>;
  resolveConflicts(group: MergeConflictGroup, choice: Exclude<ConflictChoice, 'pending'>): Promise<void>;

  /** Shows the saved session if there is one; false when there is none or it could not be restored. */
  restore(): Promise<boolean>;
  /** Loads the bundled data (the first visit, or after clearing). */
  loadBundled(): Promise<void>;
  /** Removes what is saved; `showBundled` also replaces the shown data with the bundled data now. */
  clear(showBundled: boolean): Promise<void>;
}

export function createSavedData(deps: SavedDataDeps): SavedData {
  const { store, loader } = deps;
  const available = deps.storage !== undefined || typeof indexedDB !== 'undefined';
  const storage = deps.storage ?? (available ? new IndexedDbSavedDataStore() : new MemorySavedDataStore());
  const listeners: (() => void)[] = [];
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const keeper = new SavedDataKeeper(storage, () => Date.now(), notify);
  let restoring = false;

  /** After a loader action: a step that took effect is recorded (and saved) with the data set it left. */
  const record = (shown: boolean, step: SessionStep<Blob>) => {
    if (!shown) return;
    const s = store.state;
    deps.track(keeper.record(step, s.datasetName, s.table?.size ?? 0));
  };

  const csvStep = (source: Blob, name: string, mode: LoadMode, local: boolean): SessionStep<Blob> => ({
    kind: 'csv',
    mode,
    name,
    source,
    bytes: source.size,
    local,
  });

  const loadBundled = async () => {
    const blob = await loader.loadUrl(deps.bundled.url, deps.bundled.name);
    if (blob) record(true, csvStep(blob, deps.bundled.name, 'replace', false));
  };

  const replay = async (session: SavedSession): Promise<string | null> => {
    for (const step of session.steps) {
      let shown: boolean;
      if (step.kind === 'csv') shown = await loader.loadBlob(step.source, step.name, step.mode);
      else if (step.kind === 'articles') shown = await loader.addRecords(step.records, step.name);
      else {
        const group = loader.conflicts[step.group];
        shown = group ? await loader.resolveConflicts(group, step.choice) : false;
      }
      if (!shown)
        return step.kind === 'resolve'
          ? 'a merge conflict answer no longer applies'
          : `${step.name} did not load`;
    }
    return null;
  };

  return {
    get status() {
      return restoring ? { kind: 'restoring' as const } : keeper.status;
    },
    get isLocal() {
      return keeper.isLocal;
    },
    get steps() {
      return keeper.sessionSteps;
    },
    available,
    onChange: (listener) => listeners.push(listener),

    loadFile: async (file, mode) => {
      record(await loader.loadFile(file, mode), csvStep(file, file.name, mode, true));
    },
    loadText: async (text, name, mode) => {
      // Text (from tests and scripts) is kept as the file it stands for.
      record(await loader.loadText(text, name, mode), csvStep(new Blob([text]), name, mode, true));
    },
    addRecords: async (records, name) => {
      record(await loader.addRecords(records, name), { kind: 'articles', name, records: [...records] });
    },
    resolveConflicts: async (group, choice) => {
      const index = loader.conflicts.indexOf(group);
      const shown = await loader.resolveConflicts(group, choice);
      if (index >= 0) record(shown, { kind: 'resolve', group: index, choice });
    },

    restore: async () => {
      const session = await keeper.read();
      if (!session || !session.steps.length) return false;
      restoring = true;
      notify();
      const release = deps.holdInitialHash();
      let error: string | null;
      try {
        error = await replay(session);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      } finally {
        restoring = false;
        release();
      }
      if (error === null) keeper.restored(session);
      else keeper.restoreFailed(session, error);
      return error === null;
    },
    loadBundled,
    clear: async (showBundled) => {
      await keeper.clear(showBundled);
      if (showBundled) await loadBundled();
    },
  };
}
