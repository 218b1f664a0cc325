/** One reason a row (or the header) of an input file was not loaded as given. Shown in the problems panel. */
export interface LoadProblem {
  /** File name as the user knows it. */
  file: string;
  /** 1-based physical line where the row starts (a quoted cell may span lines). */
  line: number;
  /** Column name, or '' when the whole row is at fault. */
  field: string;
  reason: string;
}
