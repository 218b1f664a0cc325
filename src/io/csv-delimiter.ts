/**
 * Picks the delimiter of a CSV from its header line only. papaparse guesses from the first ten rows and
 * prefers the delimiter with the most consistent field count, so a few data rows with stray commas and a
 * title full of `;` or `|` can flip a comma file to `;` and reject every row. The header is written by a
 * program or a person who chose the delimiter; the data rows are scraped text.
 */

/** Delimiters we accept, in tie-break order: comma first because it is the documented format. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Only this much of the file is scanned for the header: a header with 30 columns fits in well under 4 KB. */
const HEADER_SCAN_CHARS = 64_000;

/** The delimiter used most often outside quotes on the first line; ',' when none occurs. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  const limit = Math.min(text.length, HEADER_SCAN_CHARS);
  for (let i = 0; i < limit; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const d of CSV_DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}
