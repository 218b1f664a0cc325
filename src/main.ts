/**
 * Composition root: one store, the mounted page, then the data. `?csv=<url>` loads another CSV (benchmarks);
 * `?render=naive` and `?load=naive` switch to the simple approaches for benchmark comparisons;
 * the URL hash restores a shared view. Data saved in this browser (ui/saved-data.ts) is shown instead of the
 * bundled events.csv.
 */
import { mountApp } from './ui/app';
import { initialViewState, Store } from './ui/store';

const params = new URLSearchParams(window.location.search);
const store = new Store(initialViewState());
const app = mountApp(store, {
  naiveRender: params.get('render') === 'naive',
  naiveLoad: params.get('load') === 'naive',
});

async function start(): Promise<void> {
  const csvUrl = params.get('csv');
  await app.loader.loadActors('./actors.json');
  // The data this browser saved comes back before, and instead of, the bundled data; ?csv= names a file
  // explicitly (benchmarks) and wins over both.
  if (csvUrl) await app.loader.loadUrl(csvUrl, csvUrl.split('/').pop() || 'events.csv');
  else if (!(await app.saved.restore())) await app.saved.loadBundled();
  app.markReady();
}

void start();
