import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Serves data/events.csv and data/actors.json as ./events.csv and ./actors.json in dev, and copies them into
 * the build. Falls back to the small fixtures in data/fixtures/ when the extractor has not written them yet.
 */
function timelineData(): Plugin {
  const files: Record<string, { path: string; fallback: string; type: string }> = {
    'events.csv': {
      path: 'data/events.csv',
      fallback: 'data/fixtures/events-sample.csv',
      type: 'text/csv; charset=utf-8',
    },
    'actors.json': {
      path: 'data/actors.json',
      fallback: 'data/fixtures/actors-sample.json',
      type: 'application/json; charset=utf-8',
    },
  };
  const read = (name: string): string | null => {
    const entry = files[name];
    if (!entry) return null;
    for (const p of [entry.path, entry.fallback]) {
      const full = resolve(import.meta.dirname, p);
      if (existsSync(full)) return readFileSync(full, 'utf8');
    }
    return null;
  };
  return {
    name: 'timeline-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = (req.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '';
        const entry = files[name];
        const body = entry ? read(name) : null;
        if (!entry || body === null) return next();
        res.setHeader('Content-Type', entry.type);
        res.end(body);
      });
    },
    generateBundle() {
      for (const name of Object.keys(files)) {
        const body = read(name);
        if (body !== null) this.emitFile({ type: 'asset', fileName: name, source: body });
      }
    },
  };
}

export default defineConfig({
  // Relative base so the built app also works from a subfolder or file server.
  base: './',
  plugins: [timelineData()],
  build: { target: 'es2022', sourcemap: true, modulePreload: { polyfill: false } },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
