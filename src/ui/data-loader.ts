/**
 * Loads events into the store: the bundled ./events.csv (or ?csv=<url>), actors.json, files the user opens
 * or drops, and text handed in by tests. Large inputs are parsed in a Web Worker with progress; small ones
 * on the main thread, where a worker's start-up would cost more than the parse.
 */
import type { Actor, ActorsFile } from '../model/actor';
import type { EventRecord } from '../model/event-record';
import { buildEventTable } from '../model/event-table';
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

export class DataLoader {
  private actors: Actor[] = [];
  /** Header-level notices (unknown or missing columns), shown above the row problems. */
  notices: LoadProblem[] = [];
  private newIds = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly onLoaded: (fit: boolean) => void,
  ) {}

  actorsFile(): ActorsFile {
    return { version: 1, actors: this.actors };
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
      const text = await response.text();
      await this.loadText(text, name, 'replace');
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

  async loadText(text: string, name: string, mode: LoadMode): Promise<void> {
    const parsed =
      text.length > WORKER_THRESHOLD ? await this.parseLarge(text, name, mode) : parseEventsCsv(text, name);
    this.apply(parsed, mode);
  }

  async loadFile(file: File, mode: LoadMode): Promise<void> {
    const parsed =
      file.size > WORKER_THRESHOLD
        ? await this.parseLarge(file, file.name, mode)
        : parseEventsCsv(await file.text(), file.name);
    this.apply(parsed, mode);
  }

  /** Adds events made in the page (from a pasted article), marked as new. */
  addRecords(records: readonly EventRecord[], name: string): void {
    for (const r of records) this.newIds.add(r.id);
    this.apply(
      { file: name, records: [...records], problems: [], headerProblems: [], rows: records.length },
      'merge',
    );
  }

  private async parseLarge(source: File | string, name: string, mode: LoadMode): Promise<ParsedEvents> {
    this.store.update({ loading: { done: 0, total: 1, rows: 0 } });
    return parseEventsInWorker(source, name, {
      onProgress: (p) => this.store.update({ loading: { done: p.done, total: p.total, rows: p.rows } }),
      onFirstBatch: (records) => {
        // A first picture while the rest streams in; replaced by the full table when parsing ends.
        if (mode === 'replace') this.showTable(records, name, [], true);
      },
    });
  }

  private apply(parsed: ParsedEvents, mode: LoadMode): void {
    const current = this.store.state.table;
    const wasEmpty = !current || current.size === 0;
    let records = parsed.records;
    let problems: readonly LoadProblem[] = parsed.problems;
    if (mode === 'merge' && current) {
      // Same id means the same event (ids are stable across re-extraction): the newer row wins.
      const incoming = new Set(parsed.records.map((r) => r.id));
      records = [...current.records.filter((r) => !incoming.has(r.id)), ...parsed.records];
      problems = [...this.store.state.problems, ...parsed.problems];
    } else {
      this.newIds = new Set();
    }
    this.notices = mode === 'merge' ? [...this.notices, ...parsed.headerProblems] : parsed.headerProblems;
    const name =
      mode === 'merge' && this.store.state.datasetName
        ? `${this.store.state.datasetName} + ${parsed.file}`
        : parsed.file;
    this.showTable(records, name, problems, mode === 'replace' || wasEmpty);
  }

  private showTable(
    records: readonly EventRecord[],
    name: string,
    problems: readonly LoadProblem[],
    fit: boolean,
  ): void {
    const table = buildEventTable(records, this.actors, this.newIds);
    this.store.update((s) => ({
      table,
      datasetName: name,
      problems,
      problemsDismissed: false,
      loading: null,
      domain: fit && table.size ? fitDomain(table.minMs, table.maxMs) : s.domain,
      selectedId: s.selectedId !== null && table.idToRow.has(s.selectedId) ? s.selectedId : null,
      scrollY: fit ? 0 : s.scrollY,
    }));
    this.onLoaded(fit);
  }
}
