/**
 * Export buttons: PNG at 1x and 2x, SVG, and CSV of either the filtered events or only those in view. The
 * picture shows the visible range with every lane (not only those scrolled into view), a title, the active
 * filters, a line naming the sources (the articles of the events in view, and the file) and the legend.
 * CSV exports run in chunks with a progress strip and Cancel (csv-export-runner.ts, export-progress.ts).
 */
import { EVENT_TYPES } from '../model/event-record';
import { hasActiveFilters } from '../model/filters';
import { chooseScaleTicks } from '../model/ticks';
import { msToIsoDay } from '../model/day';
import { downloadBlob } from '../io/download';
import { exportCsvBlob } from '../io/csv-export';
import type { TableSession } from '../io/table-session';
import { csvExportName, exportFileName } from '../io/export-names';
import type { CsvExportKind } from '../io/export-names';
import { rowIndexInView, rowsInView } from '../model/in-view';
import { sourcesLine } from '../model/sources-line';
import type { EventTable } from '../model/event-table';
import type { TimeDomain } from '../model/time-domain';
import type { ExportContent } from '../render/export-layout';
import { exportSize, paintExport } from '../render/export-png';
import { sceneToSvg } from '../render/export-svg';
import { buildScene, laneHeightFor } from '../render/scene';
import { keyEventsLabel } from '../model/key-event-rows';
import { filterResultFor, keyEventRowsFor, laneOrderFor, viewWarp } from './derived';
import { CsvExportRunner } from './csv-export-runner';
import { actorLabel } from './event-text';
import { mountExportProgress } from './export-progress';
import type { Store } from './store';
import { themeColors } from './theme';
import type { TimelineView } from './timeline-view';

/**
 * Rows in view whose text a PNG or SVG export reads from a large file for its sources line: about what
 * the table keeps full text for (model/row-text.ts). A view of more rows names the articles of these.
 */
const SOURCE_ROWS_READ = 4_000;

export interface ExportDeps {
  /** The table worker holding `table`'s rows, or null for a table the page holds itself. */
  workerFor(table: EventTable): TableSession | null;
}

export function mountExports(
  store: Store,
  view: TimelineView,
  byId: (id: string) => HTMLElement,
  deps: ExportDeps,
): void {
  const content = (): ExportContent | null => {
    const s = store.state;
    const table = s.table;
    if (!table) return null;
    const { width, height } = view.plotSize();
    const filter = filterResultFor(table, s.filters);
    const lanes = laneOrderFor(table, s.filters.hiddenActors, s.laneOrder);
    const laneHeight = laneHeightFor(lanes.length, height);
    const keyEvents = s.keyEvents !== null ? keyEventRowsFor(table, filter, s.keyEvents) : null;
    const scene = buildScene({
      table,
      filter,
      laneOrder: lanes,
      domain: s.domain,
      width,
      height: Math.max(laneHeight, laneHeight * lanes.length),
      scrollY: 0,
      keyEvents,
      warp: viewWarp(s),
    });
    const range = `${msToIsoDay(s.domain[0])} – ${msToIsoDay(s.domain[1] - 1)}`;
    const articles = (function* () {
      for (const row of rowsInView(table, filter, s.domain)) {
        const r = table.record(row);
        if (r) yield { id: r.article_id, title: r.article_title };
      }
    })();
    // About 6.5 px per character of 12 px text, across the picture's width less its margins.
    const sourcesChars = Math.max(40, Math.floor((view.gutterWidth + width - 16) / 6.5));
    return {
      scene,
      ticks: chooseScaleTicks(scene.scale).ticks,
      title: `${s.datasetName || 'Timeline'} · ${range} · ${filter.index.length.toLocaleString('en')} of ${table.size.toLocaleString('en')} events`,
      caption: [filterCaption(store), keyEvents ? keyEventsLabel(keyEvents.count, keyEvents.days.length) : '']
        .filter(Boolean)
        .join(' · '),
      sources: sourcesLine(articles, s.datasetName, sourcesChars),
      gutterWidth: view.gutterWidth,
      // The legend explains the types the data holds and the filters show, not all 37.
      types: EVENT_TYPES.filter(
        (t, i) => (table.typeCounts[i] ?? 0) > 0 && !s.filters.hiddenTypes.includes(t),
      ),
    };
  };

  /**
   * Rows of a large file hold their ids and titles only: the sources line needs the article of each row in
   * view, read from the file first for as many rows as the table keeps full text for.
   */
  const readSources = async (): Promise<void> => {
    const s = store.state;
    const table = s.table;
    if (!table) return;
    const rows = rowsInView(table, filterResultFor(table, s.filters), s.domain);
    const missing = rows.slice(0, SOURCE_ROWS_READ).filter((row) => !table.hasText(row));
    if (missing.length) await table.loadText(missing).catch(() => undefined);
  };

  const png = async (scale: number) => {
    await readSources();
    const c = content();
    if (!c) return;
    const layout = exportSize(c);
    const canvas = document.createElement('canvas');
    canvas.width = layout.width * scale;
    canvas.height = layout.height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    paintExport(ctx, c, themeColors(store.state.theme), scale);
    const name = exportFileName(store.state.domain, 'png', 'timeline', scale === 1 ? '' : `@${scale}x`);
    canvas.toBlob((blob) => {
      if (blob) downloadBlob(blob, name);
    }, 'image/png');
  };

  byId('export-png').addEventListener('click', () => void png(1));
  byId('export-png-2x').addEventListener('click', () => void png(2));
  const svg = async () => {
    await readSources();
    const c = content();
    if (!c) return;
    const text = sceneToSvg(c, themeColors(store.state.theme));
    downloadBlob(new Blob([text], { type: 'image/svg+xml' }), exportFileName(store.state.domain, 'svg'));
  };
  byId('export-svg').addEventListener('click', () => void svg());
  // CSV is written in chunks off the page's critical path (io/csv-export.ts); the strip shows progress and
  // Cancel for an export that takes more than a moment, and a new export replaces one under way.
  const progress = mountExportProgress(byId('export-progress'), () => runner.cancel());
  const runner = new CsvExportRunner(downloadBlob, (status) => progress.update(status));
  const csv = (kind: CsvExportKind) => {
    const s = store.state;
    const table = s.table;
    if (!table) return;
    const filter = filterResultFor(table, s.filters);
    // Row numbers as a typed array: the filter's own index (never changed in place), or the rows in view.
    const rows = kind === 'in-view' ? rowIndexInView(table, filter, s.domain) : filter.index;
    const name = csvExportName(kind, kind === 'in-view' ? s.domain : extentOf(table, rows, s.domain));
    const worker = deps.workerFor(table);
    void runner.start(kind, name, (signal, onProgress) =>
      exportCsvBlob(table, worker, rows, { signal, onProgress }),
    );
  };
  byId('export-csv').addEventListener('click', () => csv('filtered'));
  byId('export-csv-view').addEventListener('click', () => csv('in-view'));
}

/** First start to last end of the rows, end exclusive; the fallback when there are none. */
function extentOf(table: EventTable, rows: ArrayLike<number>, fallback: TimeDomain): TimeDomain {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? 0;
    lo = Math.min(lo, table.startMs[row] ?? Infinity);
    hi = Math.max(hi, table.endMs[row] ?? -Infinity);
  }
  return lo < hi ? [lo, hi] : fallback;
}

/** "Filters: hiding Russia, China · types: missile test · search “launch”", or "All events". */
export function filterCaption(store: Store): string {
  const s = store.state;
  const table = s.table;
  if (!table || !hasActiveFilters(s.filters)) return 'All events, no filters';
  const parts: string[] = [];
  if (s.filters.hiddenActors.length) {
    parts.push(`hiding ${s.filters.hiddenActors.map((a) => actorLabel(table, a)).join(', ')}`);
  }
  if (s.filters.hiddenTypes.length) parts.push(`types hidden: ${s.filters.hiddenTypes.join(', ')}`);
  if (s.filters.hiddenFactualities.length) parts.push(`hidden: ${s.filters.hiddenFactualities.join(', ')}`);
  if (s.filters.search.trim()) parts.push(`search “${s.filters.search.trim()}”`);
  return `Filters: ${parts.join(' · ')}`;
}
