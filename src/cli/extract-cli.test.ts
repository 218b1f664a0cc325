/**
 * `npm run extract` as a user runs it, in a temporary folder: an output that is an input, a missing
 * input, a run where every input fails, Ctrl-C in the middle, UTF-16 and nested folders. Each case
 * spawns the CLI under tsx with one worker thread, so the file is slow (a few seconds a case).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'src/cli/extract.ts');
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const ACTORS = join(ROOT, 'data/actors.json');
const VERDICT = join(ROOT, 'data/fixtures/articles/general-verdict.txt');
const ELECTION = join(ROOT, 'data/fixtures/articles/general-election.txt');
/** Spawning tsx and a worker thread takes a few seconds on a shared machine. */
const SLOW_MS = 60_000;

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'extract-cli-'));
}

function args(rest: readonly string[]): string[] {
  return ['--import', TSX, CLI, '--actors', ACTORS, '--workers', '1', ...rest];
}

function run(cwd: string, ...rest: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args(rest), { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The error lines a run printed; a stack trace would show up as more lines. */
function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.trim() !== '' && !/files, .* MB/.test(l));
}

describe('extract CLI: never writes over what it reads', () => {
  it.each([[[]], [['--map']]])(
    'refuses --out naming an input file %j and leaves the article as it was',
    (mode) => {
      const dir = folder();
      copyFileSync(VERDICT, join(dir, 'a.txt'));
      const r = run(dir, ...mode, 'a.txt', '--out', 'a.txt');
      expect(r.status).toBe(1);
      expect(errorLines(r.stderr)).toEqual([
        'Error: --out a.txt: is one of the inputs; the run would overwrite it',
      ]);
      expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(readFileSync(VERDICT, 'utf8'));
    },
    SLOW_MS,
  );

  it(
    'refuses a .txt --out inside an input folder',
    () => {
      const dir = folder();
      mkdirSync(join(dir, 'articles'));
      copyFileSync(VERDICT, join(dir, 'articles/a.txt'));
      const r = run(dir, 'articles', '--out', 'articles/events.txt');
      expect(r.status).toBe(1);
      expect(errorLines(r.stderr)).toEqual([
        'Error: --out articles/events.txt: lies in input folder articles, and the next run would read it as an article; write it elsewhere',
      ]);
      expect(readdirSync(join(dir, 'articles'))).toEqual(['a.txt']);
    },
    SLOW_MS,
  );

  it(
    'refuses --reduce --out naming one of its inputs',
    () => {
      const dir = folder();
      writeFileSync(join(dir, 'rows.jsonl'), '');
      const r = run(dir, '--reduce', 'rows.jsonl', '--out', 'rows.jsonl');
      expect(r.status).toBe(1);
      expect(errorLines(r.stderr)).toEqual([
        'Error: --out rows.jsonl: is one of the inputs; the run would overwrite it',
      ]);
    },
    SLOW_MS,
  );
});

describe('extract CLI: --out is checked before any work', () => {
  it.each([
    ['no/such/dir/events.csv', 'Error: --out no/such/dir/events.csv: folder no/such/dir does not exist'],
    ['out', 'Error: --out out: is a folder; name a file in it, such as out/events.csv'],
  ])(
    '--out %s says in one line what is wrong',
    (out, message) => {
      const dir = folder();
      mkdirSync(join(dir, 'out'));
      copyFileSync(VERDICT, join(dir, 'a.txt'));
      const r = run(dir, 'a.txt', '--out', out);
      expect(r.status).toBe(1);
      expect(errorLines(r.stderr)).toEqual([message]);
      expect(readdirSync(dir).sort()).toEqual(['a.txt', 'out']);
    },
    SLOW_MS,
  );
});

describe('extract CLI: a failed run keeps the previous output', () => {
  it(
    'keeps events.csv, exits 1 and says why when every article is empty or undated',
    () => {
      const dir = folder();
      writeFileSync(join(dir, 'events.csv'), 'previous\n');
      writeFileSync(join(dir, 'empty.txt'), '');
      writeFileSync(join(dir, 'undated.txt'), 'A minister resigned. Nobody said when.\n');
      const r = run(dir, 'empty.txt', 'undated.txt', '--out', 'events.csv');
      expect(r.status).toBe(1);
      expect(readFileSync(join(dir, 'events.csv'), 'utf8')).toBe('previous\n');
      expect(r.stdout).toContain('Error: empty.txt: the file is empty');
      expect(r.stdout).toContain('Error: undated.txt article 1: no publication date found');
      expect(r.stderr).toContain(
        'Error: no article could be extracted (see the errors above); events.csv was not written and keeps its previous content',
      );
    },
    SLOW_MS,
  );

  it(
    'stops before any work on a bad overrides file, naming file, line and field',
    () => {
      const dir = folder();
      writeFileSync(join(dir, 'events.csv'), 'previous\n');
      copyFileSync(VERDICT, join(dir, 'a.txt'));
      writeFileSync(join(dir, 'dates.csv'), 'id,action,start\nev-1,edit,2022-02-30\n');
      writeFileSync(join(dir, 'words.csv'), 'id,action,title,confidence\nev-1,drop,,\nev-2,edit,,high\n');
      const dates = run(dir, 'a.txt', '--out', 'events.csv', '--overrides', 'dates.csv');
      expect(dates.status).toBe(1);
      expect(errorLines(dates.stderr)).toEqual([
        'Error: dates.csv line 2, field start: "2022-02-30" is not a day of the calendar (YYYY-MM-DD)',
      ]);
      const words = run(dir, 'a.txt', '--out', 'events.csv', '--overrides', 'words.csv');
      expect(errorLines(words.stderr)).toEqual([
        'Error: words.csv line 3, field confidence: "high" is not a number from 0 to 1',
      ]);
      expect(readFileSync(join(dir, 'events.csv'), 'utf8')).toBe('previous\n');
    },
    SLOW_MS,
  );

  it(
    'keeps the --map output when the only article is too large to read',
    () => {
      const dir = folder();
      writeFileSync(join(dir, 'rows.jsonl'), 'previous\n');
      writeFileSync(join(dir, 'huge.txt'), 'Friday, May 9, 2025\n'.repeat(600_000));
      const r = run(dir, '--map', 'huge.txt', '--out', 'rows.jsonl');
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/Error: huge\.txt: 11\.4 MB is too large for an article/);
      expect(readFileSync(join(dir, 'rows.jsonl'), 'utf8')).toBe('previous\n');
      expect(readdirSync(dir).sort()).toEqual(['huge.txt', 'rows.jsonl']);
    },
    SLOW_MS,
  );

  it(
    'extracts the rest when an input is missing, writes the output, names the file and exits 1',
    () => {
      const dir = folder();
      copyFileSync(VERDICT, join(dir, 'a.txt'));
      const r = run(dir, 'a.txt', 'missing.txt', '--out', 'events.csv');
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('Error: missing.txt: no such file or folder');
      expect(r.stdout).toMatch(/Wrote [1-9]\d* event\(s\) to events\.csv/);
      expect(r.stderr).toContain('Error: 1 input(s) not found; the others were extracted');
      expect(readFileSync(join(dir, 'events.csv'), 'utf8').split('\n').length).toBeGreaterThan(2);
    },
    SLOW_MS,
  );
});

describe('extract CLI: Ctrl-C keeps the previous output', () => {
  it.each([
    ['--map', 'rows.jsonl'],
    ['--jsonl', 'events.jsonl'],
  ])(
    'SIGINT during extract %s leaves %s as it was and no temporary file',
    async (mode, out) => {
      const dir = folder();
      mkdirSync(join(dir, 'articles'));
      // 300 copies take several seconds with one thread, so the signal lands in the middle.
      for (let i = 0; i < 300; i++) copyFileSync(ELECTION, join(dir, `articles/${i}.txt`));
      writeFileSync(join(dir, out), 'previous\n');
      const child = spawn(process.execPath, args([mode, 'articles', '--out', out]), {
        cwd: dir,
        stdio: 'ignore',
      });
      const checkpoint = join(dir, `${out}.checkpoint.jsonl`);
      // Interrupt once at least one article is done: the output is being made, not yet written.
      while (!existsSync(checkpoint) || readFileSync(checkpoint, 'utf8').split('\n').length < 3)
        await new Promise((resolve) => setTimeout(resolve, 50));
      child.kill('SIGINT');
      const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
        child.on('exit', (c, sig) => resolve([c, sig])),
      );
      // 130 when the temporary output was removed on the way out; killed by the signal when there was none.
      expect(code === 130 || signal === 'SIGINT').toBe(true);
      expect(readFileSync(join(dir, out), 'utf8')).toBe('previous\n');
      // The checkpoint stays for --resume; the temporary output is gone.
      expect(readdirSync(dir).sort()).toEqual([out, `${out}.checkpoint.jsonl`, 'articles'].sort());
    },
    SLOW_MS,
  );
});

describe('extract CLI: reads what it is given', () => {
  it(
    'decodes UTF-16 LE and BE files with a byte order mark and names the encoding',
    () => {
      const dir = folder();
      const text = readFileSync(ELECTION, 'utf8');
      const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
      writeFileSync(join(dir, 'le.txt'), le);
      writeFileSync(join(dir, 'be.txt'), Buffer.from(le).swap16());
      writeFileSync(join(dir, 'utf8.txt'), text);
      const r = run(dir, 'le.txt', 'be.txt', 'utf8.txt', '--out', 'events.csv');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Encodings: 1 UTF-16LE (le.txt), 1 UTF-16BE (be.txt), 1 UTF-8');
      expect(r.stdout).not.toContain('binary data');
      expect(r.stdout).toMatch(/ le#1 +\d+ event\(s\)/);
      expect(r.stdout).toMatch(/ be#1 +\d+ event\(s\)/);
    },
    SLOW_MS,
  );

  it(
    'reads articles in sub-folders and linked files, and names what it skipped',
    () => {
      const dir = folder();
      mkdirSync(join(dir, 'articles/2025/04'), { recursive: true });
      copyFileSync(VERDICT, join(dir, 'articles/verdict.txt'));
      copyFileSync(ELECTION, join(dir, 'elsewhere.txt'));
      spawnSync('ln', ['-s', join(dir, 'elsewhere.txt'), join(dir, 'articles/2025/04/linked.txt')]);
      spawnSync('ln', ['-s', join(dir, 'articles'), join(dir, 'articles/2025/loop')]);
      const r = run(dir, 'articles', '--out', 'events.csv');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^2 file\(s\)/);
      expect(r.stdout).toMatch(/ linked#1 +\d+ event\(s\)/);
      expect(r.stdout).toContain(
        'Skipped: articles/2025/loop: same folder as articles (a link loop or a second link), read once',
      );
    },
    SLOW_MS,
  );
});

describe('extract CLI: files that share a name', () => {
  it(
    'keeps the rows of same-named files in different folders apart, with ids naming the folder',
    () => {
      const dir = folder();
      mkdirSync(join(dir, 'articles/court'), { recursive: true });
      mkdirSync(join(dir, 'articles/vote'), { recursive: true });
      copyFileSync(VERDICT, join(dir, 'articles/court/story.txt'));
      copyFileSync(ELECTION, join(dir, 'articles/vote/story.txt'));
      copyFileSync(VERDICT, join(dir, 'alone.txt'));
      expect(run(dir, 'alone.txt', '--out', 'alone.csv').status).toBe(0);
      const r = run(dir, 'articles', '--out', 'events.csv');
      expect(r.status).toBe(0);
      const csv = readFileSync(join(dir, 'events.csv'), 'utf8');
      const alone = readFileSync(join(dir, 'alone.csv'), 'utf8');
      const rows = (text: string) => text.trim().split('\n').length - 1;
      expect(csv).toContain('court/story#1');
      expect(csv).toContain('vote/story#1');
      // Every row of the verdict is there, none replaced by a row of the election story.
      expect(csv.match(/court\/story#1/g)?.length ?? 0).toBeGreaterThanOrEqual(rows(alone));
      const ids = csv
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]);
      expect(new Set(ids).size).toBe(ids.length);
    },
    SLOW_MS,
  );
});

describe('extract CLI: the map step of a batch engine', () => {
  it(
    'reads JSON Lines articles from standard input, writes JSON Lines rows to standard output, names bad lines, and --reduce - merges them',
    () => {
      const dir = folder();
      const lines = [
        JSON.stringify({
          id: 'verdict',
          published: '2024-03-01',
          title: 'Verdict',
          url: '',
          text: readFileSync(VERDICT, 'utf8'),
        }),
        '',
        JSON.stringify({ id: 'bad-day', published: '2024-02-30', text: 'The court ruled.' }),
        '{"id": "no-text"}',
        JSON.stringify({ id: 'election', text: readFileSync(ELECTION, 'utf8') }),
      ];
      const map = spawnSync(process.execPath, args(['--map']), {
        cwd: dir,
        encoding: 'utf8',
        input: `${lines.join('\n')}\n`,
      });
      expect(map.status).toBe(1);
      const rows = map.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { article_id: string; ref_date: string });
      expect(new Set(rows.map((r) => r.article_id))).toEqual(new Set(['verdict#1', 'election#1']));
      expect(rows.find((r) => r.article_id === 'verdict#1')?.ref_date).toBe('2024-03-01');
      expect(map.stderr).toContain(
        'Error: standard input line 3, field published: "2024-02-30" is not a date (YYYY-MM-DD)',
      );
      expect(map.stderr).toContain('Error: standard input line 4, field text: missing');
      expect(map.stderr).toContain(
        'Error: 2 input(s) or line(s) refused (named above); the others were extracted',
      );
      // Nothing but rows on standard output, and no file written anywhere.
      expect(readdirSync(dir)).toEqual([]);

      const reduce = spawnSync(process.execPath, args(['--reduce', '-', '--out', 'events.csv']), {
        cwd: dir,
        encoding: 'utf8',
        input: map.stdout,
      });
      expect(reduce.status).toBe(0);
      expect(readFileSync(join(dir, 'events.csv'), 'utf8').split('\n').length).toBeGreaterThan(
        rows.length / 2,
      );
    },
    SLOW_MS,
  );

  it(
    'refuses JSON and CSV files given as articles by name, and dates a pre-tokenised article by its path',
    () => {
      const dir = folder();
      mkdirSync(join(dir, '2012/08/25'), { recursive: true });
      writeFileSync(
        join(dir, '2012/08/25/apple.txt'),
        [
          'Apple wins patent case against Samsung',
          "A jury found on Friday that Samsung copied Apple 's iPhone -LRB- and iPad -RRB- .",
          "`` We do n't think it 's fair , '' a Samsung lawyer said on Saturday .",
        ].join('\n'),
      );
      writeFileSync(join(dir, 'corpus.json'), '[{"id":"a","text":"x"}]');
      writeFileSync(join(dir, 'table.csv'), 'file,article\na.txt,1\n');
      writeFileSync(join(dir, 'rows.txt'), '{"id":"a","text":"The talks resumed."}\n');
      const r = run(
        dir,
        '2012',
        'corpus.json',
        'table.csv',
        'rows.txt',
        '--published-from-path',
        '--out',
        'events.csv',
      );
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/Error: corpus\.json: a JSON file, not an article text;/);
      expect(r.stdout).toMatch(/Error: table\.csv: a CSV file, not an article text;/);
      expect(r.stdout).toMatch(/Error: rows\.txt: JSON Lines or JSON, not an article text;/);
      expect(r.stdout).toMatch(/ apple#1 +\d+ event\(s\) from 2 sentence\(s\), ref 2012-08-25 from path/);
      const csv = readFileSync(join(dir, 'events.csv'), 'utf8');
      expect(csv).toContain('""We don\'t think it\'s fair,"" a Samsung lawyer said on Saturday.');
      expect(csv).not.toMatch(/-LRB-|``| n't/);
    },
    SLOW_MS,
  );
});
