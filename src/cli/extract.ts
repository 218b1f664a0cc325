/**
 * npm run extract [-- <files or folders> --out <file> --actors <file> --manifest <file> --overrides <file>]
 * Reads articles, extracts events, writes events.csv and prints the run report. Exits non-zero only
 * when a config file is broken or no article could be read at all.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticles, formatReport, parseActorsFile, type ArticleFile } from '../extract/index';
import { decodeArticleBytes } from '../io/article-bytes';
import { serializeEvents } from '../io/events-csv-write';
import { parseManifest } from '../io/manifest';
import { parseOverrides } from '../io/overrides';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'data/events.csv' },
    actors: { type: 'string', default: 'data/actors.json' },
    manifest: { type: 'string', default: 'data/articles.csv' },
    overrides: { type: 'string', default: 'data/overrides.csv' },
  },
});

function fail(message: string): never {
  console.error(`Error: ${message}`);
  process.exit(1);
}

function articlePaths(inputs: string[]): string[] {
  return inputs.flatMap((p) => {
    if (!existsSync(p)) fail(`${p}: no such file or folder`);
    if (!statSync(p).isDirectory()) return [p];
    return readdirSync(p)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(p, f));
  });
}

const actors = parseActorsFile(readFileSync(values.actors, 'utf8'), values.actors);
if (!actors.ok) fail(actors.error);
const manifest = existsSync(values.manifest)
  ? parseManifest(readFileSync(values.manifest, 'utf8'), values.manifest)
  : null;
if (manifest && !manifest.ok) fail(manifest.error);
const overrides = existsSync(values.overrides)
  ? parseOverrides(readFileSync(values.overrides, 'utf8'), values.overrides)
  : null;
if (overrides && !overrides.ok) fail(overrides.error);

const unreadable: string[] = [];
const files: ArticleFile[] = [];
for (const path of articlePaths(positionals.length > 0 ? positionals : ['data/articles'])) {
  const decoded = decodeArticleBytes(readFileSync(path), path);
  if (decoded.ok) files.push({ fileName: path, text: decoded.value });
  else unreadable.push(decoded.error);
}

const { events, report } = extractArticles(files, {
  actors: actors.value,
  manifest: manifest?.value,
  overrides: overrides?.value,
  overridesFileName: values.overrides,
});
writeFileSync(values.out, serializeEvents(events));
console.log(formatReport(report));
for (const e of unreadable) console.log(`Error: ${e}`);
console.log(`Wrote ${events.length} event(s) to ${values.out}`);
if (report.errors.length > 0) process.exit(1);
if (!report.articles.some((a) => a.refDate !== '')) fail('no article could be extracted');
