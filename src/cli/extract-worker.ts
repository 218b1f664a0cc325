/**
 * Worker thread of the extraction pool: reads one article file, decodes it and runs the pure map step
 * (createExtractor().extractFile), or runs it on one JSON Lines article handed over as text. The
 * extractor is built once per thread from workerData. A file whose text is JSON is refused by name:
 * read as one article it would give hundreds of junk rows.
 */
import { readFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { workerData } from 'node:worker_threads';
import { createExtractor, type ExtractOptions, type FileExtraction } from '../extract/index';
import { decodeArticleBytes, type ArticleEncoding } from '../io/article-bytes';
import { dataTextKind, type ArticleRecord } from '../io/article-jsonl';

export interface WorkerConfig {
  actors: ExtractOptions['actors'];
  manifest?: ExtractOptions['manifest'];
  /** See ExtractOptions.publishedFromPath. */
  publishedFromPath?: boolean;
}

/** One JSON Lines article; `key` names it in results and the checkpoint ("a.jsonl line 3"). */
export interface RecordTask {
  key: string;
  record: ArticleRecord;
}

/** An article file whose base name another input shares: the name its article ids use (cli/file-names.ts). */
export interface NamedFileTask {
  path: string;
  idName: string;
}

/** A path to an article file, or one JSON Lines article. */
export type WorkerTask = string | NamedFileTask | RecordTask;

export interface WorkerResult {
  /** The file's path, or a record's key. */
  path: string;
  bytes: number;
  /** How the file's bytes were decoded; unset when they could not be. */
  encoding?: ArticleEncoding;
  /** Set when the file could be read as an article; otherwise `error` says why not. */
  extraction?: FileExtraction;
  error?: string;
  /** Set when the file is data (JSON) rather than an article: the run then exits non-zero. */
  refused?: boolean;
}

// Extraction is many mid-sized functions full of regular expressions. TurboFan inlining them into
// each other made the optimised code no faster but cost compile time on every thread: without it a
// fresh thread extracts 20% more per CPU-second (600 generated articles in one thread: 1.07 -> 1.30
// MB per CPU-second, best of three each). V8 flags are per process, and Worker execArgv refuses V8
// flags, hence setting it here; it only steers later optimisations, so a late call is harmless.
setFlagsFromString('--no-turbo-inlining');

const config = workerData as WorkerConfig;
const extractor = createExtractor({
  actors: config.actors,
  manifest: config.manifest,
  publishedFromPath: config.publishedFromPath,
});

/**
 * The file name a record is extracted under. Article ids are the file name without its folders and
 * extension, so "/" and "\" in an id become "_" and ".txt" is added for the extension to take: ids
 * "doc.1" and "doc.2" stay "doc.1#1" and "doc.2#1".
 */
export function recordFileName(id: string): string {
  return `${id.replace(/[\\/]/g, '_')}.txt`;
}

function extractRecord(task: RecordTask): WorkerResult {
  const { record } = task;
  const bytes = record.text.length;
  try {
    return {
      path: task.key,
      bytes,
      extraction: extractor.extractFile({
        fileName: recordFileName(record.id),
        text: record.text,
        published: record.published || undefined,
        title: record.title || undefined,
        url: record.url || undefined,
      }),
    };
  } catch (e) {
    return { path: task.key, bytes, error: `${task.key}: extraction failed (${(e as Error).message})` };
  }
}

export default async function extractOne(task: WorkerTask): Promise<WorkerResult> {
  if (typeof task !== 'string' && 'record' in task) return extractRecord(task);
  const path = typeof task === 'string' ? task : task.path;
  const idName = typeof task === 'string' ? undefined : task.idName;
  const bytes = await readFile(path);
  const decoded = decodeArticleBytes(bytes, path);
  if (!decoded.ok) return { path, bytes: bytes.length, error: decoded.error };
  const data = dataTextKind(decoded.value);
  if (data !== null)
    return {
      path,
      bytes: bytes.length,
      encoding: decoded.encoding,
      refused: true,
      error: `${path}: ${data}, not an article text; name JSON Lines articles as *.jsonl, one {"id","published","title","url","text"} per line`,
    };
  try {
    return {
      path,
      bytes: bytes.length,
      encoding: decoded.encoding,
      extraction: extractor.extractFile({ fileName: path, text: decoded.value, idName }),
    };
  } catch (e) {
    // A crash on one article is a bug to report, not a reason to lose the rest of the corpus.
    return {
      path,
      bytes: bytes.length,
      encoding: decoded.encoding,
      error: `${path}: extraction failed (${(e as Error).message})`,
    };
  }
}
