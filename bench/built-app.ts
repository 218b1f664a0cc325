/**
 * Shared by the browser benchmarks and the screenshot script: makes sure dist/ exists, serves it (plus a
 * folder of generated data) from a tiny static server on a free port, generates synthetic CSVs once and
 * launches the same headless Chromium the end-to-end tests use. It measures nothing itself.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.mjs';
import { SYNTHETIC_EVENTS_VERSION } from '../src/synthetic/synthetic-events';

export const ROOT = resolve(import.meta.dirname, '..');
/** The build to serve; BENCH_DIST points at another one (say, a copy of an earlier build, to compare). */
export const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(ROOT, 'dist');
/** Generated inputs and results; ignored by git. */
export const OUT = join(ROOT, 'bench', 'out');
/** URL prefix under which OUT is served. */
export const DATA_PREFIX = '/bench-data/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Builds the app unless dist/ already holds a build (pass `rebuild` to force one). */
export function ensureBuilt(rebuild = false): void {
  if (!rebuild && existsSync(join(DIST, 'index.html'))) return;
  process.stderr.write('dist/ missing: running npm run build\n');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', process.stderr, 'inherit'] });
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves dist/ at / and bench/out/ at /bench-data/ on 127.0.0.1 and a free port. */
export async function serveBuiltApp(): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [base, rest] = path.startsWith(DATA_PREFIX)
      ? [OUT, path.slice(DATA_PREFIX.length)]
      : [DIST, path.slice(1)];
    const file = normalize(join(base, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest));
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface GeneratedCsv {
  /** Absolute path on disk. */
  file: string;
  /** Path to request from the static server. */
  urlPath: string;
}

/** Writes (once; reused while the file exists) a synthetic events CSV through `npm run gen:events`. */
export async function generatedCsv(
  n: number,
  options: { seed?: number; actors?: number; years?: number } = {},
): Promise<GeneratedCsv> {
  const { seed = 1, actors = 20, years = 10 } = options;
  await mkdir(OUT, { recursive: true });
  const name = `events-v${SYNTHETIC_EVENTS_VERSION}-n${n}-a${actors}-y${years}-s${seed}.csv`;
  const file = join(OUT, name);
  if (!existsSync(file)) {
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(ROOT, 'src', 'cli', 'gen-events.ts'),
        ...['--n', String(n), '--seed', String(seed), '--actors', String(actors), '--years', String(years)],
        ...['--out', `${file}.partial`],
      ],
      { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    await rename(`${file}.partial`, file);
  }
  return { file, urlPath: `${DATA_PREFIX}${name}` };
}

/** Headless Chromium with the project's pinned flags, plus precise heap numbers. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findBrowser(),
    // BENCH_JS_FLAGS passes V8 flags through (e.g. --trace-gc, whose lines DEBUG=pw:browser shows).
    args: [
      ...CHROMIUM_ARGS,
      '--enable-precise-memory-info',
      ...(process.env.BENCH_JS_FLAGS ? [`--js-flags=${process.env.BENCH_JS_FLAGS}`] : []),
    ],
  });
}

/**
 * A browser context for scripts run with tsx. esbuild's keepNames wraps named inner functions in
 * `__name(...)`, and Playwright ships functions to the page as source, where `__name` does not exist
 * (https://github.com/privatenumber/tsx/issues/113); a no-op shim makes them run unchanged.
 */
export async function newContext(
  browser: Browser,
  options: {
    width?: number;
    height?: number;
    deviceScaleFactor?: number;
    colorScheme?: 'light' | 'dark';
  } = {},
): Promise<BrowserContext> {
  const { width = 1280, height = 800, deviceScaleFactor = 1, colorScheme = 'light' } = options;
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, colorScheme });
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  return context;
}
