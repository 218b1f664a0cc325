/**
 * Gestures only: d3-zoom turns wheel, drag, pinch and double-click into a transform, which becomes a new
 * domain in the store (clamped by model/time-domain). When the domain changes for another reason (buttons,
 * keys, brush, URL), the zoom behaviour's transform is re-synced so the next gesture starts from it.
 * Vertical drag and shift/horizontal wheel scroll the lanes instead.
 */
import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3';
import { select, zoom, zoomIdentity } from 'd3';
import type { TimeDomain } from '../model/time-domain';
import { clampDomain, MAX_VISIBLE_MS, MIN_VISIBLE_MS, panBy } from '../model/time-domain';
import { inDisplayTime, unwarpDomain, warpDomain } from '../model/time-warp';
import { viewWarp } from './derived';
import { gestureEnded, gestureStarted } from './history-hint';
import type { Store } from './store';
import type { TimelineView } from './timeline-view';

/** Reference span the transform is measured against; any fixed value works, a year keeps k readable. */
const REFERENCE_MS = 365 * 86_400_000;
const REFERENCE_T0 = 0;

export class ZoomController {
  private readonly behavior: ZoomBehavior<HTMLElement, unknown>;
  private syncing = false;
  private lastY = 0;

  constructor(
    private readonly view: TimelineView,
    private readonly store: Store,
    private readonly bounds: () => TimeDomain | undefined,
  ) {
    this.behavior = zoom<HTMLElement, unknown>()
      .scaleExtent([REFERENCE_MS / MAX_VISIBLE_MS, REFERENCE_MS / MIN_VISIBLE_MS])
      .filter((event: Event) => this.accepts(event))
      .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        this.lastY = event.transform.y;
        if (event.sourceEvent) gestureStarted();
      })
      .on('end', () => gestureEnded())
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => this.onZoom(event));
    const chart = select(view.chart);
    chart.call(this.behavior);
    view.chart.addEventListener('wheel', (e) => this.onOtherWheel(e), { passive: false });
    store.subscribe((s, prev) => {
      // The transform is measured in display time, so a new warp (data, gap switch) needs a new one too.
      const warpChanged = s.table !== prev.table || s.compressGaps !== prev.compressGaps;
      if ((s.domain !== prev.domain || warpChanged) && !this.syncing) this.sync(s.domain);
    });
    this.sync(store.state.domain);
  }

  /** Re-syncs after a resize: the same domain needs a different transform at a new width. */
  sync(domain: TimeDomain): void {
    this.syncing = true;
    try {
      this.behavior.transform(select(this.view.chart), this.transformFor(domain));
    } finally {
      this.syncing = false;
    }
  }

  private accepts(event: Event): boolean {
    if (event instanceof WheelEvent) {
      // Horizontal and shift-wheel gestures pan or scroll (handled below); only vertical wheel zooms.
      if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) return false;
      // Wheel over the lane labels scrolls the lanes.
      return this.view.toPlot(event.clientX, event.clientY).x >= 0;
    }
    if (event instanceof MouseEvent) return event.button === 0 && !event.ctrlKey;
    return true;
  }

  private onOtherWheel(e: WheelEvent): void {
    if (this.accepts(e)) return;
    e.preventDefault();
    const { width } = this.view.plotSize();
    const s = this.store.state;
    const horizontal = Math.abs(e.deltaX) > Math.abs(e.deltaY);
    if (horizontal && !e.shiftKey) {
      const next = inDisplayTime(viewWarp(s), s.domain, (d) =>
        panBy(d, (e.deltaX * (d[1] - d[0])) / Math.max(1, width)),
      );
      this.store.update({ domain: clampDomain(next, this.bounds()) });
    } else {
      this.scrollLanes(e.shiftKey && !horizontal ? e.deltaY : e.deltaY || e.deltaX);
    }
  }

  private scrollLanes(dy: number): void {
    const scene = this.view.scene;
    const max = scene ? Math.max(0, scene.contentHeight - scene.height) : 0;
    const next = Math.max(0, Math.min(max, this.store.state.scrollY + dy));
    if (next !== this.store.state.scrollY) this.store.update({ scrollY: next });
  }

  private onZoom(event: D3ZoomEvent<HTMLElement, unknown>): void {
    if (this.syncing) return;
    const t = event.transform;
    const source = event.sourceEvent as Event | null;
    if (source && source.type !== 'wheel' && source.type !== 'dblclick') {
      this.scrollLanes(this.lastY - t.y);
    }
    this.lastY = t.y;
    const domain = this.domainFor(t);
    const clamped = clampDomain(domain, this.bounds());
    this.syncing = true;
    try {
      this.store.update({ domain: clamped });
    } finally {
      this.syncing = false;
    }
    if (Math.abs(clamped[0] - domain[0]) > 1 || Math.abs(clamped[1] - domain[1]) > 1) this.sync(clamped);
  }

  /**
   * World coordinate u (chart px at identity) maps to display time (model/time-warp.ts) T0 + (u - gutter) * R / W, so at identity the plot
   * shows [T0, T0 + R]. d3-zoom keeps the u under the pointer fixed, which keeps its time fixed.
   */
  private domainFor(t: ZoomTransform): TimeDomain {
    const { width } = this.view.plotSize();
    const gutter = this.view.gutterWidth;
    const timeAt = (screenX: number) =>
      REFERENCE_T0 + ((screenX - t.x) / t.k - gutter) * (REFERENCE_MS / width);
    return unwarpDomain(viewWarp(this.store.state), [timeAt(gutter), timeAt(gutter + width)]);
  }

  private transformFor(real: TimeDomain): ZoomTransform {
    const domain = warpDomain(viewWarp(this.store.state), real);
    const { width } = this.view.plotSize();
    const gutter = this.view.gutterWidth;
    const k = REFERENCE_MS / (domain[1] - domain[0]);
    const u0 = gutter + ((domain[0] - REFERENCE_T0) * width) / REFERENCE_MS;
    return zoomIdentity.translate(gutter - k * u0, this.lastY).scale(k);
  }
}
