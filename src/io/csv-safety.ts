/**
 * CSV injection defence (OWASP "CSV Injection"): a spreadsheet treats a cell that starts with
 * = + - @ tab or CR as a formula, so exported cells that start that way get a leading apostrophe.
 * Only for files meant for spreadsheets: events.csv itself stays raw so it round-trips exactly.
 */

const FORMULA_START_RE = /^[=+\-@\t\r]/;

export function neutralizeFormula(cell: string): string {
  return FORMULA_START_RE.test(cell) ? `'${cell}` : cell;
}
