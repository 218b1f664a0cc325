/**
 * The main chart region (#chart): a marks canvas under an SVG layer with the axis, lane labels, hover and
 * selection. `paint` turns the current state into one frame; hover updates only the SVG layer, so pointer
 * moves never repaint the marks. The chart's box is measured once per frame, at the start of the paint
 * (before this frame writes to the DOM), and reused by input handlers until the next: reading layout after
 * the frame's DOM writes forces a second, synchronous layout (several ms at every wheel step).
 * Work whose inputs did not change (lane labels, SVG sizes, a whole frame on a loading-progress tick) is
 * skipped.
 */
import { UNKNOWN_ACTOR_ID } from '../model/actor';
import { LodGroupCache } from '../model/lod-group-cache';
import type { ThemeColors } from '../model/palette';
import { chooseScaleTicks } from '../model/ticks';
import { timeScale } from '../model/time-warp';
import { AXIS_HEIGHT_PX, renderAxis } from '../render/axis';
import { paintScene } from '../render/canvas-painter';
import { renderDropIndicator } from '../render/drop-indicator';
import { laneGutterWidth, renderLaneLabels } from '../render/lane-labels';
import type { Connector } from '../render/overlay';
import { renderFocus } from '../render/overlay';
import type { ClusterPrimitive, MarkPrimitive, Scene, SceneInput } from '../render/scene';
import { buildScene } from '../render/scene';
import { hitTestScene } from '../render/scene-hit';
import { SpriteAtlas, SpriteSources } from '../render/sprite-atlas';
import { paintOps } from '../render/canvas-ops';
import { sceneOps } from '../render/scene-ops';
import type { TimeDomain } from '../model/time-domain';
import { filterResultFor, keyEventRowsFor, laneOrderFor, viewWarp } from './derived';
import type { ViewState } from './store';

export type HitResult = MarkPrimitive | ClusterPrimitive | null;

export class TimelineView {
  readonly chart: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly sprites: SpriteSources;
  private readonly axisGroup: SVGGElement;
  private readonly labelsGroup: SVGGElement;
  private readonly plotGroup: SVGGElement;
  private readonly selectionGroup: SVGGElement;
  private readonly hoverGroup: SVGGElement;
  private readonly svg: SVGSVGElement;
  private canvasSize = { width: 0, height: 0, ratio: 0 };
  scene: Scene | null = null;
  /** False only for benchmarks of the simple approach (`?render=naive`): every event drawn every frame. */
  levelOfDetail = true;
  private lastState: ViewState | null = null;
  /** The chart's client box, CSS px; null until measured again after a resize or scroll. */
  private box: { left: number; top: number; width: number; height: number } | null = null;
  /** What the last frame was drawn from; an equal frame is not drawn again. */
  private drawn: readonly unknown[] = [];
  private labelsKey = '';
  private gutter: { table: unknown; chartWidth: number; px: number } | null = null;
  private layoutKey = '';
  private rehearsalCtx: CanvasRenderingContext2D | null = null;
  /**
   * Level-of-detail buckets kept across frames (model/lod-group-cache.ts). Rehearsals, which jump to
   * other views, keep theirs apart so they never push the on-screen view's window out.
   */
  private readonly lodCache = new LodGroupCache();
  private readonly rehearsalLodCache = new LodGroupCache();
  /** Views rehearsed off screen so far (tests wait for them). */
  rehearsed = 0;

  constructor(chart: HTMLElement) {
    this.chart = chart;
    this.canvas = required(chart.querySelector('canvas'), 'chart canvas');
    this.ctx = required(this.canvas.getContext('2d'), '2d context');
    const surface = (width: number, height: number) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      return { canvas, ctx: required(canvas.getContext('2d'), 'sprite atlas context') };
    };
    this.sprites = new SpriteSources([
      new SpriteAtlas(this.ctx, surface),
      new SpriteAtlas(this.ctx, surface, 'titles'),
    ]);
    this.svg = required(chart.querySelector('svg'), 'chart svg');
    this.axisGroup = required(chart.querySelector<SVGGElement>('#axis'), '#axis');
    this.labelsGroup = required(chart.querySelector<SVGGElement>('#lane-labels'), '#lane-labels');
    this.plotGroup = required(chart.querySelector<SVGGElement>('#plot-overlay'), '#plot-overlay');
    this.selectionGroup = required(chart.querySelector<SVGGElement>('#selection-layer'), '#selection-layer');
    this.hoverGroup = required(chart.querySelector<SVGGElement>('#hover-layer'), '#hover-layer');
    const forget = () => {
      this.box = null;
    };
    new ResizeObserver(forget).observe(chart);
    window.addEventListener('resize', forget);
    // The box's position moves when the page scrolls (small screens); its size does not.
    window.addEventListener('scroll', forget, { capture: true, passive: true });
  }

  /** The chart's box, measured at most once between resizes. */
  private chartBox(): { left: number; top: number; width: number; height: number } {
    if (!this.box) {
      const rect = this.chart.getBoundingClientRect();
      this.box = {
        left: rect.left,
        top: rect.top,
        width: this.chart.clientWidth,
        height: this.chart.clientHeight,
      };
    }
    return this.box;
  }

  /**
   * Width of the lane-label gutter, CSS px: fits the data set's longest lane label and count, within limits
   * that keep most of the width for the plot (render/lane-labels). Computed once per data set and width.
   */
  get gutterWidth(): number {
    const width = this.chartBox().width;
    const table = this.lastState?.table ?? null;
    if (!this.gutter || this.gutter.table !== table || this.gutter.chartWidth !== width) {
      const lanes = (table?.lanes ?? []).map((l, i) => ({
        label: l.label,
        count: (table?.laneStart[i + 1] ?? 0) - (table?.laneStart[i] ?? 0),
      }));
      this.gutter = { table, chartWidth: width, px: laneGutterWidth(lanes, width) };
    }
    return this.gutter.px;
  }

  /** Plot area size, CSS px (the chart minus gutter and axis). */
  plotSize(): { width: number; height: number } {
    const box = this.chartBox();
    return {
      width: Math.max(50, box.width - this.gutterWidth),
      height: Math.max(50, box.height - AXIS_HEIGHT_PX),
    };
  }

  /** What a frame of `state` is drawn from, besides the domain, size and theme. */
  private frameInputs(state: ViewState) {
    const table = state.table;
    const filter = table ? filterResultFor(table, state.filters) : null;
    const lanes = table ? laneOrderFor(table, state.filters.hiddenActors, state.laneOrder) : null;
    const keyEvents =
      table && filter && state.keyEvents !== null ? keyEventRowsFor(table, filter, state.keyEvents) : null;
    return { table, filter, lanes, keyEvents, warp: viewWarp(state) };
  }

  /** The scene of `state` at `domain` in a plot `width` by `height`, from the frame's inputs. */
  private sceneAt(
    state: ViewState,
    inputs: Pick<SceneInput, 'table' | 'filter' | 'keyEvents' | 'warp'> & { lanes: SceneInput['laneOrder'] },
    domain: TimeDomain,
    width: number,
    height: number,
    lodCache: LodGroupCache,
  ): Scene {
    return buildScene({
      table: inputs.table,
      filter: inputs.filter,
      laneOrder: inputs.lanes,
      domain,
      width,
      height,
      scrollY: state.scrollY,
      levelOfDetail: this.levelOfDetail,
      keyEvents: inputs.keyEvents,
      titles: this.levelOfDetail,
      warp: inputs.warp,
      lodCache,
    });
  }

  /**
   * Builds and paints the frame of `state` at `domain` off screen: the zoom path's code gets compiled and
   * the sprite atlas and text caches filled in idle time (ui/rehearsal.ts), so that the first gestures after
   * a load cost what later ones do. Nothing on screen changes. False when there is nothing to rehearse.
   */
  rehearse(state: ViewState, theme: ThemeColors, domain: TimeDomain): boolean {
    const { table, filter, lanes, keyEvents, warp } = this.frameInputs(state);
    if (!table || !filter || !lanes || !this.levelOfDetail || this.canvasSize.ratio === 0) return false;
    const { width, height } = this.canvasSize;
    const scene = this.sceneAt(
      state,
      { table, filter, lanes, keyEvents, warp },
      domain,
      width,
      height,
      this.rehearsalLodCache,
    );
    const ticks = chooseScaleTicks(timeScale(warp, domain, width));
    const ops = sceneOps(scene, theme, ticks.ticks);
    this.sprites.prepare(ops);
    // A one-pixel canvas: the calls run (and get compiled) but draw next to nothing.
    if (!this.rehearsalCtx) {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 1;
      this.rehearsalCtx = required(canvas.getContext('2d'), 'rehearsal context');
    }
    paintOps(this.rehearsalCtx, ops);
    this.rehearsed++;
    return true;
  }

  paint(state: ViewState, theme: ThemeColors): Scene | null {
    this.lastState = state;
    this.box = null;
    const { width, height } = this.plotSize();
    const ratio = window.devicePixelRatio || 1;
    const { table, filter, lanes, keyEvents, warp } = this.frameInputs(state);
    // Everything the marks, axis and labels are drawn from. A store change that touches none of it (loading
    // progress, problems, a panel) repaints nothing here.
    const inputs = [
      table,
      filter,
      lanes,
      state.domain[0],
      state.domain[1],
      state.scrollY,
      width,
      height,
      ratio,
      theme,
      this.levelOfDetail,
      keyEvents,
      warp,
    ];
    if (this.scene && inputs.every((v, i) => v === this.drawn[i])) {
      this.renderSelection(state);
      return this.scene;
    }
    this.drawn = inputs;
    this.resizeCanvas(width, height);
    const gutter = this.gutterWidth;
    const layoutKey = `${width} ${height} ${gutter}`;
    if (layoutKey !== this.layoutKey) {
      this.layoutKey = layoutKey;
      this.svg.setAttribute('width', String(width + gutter));
      this.svg.setAttribute('height', String(height + AXIS_HEIGHT_PX));
      this.axisGroup.setAttribute('transform', `translate(${gutter},0)`);
      this.labelsGroup.setAttribute('transform', `translate(0,${AXIS_HEIGHT_PX})`);
      this.plotGroup.setAttribute('transform', `translate(${gutter},${AXIS_HEIGHT_PX})`);
    }
    const scale = timeScale(warp, state.domain, width);
    const ticks = chooseScaleTicks(scale);
    renderAxis(this.axisGroup, ticks.ticks, scale);
    if (!table || !filter || !lanes) {
      this.ctx.setTransform(1, 0, 0, 1, 0, 0);
      this.ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
      renderLaneLabels(this.labelsGroup, [], gutter);
      this.labelsKey = '';
      this.scene = null;
      return null;
    }
    const scene = this.sceneAt(
      state,
      { table, filter, lanes, keyEvents, warp },
      state.domain,
      width,
      height,
      this.lodCache,
    );
    paintScene(this.ctx, scene, {
      theme,
      pixelRatio: this.canvasSize.ratio,
      ticks: ticks.ticks,
      // The simple renderer of the benchmarks draws every glyph, as it was.
      sprites: this.levelOfDetail ? this.sprites : undefined,
    });
    // Labels move only with scroll, lane order, filters or size; a pan or zoom leaves them as they are.
    const labelsKey = `${gutter}|${scene.lanes.map((l) => `${l.key} ${l.y} ${l.height} ${l.count} ${l.label} ${l.color}`).join('|')}`;
    if (labelsKey !== this.labelsKey) {
      this.labelsKey = labelsKey;
      renderLaneLabels(this.labelsGroup, scene.lanes, gutter);
    }
    this.scene = scene;
    this.renderSelection(state);
    return scene;
  }

  /** Draws the hover ring and connectors for `target` (or clears them). SVG only. */
  renderHover(target: HitResult): void {
    renderFocus(
      this.hoverGroup,
      'hover-mark',
      target,
      target?.kind === 'mark' ? this.connectorsFor(target) : [],
    );
  }

  /** Shows where a dragged lane will land, at `y` in the lanes' space, across gutter and plot; null hides it. */
  showDropIndicator(y: number | null): void {
    renderDropIndicator(this.labelsGroup, y, this.gutterWidth + this.plotSize().width);
  }

  private renderSelection(state: ViewState): void {
    const mark = state.selectedId === null ? null : this.findMark(state.selectedId);
    renderFocus(this.selectionGroup, 'selected-mark', mark, mark ? this.connectorsFor(mark) : []);
  }

  /** Lines from a mark to the lanes of the other actors it involves. */
  private connectorsFor(mark: MarkPrimitive): Connector[] {
    const table = this.lastState?.table;
    const scene = this.scene;
    if (!table || !scene) return [];
    const rec = table.record(mark.row);
    if (!rec) return [];
    const out: Connector[] = [];
    for (const other of rec.other_actors) {
      const band = scene.lanes.find((l) => l.key === other && other !== UNKNOWN_ACTOR_ID);
      if (!band) continue;
      out.push({ x: mark.x, y0: mark.y, y1: band.y + band.height / 2, color: band.color });
    }
    return out;
  }

  findMark(id: string): MarkPrimitive | null {
    const row = this.lastState?.table?.idToRow.get(id);
    if (row === undefined || !this.scene) return null;
    return this.scene.marks.find((m) => m.row === row) ?? null;
  }

  /** Converts client coordinates to plot coordinates (CSS px from the plot's top-left). */
  toPlot(clientX: number, clientY: number): { x: number; y: number } {
    const box = this.chartBox();
    return { x: clientX - box.left - this.gutterWidth, y: clientY - box.top - AXIS_HEIGHT_PX };
  }

  toClient(x: number, y: number): { x: number; y: number } {
    const box = this.chartBox();
    return { x: box.left + this.gutterWidth + x, y: box.top + AXIS_HEIGHT_PX + y };
  }

  /** The mark or cluster under a client point (render/scene-hit.ts decides; binary search per lane). */
  hitTest(clientX: number, clientY: number): HitResult {
    if (!this.scene) return null;
    const { x, y } = this.toPlot(clientX, clientY);
    return hitTestScene(this.scene, x, y);
  }

  /** Sizes the backing store to device pixels; the painter applies the ratio once. */
  private resizeCanvas(width: number, height: number): void {
    const ratio = window.devicePixelRatio || 1;
    if (
      this.canvasSize.width === width &&
      this.canvasSize.height === height &&
      this.canvasSize.ratio === ratio
    )
      return;
    this.canvasSize = { width, height, ratio };
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(height * ratio);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.canvas.style.left = `${this.gutterWidth}px`;
    this.canvas.style.top = `${AXIS_HEIGHT_PX}px`;
  }
}

export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}
