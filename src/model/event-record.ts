/**
 * The events.csv contract: column names, their order and the shape of one row. Shared by the
 * extractor (which writes rows), io/ (which parses and validates them) and the app (which draws them).
 * Everything here is plain data; parsing and validation live in io/.
 */

/** Date precision, coarsest last. A month-precision event spans its first to last day. */
export type Precision = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade';
export const PRECISIONS: readonly Precision[] = [
  'day',
  'week',
  'month',
  'quarter',
  'half',
  'season',
  'year',
  'decade',
];

/**
 * What kind of thing happened. The first thirteen are the original geopolitical set (their names and
 * meanings never change, so older CSV files stay valid); the rest cover general news. Each type's
 * label, glyph and ACE 2005 counterpart live in model/event-type-info.ts. 'other' stays last: table
 * code maps unknown types to the last index.
 */
export type EventType =
  | 'statement'
  | 'meeting'
  | 'travel'
  | 'agreement'
  | 'sanctions'
  | 'missile-test'
  | 'nuclear-test'
  | 'military-exercise'
  | 'deployment'
  | 'attack'
  | 'military-operation'
  | 'ceasefire'
  | 'election'
  | 'appointment'
  | 'resignation'
  | 'layoffs'
  | 'arrest'
  | 'charge'
  | 'lawsuit'
  | 'trial'
  | 'verdict'
  | 'investigation'
  | 'acquisition'
  | 'transaction'
  | 'product-launch'
  | 'financial-results'
  | 'market-move'
  | 'bankruptcy'
  | 'founding'
  | 'closure'
  | 'policy'
  | 'protest'
  | 'death'
  | 'injury'
  | 'disaster'
  | 'sports-result'
  | 'other';
export const EVENT_TYPES: readonly EventType[] = [
  'statement',
  'meeting',
  'travel',
  'agreement',
  'sanctions',
  'missile-test',
  'nuclear-test',
  'military-exercise',
  'deployment',
  'attack',
  'military-operation',
  'ceasefire',
  'election',
  'appointment',
  'resignation',
  'layoffs',
  'arrest',
  'charge',
  'lawsuit',
  'trial',
  'verdict',
  'investigation',
  'acquisition',
  'transaction',
  'product-launch',
  'financial-results',
  'market-move',
  'bankruptcy',
  'founding',
  'closure',
  'policy',
  'protest',
  'death',
  'injury',
  'disaster',
  'sports-result',
  'other',
];

/** asserted: it happened; planned: scheduled or announced; possible: hedged; negated: said not to have happened. */
export type Factuality = 'asserted' | 'planned' | 'possible' | 'negated';
export const FACTUALITIES: readonly Factuality[] = ['asserted', 'planned', 'possible', 'negated'];

/**
 * Where the date came from: an absolute expression, one relative to the reference date, the dateline,
 * the publication date (a lead or a fresh report with no date phrase of its own), or a person.
 */
export type DateBasis = 'absolute' | 'relative' | 'dateline' | 'publication' | 'manual';
export const DATE_BASES: readonly DateBasis[] = ['absolute', 'relative', 'dateline', 'publication', 'manual'];

/** How a date is hedged: exact, approximate ("nearly a year ago"), or a modifier on a period. */
export type DateQualifier = '' | 'approx' | 'early' | 'mid' | 'late' | 'before' | 'after' | 'range';
export const DATE_QUALIFIERS: readonly DateQualifier[] = [
  '',
  'approx',
  'early',
  'mid',
  'late',
  'before',
  'after',
  'range',
];

/** Required columns, in file order. */
export const REQUIRED_COLUMNS = [
  'id',
  'start',
  'end',
  'precision',
  'actor',
  'type',
  'title',
  'sentence',
  'article_id',
  'confidence',
  'method',
] as const;

/** Optional columns, in file order after the required ones. */
export const OPTIONAL_COLUMNS = [
  'date_text',
  'date_value',
  'date_basis',
  'date_qualifier',
  'other_actors',
  'factuality',
  'quantity',
  'quantity_unit',
  'quantity_qualifier',
  'location',
  'people',
  'quote',
  'article_title',
  'article_url',
  'ref_date',
  'sentence_index',
  'char_start',
  'char_end',
  'also_reported_in',
  'predicate',
  'agent',
] as const;

export const ALL_COLUMNS = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS] as const;
export type Column = (typeof ALL_COLUMNS)[number];

/** Multi-valued cells (other_actors, people, also_reported_in) join their values with this. */
export const MULTI_VALUE_SEPARATOR = ';';

/**
 * One event as written to and read from events.csv. Dates are ISO days (YYYY-MM-DD), inclusive on
 * both ends. Strings that are absent are ''. Numbers that are absent are null.
 */
export interface EventRecord {
  /** Stable id derived from article + sentence + type, so overrides survive re-extraction. */
  id: string;
  /** First day of the event, ISO YYYY-MM-DD, inclusive. */
  start: string;
  /** Last day of the event, ISO YYYY-MM-DD, inclusive; equals start for a single day. */
  end: string;
  precision: Precision;
  /**
   * The lane: an actor id from actors.json, or the name of an actor the text introduced that the file
   * does not list ("Boeing", "Kenya Airways"); '' when unknown.
   */
  actor: string;
  type: EventType;
  /** Short human title, e.g. "North Korea fires 8 ballistic missiles". */
  title: string;
  /** The exact sentence the event came from. */
  sentence: string;
  article_id: string;
  /** 0..1, how sure the extractor is about this row. */
  confidence: number;
  /** How the row was made, e.g. "rules" or "manual". */
  method: string;
  /** The date expression as written ("on Sunday"), '' when the dateline date was used. */
  date_text: string;
  /** TIMEX3 value: 2022-06-05, 2022-05, 2022-H1, 2025-W19. */
  date_value: string;
  date_basis: DateBasis | '';
  date_qualifier: DateQualifier;
  other_actors: string[];
  factuality: Factuality;
  quantity: number | null;
  quantity_unit: string;
  /** "more than", "about", "at least", "up to" ... */
  quantity_qualifier: string;
  location: string;
  people: string[];
  quote: string;
  article_title: string;
  article_url: string;
  /** Reference (publication) date used to resolve relative dates, ISO day. */
  ref_date: string;
  /** 0-based index of the sentence within its article body. */
  sentence_index: number | null;
  /** UTF-16 offsets of the sentence within the article text, end exclusive. */
  char_start: number | null;
  char_end: number | null;
  /** Ids of the other articles that report the same event. */
  also_reported_in: string[];
  /**
   * Lemma of the word the event was read from ("apologize", "raid", "join"), so an `other` row still
   * says what happened. '' in files written before the column existed.
   */
  predicate: string;
  /**
   * Who acted. A named entity as the text names it at its fullest ("Benjamin Netanyahu", "Boeing"),
   * the lane key when lanes are named entities rather than actors; or, when the text names no one, its
   * description, common words in lower case ("stock markets", "US stocks", "police"), which is no
   * lane. '' when unknown.
   */
  agent: string;
}

/**
 * An agent that is a name ("Boeing", "Bank of America", "3M"), not a description ("stock markets",
 * "US stocks"): a description ends in a common noun, written in lower case.
 */
export function isNamedAgent(agent: string): boolean {
  const last = agent.slice(agent.lastIndexOf(' ') + 1);
  return /^[\p{Lu}\p{N}]/u.test(last);
}
