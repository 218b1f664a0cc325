/**
 * The loading strip above the chart: a progress bar, "rows and MB so far", and a Cancel button for streamed
 * loads. It reads `loading` from the store and calls `cancel`; it never touches the data itself.
 */
import type { Store } from './store';

export interface LoadingProgressDeps {
  cancel(): void;
  /** True while the current load can be cancelled (a streamed file, not a small one parsed at once). */
  isCancellable(): boolean;
}

export function mountLoadingProgress(store: Store, root: HTMLElement, deps: LoadingProgressDeps): void {
  const text = root.querySelector<HTMLElement>('.loading-text');
  const bar = root.querySelector<HTMLProgressElement>('progress');
  const cancel = root.querySelector<HTMLButtonElement>('.loading-cancel');
  cancel?.addEventListener('click', () => deps.cancel());
  store.subscribe((s, prev) => {
    if (s.loading === prev.loading) return;
    root.hidden = !s.loading;
    if (!s.loading) return;
    const { done, total, rows } = s.loading;
    if (bar) bar.value = total ? done / total : 0;
    if (text) {
      // Decimal MB, as file managers show sizes.
      const mb = (n: number) => (n / 1e6).toFixed(1);
      const of = total > 1 ? ` of ${mb(total)}` : '';
      text.textContent = `Loading… ${rows.toLocaleString('en')} rows, ${mb(done)}${of} MB`;
    }
    if (cancel) cancel.hidden = !deps.isCancellable();
  });
}
