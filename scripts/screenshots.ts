/**
 * `npm run screenshots [-- --rebuild] [-- --only key-events.png,titles-30.png] [-- --out dir]`: regenerates the pictures in
 * docs/ that the README shows. Builds the app if dist/ is missing, serves it, and photographs views of a
 * synthetic data set (5,000 events, 12 actors, 2015-2024; see src/synthetic/synthetic-events.ts) in headless
 * Chromium with the pinned flags: overview, zoomed into one event with its detail panel open, filtered, and
 * dark theme; then Key events: the bundled seed articles' events with the mode off and on, and 30 and
 * 30,000 synthetic events with titles on the chart; and the app's own PNG export of the seeds' key events.
 * The views are reached through the URL state (a shared link) so they are the same on every run.
 * Screenshots are for people to look at; nothing compares their pixels.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import {
  ensureBuilt,
  generatedCsv,
  launchBrowser,
  newContext,
  ROOT,
  serveBuiltApp,
} from '../bench/built-app';
import { generateSyntheticEvents } from '../src/synthetic/synthetic-events';

const DATA = { n: 5000, actors: 12, years: 10, seed: 1 } as const;
const SMALL = { n: 30, actors: 4, years: 1, seed: 3 } as const;
const LARGE = { n: 30_000, actors: 12, years: 10, seed: 1 } as const;
const VIEWPORT = { width: 1440, height: 900 };
const DOCS = join(ROOT, 'docs');

interface Hook {
  ready: boolean;
  whenIdle(): Promise<void>;
  state(): { totalCount: number; selectedId: string | null };
}
interface ShotWindow {
  __timeline?: Hook;
}

interface Shot {
  file: string;
  hash: string;
  colorScheme: 'light' | 'dark';
  /** The data: the synthetic 5,000 (default), the build's own events.csv (the seeds), or another size. */
  data?: 'seed' | { n: number; actors: number; years: number; seed: number };
  /** Save the app's own PNG export of the view (what a reader downloads) instead of a screenshot. */
  export?: boolean;
}

/** A missile test of the busiest lane in 2017, a year dense with them, to zoom into. */
function pickEvent(): { id: string; start: string } {
  for (const e of generateSyntheticEvents(DATA)) {
    if (
      e.type === 'missile-test' &&
      e.precision === 'day' &&
      e.factuality === 'asserted' &&
      e.start >= '2017-06-01'
    ) {
      return { id: e.id, start: e.start };
    }
  }
  throw new Error('no missile test in the synthetic data');
}

const isoDayOffset = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function waitPainted(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as ShotWindow).__timeline?.ready === true, null, {
    timeout: 60_000,
  });
  await page.evaluate(() => (window as unknown as ShotWindow).__timeline?.whenIdle());
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rebuild: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string', default: DOCS },
    },
  });
  ensureBuilt(values.rebuild);
  const only = values.only ? new Set(values.only.split(',')) : null;
  const focus = pickEvent();
  const all: Shot[] = [
    { file: 'overview.png', hash: '', colorScheme: 'light' },
    {
      file: 'zoomed.png',
      hash: `from=${isoDayOffset(focus.start, -14)}&to=${isoDayOffset(focus.start, 14)}&sel=${focus.id}`,
      colorScheme: 'light',
    },
    {
      file: 'filtered.png',
      hash: 'from=2016-01-01&to=2018-12-31&hide=united-nations,nato,european-union&types=missile-test,military-exercise,sanctions&q=missile',
      colorScheme: 'light',
    },
    { file: 'dark.png', hash: 'from=2019-01-01&to=2020-12-31', colorScheme: 'dark' },
    { file: 'seed-titles.png', hash: '', colorScheme: 'light', data: 'seed' },
    { file: 'key-events.png', hash: 'key=10', colorScheme: 'light', data: 'seed' },
    { file: 'titles-30.png', hash: '', colorScheme: 'light', data: SMALL },
    { file: 'key-events-30k.png', hash: 'key=20', colorScheme: 'light', data: LARGE },
    { file: 'export.png', hash: 'key=10', colorScheme: 'light', data: 'seed', export: true },
  ];
  const shots = all.filter((s) => !only || only.has(s.file));

  const outDir = values.out;
  await mkdir(outDir, { recursive: true });
  const server = await serveBuiltApp();
  const browser = await launchBrowser();
  try {
    for (const shot of shots) {
      const data = shot.data === 'seed' ? null : (shot.data ?? DATA);
      const csv = data ? await generatedCsv(data.n, data) : null;
      const context = await newContext(browser, { ...VIEWPORT, colorScheme: shot.colorScheme });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const query = csv ? `?csv=${encodeURIComponent(csv.urlPath)}` : '';
      await page.goto(`${server.url}/${query}${shot.hash ? `#${shot.hash}` : ''}`);
      await waitPainted(page);
      const state = await page.evaluate(() => (window as unknown as ShotWindow).__timeline?.state());
      if (data ? state?.totalCount !== data.n : !state?.totalCount)
        throw new Error(`${shot.file}: ${state?.totalCount} events loaded, expected ${data?.n ?? 'some'}`);
      // Park the pointer off the chart so no hover tooltip lands in the picture.
      await page.mouse.move(0, 0);
      await waitPainted(page);
      const path = join(outDir, shot.file);
      if (shot.export) {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
        await download.saveAs(path);
      } else {
        await page.screenshot({ path });
      }
      if (errors.length) throw new Error(`${shot.file}: page errors: ${errors.join('; ')}`);
      process.stdout.write(`wrote ${path}\n`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
