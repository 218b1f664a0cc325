/**
 * Export buttons: PNG at 1x and 2x, SVG, and CSV of either the filtered events or only those in view. The
 * picture shows the visible range with every lane (not only those scrolled into view), a title, the active
 * filters, a line naming the sources (the articles of the events in view, and the file) and the legend.
 */
import { EVENT_TYPES } from '../model/event-record';
import { hasActiveFilters } from '../model/filters';
import { chooseScaleTicks } from '../model/ticks';
import { msToIsoDay } from '../model/day';
import { downloadBlob } from '../io/download';
import { serializeEvents } from '../io/events-csv-write';
import { csvExportName, exportFileName } from '../io/export-names';
import type { CsvExportKind } from '../io/export-names';
import { rowsInView } from '../model/in-view';
import { sourcesLine } from '../model/sources-line';
import type { EventTable } from '../model/event-table';
import type { TimeDomain } from '../model/time-domain';
import type { ExportContent } from '../render/export-layout';
import { exportSize, paintExport } from '../render/export-png';
import { sceneToSvg } from '../render/export-svg';
import { buildScene, laneHeightFor } from '../render/scene';
import { keyEventsLabel } from '../model/key-event-rows';
import { filterResultFor, keyEventRowsFor, laneOrderFor, viewWarp } from './derived';
import { actorLabel } from './event-text';
import type { Store } from './store';
import { themeColors } from './theme';
import type { TimelineView } from './timeline-view';

export function mountExports(store: Store, view: TimelineView, byId: (id: string) => HTMLElement): void {
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

  const png = (scale: number) => {
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

  byId('export-png').addEventListener('click', () => png(1));
  byId('export-png-2x').addEventListener('click', () => png(2));
  byId('export-svg').addEventListener('click', () => {
    const c = content();
    if (!c) return;
    const svg = sceneToSvg(c, themeColors(store.state.theme));
    downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), exportFileName(store.state.domain, 'svg'));
  });
  const csv = (kind: CsvExportKind) => {
    const s = store.state;
    const table = s.table;
    if (!table) return;
    const filter = filterResultFor(table, s.filters);
    const rows = kind === 'in-view' ? rowsInView(table, filter, s.domain) : Array.from(filter.index);
    const records = rows.map((row) => table.record(row)).filter((r) => r !== undefined);
    const name = csvExportName(kind, kind === 'in-view' ? s.domain : extentOf(table, rows, s.domain));
    downloadBlob(
      new Blob([serializeEvents(records, { spreadsheetSafe: true })], { type: 'text/csv;charset=utf-8' }),
      name,
    );
  };
  byId('export-csv').addEventListener('click', () => csv('filtered'));
  byId('export-csv-view').addEventListener('click', () => csv('in-view'));
}

/** First start to last end of the rows, end exclusive; the fallback when there are none. */
function extentOf(table: EventTable, rows: readonly number[], fallback: TimeDomain): TimeDomain {
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of rows) {
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
