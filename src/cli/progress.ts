/**
 * Progress for long runs: a one-line bar redrawn in place on a terminal, or a plain line every few
 * seconds when stderr is a pipe or CI log, where carriage returns would pile up into noise. When the
 * total is unknown (articles streamed from standard input) it counts without a bar or an ETA.
 */

/** A terminal redraws at most this often; faster only costs CPU. */
const TTY_REDRAW_MS = 100;
/** Logs get a line this often; a CI log of a one-hour run stays a few hundred lines. */
const LOG_EVERY_MS = 5000;
const BAR_CHARS = 24;

export interface Progress {
  tick(files: number, bytes: number): void;
  done(): void;
}

function rate(n: number, seconds: number): string {
  return seconds > 0 ? (n / seconds).toFixed(1) : '0';
}

export interface ProgressOptions {
  /** What is counted: "files" (the default) or "articles" (JSON Lines input). */
  unit?: string;
  /** False when the totals are not known up front (standard input). Default true. */
  knownTotal?: boolean;
}

export function createProgress(
  totalFiles: number,
  totalBytes: number,
  stream: NodeJS.WriteStream,
  options: ProgressOptions = {},
): Progress {
  const unit = options.unit ?? 'files';
  const knownTotal = options.knownTotal ?? true;
  const t0 = performance.now();
  const tty = stream.isTTY === true && !process.env.CI;
  let files = 0;
  let bytes = 0;
  let last = 0;
  const line = (): string => {
    const seconds = (performance.now() - t0) / 1000;
    const mb = bytes / 1024 / 1024;
    const share = totalBytes > 0 ? bytes / totalBytes : totalFiles > 0 ? files / totalFiles : 1;
    const eta = share > 0 ? Math.round((seconds / share) * (1 - share)) : 0;
    if (!knownTotal)
      return `${files} ${unit}, ${mb.toFixed(1)} MB, ${rate(files, seconds)} ${unit}/s, ${rate(mb, seconds)} MB/s`;
    const ofFiles = unit === 'files' ? `/${totalFiles}` : '';
    const text = `${files}${ofFiles} ${unit}, ${mb.toFixed(1)}/${(totalBytes / 1024 / 1024).toFixed(1)} MB, ${rate(files, seconds)} ${unit}/s, ${rate(mb, seconds)} MB/s, ETA ${eta} s`;
    if (!tty) return text;
    const filled = Math.round(share * BAR_CHARS);
    return `[${'#'.repeat(filled)}${'-'.repeat(BAR_CHARS - filled)}] ${Math.round(share * 100)}% ${text}`;
  };
  return {
    tick(f, b) {
      files += f;
      bytes += b;
      const now = performance.now();
      if (now - last < (tty ? TTY_REDRAW_MS : LOG_EVERY_MS)) return;
      last = now;
      stream.write(tty ? `\r${line()}\u001b[K` : `${line()}\n`);
    },
    done() {
      stream.write(tty ? `\r${line()}\u001b[K\n` : `${line()}\n`);
    },
  };
}
