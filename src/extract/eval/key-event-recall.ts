/**
 * Scores rows against key events listed by hand for a story: a key event is found when a row comes
 * from the sentence that states it and carries its date at its precision, and found with its doer when
 * that row's title or lane also names the doer. Pure: the CLI reads the files.
 */
import type { EventRecord, Precision } from '../../model/event-record';

/** One hand-listed key event: a row of a key-events.tsv. */
export interface KeyEvent {
  file: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY, as precise as the story says. */
  date: string;
  precision: 'day' | 'month' | 'year';
  /** Who did it, as a reader names it ("Cal Fire", "Donald Trump", "wildfire"). */
  doer: string;
  /** A stretch of the sentence that states the event, exactly as the story has it. */
  sentence: string;
}

export type KeyEventResult = 'found with doer' | 'found' | 'wrong date' | 'missed';

export interface KeyEventScore {
  key: KeyEvent;
  result: KeyEventResult;
  /** The rows read from the key event's sentence, for the report. */
  rows: EventRecord[];
}

const COLUMNS = ['file', 'date', 'precision', 'doer', 'sentence'] as const;
const DATE_BY_PRECISION: Readonly<Record<KeyEvent['precision'], RegExp>> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

/** The rows of a key-events.tsv; a malformed line is an error naming the file, line and field. */
export function parseKeyEvents(text: string, name: string): KeyEvent[] {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  if (COLUMNS.some((c, i) => header[i] !== c))
    throw new Error(`${name}:1: header must be ${COLUMNS.join(' <tab> ')}`);
  const keys: KeyEvent[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = line.split('\t');
    const at = `${name}:${i + 2}`;
    if (cells.length !== COLUMNS.length)
      throw new Error(`${at}: ${cells.length} fields, expected ${COLUMNS.length}`);
    const [file = '', date = '', precision = '', doer = '', sentence = ''] = cells;
    if (precision !== 'day' && precision !== 'month' && precision !== 'year')
      throw new Error(`${at}: field precision: "${precision}" is not day, month or year`);
    if (!DATE_BY_PRECISION[precision].test(date))
      throw new Error(`${at}: field date: "${date}" does not match precision ${precision}`);
    if (sentence.length < 10) throw new Error(`${at}: field sentence: too short to find`);
    keys.push({ file, date, precision, doer, sentence });
  });
  return keys;
}

/** Whether a row with this start and precision gives the key's date at the key's precision. */
function sameDate(key: KeyEvent, start: string, precision: Precision): boolean {
  if (key.precision === 'day') return precision === 'day' && start === key.date;
  if (key.precision === 'month') return precision === 'month' && start.startsWith(key.date);
  return precision === 'year' && start.startsWith(key.date);
}

const FILLER = new Set(['the', 'of', 'and', 'for', 'a', 'an', 'in', 'de', 'la', 'al']);

/** Whether the row's title or lane names the doer by one of its words ("Trump" for "Donald Trump"). */
export function namesDoer(row: EventRecord, doer: string): boolean {
  const where = `${row.title} ${row.actor} ${row.other_actors.join(' ')}`.toLowerCase();
  return doer
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !FILLER.has(w))
    .some((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'u').test(where));
}

/** The key event's result against the rows of its story. */
export function scoreKeyEvent(key: KeyEvent, rows: readonly EventRecord[]): KeyEventScore {
  const fromSentence = rows.filter(
    (r) => r.sentence.includes(key.sentence) || key.sentence.includes(r.sentence),
  );
  const dated = fromSentence.filter((r) => sameDate(key, r.start, r.precision));
  const result: KeyEventResult = dated.some((r) => namesDoer(r, key.doer))
    ? 'found with doer'
    : dated.length > 0
      ? 'found'
      : fromSentence.length > 0
        ? 'wrong date'
        : 'missed';
  return { key, result, rows: fromSentence };
}
