/**
 * The reference (publication) date of an article, against which "on Sunday" and "last month" are
 * resolved. A date given with the article itself (a JSON Lines record's "published") wins; then a
 * manifest row; then, when asked for, a YYYY-MM-DD or YYYY/MM/DD in the file's path (archives sorted
 * by day: `2022/06/05/reuters/a.txt`, `2022-06-05_a.txt`); otherwise the dateline or photo caption;
 * otherwise an error that names the article, because guessing a date would silently shift every
 * relative date in it.
 */
import { parseIsoDay } from '../model/day';
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

/** Where a reference date came from: the article's own record, the manifest, its path or its text. */
export type ReferenceSource = 'record' | 'manifest' | 'path' | 'dateline';

/** What the caller knows besides the text; every field is optional. */
export interface ReferenceOptions {
  /** The article's own publication day, YYYY-MM-DD (a JSON Lines record's "published"); wins over all. */
  published?: string;
  title?: string;
  url?: string;
  /** Read a day in the file's folder or file name when the manifest has no row. Default false. */
  fromPath?: boolean;
}

export interface ReferenceDate {
  /** ISO day YYYY-MM-DD. */
  date: string;
  source: ReferenceSource;
  /** The text the date was read from (the dateline or caption), '' for the manifest. */
  evidence: string;
  title: string;
  url: string;
}

/**
 * Wire copy opens with "WASHINGTON, June 8 (Reuters) -", "SEOUL, South Korea (AP) —", "NEW YORK,
 * March 14, 2024 (AP) —" or "LONDON, 7 October 2022 (Reuters) -".
 */
const WIRE_DATELINE_RE =
  /^[\p{Lu}][\p{Lu} .,'’-]{1,40}(?:,\s*[\p{L} .]+)?(?:,\s*(?:[\p{L}]+\.? \d{1,2}|\d{1,2} [\p{L}]+\.?)(?:,?\s*\d{4})?)?\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s/u;

/** "Aug 1 (Reuters) -": a dateline with no place, only the day and the agency in brackets. */
const DAY_ONLY_DATELINE_RE =
  /^(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}{2,8}\.?)(?:,?\s*\d{4})?\s*\([^)]{1,40}\)\s*[—–-]{1,2}\s/u;

export function fileKey(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '');
}

export function findManifestEntry(
  manifest: readonly ManifestEntry[] | undefined,
  fileName: string,
  article: number,
): ManifestEntry | undefined {
  if (!manifest) return undefined;
  // A row that names folders ("2024/story.txt") is for the file whose path ends so; it wins over a row
  // that names only the file, which fits every "story.txt" of a recursive corpus.
  const path = `/${fileName.replace(/\\/g, '/')}`;
  const inFolder = manifest.find((e) => {
    const file = e.file.replace(/\\/g, '/').replace(/^\.\//, '');
    return e.article === article && file.includes('/') && path.endsWith(`/${file}`);
  });
  if (inFolder) return inFolder;
  const key = fileKey(fileName);
  return manifest.find((e) => fileKey(e.file) === key && e.article === article);
}

/** The wire dateline at the start of the body, or ''. */
export function wireDateline(body: string): string {
  return WIRE_DATELINE_RE.exec(body)?.[0] ?? DAY_ONLY_DATELINE_RE.exec(body)?.[0] ?? '';
}

/**
 * Days in a path: YYYY-MM-DD in one name, or YYYY/MM/DD across three folders. Digits must not run on
 * either side ("20220605" is a number, not a day), and a day that does not exist is no day.
 */
const PATH_DAY_RE = /(?<!\d)(\d{4})([-/])(\d{2})\2(\d{2})(?!\d)/g;

/**
 * The publication day written in `path`, ISO YYYY-MM-DD, or null. The match nearest the file wins:
 * in `2021-01-01/2022/06/05/a.txt` the folders right above the file say when it was published.
 */
export function pathDate(path: string): string | null {
  const normal = path.replace(/\\/g, '/');
  let found: string | null = null;
  for (const m of normal.matchAll(PATH_DAY_RE)) {
    const iso = `${m[1]}-${m[3]}-${m[4]}`;
    if (parseIsoDay(iso) !== null) found = iso;
  }
  return found;
}

export function referenceDate(
  fileName: string,
  article: SplitArticle,
  manifest?: readonly ManifestEntry[],
  options: ReferenceOptions = {},
): Result<ReferenceDate> {
  if (options.published)
    return ok({
      date: options.published,
      source: 'record',
      evidence: '',
      // A record's title is its first article's; a second article scraped into the same text keeps its own.
      title: article.index === 1 ? (options.title ?? '') : '',
      url: options.url ?? '',
    });
  const entry = findManifestEntry(manifest, fileName, article.index);
  if (entry)
    return ok({
      date: entry.published,
      source: 'manifest',
      evidence: '',
      title: entry.title,
      url: entry.url,
    });
  const fromPath = options.fromPath ? pathDate(fileName) : null;
  if (fromPath)
    return ok({
      date: fromPath,
      source: 'path',
      evidence: fileName,
      title: article.title,
      url: options.url ?? '',
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
        url: options.url ?? '',
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
  const places = options.fromPath ? 'its path, a dateline or a caption' : 'a dateline or caption';
  return err(`${where}: no publication date found in ${places}; add it to data/articles.csv`);
}
