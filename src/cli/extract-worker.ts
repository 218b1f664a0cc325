/**
 * Worker thread of the extraction pool: reads one article file, decodes it and runs the pure map step
 * (createExtractor().extractFile). The extractor is built once per thread from workerData.
 */
import { readFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { workerData } from 'node:worker_threads';
import { createExtractor, type ExtractOptions, type FileExtraction } from '../extract/index';
import { decodeArticleBytes, type ArticleEncoding } from '../io/article-bytes';

export interface WorkerConfig {
  actors: ExtractOptions['actors'];
  manifest?: ExtractOptions['manifest'];
}

export interface WorkerResult {
  path: string;
  bytes: number;
  /** How the file's bytes were decoded; unset when they could not be. */
  encoding?: ArticleEncoding;
  /** Set when the file could be read as an article; otherwise `error` says why not. */
  extraction?: FileExtraction;
  error?: string;
}

// Extraction is many mid-sized functions full of regular expressions. TurboFan inlining them into
// each other made the optimised code no faster but cost compile time on every thread: without it a
// fresh thread extracts 20% more per CPU-second (600 generated articles in one thread: 1.07 -> 1.30
// MB per CPU-second, best of three each). V8 flags are per process, and Worker execArgv refuses V8
// flags, hence setting it here; it only steers later optimisations, so a late call is harmless.
setFlagsFromString('--no-turbo-inlining');

const config = workerData as WorkerConfig;
const extractor = createExtractor({ actors: config.actors, manifest: config.manifest });

export default async function extractOne(path: string): Promise<WorkerResult> {
  const bytes = await readFile(path);
  const decoded = decodeArticleBytes(bytes, path);
  if (!decoded.ok) return { path, bytes: bytes.length, error: decoded.error };
  try {
    return {
      path,
      bytes: bytes.length,
      encoding: decoded.encoding,
      extraction: extractor.extractFile({ fileName: path, text: decoded.value }),
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
