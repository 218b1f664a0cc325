/**
 * Output files that appear whole or not at all. Text goes to a temporary file in the output's own
 * folder (a rename is atomic only within one file system), which is flushed to disk and then renamed
 * over the output. Until then the previous output stays as it was: an interrupted run (Ctrl-C, kill,
 * a crash) or a run that extracted nothing never leaves an empty or half-written file in its place.
 * On SIGINT and SIGTERM the temporary files still open are removed before the process exits.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface AtomicOutput {
  /** The temporary file written until `commit`; hidden, next to the output. */
  readonly tempPath: string;
  write(text: string): void;
  /** Flushes and renames the temporary file over the output. */
  commit(): void;
  /** Removes the temporary file; the output stays as it was. */
  abort(): void;
}

const open = new Set<string>();
let signalsHandled = false;

/** Exit codes of a process ended by a signal, as shells report them (128 + signal number). */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

function removeOpenTempFiles(): void {
  for (const path of open) rmSync(path, { force: true });
  open.clear();
}

function handleSignals(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.once(signal, () => {
      removeOpenTempFiles();
      process.exit(code);
    });
  }
}

export function openAtomicOutput(path: string): AtomicOutput {
  // Writing through a link replaces the file it points to, not the link.
  const target = existsSync(path) ? realpathSync(path) : path;
  const tempPath = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  handleSignals();
  const fd = openSync(tempPath, 'w');
  open.add(tempPath);
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    closeSync(fd);
    open.delete(tempPath);
  };
  return {
    tempPath,
    write(text) {
      // writeSync may write less than asked; a short write must not cut the output.
      const bytes = Buffer.from(text, 'utf8');
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    },
    commit() {
      fsyncSync(fd);
      close();
      renameSync(tempPath, target);
    },
    abort() {
      close();
      rmSync(tempPath, { force: true });
    },
  };
}

/** Writes `text` to `path` atomically. */
export function writeFileAtomic(path: string, text: string): void {
  const output = openAtomicOutput(path);
  try {
    output.write(text);
    output.commit();
  } catch (e) {
    output.abort();
    throw e;
  }
}
