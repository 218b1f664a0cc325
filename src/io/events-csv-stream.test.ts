import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event-record';
import { EventTableBuilder } from '../model/event-table-builder';
import { parseEventsCsv } from './events-csv-parse';
import { EventsCsvStream } from './events-csv-stream';
import type { LoadProblem } from './load-problem';

const fixture = readFileSync(new URL('../../data/fixtures/events-sample.csv', import.meta.url), 'utf8');

/** A file with a quoted multi-line sentence, a CRLF row, a blank line and two broken rows. */
const tricky = [
  'id,start,end,precision,actor,type,title,sentence,article_id,confidence,method',
  'k1,2022-06-05,2022-06-05,day,north-korea,missile-test,Launch,"The launch, officials said,\nwas the third.",a1,0.9,rules',
  'k2,2022-06-31,2022-06-31,day,north-korea,missile-test,Bad day,North Korea fired again.,a1,0.9,rules\r',
  '',
  'k3,2022-07-01,2022-07-01,day,russia,statement,Moscow warns,"Moscow warned ""again"" on Friday.",a2,0.8,rules',
  'k4,2022-07-02,2022-07-01,day,russia,statement,Backwards,The dates run backwards.,a2,0.8,rules',
  'k5,2022-07-03,2022-07-03,day,,meeting,Talks,Talks were held in Geneva.,a3,0.7,rules',
].join('\n');

function streamIn(text: string, cuts: readonly number[]) {
  const records: EventRecord[] = [];
  const problems: LoadProblem[] = [];
  const stream = new EventsCsvStream('f.csv', {
    record: (r) => records.push(r),
    problem: (p) => problems.push(p),
  });
  const points = [...new Set(cuts.map((c) => Math.min(text.length, c)))].sort((a, b) => a - b);
  let at = 0;
  for (const p of [...points, text.length]) {
    stream.push(text.slice(at, p));
    at = p;
  }
  stream.end();
  return { records, problems, rows: stream.rows, headerProblems: stream.headerProblems };
}

describe('streamed events CSV', () => {
  it('reads the sample file in one piece exactly as the whole-text parser does', () => {
    const whole = parseEventsCsv(fixture, 'f.csv');
    const streamed = streamIn(fixture, []);
    expect(streamed.records).toEqual(whole.records);
    expect(streamed.rows).toBe(whole.rows);
  });

  it('reports a broken row on its own line even after a quoted sentence that spans two lines', () => {
    const streamed = streamIn(tricky, [7, 130, 131]);
    expect(streamed.records.map((r) => r.id)).toEqual(['k1', 'k3', 'k5']);
    expect(streamed.problems.map((p) => [p.line, p.field])).toEqual([
      [4, 'start'],
      [7, 'end'],
    ]);
    expect(streamed.records[0]?.sentence).toBe('The launch, officials said,\nwas the third.');
  });

  it('gives the same records, problems and line numbers however the text is cut into pieces', () => {
    const whole = parseEventsCsv(tricky, 'f.csv');
    fc.assert(
      fc.property(fc.array(fc.nat({ max: tricky.length }), { maxLength: 12 }), (cuts) => {
        const streamed = streamIn(tricky, cuts);
        expect(streamed.records).toEqual(whole.records);
        expect(streamed.problems).toEqual(whole.problems);
        expect(streamed.rows).toBe(whole.rows);
      }),
    );
  });

  it('agrees with the whole-text parser for LF, CRLF and CR files however they are cut', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.nat({ max: tricky.length + 40 }), { maxLength: 12 }),
        (eol, cuts) => {
          // Line breaks inside the quoted sentence stay LF, as a spreadsheet writes them.
          const text = tricky.replace(/\r?\n(?=k|$|\n)/g, eol);
          const whole = parseEventsCsv(text, 'f.csv');
          const streamed = streamIn(text, cuts);
          expect(streamed.records).toEqual(whole.records);
          expect(streamed.problems).toEqual(whole.problems);
          expect(streamed.rows).toBe(whole.rows);
        },
      ),
    );
  });

  it("splits on the header line's delimiter even when the first rows would make papaparse guess another", () => {
    // Titles full of ';' and sentences with a stray unquoted comma every other row: papaparse's own guess
    // over these rows is ';', which would reject every row of this comma file.
    const header = 'id,start,end,precision,actor,type,title,sentence,article_id,confidence,method';
    const row = (i: number) =>
      `s${i},2022-06-0${i},2022-06-0${i},day,russia,statement,Talks; truce; aid; vote,` +
      `Moscow said talks would wait${i % 2 ? ', again' : ''}.,a1,0.9,rules`;
    const text = `${[header, row(1), row(2), row(3), row(4)].join('\n')}\n`;
    const whole = parseEventsCsv(text, 'f.csv');
    const streamed = streamIn(text, [20]);
    expect(streamed.records.map((r) => r.id)).toEqual(['s2', 's4']);
    expect(streamed.records).toEqual(whole.records);
    expect(streamed.problems).toEqual(whole.problems);
  });

  it("reports a repeated id through the table builder's ids as through its own, and lets an earlier file's id be replaced", () => {
    const header = 'id,start,end,precision,actor,type,title,sentence,article_id,confidence,method';
    const row = (id: string, day: number) =>
      `${id},2022-06-0${day},2022-06-0${day},day,russia,statement,Talks,Moscow said talks would wait.,a1,0.9,rules`;
    const text = `${[header, row('d1', 1), row('d2', 2), row('d1', 3), row('old', 4), row('d2', 5)].join('\n')}\n`;
    const builder = new EventTableBuilder({ session: true });
    builder.upsert(parseEventsCsv(`${header}\n${row('old', 1)}\n`, 'first.csv').records[0] as EventRecord);
    const firstSeq = builder.size;
    const problems: LoadProblem[] = [];
    const stream = new EventsCsvStream(
      'f.csv',
      { record: (rec, line) => builder.upsert(rec, false, line), problem: (p) => problems.push(p) },
      { has: (id) => builder.seqOf(id) >= firstSeq, add: () => undefined },
    );
    stream.push(text);
    stream.end();
    const own = parseEventsCsv(text, 'f.csv');
    expect(problems).toEqual(own.problems);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [4, 'duplicate id "d1"'],
      [6, 'duplicate id "d2"'],
    ]);
    expect(builder.takeReplacements().map((r) => r.id)).toEqual(['old']);
  });

  it('reports an empty file as a header problem', () => {
    expect(streamIn('', []).headerProblems.map((p) => p.reason)).toEqual([
      'the file is empty: no header row',
    ]);
  });
});
