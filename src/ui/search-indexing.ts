/**
 * "Indexing for search… 42%" under the search box while the rows of the last file read get their search
 * text and key-day fields (a second read of the file, once its rows are shown): a search or key days
 * asked meanwhile wait for them, and this says why. It shows at once when a search or key days is asked,
 * otherwise only when indexing lasts beyond SHOW_AFTER_MS, so a small file never flashes it. It reads
 * `indexing`, `filters` and `keyEvents` from the store and touches nothing else.
 */
import type { Store, ViewState } from './store';

export const SHOW_AFTER_MS = 300;

export function mountSearchIndexing(store: Store, root: HTMLElement): void {
  const percent = root.querySelector<HTMLElement>('.search-indexing-percent');
  let timer: ReturnType<typeof setTimeout> | null = null;
  let late = false;

  const render = (s: ViewState) => {
    const asked = s.filters.search.trim() !== '' || s.keyEvents !== null;
    const show = s.indexing !== null && (late || asked);
    if (show && percent) {
      const text = `${Math.min(99, Math.floor((s.indexing ?? 0) * 100))}%`;
      if (percent.textContent !== text) percent.textContent = text;
    }
    if (root.hidden === show) root.hidden = !show;
  };

  store.subscribe((s, prev) => {
    if (s.indexing === prev.indexing && s.filters === prev.filters && s.keyEvents === prev.keyEvents) return;
    if (s.indexing === null) {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      late = false;
    } else if (prev.indexing === null && timer === null) {
      timer = setTimeout(() => {
        timer = null;
        late = true;
        render(store.state);
      }, SHOW_AFTER_MS);
    }
    render(s);
  });
}
