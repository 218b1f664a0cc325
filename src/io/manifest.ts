/**
 * Reads data/articles.csv (file,article,title,published,url): the publication date and URL of each
 * article, by file name and 1-based position in the file. Errors name the file, line and field.
 */
import Papa from 'papaparse';
import { parseIsoDay } from '../model/day';

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
const KNOWN: readonly string[] = ['file', 'article', 'title', 'published', 'url'];
/** Accepts a bare day or a timestamp; the date as written is the publication day, whatever its zone. */
const PUBLISHED_RE = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The publication day of a "published" value (a day or a timestamp), ISO YYYY-MM-DD, or null. */
export function publishedDay(value: string): string | null {
  const day = PUBLISHED_RE.exec(value.trim())?.[1] ?? '';
  return parseIsoDay(day) === null ? null : day;
}

export function parseManifest(text: string, fileName: string): ManifestResult {
  const headerNames: string[] = [];
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => {
      const name = h.trim().toLowerCase();
      headerNames.push(name);
      return name;
    },
  });
  const fields = parsed.meta.fields ?? [];
  // A misspelt column ("publised") would otherwise be ignored and every date taken from datelines.
  for (const [i, name] of headerNames.entries()) {
    if (!KNOWN.includes(name))
      return {
        ok: false,
        error: `${fileName} line 1, field ${name || '(empty)'}: unknown column (expected ${KNOWN.join(',')})`,
      };
    if (headerNames.indexOf(name) !== i)
      return { ok: false, error: `${fileName} line 1, field ${name}: column appears twice` };
  }
  for (const column of REQUIRED) {
    if (!fields.includes(column))
      return { ok: false, error: `${fileName} line 1: missing column "${column}"` };
  }
  const firstError = parsed.errors[0];
  if (firstError) {
    return { ok: false, error: `${fileName} line ${(firstError.row ?? 0) + 2}: ${firstError.message}` };
  }
  const rows: ManifestRow[] = [];
  const seenAt = new Map<string, number>();
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
    if (parseIsoDay(published) === null) {
      return {
        ok: false,
        error: `${fileName} line ${line}, field published: "${raw.published ?? ''}" is not a date (YYYY-MM-DD)`,
      };
    }
    const key = `${file}#${article}`;
    const earlier = seenAt.get(key);
    if (earlier !== undefined) {
      return {
        ok: false,
        error: `${fileName} line ${line}, field article: ${file} article ${article} is already given on line ${earlier}`,
      };
    }
    seenAt.set(key, line);
    const url = (raw.url ?? '').trim();
    if (url !== '' && !/^https?:\/\//i.test(url)) {
      return { ok: false, error: `${fileName} line ${line}, field url: "${url}" is not an http(s) link` };
    }
    rows.push({ file, article, title: (raw.title ?? '').trim(), published, url });
  }
  return { ok: true, value: rows };
}
