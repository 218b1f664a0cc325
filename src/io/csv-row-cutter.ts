/**
 * Cuts CSV rows into cells in one pass over their characters, for the streamed reader's common case: text
 * with LF line ends only and quotes only around whole cells. On such rows it gives exactly the cells
 * papaparse gives (header off, '"' quotes doubled inside quoted cells); any other row (a quote inside an
 * unquoted cell, text after a closing quote, an unterminated quote) is left to papaparse, whose handling
 * of broken quoting (and its error messages) this does not repeat. It knows nothing of columns or events.
 *
 * Why: papaparse's general loop, driven one row at a time through its step callback, was the largest single
 * cost of reading a row in the table worker (a sixth of it), mostly for bookkeeping this case never needs.
 */

const QUOTE = 0x22;
const LINE_FEED = 0x0a;

/** What `read` returns for a row it leaves to papaparse. */
export const IRREGULAR_ROW = -1;

export class CsvRowCutter {
  /** The cells of the row read last; the array is reused by the next read. */
  readonly cells: string[] = [];
  /** Line feeds inside quoted cells of the row read last (a row spans this many lines more than one). */
  innerLineFeeds = 0;
  private readonly delimiter: number;

  /** `delimiter`: one character (',', ';', tab or '|'). */
  constructor(delimiter: string) {
    if (delimiter.length !== 1) throw new Error('the delimiter must be one character');
    this.delimiter = delimiter.charCodeAt(0);
  }

  /**
   * Reads the row that starts at `from` (< text.length) into `cells`. Returns where the next row starts
   * (after the row's line feed, or text.length for a last row without one), or IRREGULAR_ROW when the row is
   * not one this reader handles; `cells` then holds nothing meaningful. `text` must hold no carriage return.
   */
  read(text: string, from: number): number {
    const cells = this.cells;
    const delimiter = this.delimiter;
    const length = text.length;
    cells.length = 0;
    this.innerLineFeeds = 0;
    let start = from;
    for (;;) {
      if (text.charCodeAt(start) === QUOTE) {
        const end = this.readQuoted(text, start);
        if (end < 0) return IRREGULAR_ROW;
        // A quoted cell ends at the end of the text, a delimiter or a line feed (readQuoted checked which).
        if (end >= length) return length;
        if (text.charCodeAt(end) === LINE_FEED) return end + 1;
        start = end + 1;
        continue;
      }
      let i = start;
      let c = -1;
      for (; i < length; i++) {
        c = text.charCodeAt(i);
        if (c === delimiter || c === LINE_FEED) break;
        // papaparse takes such a quote as text, but its bookkeeping around one is subtle: leave it to it.
        if (c === QUOTE) return IRREGULAR_ROW;
      }
      cells.push(text.slice(start, i));
      if (i >= length) return length;
      if (c === LINE_FEED) return i + 1;
      start = i + 1;
    }
  }

  /**
   * Reads the quoted cell whose opening quote is at `open` and pushes its value. Returns the position just
   * after the closing quote, which is the text's end, a delimiter or a line feed; -1 otherwise.
   */
  private readQuoted(text: string, open: number): number {
    const length = text.length;
    let from = open + 1;
    let escaped = false;
    for (;;) {
      const close = text.indexOf('"', from);
      if (close < 0) return -1;
      const next = close + 1 < length ? text.charCodeAt(close + 1) : -1;
      if (next === QUOTE) {
        // A doubled quote is one quote of the value.
        escaped = true;
        from = close + 2;
        continue;
      }
      if (next !== -1 && next !== this.delimiter && next !== LINE_FEED) return -1;
      let value = text.slice(open + 1, close);
      if (escaped) value = value.replaceAll('""', '"');
      for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) this.innerLineFeeds++;
      this.cells.push(value);
      return close + 1;
    }
  }
}
