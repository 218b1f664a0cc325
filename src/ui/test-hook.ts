/**
 * `window.__timeline`: a small, stable surface for end-to-end tests and benchmarks (see the app contract in
 * docs). It reads state; it never becomes a second way to drive the app except `loadCsvText`, which goes
 * through the same loader as a dropped file.
 */
import type { FrameScheduler } from './frame-scheduler';
import type { Store } from './store';
import type { TimelineView } from './timeline-view';
import { TITLE_HEIGHT_PX } from '../render/label-placement';
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
  /** Likely next views painted off screen in idle time since the page opened (ui/rehearsal.ts). */
  rehearsedViews: number;
  /** Gap compression asked for, and the compressed gaps drawn in view as plot x ranges. */
  compressGaps: boolean;
  breaks: { x0: number; x1: number }[];
}

export interface TimelineTestHook {
  ready: boolean;
  frame: number;
  whenIdle(): Promise<void>;
  state(): TimelineTestState;
  loadCsvText(text: string, name: string, mode?: 'replace' | 'merge'): Promise<void>;
  markPosition(id: string): { x: number; y: number } | null;
  /** Every mark of the last frame whose centre is in the plot, and every badge and title, in client px. */
  drawn(): DrawnItems;
}

/** Geometry of what the last frame drew, client CSS px: for specs that click what a person sees. */
export interface DrawnItems {
  /** Point marks: glyph centre and radius. Spans: the bar from x0 to x1 (clipped to the plot) at y. */
  marks: { id: string; x: number; y: number; r: number; span: boolean; x0: number; x1: number }[];
  /** Count badges as boxes. */
  badges: { x0: number; x1: number; y0: number; y1: number }[];
  /** Title boxes. */
  titles: { id: string; x0: number; x1: number; y0: number; y1: number }[];
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
        compressGaps: s.compressGaps,
        breaks: view.scene ? view.scene.breaks.map((b) => ({ x0: b.x0, x1: b.x1 })) : [],
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
        rehearsedViews: view.rehearsed,
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
    drawn() {
      const scene = view.scene;
      const table = store.state.table;
      const out: DrawnItems = { marks: [], badges: [], titles: [] };
      if (!scene || !table) return out;
      const origin = view.toClient(0, 0);
      for (const m of scene.marks) {
        if (m.y < 0 || m.y > scene.height) continue;
        if (!m.span && (m.x < 0 || m.x > scene.width)) continue;
        const x0 = Math.max(0, m.x0);
        const x1 = Math.min(scene.width, m.x1);
        if (m.span && x1 <= x0) continue;
        out.marks.push({
          id: table.id(m.row),
          x: origin.x + m.x,
          y: origin.y + m.y,
          r: m.r,
          span: m.span,
          x0: origin.x + x0,
          x1: origin.x + x1,
        });
      }
      for (const c of scene.clusters) {
        out.badges.push({
          x0: origin.x + c.x - c.halfWidth,
          x1: origin.x + c.x + c.halfWidth,
          y0: origin.y + c.y - c.r,
          y1: origin.y + c.y + c.r,
        });
      }
      for (const t of scene.titles) {
        out.titles.push({
          id: table.id(t.row),
          x0: origin.x + t.x0,
          x1: origin.x + t.x1,
          y0: origin.y + t.y - TITLE_HEIGHT_PX / 2,
          y1: origin.y + t.y + TITLE_HEIGHT_PX / 2,
        });
      }
      return out;
    },
  };
  window.__timeline = hook;
  return hook;
}
