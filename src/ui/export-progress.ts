/**
 * The export strip above the chart, in the loading strip's style: "Exporting CSV… 120,000 of 1,000,000
 * rows", a progress bar, a note that a new export replaces this one, and Cancel. It appears only when an
 * export is still running after SHOW_AFTER_MS, so exports of a few hundred rows never flash it. It shows
 * a runner's status and calls its cancel; it never touches the data.
 */
import type { CsvExportStatus } from './csv-export-runner';

/** An export done within this time saves without showing the strip (a blink of it would only distract). */
export const SHOW_AFTER_MS = 300;

export interface ExportProgressView {
  update(status: CsvExportStatus | null): void;
}

export function mountExportProgress(root: HTMLElement, cancel: () => void): ExportProgressView {
  const text = root.querySelector<HTMLElement>('.loading-text');
  const bar = root.querySelector<HTMLProgressElement>('progress');
  const button = root.querySelector<HTMLButtonElement>('.loading-cancel');
  button?.addEventListener('click', () => cancel());
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: CsvExportStatus | null = null;

  const render = () => {
    const s = latest;
    root.hidden = !s;
    if (!s) return;
    const what = s.kind === 'in-view' ? 'the events in view' : 'the filtered events';
    if (s.phase === 'failed') {
      if (text) text.textContent = `CSV export of ${what} failed: ${s.message}`;
      if (bar) bar.hidden = true;
      if (button) button.textContent = 'Dismiss';
      return;
    }
    const n = (v: number) => v.toLocaleString('en');
    if (text) {
      // Before the first chunk the rows' text is still on its way to the worker.
      const count = s.rows ? `${n(s.rows)} of ${n(s.total)} rows` : `preparing ${n(s.total)} rows`;
      text.textContent = `Exporting ${what} as CSV… ${count}. A new export cancels this one.`;
    }
    if (bar) {
      bar.hidden = false;
      bar.value = s.total ? s.rows / s.total : 0;
    }
    if (button) button.textContent = 'Cancel';
  };

  return {
    update(status) {
      const wasShown = latest !== null && !root.hidden;
      latest = status;
      if (!status) {
        if (timer !== null) clearTimeout(timer);
        timer = null;
        render();
        return;
      }
      // A failure shows at once; a running export waits, unless the strip is up already (a replaced one).
      if (status.phase === 'failed' || wasShown) {
        render();
      } else if (timer === null) {
        timer = setTimeout(() => {
          timer = null;
          render();
        }, SHOW_AFTER_MS);
      }
    },
  };
}
