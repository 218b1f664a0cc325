/**
 * The one store of view state (domain, filters, selection, lane order, theme) and of the loaded data set.
 * Handlers call `update` with a new value computed by pure model/ functions; subscribers (the frame
 * scheduler, URL sync, panels) react. The store never draws.
 */
import type { EventTable, LaneBy } from '../model/event-table';
import type { Filters } from '../model/filters';
import { NO_FILTERS } from '../model/filters';
import type { TimeDomain } from '../model/time-domain';
import type { LoadProblem } from '../io/load-problem';
import type { KeyEventsCount } from '../model/key-event-rows';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface ViewState {
  /** The data set and where it came from. */
  table: EventTable | null;
  datasetName: string;
  problems: readonly LoadProblem[];
  problemsDismissed: boolean;
  /** Loading progress 0..1, or null when idle. */
  loading: { done: number; total: number; rows: number } | null;
  /**
   * While the rows of the last file read get their search text and key-day fields (a search or key days
   * asked meanwhile wait for them): how far, 0..1; null otherwise.
   */
  indexing: number | null;
  domain: TimeDomain;
  filters: Filters;
  selectedId: string | null;
  /** Explicit lane order by lane key; empty means the default order (most events first). */
  laneOrder: readonly string[];
  /**
   * What the lanes are made of: the actor (default) or the agent, the named entity that acted. The table is
   * built for one of them; the data loader builds it again when this changes.
   */
  laneBy: LaneBy;
  /** Vertical scroll of the lanes, CSS px. */
  scrollY: number;
  theme: ThemeChoice;
  /** Key events mode: how many key days to rank and title first; null when off (the default). */
  keyEvents: KeyEventsCount | null;
  /** Long empty stretches of time drawn short, with a break on the axis (model/time-warp.ts). On by default. */
  compressGaps: boolean;
}

export type Listener = (state: ViewState, previous: ViewState) => void;

export class Store {
  private current: ViewState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: ViewState) {
    this.current = initial;
  }

  get state(): ViewState {
    return this.current;
  }

  update(patch: Partial<ViewState> | ((s: ViewState) => Partial<ViewState>)): void {
    const previous = this.current;
    const change = typeof patch === 'function' ? patch(previous) : patch;
    this.current = { ...previous, ...change };
    for (const listener of this.listeners) listener(this.current, previous);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export function initialViewState(): ViewState {
  return {
    table: null,
    datasetName: '',
    problems: [],
    problemsDismissed: false,
    loading: null,
    indexing: null,
    domain: [Date.UTC(2020, 0, 1), Date.UTC(2026, 0, 1)],
    filters: NO_FILTERS,
    selectedId: null,
    laneOrder: [],
    laneBy: 'actor',
    scrollY: 0,
    theme: 'system',
    keyEvents: null,
    compressGaps: true,
  };
}
