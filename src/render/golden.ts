/**
 * Golden files for render tests (as Plot's test/plot-snapshot.js): compare text with a file kept in the
 * repo; a missing golden is written, a differing one leaves `<name>-changed.<ext>` beside it to diff and
 * fails. Test-only; nothing in the app imports this.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Null when `actual` matches the golden at `path` (or the golden was just written), else a message. */
export function checkGolden(path: string, actual: string): string | null {
  const changed = path.replace(/(\.[^./]+)$/, '-changed$1');
  if (!existsSync(path)) {
    writeFileSync(path, actual);
    return null;
  }
  if (readFileSync(path, 'utf8') === actual) {
    if (existsSync(changed)) rmSync(changed);
    return null;
  }
  writeFileSync(changed, actual);
  return `${path} differs; see ${changed}`;
}

/** A stand-in for a 2D context that records every call and property write as one line, numbers rounded. */
export function recordingContext(): { ctx: unknown; calls: string[] } {
  const calls: string[] = [];
  const fmt = (v: unknown): string =>
    typeof v === 'number'
      ? String(Math.round(v * 100) / 100)
      : Array.isArray(v)
        ? `[${v.map(fmt).join(',')}]`
        : typeof v === 'object' && v !== null
          ? '<gradient>'
          : JSON.stringify(v);
  const target: Record<string, unknown> = {};
  const ctx = new Proxy(target, {
    get(_, key: string) {
      if (key === 'createLinearGradient') {
        return (...args: unknown[]) => {
          calls.push(`createLinearGradient(${args.map(fmt).join(', ')})`);
          return {
            addColorStop: (at: number, color: string) =>
              calls.push(`  addColorStop(${fmt(at)}, ${fmt(color)})`),
          };
        };
      }
      if (key in target) return target[key];
      return (...args: unknown[]) => {
        calls.push(`${key}(${args.map(fmt).join(', ')})`);
      };
    },
    set(_, key: string, value: unknown) {
      calls.push(`${key} = ${fmt(value)}`);
      return true;
    },
  });
  return { ctx, calls };
}
