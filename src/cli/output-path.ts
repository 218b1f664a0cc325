/**
 * Checks `--out` of `npm run extract` before any work, so that a run never ends in a stack trace or
 * an ENOENT about its checkpoint, and never writes over what it reads: the output must not be one of
 * the inputs, nor a file inside an input folder that a folder walk would read as an article. Every
 * answer is one line that names the path. Reads the file system; writes nothing.
 */
import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { isArticleFileName } from './article-files';

export type PathCheck = { ok: true } | { ok: false; error: string };

/** The path `out` will have once written: links resolved, also when the file does not exist yet. */
function realOutputPath(out: string): string {
  if (existsSync(out)) return realpathSync(out);
  return join(realpathSync(dirname(resolve(out))), basename(out));
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Whether `out` can be written: its folder exists and is writable, it is not a folder, and it is not
 * (and will not become) one of `inputs`. `readsFolders` is false for --reduce, whose inputs are files.
 */
export function checkOutputPath(out: string, inputs: readonly string[], readsFolders = true): PathCheck {
  if (out.trim() === '') return { ok: false, error: '--out: the path is empty' };
  const folder = dirname(resolve(out));
  if (existsSync(out) && statSync(out).isDirectory())
    return {
      ok: false,
      error: `--out ${out}: is a folder; name a file in it, such as ${join(out, 'events.csv')}`,
    };
  if (!existsSync(folder)) return { ok: false, error: `--out ${out}: folder ${dirname(out)} does not exist` };
  if (!statSync(folder).isDirectory())
    return { ok: false, error: `--out ${out}: ${dirname(out)} is not a folder` };
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return { ok: false, error: `--out ${out}: folder ${dirname(out)} is not writable` };
  }
  const target = realOutputPath(out);
  for (const input of inputs) {
    if (!existsSync(input)) continue;
    const real = realpathSync(input);
    if (real === target)
      return { ok: false, error: `--out ${out}: is one of the inputs; the run would overwrite it` };
    if (readsFolders && statSync(real).isDirectory() && isInside(real, target) && isArticleFileName(target))
      return {
        ok: false,
        error: `--out ${out}: lies in input folder ${input}, and the next run would read it as an article; write it elsewhere`,
      };
  }
  return { ok: true };
}

/** Whether `out` is one of the files about to be read (reached through a link, say). */
export function checkOutputNotRead(out: string, paths: readonly string[]): PathCheck {
  // Every input exists, so an output that does not exist yet is none of them.
  if (!existsSync(out)) return { ok: true };
  const target = realOutputPath(out);
  for (const path of paths)
    if (existsSync(path) && realpathSync(path) === target)
      return { ok: false, error: `--out ${out}: is the input ${path}; the run would overwrite it` };
  return { ok: true };
}
