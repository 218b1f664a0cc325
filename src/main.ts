/**
 * Composition root: one store, the mounted page, then the data. `?csv=<url>` loads another CSV (benchmarks);
 * the URL hash restores a shared view.
 */
import { mountApp } from './ui/app';
import { initialViewState, Store } from './ui/store';

const store = new Store(initialViewState());
const app = mountApp(store);

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const csvUrl = params.get('csv');
  await app.loader.loadActors('./actors.json');
  if (csvUrl) await app.loader.loadUrl(csvUrl, csvUrl.split('/').pop() || 'events.csv');
  else await app.loader.loadUrl('./events.csv', 'events.csv');
  app.markReady();
}

void start();
