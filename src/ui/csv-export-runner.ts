/**
 * Runs CSV exports one at a time: the newest wins, so starting an export while one runs cancels the older
 * (the progress strip says so), as opening a file cancels a load under way. A cancelled or replaced export
 * saves nothing. It keeps the status the progress strip shows and never touches the DOM itself.
 */
import type { CsvExportKind } from '../io/export-names';
import type { CsvExportProgress } from '../io/csv-export';

export type CsvExportStatus =
  | { phase: 'running'; kind: CsvExportKind; rows: number; total: number }
  /** The export stopped on an error (the data set was replaced under it, say) and saved nothing. */
  | { phase: 'failed'; kind: CsvExportKind; message: string };

/** Writes the file; rejects with an AbortError when `signal` aborts. */
export type CsvExportWork = (
  signal: AbortSignal,
  onProgress: (progress: CsvExportProgress) => void,
) => Promise<Blob>;

export class CsvExportRunner {
  status: CsvExportStatus | null = null;
  private controller: AbortController | null = null;

  constructor(
    private readonly save: (blob: Blob, fileName: string) => void,
    private readonly onChange: (status: CsvExportStatus | null) => void,
  ) {}

  get isRunning(): boolean {
    return this.controller !== null;
  }

  /** Starts an export, cancelling one under way; resolves when it is saved, cancelled or has failed. */
  async start(kind: CsvExportKind, fileName: string, work: CsvExportWork): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.set({ phase: 'running', kind, rows: 0, total: 0 });
    try {
      const blob = await work(controller.signal, (p) => {
        if (this.controller === controller) this.set({ phase: 'running', kind, ...p });
      });
      if (controller.signal.aborted) return;
      this.save(blob, fileName);
      this.set(null);
    } catch (e) {
      if (controller.signal.aborted) return;
      this.set({ phase: 'failed', kind, message: (e as Error).message });
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  /** Stops the export under way (nothing is saved), or dismisses a failure. */
  cancel(): void {
    this.controller?.abort();
    this.controller = null;
    this.set(null);
  }

  private set(status: CsvExportStatus | null): void {
    this.status = status;
    this.onChange(status);
  }
}
