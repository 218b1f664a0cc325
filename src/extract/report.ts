/**
 * The run report: what was read, what came out and what was left behind and why. Nothing is dropped
 * silently; every removed line, skipped sentence and failed article is counted here.
 */
import type { SkipReason } from './extract-article';
import type { ReferenceSource } from './reference-date';
import type { RemovalReason } from './split-articles';

export interface ArticleReport {
  articleId: string;
  fileName: string;
  title: string;
  /** ISO day, '' when none could be found (then the article has an error instead of events). */
  refDate: string;
  refSource: ReferenceSource | '';
  sentences: number;
  events: number;
}

export interface FileReport {
  fileName: string;
  articles: number;
  errors: string[];
}

export interface ExtractReport {
  files: FileReport[];
  articles: ArticleReport[];
  skipped: Partial<Record<SkipReason, number>>;
  removedLines: Partial<Record<RemovalReason, number>>;
  /** Rows folded into another row's also_reported_in. */
  duplicatesMerged: number;
  /** Final row count, after duplicates and overrides. */
  events: number;
  overrides: { edited: number; dropped: number; unmatched: string[] };
  /** Problems that are not about one file, e.g. a broken overrides file. */
  errors: string[];
}

export function emptyReport(): ExtractReport {
  return {
    files: [],
    articles: [],
    skipped: {},
    removedLines: {},
    duplicatesMerged: 0,
    events: 0,
    overrides: { edited: 0, dropped: 0, unmatched: [] },
    errors: [],
  };
}

export function addCounts<K extends string>(
  into: Partial<Record<K, number>>,
  from: Partial<Record<K, number>>,
): void {
  for (const [key, n] of Object.entries(from) as [K, number][]) into[key] = (into[key] ?? 0) + n;
}

function counts(record: Partial<Record<string, number>>): string {
  const parts = Object.entries(record)
    .filter(([, n]) => (n ?? 0) > 0)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([k, n]) => `${k} ${n}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

export interface FormatOptions {
  /** Articles listed one per line before the rest are counted; default all. */
  maxArticles?: number;
}

/** The report as plain text for a terminal, one fact per line. */
export function formatReport(report: ExtractReport, options: FormatOptions = {}): string {
  const lines: string[] = [];
  const errors = report.files.reduce((n, f) => n + f.errors.length, 0) + report.errors.length;
  lines.push(
    `${report.files.length} file(s), ${report.articles.length} article(s), ${report.events} event(s), ${errors} error(s)`,
  );
  const listed = report.articles.slice(0, options.maxArticles ?? report.articles.length);
  for (const a of listed) {
    const ref = a.refDate ? `${a.refDate} from ${a.refSource}` : 'no date';
    lines.push(
      `  ${a.articleId}  ${a.events} event(s) from ${a.sentences} sentence(s), ref ${ref}  "${a.title}"`,
    );
  }
  if (listed.length < report.articles.length)
    lines.push(`  ... and ${report.articles.length - listed.length} more article(s)`);
  lines.push(`Sentences skipped: ${counts(report.skipped)}`);
  lines.push(`Lines removed: ${counts(report.removedLines)}`);
  lines.push(`Duplicates merged: ${report.duplicatesMerged}`);
  const o = report.overrides;
  lines.push(`Overrides: ${o.edited} edited, ${o.dropped} dropped, ${o.unmatched.length} matched nothing`);
  for (const u of o.unmatched) lines.push(`  unmatched: ${u}`);
  for (const f of report.files) for (const e of f.errors) lines.push(`Error: ${e}`);
  for (const e of report.errors) lines.push(`Error: ${e}`);
  return lines.join('\n');
}
