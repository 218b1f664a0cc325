import { describe, expect, it } from 'vitest';
import type { CsvExportStatus, CsvExportWork } from './csv-export-runner';
import { CsvExportRunner } from './csv-export-runner';

/** An export that waits until the test finishes it, and rejects as a real one does when aborted. */
function controllable() {
  let finish: (blob: Blob) => void = () => {};
  let progress: (rows: number) => void = () => {};
  const work: CsvExportWork = (signal, onProgress) =>
    new Promise((resolve, reject) => {
      finish = resolve;
      progress = (rows) => onProgress({ rows, total: 10 });
      signal.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
    });
  return { work, finish: (b: Blob) => finish(b), progress: (n: number) => progress(n) };
}

describe('CsvExportRunner', () => {
  const setup = () => {
    const saved: string[] = [];
    const statuses: (CsvExportStatus | null)[] = [];
    const runner = new CsvExportRunner(
      (_, name) => saved.push(name),
      (s) => statuses.push(s),
    );
    return { runner, saved, statuses };
  };

  it('saves the file when the export finishes and clears its status', async () => {
    const { runner, saved, statuses } = setup();
    const a = controllable();
    const done = runner.start('filtered', 'a.csv', a.work);
    a.progress(4);
    expect(runner.status).toEqual({ phase: 'running', kind: 'filtered', rows: 4, total: 10 });
    a.finish(new Blob(['x']));
    await done;
    expect(saved).toEqual(['a.csv']);
    expect(statuses.at(-1)).toBeNull();
    expect(runner.isRunning).toBe(false);
  });

  it('cancels the running export when a new one starts: only the newest is saved', async () => {
    const { runner, saved } = setup();
    const a = controllable();
    const b = controllable();
    const first = runner.start('filtered', 'a.csv', a.work);
    const second = runner.start('in-view', 'b.csv', b.work);
    await first;
    a.progress(9);
    expect(runner.status).toMatchObject({ kind: 'in-view', rows: 0 });
    b.finish(new Blob(['y']));
    await second;
    expect(saved).toEqual(['b.csv']);
  });

  it('saves nothing after Cancel, and reports a failure until dismissed', async () => {
    const { runner, saved } = setup();
    const a = controllable();
    const first = runner.start('filtered', 'a.csv', a.work);
    runner.cancel();
    await first;
    expect(saved).toEqual([]);
    expect(runner.status).toBeNull();
    await runner.start('filtered', 'c.csv', () => Promise.reject(new Error('the table session was closed')));
    expect(runner.status).toEqual({
      phase: 'failed',
      kind: 'filtered',
      message: 'the table session was closed',
    });
    runner.cancel();
    expect(runner.status).toBeNull();
  });
});
