/**
 * Articles as JSON Lines, the input of `extract --map` in a batch engine: one object per line,
 * `{"id","published","title","url","text"}`, as research corpora and scrapers hand them over. Only
 * `id` and `text` are required; `published` (a day or a timestamp) dates the article when given, and
 * other keys are ignored so a corpus with extra fields needs no rewriting. Every problem names file,
 * line and field. Pure (text in), so the same reader serves a file, standard input and the page.
 */
import { checkArticleText } from './article-text';
import { publishedDay } from './manifest';

/** One article of a JSON Lines file. */
export interface ArticleRecord {
  /** The article's id as given; article ids and messages use it. */
  id: string;
  /** Publication day YYYY-MM-DD, '' when the line gives none (then a dateline must date it). */
  published: string;
  title: string;
  url: string;
  text: string;
}

export type ArticleLineResult = { ok: true; value: ArticleRecord } | { ok: false; error: string };

/** File names read as JSON Lines articles when named as an input. */
export function isArticleLinesName(name: string): boolean {
  return /\.(?:jsonl|ndjson)$/i.test(name);
}

/** A value of an optional text field: a string, or absent/null as ''. */
function optionalText(row: Record<string, unknown>, field: string): string | null {
  const value = row[field];
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value.trim() : null;
}

/** Parses line `line` (1-based) of `fileName`; a blank line is the caller's to skip. */
export function parseArticleLine(text: string, fileName: string, line: number): ArticleLineResult {
  const at = `${fileName} line ${line}`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${at}: not JSON (${(e as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, error: `${at}: expected one JSON object per line` };
  const row = value as Record<string, unknown>;
  const id = typeof row.id === 'number' && Number.isFinite(row.id) ? String(row.id) : row.id;
  if (id === undefined || id === null || id === '') return { ok: false, error: `${at}, field id: missing` };
  if (typeof id !== 'string') return { ok: false, error: `${at}, field id: expected a string or a number` };
  if (row.text === undefined || row.text === null) return { ok: false, error: `${at}, field text: missing` };
  if (typeof row.text !== 'string') return { ok: false, error: `${at}, field text: expected a string` };
  const check = checkArticleText(row.text, `${at}, field text`);
  if (!check.ok) return { ok: false, error: check.error };
  const fields: Record<'published' | 'title' | 'url', string> = { published: '', title: '', url: '' };
  for (const field of ['published', 'title', 'url'] as const) {
    const given = optionalText(row, field);
    if (given === null) return { ok: false, error: `${at}, field ${field}: expected a string` };
    fields[field] = given;
  }
  let published = '';
  if (fields.published !== '') {
    const day = publishedDay(fields.published);
    if (day === null)
      return {
        ok: false,
        error: `${at}, field published: "${fields.published}" is not a date (YYYY-MM-DD)`,
      };
    published = day;
  }
  if (fields.url !== '' && !/^https?:\/\//i.test(fields.url))
    return { ok: false, error: `${at}, field url: "${fields.url}" is not an http(s) link` };
  return { ok: true, value: { id, published, title: fields.title, url: fields.url, text: row.text } };
}

/**
 * Data files that are not article text, by name: read as one article they give hundreds of junk
 * rows. Returns what the file is, or null. `.jsonl` is not here: named as an input it is read as
 * JSON Lines articles.
 */
export function dataFileKind(name: string): string | null {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const kinds: Record<string, string> = {
    json: 'a JSON file',
    csv: 'a CSV file',
    tsv: 'a TSV file',
    xlsx: 'a spreadsheet',
    xls: 'a spreadsheet',
    ods: 'a spreadsheet',
    pdf: 'a PDF file',
    zip: 'an archive',
    gz: 'an archive',
    tgz: 'an archive',
    bz2: 'an archive',
    xz: 'an archive',
    zst: 'an archive',
    '7z': 'an archive',
    tar: 'an archive',
    parquet: 'a Parquet file',
    docx: 'a Word file',
    doc: 'a Word file',
  };
  return kinds[ext] ?? null;
}

/**
 * What a file's decoded text is when it is data rather than an article: JSON or JSON Lines (its first
 * line is a JSON object or array), or a CSV table with a header row. Null for article text.
 */
export function dataTextKind(text: string): string | null {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    const newline = start.indexOf('\n');
    const first = newline < 0 ? start : start.slice(0, newline);
    try {
      JSON.parse(first);
      return first.startsWith('{') ? 'JSON Lines or JSON' : 'JSON';
    } catch {
      try {
        JSON.parse(start);
        return 'JSON';
      } catch {
        return null;
      }
    }
  }
  return null;
}
