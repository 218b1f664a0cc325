/**
 * The name each input file goes by in article ids. Ids are built from a file's base name ("story#0"), so
 * that they stay the same wherever a corpus is moved; but a recursive folder can hold "2024/story.txt"
 * and "2025/story.txt", whose rows would then share ids and overwrite each other. Files that share a
 * base name go by the shortest trailing part of their paths that tells them apart ("2024/story.txt").
 */

const segmentsOf = (path: string): string[] => path.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');

/** Name per path, for every path whose base name another path shares; the rest go by their base name. */
export function distinctFileNames(paths: readonly string[]): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const p of new Set(paths)) {
    const base = segmentsOf(p).at(-1) ?? p;
    const group = byBase.get(base) ?? [];
    group.push(p);
    byBase.set(base, group);
  }
  const out = new Map<string, string>();
  for (const group of byBase.values()) {
    if (group.length < 2) continue;
    const parts = group.map(segmentsOf);
    const longest = Math.max(...parts.map((s) => s.length));
    for (let n = 2; n <= longest; n++) {
      const names = parts.map((s) => s.slice(-n).join('/'));
      if (new Set(names).size === names.length || n === longest) {
        group.forEach((p, i) => out.set(p, names[i] ?? p));
        break;
      }
    }
  }
  return out;
}
