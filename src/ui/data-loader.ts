/**
 * Loads events into the store: the bundled ./events.csv (or ?csv=<url>), actors.json, files the user opens
 * or drops, and text handed in by tests. Large inputs stream through a table worker (io/table-session.ts)
 * that builds the columnar table and transfers it; the page shows a first picture after a few thousand rows,
 * a better one each time the row count doubles, and can cancel. The worker stays with the table it built:
 * filters and search for it, merges into it and added articles run there, so no O(N) pass over a large
 * table runs on the page. Small inputs parse on the main thread, where a worker's start-up would cost more
 * than the parse, into an appendable table (model/appendable-table.ts) so a merge adds only the new rows.
 *
 * The latest user action wins: opening a file cancels a load still under way (its worker stops, its rows are
 * never shown), and a merge waits for the load before it, since it adds to that load's rows. A merged row
 * whose id is already loaded replaces the loaded row, and the problems panel lists each such conflict and
 * offers to keep both instead (merge-conflicts.ts).
 */
import type { Actor, ActorsFile } from '../model/actor';
import type { EventRecord } from '../model/event-record';
import type { EventTable, LaneBy } from '../model/event-table';
import { eventTableFromParts } from '../model/event-table';
import { AppendableTable } from '../model/appendable-table';
import type { KeepBothItem } from '../model/event-table-builder';
import type { ConflictChoice, MergeConflictGroup, ReplacedRow } from '../model/merge-conflicts';
import { conflictGroup, keepBothId } from '../model/merge-conflicts';
import type { ColumnFields } from '../model/record-text';
import { recordFromText } from '../model/record-text';
import type { TimeDomain } from '../model/time-domain';
import { fitWarped } from '../model/time-warp';
import { parseActorsJson } from '../io/actors-json';
import type { ParsedEvents } from '../io/events-csv-parse';
import { parseEventsCsv } from '../io/events-csv-parse';
import type { LoadProblem } from '../io/load-problem';
import type { SessionTable } from '../io/table-session';
import { TableSession } from '../io/table-session';
import { primeFilterResult, setFilterSource, setKeyDaysSource, viewWarp } from './derived';
import type { Store } from './store';

/** Above this size (characters or bytes) parsing moves to a worker: about 10 ms of main-thread parse. */
const WORKER_THRESHOLD = 1_000_000;
/**
 * Merging into a table the page built itself sends its rows to a worker first. Above this many rows that
 * hand-over (decoding every record) would itself freeze the page, so such merges stay on the main thread;
 * only the benchmarks' simple loader (`?load=naive`) builds tables that large on the page.
 */
const SEED_MAX_ROWS = 50_000;

export type LoadMode = 'replace' | 'merge';

/**
 * A table worker is started when the page is next idle after a load or merge settles (or after this long
 * at most), ready for the next large file: its start-up (fetching and compiling the worker script, about
 * 0.1 s on a loaded 2-core machine) then runs while the user chooses a file, not after.
 */
const SPARE_WORKER_WAIT_MS = 1_000;

/** The abort reason of a load that a newer one overtook: it stops without a word, the newer one speaks. */
const SUPERSEDED = 'superseded by a newer load';

/** What holds the shown table's rows: the table worker, or the page for tables it built itself. */
type RowHolder = TableSession | AppendableTable;

export interface DataLoaderOptions {
  /**
   * The simple approach, kept for benchmarks (`?load=naive`): read the whole file as one string and parse it
   * into row objects on the main thread, whatever its size.
   */
  naive?: boolean;
  /** Called with work that ends in a new table outside a load (rebuilding the lanes), so idle waits for it. */
  track?: (work: Promise<void>) => void;
}

export class DataLoader {
  private actors: Actor[] = [];
  /** Header-level notices (unknown or missing columns), shown above the row problems. */
  notices: LoadProblem[] = [];
  private newIds = new Set<string>();
  private loadController: AbortController | null = null;
  /** Counts streamed loads: the store shows the indexing of the newest only. */
  private indexingBy = 0;
  /** The domain last set by fitting a progressive picture; the user moving away from it stops refitting. */
  private fittedDomain: TimeDomain | null = null;
  /** A relane is waiting for the worker. */
  private relaning = false;
  /** The worker holding the shown table, when a worker built it; null for tables built on the page. */
  private session: { worker: TableSession; table: EventTable } | null = null;
  /** The rows of the shown table when the page built it, ready to take more. */
  private pageTable: { rows: AppendableTable; table: EventTable } | null = null;
  /**
   * Merge conflicts, one group per merged file that had any, newest last; the array is replaced on every
   * change so the problems panel can tell. Cleared when a load replaces the data.
   */
  conflicts: readonly MergeConflictGroup[] = [];
  /** Which rows each conflict group's seq numbers refer to; keep-both needs that holder still in use. */
  private readonly conflictHolders = new WeakMap<MergeConflictGroup, RowHolder>();
  /** Bumped by every load that replaces the data; work started under an older epoch shows nothing. */
  private epoch = 0;
  /** The load or merge running now (never rejects); a merge starts after it. */
  private inflight: Promise<void> = Promise.resolve();
  /** A started table worker holding nothing yet, for the next streamed load or merge. */
  private spare: TableSession | null = null;
  private sparePending = false;

  constructor(
    private readonly store: Store,
    private readonly onLoaded: (fit: boolean) => void,
    private readonly options: DataLoaderOptions = {},
  ) {
    // A table built before the lanes were switched (the switch itself, or a load that was under way) is
    // built again; relane does nothing when the shown table already matches.
    // Deferred to a microtask: a subscriber that updates the store would nest one update inside another.
    store.subscribe((s, prev) => {
      if (s.table && s.table.laneBy !== s.laneBy && (s.laneBy !== prev.laneBy || s.table !== prev.table)) {
        this.options.track?.(Promise.resolve().then(() => this.relaneQuietly()));
      }
    });
  }

  /** What the lanes of the next table are made of. */
  private get laneBy(): LaneBy {
    return this.store.state.laneBy;
  }

  /** relane for callers that do not wait: the one failure, a worker closed by a newer load, needs nothing. */
  private relaneQuietly(): Promise<void> {
    return this.relane().catch(() => undefined);
  }

  /**
   * Builds the shown table again with lanes made the way the store now says: in the worker that holds it
   * (a sort, no re-read), else on the page from its records (page tables are small, see SEED_MAX_ROWS). The
   * view, the filters and the selection stay; a load that finishes meanwhile wins, being built the new way.
   */
  private async relane(): Promise<void> {
    // One at a time: a toggle during a streamed load would otherwise queue one rebuild per picture shown.
    if (this.relaning) return;
    const current = this.store.state.table;
    if (!current || current.laneBy === this.laneBy) return;
    const laneBy = this.laneBy;
    this.relaning = true;
    let overtaken = false;
    let done = false;
    try {
      const worker = this.liveSession();
      let table: EventTable;
      if (worker) {
        const built = await worker.relane(laneBy, this.actors, this.store.state.filters);
        // A load replaced the table meanwhile; it is rebuilt below if it was built the old way.
        overtaken = this.store.state.table !== current;
        if (overtaken) return;
        table = this.adopt(worker, built);
        this.keep(worker, table);
      } else {
        const rows = this.pageRows();
        table = rows.build(this.actors, laneBy);
        this.keepPage(rows, table);
      }
      const s = this.store.state;
      this.showTable(table, s.datasetName, s.problems, false, !!s.loading);
      done = true;
    } finally {
      this.relaning = false;
      // The lanes were switched back and forth, or a load overtook this rebuild: one more round. Not after
      // an error (a closed worker), which would only fail again.
      const shown = this.store.state.table;
      if ((overtaken || done) && shown && shown.laneBy !== this.laneBy) {
        this.options.track?.(this.relaneQuietly());
      }
    }
  }

  actorsFile(): ActorsFile {
    return { version: 1, actors: this.actors };
  }

  /** True while a streamed load can be cancelled. */
  get isCancellable(): boolean {
    return this.loadController !== null;
  }

  /** Stops a streamed load; the rows already shown stay, with a notice saying the file was not read to the end. */
  cancel(): void {
    this.loadController?.abort();
  }

  /**
   * Runs one user action. A replacing load starts at once and overtakes whatever runs (a stream under way
   * is cancelled); a merge waits for the running load, then runs unless a replacing load came meanwhile.
   * The app's idle signal waits for it. Resolves true when the action changed what is shown, false when a
   * newer load overtook it, it was cancelled or it failed with a message in the problems panel.
   */
  private run(mode: LoadMode, work: (epoch: number) => Promise<boolean>): Promise<boolean> {
    let done: Promise<boolean>;
    if (mode === 'replace') {
      const epoch = ++this.epoch;
      this.loadController?.abort(SUPERSEDED);
      done = work(epoch);
    } else {
      const epoch = this.epoch;
      done = this.inflight.then(() => (epoch === this.epoch ? work(epoch) : false));
    }
    const settled = done.then(
      () => undefined,
      () => undefined,
    );
    this.inflight = settled;
    this.options.track?.(settled);
    void settled.then(() => this.prepareSpare(settled));
    return done;
  }

  /** Starts a spare table worker once the page is idle after `action` settled, unless another action started. */
  private prepareSpare(action: Promise<void>): void {
    if (this.spare || this.sparePending || this.options.naive) return;
    this.sparePending = true;
    const start = () => {
      this.sparePending = false;
      if (this.inflight === action && !this.spare) this.spare = new TableSession();
    };
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(start, { timeout: SPARE_WORKER_WAIT_MS });
    else setTimeout(start, SPARE_WORKER_WAIT_MS);
  }

  /** A table worker for a new table: the spare one when started, else a new one. */
  private newSession(): TableSession {
    const session = this.spare ?? new TableSession();
    this.spare = null;
    return session;
  }

  async loadActors(url: string): Promise<void> {
    try {
      const response = await fetch(url);
      if (!response.ok) return;
      const result = parseActorsJson(await response.text());
      if (result.ok) this.actors = result.actors;
      else this.notices.push({ file: 'actors.json', line: 1, field: '', reason: result.error });
    } catch {
      // No actors.json: lanes use fallback colours and actor ids as labels.
    }
  }

  /** Loads a CSV from the server; resolves with its bytes once they are shown (saved data keeps them). */
  async loadUrl(url: string, name: string): Promise<Blob | null> {
    let fetched: Blob | null = null;
    const shown = await this.run('replace', async (epoch) => {
      fetched = await this.fetchSource(url, name, epoch);
      return fetched !== null;
    });
    return shown ? fetched : null;
  }

  /** The fetched bytes when they were shown, else null (overtaken, or the failure is in the problems panel). */
  private async fetchSource(url: string, name: string, epoch: number): Promise<Blob | null> {
    this.store.update({ loading: { done: 0, total: 1, rows: 0 } });
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      // A Blob, not text: the worker reads it in chunks and the page never holds the whole file as a string.
      const blob = await response.blob();
      if (epoch !== this.epoch) return null;
      return (await this.loadSource(blob, name, 'replace', epoch)) ? blob : null;
    } catch (e) {
      if (epoch !== this.epoch) return null;
      this.store.update({
        loading: null,
        datasetName: name,
        problems: [{ file: name, line: 0, field: '', reason: `could not load: ${(e as Error).message}` }],
        problemsDismissed: false,
      });
      this.onLoaded(true);
      return null;
    }
  }

  loadText(text: string, name: string, mode: LoadMode): Promise<boolean> {
    return this.run(mode, (epoch) => this.loadSource(text, name, mode, epoch));
  }

  loadFile(file: File, mode: LoadMode): Promise<boolean> {
    return this.loadBlob(file, file.name, mode);
  }

  /** A CSV held as a Blob under its file name: an opened file, or one kept in the browser's storage. */
  loadBlob(blob: Blob, name: string, mode: LoadMode): Promise<boolean> {
    return this.run(mode, (epoch) => this.loadSource(blob, name, mode, epoch));
  }

  /** Adds events made in the page (from a pasted article), marked as new. */
  addRecords(records: readonly EventRecord[], name: string): Promise<boolean> {
    const parsed: ParsedEvents = {
      file: name,
      records: [...records],
      lines: [],
      problems: [],
      headerProblems: [],
      rows: records.length,
    };
    const ids = records.map((r) => r.id);
    return this.run('merge', (epoch) => this.apply(parsed, 'merge', epoch, ids));
  }

  /**
   * The user's answer to a group of merge conflicts: keep the new rows (as shown), or keep both, the loaded
   * row under its id and the new one under a new id ("<id>~2"). Keep-both needs the rows the group refers
   * to: after the data moved to another holder (a large merge) the group says it can no longer be undone.
   */
  resolveConflicts(group: MergeConflictGroup, choice: Exclude<ConflictChoice, 'pending'>): Promise<boolean> {
    return this.run('merge', async (epoch) => {
      if (!this.conflicts.includes(group) || group.choice !== 'pending') return false;
      if (choice === 'keep-new') {
        this.setConflict(group, { ...group, choice });
        this.onLoaded(false);
        return true;
      }
      const holder = this.conflictHolders.get(group);
      const live = this.liveSession() ?? this.livePageTable();
      const table = this.store.state.table;
      if (!holder || holder !== live || !table) {
        this.setConflict(group, { ...group, choice: 'keep-new', stale: true });
        this.onLoaded(false);
        return true;
      }
      const taken = new Set<string>();
      const items: KeepBothItem[] = group.conflicts.map((c) => {
        const id = keepBothId(c.id, (x) => taken.has(x) || table.idToRow.has(x));
        taken.add(id);
        return { id: c.id, oldSeq: c.oldSeq, newSeq: c.newSeq, record: { ...c.incoming, id } };
      });
      let applied: KeepBothItem[];
      let next: EventTable;
      if (holder instanceof TableSession) {
        const built = await holder.keepBoth(items, this.actors, this.store.state.filters, this.laneBy);
        if (epoch !== this.epoch) return false;
        next = this.adopt(holder, built);
        this.keep(holder, next);
        // The worker skips items whose rows changed since (replaced again by a later merge).
        const done = new Set(built.applied);
        applied = items.filter((item) => done.has(item.id));
      } else {
        applied = holder.keepBoth(items);
        next = holder.build(this.actors, this.laneBy);
        this.keepPage(holder, next);
      }
      const renamed = new Map(applied.map((item) => [item.id, item.record.id]));
      this.setConflict(group, { ...group, choice, renamed });
      const s = this.store.state;
      this.showTable(next, s.datasetName, s.problems, false, false);
      return true;
    });
  }

  /** Replaces one group in `conflicts` (a new array, so the panel renders it again). */
  private setConflict(group: MergeConflictGroup, next: MergeConflictGroup): void {
    const holder = this.conflictHolders.get(group);
    if (holder) this.conflictHolders.set(next, holder);
    this.conflicts = this.conflicts.map((g) => (g === group ? next : g));
  }

  /** Records the conflicts of one merge into `holder`'s rows, if it had any. */
  private addConflicts(
    file: string,
    replaced: readonly ReplacedRow[],
    holder: RowHolder,
    rowOf: (seq: number, columns: ColumnFields) => EventRecord,
  ): void {
    const group = conflictGroup(file, replaced, rowOf);
    if (!group) return;
    this.conflictHolders.set(group, holder);
    this.conflicts = [...this.conflicts, group];
  }

  private async loadSource(
    source: Blob | string,
    name: string,
    mode: LoadMode,
    epoch: number,
  ): Promise<boolean> {
    const size = typeof source === 'string' ? source.length : source.size;
    if (size <= WORKER_THRESHOLD || this.options.naive) {
      const text = typeof source === 'string' ? source : await source.text();
      if (epoch !== this.epoch) return false;
      return this.apply(parseEventsCsv(text, name), mode, epoch);
    }
    return this.stream(source, name, mode, epoch);
  }

  /** The table worker holding `table`'s rows (for exports written there); null when the page holds them. */
  workerFor(table: EventTable): TableSession | null {
    return this.session && this.session.table === table ? this.session.worker : null;
  }

  /** The worker holding the shown table, if any. */
  private liveSession(): TableSession | null {
    const current = this.store.state.table;
    return this.session && current && this.session.table === current ? this.session.worker : null;
  }

  /** A table built by `worker`, answering its filter queries there and starting with the view it sent. */
  private adopt(worker: TableSession, built: SessionTable): EventTable {
    const table = eventTableFromParts(built.parts, worker.text, this.actors, (seqs) => worker.readText(seqs));
    const version = built.version;
    primeFilterResult(table, built.view.key, built.view);
    setFilterSource(table, (filters) => worker.query(version, filters));
    setKeyDaysSource(table, (index, count) => worker.keyDays(version, index, count));
    return table;
  }

  /** Makes `worker` the one behind the shown table, closing the one it replaces. */
  private keep(worker: TableSession, table: EventTable): void {
    if (this.session && this.session.worker !== worker) this.session.worker.terminate();
    this.session = { worker, table };
    this.pageTable = null;
  }

  /** Makes the page's `rows` the holder of the shown table, closing a worker that held the last one. */
  private keepPage(rows: AppendableTable, table: EventTable): void {
    this.dropSession();
    this.pageTable = { rows, table };
  }

  private dropSession(): void {
    this.session?.worker.terminate();
    this.session = null;
  }

  /** The page's rows of the shown table, if the page built it. */
  private livePageTable(): AppendableTable | null {
    const current = this.store.state.table;
    return this.pageTable && current && this.pageTable.table === current ? this.pageTable.rows : null;
  }

  /**
   * The shown table's rows on the page, ready to take more: the page's own, or (for a table from nowhere
   * else, which the loader does not make) rows copied from its records once.
   */
  private pageRows(): AppendableTable {
    const live = this.livePageTable();
    if (live) return live;
    const rows = new AppendableTable();
    const current = this.store.state.table;
    if (current) {
      const records: EventRecord[] = [];
      for (let row = 0; row < current.size; row++) {
        const rec = current.record(row);
        if (rec) records.push(rec);
      }
      rows.add(records, this.newIds);
    }
    return rows;
  }

  /**
   * A worker holding the current table's rows, for a merge: the live session, or a new one seeded with the
   * rows of a table the page built (small by construction). Null when there is nothing to merge into or the
   * table is too large to hand over from the page.
   */
  private async mergeSession(): Promise<TableSession | null> {
    const live = this.liveSession();
    if (live) return live;
    const current = this.store.state.table;
    if (!current || current.size === 0 || current.size > SEED_MAX_ROWS) return null;
    const worker = this.newSession();
    const records: EventRecord[] = [];
    for (let row = 0; row < current.size; row++) {
      const rec = current.record(row);
      if (rec) records.push(rec);
    }
    const built = await worker.add(records, this.newIds, this.actors, this.store.state.filters, this.laneBy);
    this.keep(worker, this.adopt(worker, built));
    return worker;
  }

  private async stream(source: Blob | string, name: string, mode: LoadMode, epoch: number): Promise<boolean> {
    this.loadController?.abort(SUPERSEDED);
    const controller = new AbortController();
    this.loadController = controller;
    const total = typeof source === 'string' ? source.length : source.size;
    this.store.update({ loading: { done: 0, total, rows: 0 } });
    const merging = mode === 'merge' && !!this.store.state.table?.size;
    const mergeInto = merging ? await this.mergeSession() : null;
    if (epoch !== this.epoch) {
      if (this.loadController === controller) this.loadController = null;
      return false;
    }
    if (merging && !mergeInto) {
      // Only the simple loader builds page tables too large to hand over; merge them on the page.
      const text = typeof source === 'string' ? source : await source.text();
      const shown = epoch === this.epoch && (await this.apply(parseEventsCsv(text, name), mode, epoch));
      if (this.loadController === controller) this.loadController = null;
      return shown;
    }
    if (!merging) this.newIds = new Set();
    this.fittedDomain = null;
    const worker = mergeInto ?? this.newSession();
    let shownRows = 0;
    let problemsSoFar: readonly LoadProblem[] = [];
    try {
      const indexingBy = ++this.indexingBy;
      const result = await worker.stream(source, name, this.actors, {
        merge: merging,
        filters: this.store.state.filters,
        laneBy: this.laneBy,
        signal: controller.signal,
        onProgress: (p, problems) => {
          problemsSoFar = problems;
          this.store.update({ loading: { done: p.done, total: p.total, rows: p.rows } });
        },
        onIndexing: (p) => {
          // Only the newest load's indexing is shown; an earlier one's may end after that load started.
          if (this.indexingBy !== indexingBy) return;
          this.store.update({ indexing: p ? p.done / Math.max(1, p.total) : null });
        },
        onSnapshot: (built) => {
          if (controller.signal.aborted) return;
          const table = this.adopt(worker, built);
          this.keep(worker, table);
          if (!shownRows) this.conflicts = [];
          shownRows = table.size;
          this.showTable(table, name, problemsSoFar, 'unless-moved', true);
        },
      });
      const incoming = this.adopt(worker, result);
      this.keep(worker, incoming);
      // The app is not idle while the worker reads the file again for search text and key days.
      this.options.track?.(worker.whenIndexed());
      if (merging) {
        this.notices = [...this.notices, ...result.headerProblems];
        const texts = await worker.rowTexts(replacedSeqs(result.replaced));
        this.addConflicts(name, result.replaced, worker, (seq, columns) =>
          recordFromText(texts.get(seq) ?? worker.text.text(seq), columns),
        );
        const current = this.store.state;
        const merged = current.datasetName ? `${current.datasetName} + ${name}` : name;
        this.showTable(incoming, merged, [...current.problems, ...result.problems], false, false);
      } else {
        this.notices = result.headerProblems;
        this.conflicts = [];
        this.showTable(incoming, name, result.problems, 'unless-moved', false);
      }
      return true;
    } catch (e) {
      if ((e as Error).name !== 'AbortError') throw e;
      if (controller.signal.reason === SUPERSEDED) {
        // A newer load took over: it replaces what this one showed, or it merges into what this merge
        // left (rolled back), so this one only lets go of a worker nobody shows.
        if (!merging && shownRows === 0) worker.terminate();
        return false;
      }
      // A replace cancelled before its first picture leaves the old table, and its worker, as they were.
      if (!merging && shownRows === 0) worker.terminate();
      const reason = merging
        ? 'merge cancelled: the data set is unchanged'
        : `loading cancelled: ${shownRows ? shownRows.toLocaleString('en') : 'no'} rows shown, the rest of the file was not read`;
      this.notices = [...this.notices, { file: name, line: 0, field: '', reason }];
      this.store.update({ loading: null, problemsDismissed: false });
      this.onLoaded(false);
      return false;
    } finally {
      if (this.loadController === controller) this.loadController = null;
    }
  }

  /**
   * Shows records parsed on the page; `newIds` (added articles) are flagged as new. A merge appends them to
   * the rows of the shown table where those live (the table worker, or the page's appendable table): the
   * loaded rows stay as they are, so it costs what the new rows cost plus one sort of the columns.
   */
  private async apply(
    parsed: ParsedEvents,
    mode: LoadMode,
    epoch: number,
    newIds: readonly string[] = [],
  ): Promise<boolean> {
    const current = this.store.state.table;
    const wasEmpty = !current || current.size === 0;
    if (mode === 'merge' && current && !wasEmpty) {
      for (const id of newIds) this.newIds.add(id);
      this.notices = [...this.notices, ...parsed.headerProblems];
      const worker = current.size > SEED_MAX_ROWS || this.liveSession() ? await this.mergeSession() : null;
      if (epoch !== this.epoch) return false;
      let table: EventTable;
      if (worker) {
        const { records, lines } = parsed;
        const filters = this.store.state.filters;
        const built = await worker.add(records, newIds, this.actors, filters, this.laneBy, lines);
        if (epoch !== this.epoch) return false;
        table = this.adopt(worker, built);
        this.keep(worker, table);
        const texts = await worker.rowTexts(replacedSeqs(built.replaced));
        this.addConflicts(parsed.file, built.replaced, worker, (seq, columns) =>
          recordFromText(texts.get(seq) ?? worker.text.text(seq), columns),
        );
      } else {
        const rows = this.pageRows();
        const replaced = rows.add(parsed.records, new Set(newIds), parsed.lines);
        table = rows.build(this.actors, this.laneBy);
        this.keepPage(rows, table);
        this.addConflicts(parsed.file, replaced, rows, (seq, columns) => rows.record(seq, columns));
      }
      const s = this.store.state;
      const name = s.datasetName ? `${s.datasetName} + ${parsed.file}` : parsed.file;
      this.showTable(table, name, [...s.problems, ...parsed.problems], false, false);
      return true;
    }
    if (mode === 'replace' || !current) this.newIds = new Set(newIds);
    else for (const id of newIds) this.newIds.add(id);
    this.notices = mode === 'merge' ? [...this.notices, ...parsed.headerProblems] : parsed.headerProblems;
    this.conflicts = [];
    const rows = new AppendableTable();
    rows.add(parsed.records, this.newIds, parsed.lines);
    const table = rows.build(this.actors, this.laneBy);
    this.keepPage(rows, table);
    this.showTable(table, parsed.file, parsed.problems, mode === 'replace' || wasEmpty, false);
    return true;
  }

  /**
   * `fit`: true fits the view to the data; 'unless-moved' does so for a progressive picture until the user
   * moves the view away from the last fit, after which later pictures leave it alone.
   */
  private showTable(
    table: EventTable,
    name: string,
    problems: readonly LoadProblem[],
    fit: boolean | 'unless-moved',
    stillLoading: boolean,
  ): void {
    const s0 = this.store.state;
    const last = this.fittedDomain;
    const refit =
      fit === true ||
      (fit === 'unless-moved' && (!last || (s0.domain[0] === last[0] && s0.domain[1] === last[1])));
    const warp = viewWarp({ table, compressGaps: s0.compressGaps });
    const domain = refit && table.size ? fitWarped(warp, table.minMs, table.maxMs) : s0.domain;
    if (refit) this.fittedDomain = domain;
    this.store.update((s) => ({
      table,
      datasetName: name,
      problems,
      problemsDismissed: false,
      loading: stillLoading ? s.loading : null,
      domain,
      selectedId: s.selectedId !== null && table.idToRow.has(s.selectedId) ? s.selectedId : null,
      scrollY: refit ? 0 : s.scrollY,
    }));
    this.onLoaded(refit);
  }
}

/**
 * Both rows of each replacement: rows loaded from a file hold only their id and title on the page, and a
 * conflict shows (and a keep-both restores) every field.
 */
function replacedSeqs(replaced: readonly ReplacedRow[]): number[] {
  return replaced.flatMap((r) => [r.oldSeq, r.newSeq]);
}
