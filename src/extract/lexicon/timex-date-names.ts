/**
 * Names that contain a date word and date nothing: "Super Tuesday", "the Sunday Times", "USA
 * Today". The tagger drops a weekday or "today" that stands in one. Written as the names are.
 */

/** Capitalised words that make the weekday after them part of a name: "Black Friday", "Ash Wednesday". */
export const WEEKDAY_NAME_PREFIXES: readonly string[] = [
  'Super',
  'Black',
  'Cyber',
  'Ash',
  'Holy',
  'Maundy',
  'Bloody',
  'Fat',
  'Giving',
  'Small Business',
];

/** Newspaper titles and fixed names that follow a weekday: "Sunday Times", "Saturday Night Live". */
export const WEEKDAY_NAME_SUFFIXES: readonly string[] = [
  'Times',
  'Telegraph',
  'Express',
  'Mirror',
  'Post',
  'Herald',
  'Night Live',
  'Morning Herald',
];

/** Words that make the "Today" after them a title: "USA Today". */
export const TODAY_NAME_PREFIXES: readonly string[] = ['USA'];
