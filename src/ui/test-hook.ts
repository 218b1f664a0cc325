/**
 * `window.__timeline`: a small, stable surface for end-to-end tests and benchmarks (see the app contract in
 * docs). It reads state; it never becomes a second way to drive the app except `loadCsvText`, which goes
 * through the same loader as a dropped file.
 */
import type { FrameScheduler } from './frame-scheduler';
import type { Store } from './store';
import type { TimelineView } from './timeline-view';
import { filterResultFor, keyEventRowsFor, laneOrderFor } from './derived';

export interface TimelineTestState {
  domain: [number, number];
  totalCount: number;
  filteredCount: number;
  visibleMarks: number;
  clusters: number;
  /** Lane keys top to bottom (actor ids, or agent names with lanes by agent). */
  lanes: string[];
  /** What the shown table's lanes are made of, and what the view asks for (they differ while rebuilding). */
  laneBy: string;
  tableLaneBy: string;
  hiddenActors: string[];
  selectedId: string | null;
  searchText: string;
  problems: number;
  /** Key events mode: the count asked for and the days ranked (null while ranking or when off). */
  keyEvents: { count: string; days: { date: string; ids: string[]; text: string }[] | null } | null;
  /** Titles drawn on the chart: the event id, the text shown (maybe cut with "…") and whether it is a key day's. */
  titles: { id: string; text: string; key: boolean }[];
  /** Marks drawn faded (Key events mode) and marks pinned over a badge. */
  fadedMarks: number;
  pinnedMarks: number;
}

export interface TimelineTestHook {
  ready: boolean;
  frame: number;
  whenIdle(): Promise<void>;
  state(): TimelineTestState;
  loadCsvText(text: string, name: string, mode?: 'replace' | 'merge'): Promise<void>;
  markPosition(id: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __timeline?: TimelineTestHook;
  }
}

export interface TestHookDeps {
  store: Store;
  scheduler: FrameScheduler;
  view: TimelineView;
  loadCsvText(text: string, name: string, mode: 'replace' | 'merge'): Promise<void>;
}

export function installTestHook(deps: TestHookDeps): TimelineTestHook {
  const { store, scheduler, view } = deps;
  const hook: TimelineTestHook = {
    ready: false,
    get frame() {
      return scheduler.frame;
    },
    whenIdle: () => scheduler.whenIdle(),
    state() {
      const s = store.state;
      const table = s.table;
      const filter = table ? filterResultFor(table, s.filters) : null;
      const lanes = table ? laneOrderFor(table, s.filters.hiddenActors, s.laneOrder) : [];
      return {
        domain: [s.domain[0], s.domain[1]],
        totalCount: table?.size ?? 0,
        filteredCount: filter?.index.length ?? 0,
        visibleMarks: view.scene?.marks.length ?? 0,
        clusters: view.scene?.clusters.length ?? 0,
        lanes: lanes.map((l) => table?.lanes[l]?.key ?? ''),
        laneBy: s.laneBy,
        tableLaneBy: table?.laneBy ?? '',
        hiddenActors: [...s.filters.hiddenActors],
        selectedId: s.selectedId,
        searchText: s.filters.search,
        problems: s.problems.length,
        keyEvents:
          s.keyEvents === null
            ? null
            : {
                count: String(s.keyEvents),
                days:
                  table && filter
                    ? (keyEventRowsFor(table, filter, s.keyEvents)?.days.map(({ date, ids, text }) => ({
                        date,
                        ids,
                        text,
                      })) ?? null)
                    : null,
              },
        titles: (view.scene?.titles ?? []).map((t) => ({
          id: table?.id(t.row) ?? '',
          text: t.text,
          key: t.key,
        })),
        fadedMarks: view.scene?.marks.filter((m) => m.faded).length ?? 0,
        pinnedMarks: view.scene?.marks.filter((m) => m.pinned).length ?? 0,
      };
    },
    loadCsvText: (text, name, mode = 'replace') => deps.loadCsvText(text, name, mode),
    markPosition(id) {
      const mark = view.findMark(id);
      const scene = view.scene;
      if (!mark || !scene) return null;
      if (mark.x < 0 || mark.x > scene.width || mark.y < 0 || mark.y > scene.height) return null;
      return view.toClient(mark.x, mark.y);
    },
  };
  window.__timeline = hook;
  return hook;
}
