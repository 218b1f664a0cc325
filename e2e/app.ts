/**
 * The one helper that knows how to drive the built app: it serves fixture data in place of
 * events.csv and actors.json, waits for the app's "painted" signal (window.__timeline) instead of
 * sleeping, reads the exposed state and performs input the way a person would. Specs say what
 * should happen; this file says how to make it happen and how to observe it.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { ActorsFile } from '../src/model/actor';
import { serializeEvents } from '../src/io/events-csv-write';
import { ALL_COLUMNS, type EventRecord } from '../src/model/event-record';
import {
  generateSyntheticEvents,
  syntheticActorsFor,
  type SyntheticEventOptions,
} from '../src/synthetic/synthetic-events';
import type { DrawnItems, TimelineTestHook, TimelineTestState } from '../src/ui/test-hook';

/** What `window.__timeline.state()` returns: the app's own type, so the specs and the hook cannot drift. */
export type TimelineState = TimelineTestState;

interface HookWindow {
  __timeline?: TimelineTestHook;
}

/** A small but realistic data set: 6 lanes over 2021-2022, bursty like news. */
export const FIXTURE_OPTIONS: SyntheticEventOptions = {
  n: 400,
  seed: 4,
  actors: 6,
  years: 2,
  startYear: 2021,
};

export function fixtureEvents(options: SyntheticEventOptions = FIXTURE_OPTIONS): EventRecord[] {
  return [...generateSyntheticEvents(options)];
}

export function fixtureActors(options: SyntheticEventOptions = FIXTURE_OPTIONS): ActorsFile {
  const actors = syntheticActorsFor(options).map(({ id, label, color, kind }) => ({
    id,
    label,
    color,
    kind,
  }));
  return { version: 1, actors };
}

/** events.csv text for the given records, written the way the extractor writes it. */
export function toCsv(records: readonly EventRecord[]): string {
  return serializeEvents(records);
}

/** CSV text from loose rows, for malformed and hostile files; missing cells are empty. */
/** The required cells of a fixture event under a new id, for specs that build hand-made CSV rows. */
export function requiredCells(e: EventRecord, id: string): Record<string, string> {
  return {
    id,
    start: e.start,
    end: e.end,
    precision: e.precision,
    actor: e.actor,
    type: e.type,
    title: e.title,
    sentence: e.sentence,
    article_id: e.article_id,
    confidence: String(e.confidence),
    method: e.method,
  };
}

export function csvFromCells(
  rows: ReadonlyArray<Partial<Record<string, string>>>,
  columns: readonly string[] = ALL_COLUMNS,
): string {
  return Papa.unparse(
    { fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) },
    { newline: '\n' },
  );
}

/** Midnight UTC of an ISO day, epoch ms. */
export const utcDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
export const MS_PER_DAY = 86_400_000;

export interface OpenOptions {
  /** Replaces ./events.csv; defaults to the fixture data set. */
  csv?: string;
  /** Replaces ./actors.json; defaults to the fixture actors. */
  actors?: ActorsFile;
  /** URL hash, with or without the leading '#'. */
  hash?: string;
  /** Query string, e.g. '?csv=./big.csv'. */
  query?: string;
  /** Load the build's own events.csv and actors.json instead of fixtures. */
  bundled?: boolean;
}

export class TimelineApp {
  /** Uncaught errors in the page since it was opened. */
  readonly pageErrors: string[] = [];
  /** Alert, confirm and prompt dialogs the page tried to open. */
  readonly dialogs: string[] = [];

  private constructor(readonly page: Page) {
    page.on('pageerror', (err) => this.pageErrors.push(err.message));
    page.on('dialog', (dialog) => {
      this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  }

  /** Opens the built app on fixture data and waits until its first complete frame. */
  static async open(page: Page, options: OpenOptions = {}): Promise<TimelineApp> {
    const app = new TimelineApp(page);
    if (!options.bundled) {
      const csv = options.csv ?? toCsv(fixtureEvents());
      const actors = JSON.stringify(options.actors ?? fixtureActors());
      await page.route('**/events.csv', (route) =>
        route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body: csv }),
      );
      await page.route('**/actors.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: actors }),
      );
    }
    const hash = options.hash ? `#${options.hash.replace(/^#/, '')}` : '';
    await page.goto(`/${options.query ?? ''}${hash}`);
    await app.waitReady();
    return app;
  }

  async waitReady(): Promise<void> {
    await this.page.waitForFunction(() => (window as unknown as HookWindow).__timeline?.ready === true);
    await this.idle();
  }

  /** Resolves once the app has painted and has nothing pending. */
  async idle(): Promise<void> {
    await this.page.evaluate(() => {
      const hook = (window as unknown as HookWindow).__timeline;
      if (!hook) throw new Error('window.__timeline is missing');
      return hook.whenIdle();
    });
  }

  async state(): Promise<TimelineState> {
    return this.page.evaluate(() => {
      const hook = (window as unknown as HookWindow).__timeline;
      if (!hook) throw new Error('window.__timeline is missing');
      return hook.state();
    });
  }

  async frame(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as HookWindow).__timeline?.frame ?? -1);
  }

  /** Runs an input action, waits until it has produced a new frame and the app is idle, returns the state. */
  async act(action: () => Promise<unknown>): Promise<TimelineState> {
    const before = await this.frame();
    await action();
    await this.page.waitForFunction(
      (b) => ((window as unknown as HookWindow).__timeline?.frame ?? -1) > b,
      before,
    );
    await this.idle();
    return this.state();
  }

  /** Waits until the state satisfies `check` (polling the hook, never sleeping a fixed time), then for idle. */
  async until(check: (s: TimelineState) => boolean, message = 'state condition'): Promise<TimelineState> {
    await expect.poll(async () => check(await this.state()), { message }).toBe(true);
    await this.idle();
    return this.state();
  }

  async loadCsvText(
    text: string,
    name: string,
    mode: 'replace' | 'merge' = 'replace',
  ): Promise<TimelineState> {
    await this.page.evaluate(
      ([t, n, m]) => {
        const hook = (window as unknown as HookWindow).__timeline;
        if (!hook) throw new Error('window.__timeline is missing');
        return hook.loadCsvText(t, n, m);
      },
      [text, name, mode] as const,
    );
    await this.idle();
    return this.state();
  }

  /** Drops a CSV file on the chart as a person dragging it from the desktop would. */
  async dropCsv(text: string, name: string): Promise<void> {
    await this.chart.evaluate(
      (target, [t, n]) => {
        const data = new DataTransfer();
        data.items.add(new File([t], n, { type: 'text/csv' }));
        for (const type of ['dragenter', 'dragover', 'drop']) {
          target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
        }
      },
      [text, name] as const,
    );
  }

  /** Picks a CSV file through the file input. */
  async chooseCsv(text: string, name: string): Promise<void> {
    await this.page.setInputFiles('#file-input', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  }

  /** Waits until a file load has replaced the data: the header names it and the app is idle. */
  async waitForDataset(name: string): Promise<TimelineState> {
    const stem = name.replace(/\.csv$/i, '');
    await expect(this.page.locator('#dataset-name')).toContainText(stem);
    await this.idle();
    return this.state();
  }

  get chart(): Locator {
    return this.page.locator('#chart');
  }

  /** The chart's box in client coordinates. */
  async chartBox(): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.chart.boundingBox();
    if (!box) throw new Error('#chart has no box');
    return box;
  }

  async markPosition(id: string): Promise<{ x: number; y: number } | null> {
    return this.page.evaluate(
      (i) => (window as unknown as HookWindow).__timeline?.markPosition(i) ?? null,
      id,
    );
  }

  /** What the last frame drew (marks, badges, titles), client px. */
  async drawn(): Promise<DrawnItems> {
    return this.page.evaluate(() => {
      const hook = (window as unknown as HookWindow).__timeline;
      if (!hook) throw new Error('window.__timeline is missing');
      return hook.drawn();
    });
  }

  /** The mark's centre, failing the test when it is not drawn as an individual mark. */
  async requireMark(id: string): Promise<{ x: number; y: number }> {
    const at = await this.markPosition(id);
    if (!at) throw new Error(`event ${id} is not drawn as an individual mark`);
    return at;
  }

  /** Wheel at a client point; negative `deltaY` zooms in. */
  async wheel(at: { x: number; y: number }, deltaY: number): Promise<TimelineState> {
    return this.act(async () => {
      await this.page.mouse.move(at.x, at.y);
      await this.page.mouse.wheel(0, deltaY);
    });
  }

  /** Drags with the primary button from `from` by `dx`, `dy` CSS px, in small moves like a hand. */
  async drag(from: { x: number; y: number }, dx: number, dy = 0): Promise<TimelineState> {
    return this.act(async () => {
      await this.page.mouse.move(from.x, from.y);
      await this.page.mouse.down();
      await this.page.mouse.move(from.x + dx, from.y + dy, { steps: 8 });
      await this.page.mouse.up();
    });
  }

  /** Presses a key with the chart focused. */
  async key(key: string): Promise<TimelineState> {
    await this.chart.focus();
    return this.act(() => this.page.keyboard.press(key));
  }

  async click(selector: string): Promise<TimelineState> {
    return this.act(() => this.page.locator(selector).click());
  }

  /** Clicks the button and returns the download it starts, with its bytes. */
  async download(selector: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.locator(selector).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: await bytesOf(download) };
  }

  /** The actor's "only" button: one marked with the actor id, else the one in the same row as its checkbox. */
  onlyButton(actorId: string): Locator {
    const direct = this.page.locator(`#actor-filter .only[data-actor="${actorId}"]`);
    const row = this.page
      .locator('#actor-filter *')
      .filter({ has: this.page.locator(`input[data-actor="${actorId}"]`) })
      .filter({ has: this.page.locator('.only') })
      .last();
    return direct.or(row.locator('.only')).first();
  }

  /** Clicks an actor's "only" button the way a person does: hover its row (where the button appears), click. */
  async clickOnly(actorId: string): Promise<TimelineState> {
    const row = this.page
      .locator('#actor-filter *')
      .filter({ has: this.page.locator(`input[data-actor="${actorId}"]`) })
      .last();
    await row.hover();
    return this.act(() => this.onlyButton(actorId).click());
  }

  /** Full names of the lanes in the chart's SVG overlay (what is shown may be a short form, see shownLaneLabels). */
  async laneLabels(): Promise<string[]> {
    return this.page
      .locator('#chart .lane-label')
      .evaluateAll((els) => els.map((el) => (el.getAttribute('data-label') ?? '').trim()));
  }

  /** The lane names as drawn: whole, a short form ("N. Korea", "NK") or, failing both, cut with "…". */
  async shownLaneLabels(): Promise<string[]> {
    return (await this.page.locator('#chart .lane-label').allTextContents()).map((t) => t.trim());
  }

  /** Number shown in the header's event count (the first number in it, thousands separators removed). */
  async shownEventCount(): Promise<number> {
    const text = (await this.page.locator('#event-count').textContent()) ?? '';
    return Number((/\d[\d,\s\u202f]*/.exec(text)?.[0] ?? 'NaN').replace(/[,\s\u202f]/g, ''));
  }
}

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return null;
  if (bytes.subarray(12, 16).toString('ascii') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Domain width in ms. */
export const span = (s: TimelineState): number => s.domain[1] - s.domain[0];

/**
 * A day-precision event with no other event of its lane within `gapDays`, so a narrow window
 * around it draws it as its own mark and a click on it cannot hit a neighbour.
 */
export function isolatedDayEvent(events: readonly EventRecord[], gapDays = 6, skip = 0): EventRecord {
  const candidates = events.filter((e) => {
    if (e.precision !== 'day' || e.actor === '' || e.factuality !== 'asserted') return false;
    const day = utcDay(e.start);
    return !events.some(
      (o) =>
        o !== e &&
        o.actor === e.actor &&
        utcDay(o.start) - gapDays * MS_PER_DAY <= day &&
        utcDay(o.end) + gapDays * MS_PER_DAY >= day,
    );
  });
  const found = candidates[Math.min(candidates.length - 1, Math.floor(candidates.length / 2) + skip)];
  if (!found) throw new Error('fixture has no isolated day event');
  return found;
}

/** Hash for a window of `halfDays` either side of an ISO day, inclusive `to` as the app writes it. */
export function windowHash(iso: string, halfDays: number): string {
  const day = utcDay(iso);
  const toIso = (t: number): string => new Date(t).toISOString().slice(0, 10);
  return `from=${toIso(day - halfDays * MS_PER_DAY)}&to=${toIso(day + halfDays * MS_PER_DAY)}`;
}
