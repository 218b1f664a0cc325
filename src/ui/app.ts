/**
 * Mounts the page: creates the view, zoom, keyboard, panels and the frame scheduler around one store, and
 * returns the loader. Every handler updates the store; only the scheduler's paint touches pixels.
 */
import type { TimeDomain } from '../model/time-domain';
import { clampDomain, zoomAround } from '../model/time-domain';
import { msToIsoDay } from '../model/day';
import { countInView, eventCountLabel } from '../model/in-view';
import { DataLoader } from './data-loader';
import { filterResultFor, hasFilterResult, onFilterWork, viewWarp } from './derived';
import { inDisplayTime } from '../model/time-warp';
import { FrameScheduler } from './frame-scheduler';
import { mountKeyboard } from './keyboard';
import { mountAnnouncer } from './announcer';
import { mountShortcutsDialog } from './shortcuts-dialog';
import { mountTableView } from './table-view';
import type { Store } from './store';
import { installTestHook } from './test-hook';
import { mountTheme, themeColors } from './theme';
import { startRehearsal } from './rehearsal';
import { required, TimelineView } from './timeline-view';
import { ZoomController } from './zoom-controller';
import { mountPointer } from './pointer';
import { mountFiltersPanel } from './filters-panel';
import { mountLegend } from './legend-panel';
import { mountDetailPanel } from './detail-panel';
import { mountProblemsPanel } from './problems-panel';
import { mountUrlSync } from './url-sync';
import { mountFileDrop } from './file-drop';
import { mountExports } from './export-actions';
import { mountOverview } from './overview';
import { fitShown, mountRefitOffer } from './refit';
import { mountGapToggle } from './gap-toggle';
import { mountAddArticle } from './add-article';
import { mountLaneDrag } from './lane-drag';
import { mountLoadingProgress } from './loading-progress';
import { mountSearchIndexing } from './search-indexing';
import { mountKeyEventsPanel } from './key-events-panel';
import { createSavedData } from './saved-data';
import type { SavedData } from './saved-data';
import { mountSavedDataMenu } from './saved-data-menu';
import { mountCopyLink } from './copy-link';
import { LANE_BYS } from '../model/event-table';
import { mountLaneMenu } from './lane-menu';
import { mountControlsToggle } from './controls-toggle';
import { panelResize } from './panel-resize';

export interface App {
  store: Store;
  loader: DataLoader;
  /** The user's data kept in this browser: every user load goes through it, and it restores at start. */
  saved: SavedData;
  scheduler: FrameScheduler;
  view: TimelineView;
  /** Data bounds used to keep panning near the data, or undefined before anything is loaded. */
  bounds(): TimeDomain | undefined;
  fitAll(): void;
  markReady(): void;
}

const BUTTON_ZOOM_FACTOR = 2;

/** The simple approaches, kept so benchmarks can show what the real ones buy (`?render=naive&load=naive`). */
export interface AppOptions {
  naiveRender?: boolean;
  naiveLoad?: boolean;
  /** The data set served with the app; defaults to ./events.csv. */
  bundled?: { url: string; name: string };
}

export function mountApp(store: Store, options: AppOptions = {}): App {
  const byId = <T extends HTMLElement>(id: string) =>
    required(document.getElementById(id) as T | null, `#${id}`);
  const view = new TimelineView(byId('chart'));
  view.levelOfDetail = !options.naiveRender;
  const paintListeners: (() => void)[] = [];
  /**
   * The panels that list the data (filters, legend, overview, key events, problems, table). A new table (a
   * load's first picture, a later one, a merge) changes the chart and all of them at once: one frame that
   * measured 150-540 ms at 100,000 rows on a loaded 2-core machine. The chart goes first and these follow
   * in the next frame, so neither frame holds the page for the sum of both.
   */
  const panelListeners: (() => void)[] = [];
  /** The table the last frame drew, to tell a frame that brings a new one. */
  let drawnTable: unknown = null;
  let gutterPx = 0;
  const scheduler = new FrameScheduler(() => {
    const table = store.state.table;
    const isNewTable = table !== drawnTable;
    drawnTable = table;
    view.paint(store.state, themeColors(store.state.theme));
    // The gutter fits the data set's lane labels, so a new data set can move the plot's left edge; the
    // zoom gesture's transform is measured from there and must follow, like after a resize.
    if (view.gutterWidth !== gutterPx) {
      gutterPx = view.gutterWidth;
      zoomController.sync(store.state.domain);
    }
    for (const listener of paintListeners) listener();
    if (isNewTable && table) {
      startRehearsal(
        { rehearse: (state, domain) => view.rehearse(state, themeColors(state.theme), domain) },
        () => store.state,
        bounds(),
      );
      scheduler.request();
    } else for (const listener of panelListeners) listener();
  });

  const bounds = (): TimeDomain | undefined => {
    const t = store.state.table;
    return t && t.size ? [t.minMs, t.maxMs] : undefined;
  };
  // Fits what the filters show (all rows when none is on): see refit.ts.
  const fitAll = () => {
    const fit = fitShown(store);
    if (fit) store.update({ domain: fit });
  };
  let hook: ReturnType<typeof installTestHook> | null = null;
  const urlSync = mountUrlSync(store, bounds);
  let firstLoad = true;
  // Restoring saved data replays several loads; the hash's view is applied to the last one, not the first.
  let hashHeld = false;
  const applyInitialHash = () => {
    if (firstLoad && !hashHeld && store.state.table) {
      // The hash the page opened with wins over "fit all" for the first data set.
      firstLoad = false;
      urlSync.applyHash();
    }
  };
  const loader = new DataLoader(
    store,
    () => {
      applyInitialHash();
      scheduler.request();
    },
    { naive: options.naiveLoad, track: (work) => scheduler.track(work) },
  );
  const saved = createSavedData({
    store,
    loader,
    bundled: options.bundled ?? { url: './events.csv', name: 'events.csv' },
    holdInitialHash: () => {
      hashHeld = true;
      return () => {
        hashHeld = false;
        applyInitialHash();
        scheduler.request();
      };
    },
    track: (work) => scheduler.track(work),
  });
  const zoomController = new ZoomController(view, store, bounds);

  // Filter queries answered by the table worker repaint when they return, and tests wait for them.
  onFilterWork((work) => scheduler.track(work));
  // A new search or filter is asked of the table worker at once, not at the next frame's paint: under
  // load that frame came 2-35 ms later (bench:load --search).
  store.subscribe(() => {
    const { table, filters } = store.state;
    if (table && !hasFilterResult(table, filters)) filterResultFor(table, filters);
  });
  store.subscribe(() => scheduler.request());
  const detailPanel = byId('detail-panel');
  const keepScale = panelResize(store, view, detailPanel);
  new ResizeObserver(() => {
    keepScale.resized();
    zoomController.sync(store.state.domain);
    scheduler.request();
  }).observe(view.chart);

  mountTheme(store, byId<HTMLButtonElement>('theme-toggle'), () => scheduler.request());
  const shortcuts = mountShortcutsDialog();
  mountKeyboard(store, {
    fitAll,
    closePanel: () => store.update({ selectedId: null }),
    bounds,
    showShortcuts: shortcuts.open,
    focusPanel: () => byId('detail-panel').focus(),
    laneBand: (lane) => {
      const band = view.scene?.lanes.find((l) => l.lane === lane);
      return band && view.scene ? { y: band.y, height: band.height, viewHeight: view.scene.height } : null;
    },
  });
  const announcer = mountAnnouncer(store);
  const zoomBy = (factor: number) => {
    const d = store.state.domain;
    const next = inDisplayTime(viewWarp(store.state), d, (v) => zoomAround(v, (v[0] + v[1]) / 2, factor));
    store.update({ domain: clampDomain(next, bounds()) });
  };
  byId('zoom-in').addEventListener('click', () => zoomBy(BUTTON_ZOOM_FACTOR));
  byId('zoom-out').addEventListener('click', () => zoomBy(1 / BUTTON_ZOOM_FACTOR));
  byId('zoom-fit').addEventListener('click', fitAll);
  paintListeners.push(mountRefitOffer(store, byId('zoom-fit')).refresh);
  paintListeners.push(mountGapToggle(store, byId<HTMLButtonElement>('gap-toggle')).refresh);
  const pointer = mountPointer(view, store, byId('tooltip'), detailPanel, bounds);
  paintListeners.push(() => pointer.refresh());

  const filters = mountFiltersPanel(store, document);
  mountControlsToggle(document);
  const legend = mountLegend(byId('legend'), store);
  const detail = mountDetailPanel(store, detailPanel);
  const problems = mountProblemsPanel(store, byId('problems-panel'), () => loader.notices, {
    groups: () => loader.conflicts,
    resolve: (group, choice) => saved.resolveConflicts(group, choice),
  });
  // The width drawn with the panel as it was, before detail.refresh opens or closes it.
  paintListeners.push(keepScale.afterPaint, detail.refresh);
  panelListeners.push(filters.refresh, legend.refresh, problems.refresh);
  const tableView = mountTableView(store, byId<HTMLButtonElement>('view-toggle'), [
    byId('chart'),
    byId('overview'),
  ]);
  panelListeners.push(tableView.refresh);
  const openArticle = mountAddArticle(byId, {
    actors: () => loader.actorsFile(),
    addEvents: (events, name) => void saved.addRecords(events, name),
  });
  mountFileDrop(byId<HTMLInputElement>('file-input'), byId('drop-overlay'), {
    loadCsv: (file, mode) => saved.loadFile(file, mode),
    openArticle,
    mergeChosen: () => byId<HTMLInputElement>('merge-mode').checked,
  });
  mountExports(store, view, byId, { workerFor: (table) => loader.workerFor(table) });
  mountSavedDataMenu(saved, byId<HTMLButtonElement>('saved-data'), byId('saved-note'));
  mountCopyLink(byId<HTMLButtonElement>('copy-link'), byId('copy-link-status'), {
    isLocal: () => saved.isLocal,
    dataName: () => store.state.datasetName,
  });
  mountLaneDrag(store, view, required(document.querySelector<SVGGElement>('#lane-labels'), '#lane-labels'));
  const overview = mountOverview(store, view, byId('overview'), bounds);
  panelListeners.push(overview.refresh);
  const keyEvents = mountKeyEventsPanel(
    store,
    byId<HTMLSelectElement>('key-events'),
    byId('key-events-section'),
    announcer,
    bounds,
  );
  panelListeners.push(keyEvents.refresh);
  paintListeners.push(mountLaneMenu(store, byId<HTMLSelectElement>('lane-sort')).refresh);
  // One lane per actor or per named entity: the loader builds the table again (data-loader.ts relane).
  const laneBy = byId<HTMLSelectElement>('lane-by');
  laneBy.addEventListener('change', () => {
    const value = LANE_BYS.find((v) => v === laneBy.value) ?? 'actor';
    if (value !== store.state.laneBy) store.update({ laneBy: value });
  });
  paintListeners.push(() => {
    if (laneBy.value !== store.state.laneBy) laneBy.value = store.state.laneBy;
  });
  mountLoadingProgress(store, byId('loading'), {
    cancel: () => loader.cancel(),
    isCancellable: () => loader.isCancellable,
  });
  mountSearchIndexing(store, byId('search-indexing'));

  // Header and range label follow the state after each paint. Text is written only when it changes: an
  // equal write still replaces the text node and costs a layout in every frame of a pan.
  const setText = (el: Element, text: string) => {
    if (el.textContent !== text) el.textContent = text;
  };
  const datasetName = byId('dataset-name');
  const eventCount = byId('event-count');
  const rangeLabel = byId('range-label');
  const emptyState = byId('empty-state');
  paintListeners.push(() => {
    const s = store.state;
    const table = s.table;
    setText(datasetName, s.datasetName || (s.loading ? 'Loading…' : 'No data'));
    const title = s.datasetName ? `${s.datasetName} · News timeline` : 'News timeline';
    if (document.title !== title) document.title = title;
    if (table) {
      const filter = filterResultFor(table, s.filters);
      const filtered = filter.index.length;
      setText(eventCount, eventCountLabel(countInView(table, filter, s.domain), filtered, table.size));
      emptyState.hidden = filtered > 0 || !!s.loading;
      const empty = emptyState.querySelector('.empty-title');
      if (empty) setText(empty, table.size === 0 ? 'No events loaded.' : 'No events match.');
    } else {
      setText(eventCount, '');
      emptyState.hidden = !!s.loading;
    }
    setText(rangeLabel, `${msToIsoDay(s.domain[0])} – ${msToIsoDay(s.domain[1] - 1)}`);
  });

  const app: App = {
    store,
    loader,
    saved,
    scheduler,
    view,
    bounds,
    fitAll,
    markReady: () => {
      void scheduler.whenIdle().then(() => {
        if (hook) hook.ready = true;
      });
    },
  };
  hook = installTestHook({
    store,
    scheduler,
    view,
    loadCsvText: async (text, name, mode) => {
      await saved.loadText(text, name, mode);
      await scheduler.whenIdle();
    },
  });
  return app;
}
