/**
 * Picks the most central of a day's rows: the one whose sentence shares the most weighted words with
 * the others (the centroid idea of MEAD, Radev et al. 2004, as TF-IDF cosine), so the day's line says
 * what most of its reports say rather than a side remark. Words are weighted by inverse document
 * frequency over the sentences the caller passes in `idfSentences` (all chosen days), so "said" and
 * "the" count for little and "Lehman" for much. Pure.
 */
import type { EventRecord } from './event-record';

/** Words of three letters or more, lower case; shorter ones are function words or noise. */
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]{2,}/gu;

/** Longest one-line text, in characters: about two lines of a timeline entry. */
export const MAX_TEXT_CHARS = 200;

export function sentenceWords(text: string): string[] {
  return (text.toLowerCase().match(WORD_RE) ?? []).map((w) => w.replace(/['’]s$/, ''));
}

/** Smoothed inverse document frequency over sentences given as word lists: ln(1 + N / df). */
export function inverseDocumentFrequency(sentences: Iterable<readonly string[]>): (word: string) => number {
  const df = new Map<string, number>();
  let n = 0;
  for (const words of sentences) {
    n++;
    for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  }
  return (word) => Math.log(1 + n / (df.get(word) ?? 1));
}

function unitVector(words: readonly string[], idf: (word: string) => number): Map<string, number> {
  const tf = new Map<string, number>();
  for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  let norm = 0;
  for (const [w, n] of tf) {
    const x = n * idf(w);
    tf.set(w, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [w, x] of tf) tf.set(w, x / norm);
  return tf;
}

function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [w, x] of small) sum += x * (large.get(w) ?? 0);
  return sum;
}

const textOf = (r: EventRecord): string => (r.sentence.trim() !== '' ? r.sentence : r.title);

/** The words centrality compares: those of the sentence, or of the title when there is no sentence. */
export function rowWords(row: EventRecord): string[] {
  return sentenceWords(textOf(row));
}

/**
 * The most central row of `rows` (non-empty): the largest summed cosine to the other reports, where
 * a row reported by three articles is three reports. Computed against the report-weighted centroid,
 * so a day of n rows costs O(n words), not O(n^2) pairs: the sum is v_i . centroid - 1. Ties go to the lead (lower sentence index), then the
 * more confident row, then input order. `words[i]` are rowWords(rows[i]).
 */
export function centralRow(
  rows: readonly EventRecord[],
  words: readonly (readonly string[])[],
  idf: (word: string) => number,
): EventRecord {
  const vectors = words.map((w) => unitVector(w, idf));
  const reports = rows.map((r) => 1 + r.also_reported_in.length);
  const centroid = new Map<string, number>();
  for (const [i, v] of vectors.entries())
    for (const [w, x] of v) centroid.set(w, (centroid.get(w) ?? 0) + (reports[i] ?? 1) * x);
  let best = 0;
  let bestScore = -Infinity;
  for (const [i, v] of vectors.entries()) {
    // Each report of row i is compared with every other report, its own copies included (cosine 1),
    // but not with itself: v is a unit vector (empty for a sentence without words).
    const score = dot(v, centroid) - (v.size > 0 ? 1 : 0);
    if (
      score > bestScore + 1e-9 ||
      (Math.abs(score - bestScore) <= 1e-9 && isBetterTie(rows[i], rows[best]))
    ) {
      best = i;
      bestScore = score;
    }
  }
  const row = rows[best];
  if (!row) throw new Error('centralRow needs at least one row');
  return row;
}

function isBetterTie(a: EventRecord | undefined, b: EventRecord | undefined): boolean {
  if (!a || !b) return false;
  const sa = a.sentence_index ?? Infinity;
  const sb = b.sentence_index ?? Infinity;
  if (sa !== sb) return sa < sb;
  return a.confidence > b.confidence;
}

/** A row's sentence (or title) on one line, cut at a word boundary to MAX_TEXT_CHARS with "…". */
export function oneLine(row: EventRecord): string {
  const text = textOf(row).replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_TEXT_CHARS) return text;
  const cut = text.slice(0, MAX_TEXT_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TEXT_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
