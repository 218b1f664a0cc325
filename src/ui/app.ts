/**
 * Mounts the page: creates the view, zoom, keyboard, panels and the frame scheduler around one store, and
 * returns the loader. Every handler updates the store; only the scheduler's paint touches pixels.
 */
import type { TimeDomain } from '../model/time-domain';
import { clampDomain, fitDomain, zoomAround } from '../model/time-domain';
import { msToIsoDay } from '../model/day';
import { DataLoader } from './data-loader';
import { filterResultFor } from './derived';
import { FrameScheduler } from './frame-scheduler';
import { mountKeyboard } from './keyboard';
import type { Store } from './store';
import { installTestHook } from './test-hook';
import { mountTheme, themeColors } from './theme';
import { required, TimelineView } from './timeline-view';
import { ZoomController } from './zoom-controller';
import { mountPointer } from './pointer';

export interface App {
  store: Store;
  loader: DataLoader;
  scheduler: FrameScheduler;
  view: TimelineView;
  /** Data bounds used to keep panning near the data, or undefined before anything is loaded. */
  bounds(): TimeDomain | undefined;
  fitAll(): void;
  markReady(): void;
}

const BUTTON_ZOOM_FACTOR = 2;

export function mountApp(store: Store): App {
  const byId = <T extends HTMLElement>(id: string) =>
    required(document.getElementById(id) as T | null, `#${id}`);
  const view = new TimelineView(byId('chart'));
  const paintListeners: (() => void)[] = [];
  const scheduler = new FrameScheduler(() => {
    view.paint(store.state, themeColors(store.state.theme));
    for (const listener of paintListeners) listener();
  });

  const bounds = (): TimeDomain | undefined => {
    const t = store.state.table;
    return t && t.size ? [t.minMs, t.maxMs] : undefined;
  };
  const fitAll = () => {
    const t = store.state.table;
    if (t && t.size) store.update({ domain: fitDomain(t.minMs, t.maxMs) });
  };
  let hook: ReturnType<typeof installTestHook> | null = null;
  const loader = new DataLoader(store, () => scheduler.request());
  const zoomController = new ZoomController(view, store, bounds);

  store.subscribe(() => scheduler.request());
  new ResizeObserver(() => {
    zoomController.sync(store.state.domain);
    scheduler.request();
  }).observe(view.chart);

  mountTheme(store, byId<HTMLButtonElement>('theme-toggle'), () => scheduler.request());
  mountKeyboard(store, {
    fitAll,
    closePanel: () => store.update({ selectedId: null }),
    bounds,
  });
  const zoomBy = (factor: number) => {
    const d = store.state.domain;
    store.update({ domain: clampDomain(zoomAround(d, (d[0] + d[1]) / 2, factor), bounds()) });
  };
  byId('zoom-in').addEventListener('click', () => zoomBy(BUTTON_ZOOM_FACTOR));
  byId('zoom-out').addEventListener('click', () => zoomBy(1 / BUTTON_ZOOM_FACTOR));
  byId('zoom-fit').addEventListener('click', fitAll);
  const pointer = mountPointer(view, store, byId('tooltip'), bounds);
  paintListeners.push(() => pointer.refresh());

  // Header and range label follow the state after each paint.
  const datasetName = byId('dataset-name');
  const eventCount = byId('event-count');
  const rangeLabel = byId('range-label');
  const emptyState = byId('empty-state');
  paintListeners.push(() => {
    const s = store.state;
    const table = s.table;
    datasetName.textContent = s.datasetName || (s.loading ? 'Loading…' : 'No data');
    document.title = s.datasetName ? `${s.datasetName} · News timeline` : 'News timeline';
    if (table) {
      const filtered = filterResultFor(table, s.filters).index.length;
      eventCount.textContent =
        filtered === table.size
          ? `${table.size.toLocaleString('en')} events`
          : `${filtered.toLocaleString('en')} of ${table.size.toLocaleString('en')} events`;
      emptyState.hidden = filtered > 0 || !!s.loading;
      const empty = emptyState.querySelector('.empty-title');
      if (empty) empty.textContent = table.size === 0 ? 'No events loaded.' : 'No events match.';
    } else {
      eventCount.textContent = '';
      emptyState.hidden = !!s.loading;
    }
    rangeLabel.textContent = `${msToIsoDay(s.domain[0])} – ${msToIsoDay(s.domain[1] - 1)}`;
  });

  const app: App = {
    store,
    loader,
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
      await loader.loadText(text, name, mode);
      await scheduler.whenIdle();
    },
  });
  return app;
}
