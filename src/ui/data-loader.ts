/**
 * Loads events into the store: the bundled ./events.csv (or ?csv=<url>), actors.json, files the user opens
 * or drops, and text handed in by tests. Large inputs stream through a table worker (io/table-session.ts)
 * that builds the columnar table and transfers it; the page shows a first picture after a few thousand rows,
 * a better one each time the row count doubles, and can cancel. The worker stays with the table it built:
 * filters and search for it, merges into it and added articles run there, so no O(N) pass over a large
 * table runs on the page. Small inputs parse on the main thread, where a worker's start-up would cost more
 * than the parse.
 */
import type { Actor, ActorsFile } from '../model/actor';
import type { EventRecord } from '../model/event-record';
import type { EventTable, LaneBy } from '../model/event-table';
import { eventTableFromParts } from '../model/event-table';
import { buildEventTable } from '../model/event-table-builder';
import type { TimeDomain } from '../model/time-domain';
import { fitDomain } from '../model/time-domain';
import { parseActorsJson } from '../io/actors-json';
import type { ParsedEvents } from '../io/events-csv-parse';
import { parseEventsCsv } from '../io/events-csv-parse';
import type { LoadProblem } from '../io/load-problem';
import type { SessionTable } from '../io/table-session';
import { TableSession } from '../io/table-session';
import { primeFilterResult, setFilterSource } from './derived';
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
  /** The domain last set by fitting a progressive picture; the user moving away from it stops refitting. */
  private fittedDomain: TimeDomain | null = null;
  /** A relane is waiting for the worker. */
  private relaning = false;
  /** The worker holding the shown table, when a worker built it; null for tables built on the page. */
  private session: { worker: TableSession; table: EventTable } | null = null;

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
        const records: EventRecord[] = [];
        for (let row = 0; row < current.size; row++) {
          const rec = current.record(row);
          if (rec) records.push(rec);
        }
        table = buildEventTable(records, this.actors, this.newIds, laneBy);
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

  async loadUrl(url: string, name: string): Promise<void> {
    this.store.update({ loading: { done: 0, total: 1, rows: 0 } });
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      // A Blob, not text: the worker reads it in chunks and the page never holds the whole file as a string.
      const blob = await response.blob();
      await this.loadSource(blob, name, 'replace');
    } catch (e) {
      this.store.update({
        loading: null,
        datasetName: name,
        problems: [{ file: name, line: 0, field: '', reason: `could not load: ${(e as Error).message}` }],
        problemsDismissed: false,
      });
      this.onLoaded(true);
    }
  }

  loadText(text: string, name: string, mode: LoadMode): Promise<void> {
    return this.loadSource(text, name, mode);
  }

  loadFile(file: File, mode: LoadMode): Promise<void> {
    return this.loadSource(file, file.name, mode);
  }

  /** Adds events made in the page (from a pasted article), marked as new. */
  addRecords(records: readonly EventRecord[], name: string): void {
    for (const r of records) this.newIds.add(r.id);
    const parsed = {
      file: name,
      records: [...records],
      problems: [],
      headerProblems: [],
      rows: records.length,
    };
    void this.apply(
      parsed,
      'merge',
      records.map((r) => r.id),
    );
  }

  private async loadSource(source: Blob | string, name: string, mode: LoadMode): Promise<void> {
    const size = typeof source === 'string' ? source.length : source.size;
    if (size <= WORKER_THRESHOLD || this.options.naive) {
      const text = typeof source === 'string' ? source : await source.text();
      await this.apply(parseEventsCsv(text, name), mode);
    } else {
      await this.stream(source, name, mode);
    }
  }

  /** The worker holding the shown table, if any. */
  private liveSession(): TableSession | null {
    const current = this.store.state.table;
    return this.session && current && this.session.table === current ? this.session.worker : null;
  }

  /** A table built by `worker`, answering its filter queries there and starting with the view it sent. */
  private adopt(worker: TableSession, built: SessionTable): EventTable {
    const table = eventTableFromParts(built.parts, worker.text, this.actors);
    const version = built.version;
    primeFilterResult(table, built.view.key, built.view);
    setFilterSource(table, (filters) => worker.query(version, filters));
    return table;
  }

  /** Makes `worker` the one behind the shown table, closing the one it replaces. */
  private keep(worker: TableSession, table: EventTable): void {
    if (this.session && this.session.worker !== worker) this.session.worker.terminate();
    this.session = { worker, table };
  }

  private dropSession(): void {
    this.session?.worker.terminate();
    this.session = null;
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
    const worker = new TableSession();
    const records: EventRecord[] = [];
    for (let row = 0; row < current.size; row++) {
      const rec = current.record(row);
      if (rec) records.push(rec);
    }
    const built = await worker.add(records, this.newIds, this.actors, this.store.state.filters, this.laneBy);
    this.keep(worker, this.adopt(worker, built));
    return worker;
  }

  private async stream(source: Blob | string, name: string, mode: LoadMode): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    const total = typeof source === 'string' ? source.length : source.size;
    this.store.update({ loading: { done: 0, total, rows: 0 } });
    const merging = mode === 'merge' && !!this.store.state.table?.size;
    const mergeInto = merging ? await this.mergeSession() : null;
    if (merging && !mergeInto) {
      // Only the simple loader builds page tables too large to hand over; merge them the simple way.
      const text = typeof source === 'string' ? source : await source.text();
      await this.apply(parseEventsCsv(text, name), mode);
      if (this.loadController === controller) this.loadController = null;
      return;
    }
    if (!merging) this.newIds = new Set();
    this.fittedDomain = null;
    const worker = mergeInto ?? new TableSession();
    let shownRows = 0;
    let problemsSoFar: readonly LoadProblem[] = [];
    try {
      const result = await worker.stream(source, name, this.actors, {
        merge: merging,
        filters: this.store.state.filters,
        laneBy: this.laneBy,
        signal: controller.signal,
        onProgress: (p, problems) => {
          problemsSoFar = problems;
          this.store.update({ loading: { done: p.done, total: p.total, rows: p.rows } });
        },
        onSnapshot: (built) => {
          if (controller.signal.aborted) return;
          const table = this.adopt(worker, built);
          this.keep(worker, table);
          shownRows = table.size;
          this.showTable(table, name, problemsSoFar, 'unless-moved', true);
        },
      });
      const incoming = this.adopt(worker, result);
      this.keep(worker, incoming);
      if (merging) {
        this.notices = [...this.notices, ...result.headerProblems];
        const current = this.store.state;
        const merged = current.datasetName ? `${current.datasetName} + ${name}` : name;
        this.showTable(incoming, merged, [...current.problems, ...result.problems], false, false);
      } else {
        this.notices = result.headerProblems;
        this.showTable(incoming, name, result.problems, 'unless-moved', false);
      }
    } catch (e) {
      if ((e as Error).name !== 'AbortError') throw e;
      // A replace cancelled before its first picture leaves the old table, and its worker, as they were.
      if (!merging && shownRows === 0) worker.terminate();
      const reason = merging
        ? 'merge cancelled: the data set is unchanged'
        : `loading cancelled: ${shownRows ? shownRows.toLocaleString('en') : 'no'} rows shown, the rest of the file was not read`;
      this.notices = [...this.notices, { file: name, line: 0, field: '', reason }];
      this.store.update({ loading: null, problemsDismissed: false });
      this.onLoaded(false);
    } finally {
      if (this.loadController === controller) this.loadController = null;
    }
  }

  /** Shows records parsed on the page; `newIds` (added articles) are flagged as new. */
  private async apply(parsed: ParsedEvents, mode: LoadMode, newIds: readonly string[] = []): Promise<void> {
    const current = this.store.state.table;
    const wasEmpty = !current || current.size === 0;
    if (mode === 'replace' || !current) this.newIds = new Set(newIds);
    this.notices = mode === 'merge' ? [...this.notices, ...parsed.headerProblems] : parsed.headerProblems;
    if (mode === 'merge' && current && !wasEmpty) {
      const worker = current.size > SEED_MAX_ROWS || this.liveSession() ? await this.mergeSession() : null;
      if (worker) {
        const built = await worker.add(
          parsed.records,
          newIds,
          this.actors,
          this.store.state.filters,
          this.laneBy,
        );
        const table = this.adopt(worker, built);
        this.keep(worker, table);
        const name = this.store.state.datasetName
          ? `${this.store.state.datasetName} + ${parsed.file}`
          : parsed.file;
        this.showTable(table, name, [...this.store.state.problems, ...parsed.problems], false, false);
        return;
      }
      this.mergeTable(
        buildEventTable(parsed.records, this.actors, new Set(), this.laneBy),
        parsed.file,
        parsed.problems,
      );
      return;
    }
    this.dropSession();
    const table = buildEventTable(parsed.records, this.actors, this.newIds, this.laneBy);
    this.showTable(table, parsed.file, parsed.problems, mode === 'replace' || wasEmpty, false);
  }

  /**
   * Same id means the same event (ids are stable across re-extraction): the newer row wins. Rebuilds from
   * records on the page, which is fine for the small tables it is used for (see SEED_MAX_ROWS).
   */
  private mergeTable(incoming: EventTable, file: string, problems: readonly LoadProblem[]): void {
    const current = this.store.state.table;
    const records: EventRecord[] = [];
    if (current) {
      for (let row = 0; row < current.size; row++) {
        if (incoming.idToRow.has(current.id(row))) continue;
        const rec = current.record(row);
        if (rec) records.push(rec);
      }
    }
    for (let row = 0; row < incoming.size; row++) {
      const rec = incoming.record(row);
      if (rec) records.push(rec);
    }
    const name = this.store.state.datasetName ? `${this.store.state.datasetName} + ${file}` : file;
    const table = buildEventTable(records, this.actors, this.newIds, this.laneBy);
    const wasEmpty = !current || current.size === 0;
    this.dropSession();
    this.showTable(table, name, [...this.store.state.problems, ...problems], wasEmpty, false);
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
    const domain = refit && table.size ? fitDomain(table.minMs, table.maxMs) : s0.domain;
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
