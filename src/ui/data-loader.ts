/**
 * Loads events into the store: the bundled ./events.csv (or ?csv=<url>), actors.json, files the user opens
 * or drops, and text handed in by tests. Large inputs stream through a Web Worker that builds the columnar
 * table and transfers it; the page shows a first picture after a few thousand rows, a better one each time
 * the row count doubles, and can cancel. Small inputs parse on the main thread, where a worker's start-up
 * would cost more than the parse.
 */
import type { Actor, ActorsFile } from '../model/actor';
import type { EventRecord } from '../model/event-record';
import type { EventTable, EventTableParts } from '../model/event-table';
import { eventTableFromParts } from '../model/event-table';
import { buildEventTable } from '../model/event-table-builder';
import type { RowTextStore } from '../model/row-text';
import type { TimeDomain } from '../model/time-domain';
import { fitDomain } from '../model/time-domain';
import { parseActorsJson } from '../io/actors-json';
import type { ParsedEvents } from '../io/events-csv-parse';
import { parseEventsCsv } from '../io/events-csv-parse';
import type { LoadProblem } from '../io/load-problem';
import { parseEventsInWorker } from '../io/parse-in-worker';
import type { Store } from './store';

/** Above this size (characters or bytes) parsing moves to a worker: about 10 ms of main-thread parse. */
const WORKER_THRESHOLD = 1_000_000;

export type LoadMode = 'replace' | 'merge';

export interface DataLoaderOptions {
  /**
   * The simple approach, kept for benchmarks (`?load=naive`): read the whole file as one string and parse it
   * into row objects on the main thread, whatever its size.
   */
  naive?: boolean;
}

export class DataLoader {
  private actors: Actor[] = [];
  /** Header-level notices (unknown or missing columns), shown above the row problems. */
  notices: LoadProblem[] = [];
  private newIds = new Set<string>();
  private loadController: AbortController | null = null;
  /** The domain last set by fitting a progressive picture; the user moving away from it stops refitting. */
  private fittedDomain: TimeDomain | null = null;

  constructor(
    private readonly store: Store,
    private readonly onLoaded: (fit: boolean) => void,
    private readonly options: DataLoaderOptions = {},
  ) {}

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
    this.apply(
      { file: name, records: [...records], problems: [], headerProblems: [], rows: records.length },
      'merge',
    );
  }

  private async loadSource(source: Blob | string, name: string, mode: LoadMode): Promise<void> {
    const size = typeof source === 'string' ? source.length : source.size;
    if (size <= WORKER_THRESHOLD || this.options.naive) {
      const text = typeof source === 'string' ? source : await source.text();
      this.apply(parseEventsCsv(text, name), mode);
    } else {
      await this.stream(source, name, mode);
    }
  }

  private async stream(source: Blob | string, name: string, mode: LoadMode): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    const total = typeof source === 'string' ? source.length : source.size;
    this.store.update({ loading: { done: 0, total, rows: 0 } });
    const progressive = mode === 'replace' || !this.store.state.table?.size;
    if (progressive) this.newIds = new Set();
    this.fittedDomain = null;
    let shown: { parts: EventTableParts; text: RowTextStore } | null = null;
    let problemsSoFar: readonly LoadProblem[] = [];
    try {
      const result = await parseEventsInWorker(source, name, this.actors, {
        signal: controller.signal,
        onProgress: (p, problems) => {
          problemsSoFar = problems;
          this.store.update({ loading: { done: p.done, total: p.total, rows: p.rows } });
        },
        onSnapshot: (parts, text) => {
          if (!progressive) return;
          shown = { parts, text };
          this.showTable(
            eventTableFromParts(parts, text, this.actors),
            name,
            problemsSoFar,
            'unless-moved',
            true,
          );
        },
      });
      const incoming = eventTableFromParts(result.parts, result.text, this.actors);
      if (mode === 'merge' && !progressive) {
        this.notices = [...this.notices, ...result.headerProblems];
        this.mergeTable(incoming, result.file, result.problems);
      } else {
        this.notices = result.headerProblems;
        this.showTable(incoming, name, result.problems, 'unless-moved', false);
      }
    } catch (e) {
      if ((e as Error).name !== 'AbortError') throw e;
      const partial = shown as { parts: EventTableParts; text: RowTextStore } | null;
      this.notices = [
        ...this.notices,
        {
          file: name,
          line: 0,
          field: '',
          reason: `loading cancelled: ${partial ? partial.parts.size.toLocaleString('en') : 'no'} rows shown, the rest of the file was not read`,
        },
      ];
      this.store.update({ loading: null, problemsDismissed: false });
      this.onLoaded(false);
    } finally {
      if (this.loadController === controller) this.loadController = null;
    }
  }

  private apply(parsed: ParsedEvents, mode: LoadMode): void {
    const current = this.store.state.table;
    const wasEmpty = !current || current.size === 0;
    if (mode === 'replace' || !current) this.newIds = new Set();
    this.notices = mode === 'merge' ? [...this.notices, ...parsed.headerProblems] : parsed.headerProblems;
    if (mode === 'merge' && current) {
      this.mergeTable(buildEventTable(parsed.records, this.actors), parsed.file, parsed.problems);
      return;
    }
    const table = buildEventTable(parsed.records, this.actors, this.newIds);
    this.showTable(table, parsed.file, parsed.problems, mode === 'replace' || wasEmpty, false);
  }

  /**
   * Same id means the same event (ids are stable across re-extraction): the newer row wins. Merging rebuilds
   * from records, which is fine for the article-sized additions it is for; a million-row merge takes seconds.
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
    const table = buildEventTable(records, this.actors, this.newIds);
    const wasEmpty = !current || current.size === 0;
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
