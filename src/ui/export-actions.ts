/**
 * Export buttons: PNG at 1x and 2x, SVG and the filtered events as CSV. The picture shows the visible range
 * with every lane (not only those scrolled into view), a title, the active filters and the legend.
 */
import { EVENT_TYPES } from '../model/event-record';
import { hasActiveFilters } from '../model/filters';
import { chooseTicks } from '../model/ticks';
import { msToIsoDay } from '../model/day';
import { downloadBlob } from '../io/download';
import { serializeEvents } from '../io/events-csv-write';
import { exportFileName } from '../io/export-names';
import type { ExportContent } from '../render/export-layout';
import { exportSize, paintExport } from '../render/export-png';
import { sceneToSvg } from '../render/export-svg';
import { buildScene, laneHeightFor } from '../render/scene';
import { keyEventsLabel } from '../model/key-event-rows';
import { filterResultFor, keyEventRowsFor, laneOrderFor } from './derived';
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
    });
    const range = `${msToIsoDay(s.domain[0])} – ${msToIsoDay(s.domain[1] - 1)}`;
    return {
      scene,
      ticks: chooseTicks(s.domain, width).ticks,
      title: `${s.datasetName || 'Timeline'} · ${range} · ${filter.index.length.toLocaleString('en')} of ${table.size.toLocaleString('en')} events`,
      caption: [filterCaption(store), keyEvents ? keyEventsLabel(keyEvents.count, keyEvents.days.length) : '']
        .filter(Boolean)
        .join(' · '),
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
  byId('export-csv').addEventListener('click', () => {
    const s = store.state;
    const table = s.table;
    if (!table) return;
    const filter = filterResultFor(table, s.filters);
    const records = Array.from(filter.index, (row) => table.record(row)).filter((r) => r !== undefined);
    const name = exportFileName(s.domain, 'csv', 'events');
    downloadBlob(
      new Blob([serializeEvents(records, { spreadsheetSafe: true })], { type: 'text/csv;charset=utf-8' }),
      name,
    );
  });
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
