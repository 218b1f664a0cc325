/**
 * Decides what is saved and when: every step that changed the shown data is added to the session, and a
 * session holding data from this browser (an opened or merged file, an added article) is written through
 * the store, one write at a time in the order the steps happened. The bundled data alone is never
 * written: a reload fetches it anyway. A failed write is a status with a sentence, never an exception:
 * what is on screen stays, and so does whatever was saved before.
 */
import type { SavedSummary, SessionStep } from '../model/saved-session';
import { hasLocalData, sessionBytes, withStep } from '../model/saved-session';
import type { SavedDataStore, SavedSession, StoreResult } from './saved-data-store';

export type SavedStatus =
  /** Nothing saved: the bundled data, or saved data was cleared. */
  | { kind: 'none' }
  | { kind: 'saving'; name: string }
  | { kind: 'saved'; summary: SavedSummary }
  /** The last write failed; `kept` is what storage still holds from before, if anything. */
  | { kind: 'failed'; error: string; kept: SavedSummary | null };

export class SavedDataKeeper {
  private steps: SessionStep<Blob>[] = [];
  /** What storage holds now, as far as this page knows. */
  private stored: SavedSummary | null = null;
  private current: SavedStatus = { kind: 'none' };
  /** Writes run one after another, so a slow early write cannot land after a later one. */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: SavedDataStore,
    private readonly now: () => number,
    private readonly onStatus: (status: SavedStatus) => void = () => undefined,
  ) {}

  get status(): SavedStatus {
    return this.current;
  }

  /** True when the shown data holds something only this browser has. */
  get isLocal(): boolean {
    return hasLocalData(this.steps);
  }

  /** The steps behind the shown data, oldest first. */
  get sessionSteps(): readonly SessionStep<Blob>[] {
    return this.steps;
  }

  /** Resolves when every write asked for so far has finished. */
  whenWritten(): Promise<void> {
    return this.chain;
  }

  /** Reads the saved session; a read error is reported as a failed status and counts as nothing saved. */
  async read(): Promise<SavedSession | null> {
    const result = await this.store.load();
    if (!result.ok) {
      this.setStatus({ kind: 'failed', error: `saved data could not be read: ${result.error}`, kept: null });
      return null;
    }
    return result.value;
  }

  /** The saved session is on screen again: later steps add to it. */
  restored(session: SavedSession): void {
    this.steps = [...session.steps];
    this.stored = session.summary;
    this.setStatus({ kind: 'saved', summary: session.summary });
  }

  /** Restoring failed: nothing from the session is shown, but storage still holds it until cleared. */
  restoreFailed(session: SavedSession, error: string): void {
    this.steps = [];
    this.stored = session.summary;
    this.setStatus({
      kind: 'failed',
      error: `saved data could not be restored: ${error}`,
      kept: session.summary,
    });
  }

  /**
   * A step changed the shown data: `name` and `rows` are the data set's name and size after it. Writes the
   * session when it holds local data; resolves when that write has finished.
   */
  record(step: SessionStep<Blob>, name: string, rows: number): Promise<void> {
    this.steps = withStep(this.steps, step);
    if (!hasLocalData(this.steps)) return this.chain;
    const session: SavedSession = {
      version: 1,
      steps: this.steps,
      summary: { name, rows, bytes: sessionBytes(this.steps), savedAtMs: this.now() },
    };
    this.setStatus({ kind: 'saving', name });
    return this.enqueue(async () => {
      const result = await this.store.save(session);
      if (result.ok) {
        this.stored = session.summary;
        // A later step may already be writing; its status wins.
        if (this.steps === session.steps) this.setStatus({ kind: 'saved', summary: session.summary });
      } else {
        this.setStatus({ kind: 'failed', error: `not saved: ${result.error}`, kept: this.stored });
      }
    });
  }

  /**
   * Removes the saved session. The shown data stays as it is; `forget` also drops its steps (the page is
   * about to show the bundled data), else a later step saves them again with it.
   */
  clear(forget: boolean): Promise<StoreResult<void>> {
    if (forget) this.steps = [];
    let outcome: StoreResult<void> = { ok: true, value: undefined };
    const done = this.enqueue(async () => {
      outcome = await this.store.clear();
      if (outcome.ok) {
        this.stored = null;
        this.setStatus({ kind: 'none' });
      } else {
        this.setStatus({ kind: 'failed', error: `not cleared: ${outcome.error}`, kept: this.stored });
      }
    });
    return done.then(() => outcome);
  }

  private enqueue(write: () => Promise<void>): Promise<void> {
    // A store that throws (a bug, or a browser quirk) is reported like a refused write and the chain goes on.
    const next = this.chain.then(write).catch((e: unknown) => {
      const error = e instanceof Error ? e.message : String(e);
      this.setStatus({ kind: 'failed', error: `not saved: ${error}`, kept: this.stored });
    });
    this.chain = next;
    return next;
  }

  private setStatus(status: SavedStatus): void {
    this.current = status;
    this.onStatus(status);
  }
}
