/**
 * Turns the inputs of `npm run extract` (files and folders) into the list of article files to read.
 * Folders are read recursively, in name order, down to MAX_FOLDER_DEPTH; links to files and folders
 * are followed, and a folder reached a second time (a link loop, or two links to one folder) is read
 * once. Nothing is skipped without a word: missing inputs and every folder or link left out are
 * returned with the reason, for the caller to report. A file named on the command line is read whatever
 * its name, except data files (JSON, CSV, archives...), which are refused by name; `.jsonl` files hold
 * JSON Lines articles and are listed like article files. Only lists; never reads an article.
 */
import { realpathSync, statSync, type Stats } from 'node:fs';
import { opendir } from 'node:fs/promises';
import { join } from 'node:path';
import { dataFileKind, isArticleLinesName } from '../io/article-jsonl';

/**
 * How deep below an input folder articles are still read. Archives sorted by date and source
 * (`2022/06/05/reuters/`) are four or five levels deep; 16 leaves room for any such layout and still
 * stops a runaway walk (a link that points into itself under another name) early.
 */
export const MAX_FOLDER_DEPTH = 16;

/** The file names a folder walk reads as articles. */
export function isArticleFileName(name: string): boolean {
  return name.endsWith('.txt');
}

export interface ArticleFiles {
  /** Article files in input order, each folder's files in name order, every file once. */
  paths: string[];
  /** Inputs that do not exist. */
  missing: string[];
  /** Folders, links and files left out, each as "path: reason". */
  skipped: string[];
  /** Named inputs that are data, not articles, each as "path: reason"; an error for the caller. */
  refused: string[];
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

export async function listArticleFiles(inputs: readonly string[]): Promise<ArticleFiles> {
  const out: ArticleFiles = { paths: [], missing: [], skipped: [], refused: [] };
  /** Real path of every file taken and folder walked, to the path it was first reached by. */
  const seenFiles = new Map<string, string>();
  const seenFolders = new Map<string, string>();

  const addFile = (path: string): void => {
    const real = realpathSync(path);
    const first = seenFiles.get(real);
    if (first !== undefined) {
      out.skipped.push(`${path}: same file as ${first}, read once`);
      return;
    }
    seenFiles.set(real, path);
    out.paths.push(path);
  };

  const walk = async (folder: string, depth: number): Promise<void> => {
    const real = realpathSync(folder);
    const first = seenFolders.get(real);
    if (first !== undefined) {
      out.skipped.push(`${folder}: same folder as ${first} (a link loop or a second link), read once`);
      return;
    }
    seenFolders.set(real, folder);
    const entries: { name: string; link: boolean; stats: Stats | null; isFile: boolean; isDir: boolean }[] =
      [];
    try {
      // opendir streams the listing; only this folder's names are held at once.
      for await (const entry of await opendir(folder)) {
        const link = entry.isSymbolicLink();
        const stats = link ? statOrNull(join(folder, entry.name)) : null;
        entries.push({
          name: entry.name,
          link,
          stats,
          isFile: link ? (stats?.isFile() ?? false) : entry.isFile(),
          isDir: link ? (stats?.isDirectory() ?? false) : entry.isDirectory(),
        });
      }
    } catch (e) {
      out.skipped.push(`${folder}: folder could not be read (${errorCode(e)})`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.link && entry.stats === null) out.skipped.push(`${path}: link to nothing`);
      else if (entry.isDir) {
        if (depth >= MAX_FOLDER_DEPTH)
          out.skipped.push(`${path}: folder more than ${MAX_FOLDER_DEPTH} levels deep, not read`);
        else await walk(path, depth + 1);
      } else if (entry.isFile && isArticleFileName(entry.name)) addFile(path);
    }
  };

  for (const input of inputs) {
    const stats = statOrNull(input);
    if (stats === null) out.missing.push(input);
    else if (stats.isDirectory()) await walk(input, 0);
    else {
      // A file named on the command line is read whatever its name, unless the name says it is data.
      const kind = isArticleLinesName(input) ? null : dataFileKind(input);
      if (kind === null) addFile(input);
      else
        out.refused.push(
          `${input}: ${kind}, not an article text; articles are plain text (*.txt) or JSON Lines (*.jsonl, one {"id","published","title","url","text"} per line)`,
        );
    }
  }
  return out;
}
