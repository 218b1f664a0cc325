/**
 * Worker thread of the extraction pool: reads one article file, decodes it and runs the pure map step
 * (createExtractor().extractFile). The extractor is built once per thread from workerData.
 */
import { readFile } from 'node:fs/promises';
import { workerData } from 'node:worker_threads';
import { createExtractor, type ExtractOptions, type FileExtraction } from '../extract/index';
import { decodeArticleBytes } from '../io/article-bytes';

export interface WorkerConfig {
  actors: ExtractOptions['actors'];
  manifest?: ExtractOptions['manifest'];
}

export interface WorkerResult {
  path: string;
  bytes: number;
  /** Set when the file could be read as an article; otherwise `error` says why not. */
  extraction?: FileExtraction;
  error?: string;
}

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
      extraction: extractor.extractFile({ fileName: path, text: decoded.value }),
    };
  } catch (e) {
    // A crash on one article is a bug to report, not a reason to lose the rest of the corpus.
    return { path, bytes: bytes.length, error: `${path}: extraction failed (${(e as Error).message})` };
  }
}
