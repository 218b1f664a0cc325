/**
 * The reference (publication) date of an article, against which "on Sunday" and "last month" are
 * resolved. A manifest row wins; otherwise the dateline or photo caption; otherwise an error that
 * names the article, because guessing a date would silently shift every relative date in it.
 */
import { findDatelineDate, toIsoDay } from './dateline-date';
import { err, ok, type Result } from './result';
import type { SplitArticle } from './split-articles';

/** One row of data/articles.csv (file,article,title,published,url); `article` is 1-based. */
export interface ManifestEntry {
  file: string;
  article: number;
  title: string;
  /** ISO day YYYY-MM-DD. */
  published: string;
  url: string;
}

export interface ReferenceDate {
  /** ISO day YYYY-MM-DD. */
  date: string;
  source: 'manifest' | 'dateline';
  /** The text the date was read from (the dateline or caption), '' for the manifest. */
  evidence: string;
  title: string;
  url: string;
}

/** Wire copy opens with "WASHINGTON, June 8 (Reuters) -" or "SEOUL, South Korea (AP) —". */
const WIRE_DATELINE_RE =
  /^[\p{Lu}][\p{Lu} .,'’-]{1,40}(?:,\s*[\p{L} .]+)?(?:,\s*[\p{L}]+\.? \d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s/u;

export function fileKey(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '');
}

export function findManifestEntry(
  manifest: readonly ManifestEntry[] | undefined,
  fileName: string,
  article: number,
): ManifestEntry | undefined {
  const key = fileKey(fileName);
  return manifest?.find((e) => fileKey(e.file) === key && e.article === article);
}

/** The wire dateline at the start of the body, or ''. */
export function wireDateline(body: string): string {
  return WIRE_DATELINE_RE.exec(body)?.[0] ?? '';
}

export function referenceDate(
  fileName: string,
  article: SplitArticle,
  manifest?: readonly ManifestEntry[],
): Result<ReferenceDate> {
  const entry = findManifestEntry(manifest, fileName, article.index);
  if (entry)
    return ok({
      date: entry.published,
      source: 'manifest',
      evidence: '',
      title: entry.title,
      url: entry.url,
    });
  const body = article.text.slice(article.bodyStart, article.bodyStart + 200);
  // The first paragraph comes last: a caption scraped as body text often carries the date.
  const firstParagraph = article.text.slice(article.bodyStart).split('\n\n')[0] ?? '';
  const candidates = [
    ...article.dateLines,
    ...article.captions,
    ...article.bylines,
    wireDateline(body),
    firstParagraph,
  ];
  let yearless: { text: string; month: number; day: number } | null = null;
  for (const text of candidates) {
    const found = findDatelineDate(text);
    if (!found) continue;
    if (found.year !== null) {
      return ok({
        date: toIsoDay(found.year, found.month, found.day),
        source: 'dateline',
        evidence: text,
        title: article.title,
        url: '',
      });
    }
    yearless ??= { text, month: found.month, day: found.day };
  }
  const where = `${fileKey(fileName)} article ${article.index}${article.title ? ` ("${article.title}")` : ''}`;
  if (yearless) {
    return err(
      `${where}: the dateline "${yearless.text.trim()}" has no year; add the article to data/articles.csv with its published date`,
    );
  }
  return err(`${where}: no publication date found in a dateline or caption; add it to data/articles.csv`);
}
