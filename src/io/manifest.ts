/**
 * Reads data/articles.csv (file,article,title,published,url): the publication date and URL of each
 * article, by file name and 1-based position in the file. Errors name the file, line and field.
 */
import Papa from 'papaparse';

/** Same shape as extract/'s ManifestEntry; io/ and extract/ do not import each other. */
export interface ManifestRow {
  file: string;
  article: number;
  title: string;
  /** ISO day YYYY-MM-DD. */
  published: string;
  url: string;
}

export type ManifestResult = { ok: true; value: ManifestRow[] } | { ok: false; error: string };

const REQUIRED = ['file', 'article', 'published'] as const;
/** Accepts a bare day or a timestamp; the date as written is the publication day, whatever its zone. */
const PUBLISHED_RE = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isRealDay(day: string): boolean {
  const t = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day;
}

export function parseManifest(text: string, fileName: string): ManifestResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  for (const column of REQUIRED) {
    if (!fields.includes(column))
      return { ok: false, error: `${fileName} line 1: missing column "${column}"` };
  }
  const firstError = parsed.errors[0];
  if (firstError) {
    return { ok: false, error: `${fileName} line ${(firstError.row ?? 0) + 2}: ${firstError.message}` };
  }
  const rows: ManifestRow[] = [];
  for (const [i, raw] of parsed.data.entries()) {
    const line = i + 2;
    const file = (raw.file ?? '').trim();
    const article = Number((raw.article ?? '').trim());
    const published = PUBLISHED_RE.exec((raw.published ?? '').trim())?.[1] ?? '';
    if (file === '') return { ok: false, error: `${fileName} line ${line}, field file: empty` };
    if (!Number.isInteger(article) || article < 1) {
      return {
        ok: false,
        error: `${fileName} line ${line}, field article: "${raw.article ?? ''}" is not a number from 1`,
      };
    }
    if (!isRealDay(published)) {
      return {
        ok: false,
        error: `${fileName} line ${line}, field published: "${raw.published ?? ''}" is not a date (YYYY-MM-DD)`,
      };
    }
    rows.push({ file, article, title: (raw.title ?? '').trim(), published, url: (raw.url ?? '').trim() });
  }
  return { ok: true, value: rows };
}
