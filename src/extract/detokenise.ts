/**
 * Pre-tokenised text back to running text. Research corpora and many scrapers store articles one
 * sentence per line in Penn Treebank tokens: brackets as `-LRB-`/`-RRB-`, quotes as two backticks and
 * two apostrophes, `n't` and `'s` split off their words and a space before every comma and full stop.
 * The extractor's sentence splitter, tagger and patterns expect news text, so such an article is
 * detected (isPreTokenised) and rejoined line by line (detokeniseLine) before any other work; line
 * breaks stay where they were, so no sentence is merged with another and none is lost.
 *
 * Pure and per line: it must not reorder, drop or merge words, only change the spaces between tokens
 * and spell the PTB escapes back. Offsets of the output refer to the rejoined text.
 */

/** PTB escapes for brackets, in either case ("-LRB-", and "-lrb-" in lower-cased corpora). */
const BRACKETS: Readonly<Record<string, string>> = {
  '-lrb-': '(',
  '-rrb-': ')',
  '-lsb-': '[',
  '-rsb-': ']',
  '-lcb-': '{',
  '-rcb-': '}',
};

/** Tokens written without a space before them: closing punctuation and the clitics PTB splits off. */
const ATTACH_LEFT_RE = /^(?:[.,;:!?%)\]}]+|\.\.\.|n't|'(?:s|re|ve|ll|d|m)|')$/i;
/** Tokens after which the next one follows without a space. */
const ATTACH_RIGHT = new Set(['(', '[', '{', '$']);
/** PTB splits "gonna", "wanna", "gotta" in two: "gon na". */
const SPLIT_WORDS_RE = /^(?:gon|wan|got)$/i;
const SPLIT_TAILS_RE = /^(?:na|ta)$/i;

/** A line shows a PTB habit that written text does not have. */
const PTB_MARK_RE =
  /-[LR][RSC]B-|``|(?:^|\s)''(?:\s|$)|\s(?:n't|'(?:s|re|ve|ll|d|m))(?:\s|$)|\s[,;:](?:\s|$)|\s[.?!]$/i;
/** A bracket escape alone is proof: no written text spells a bracket "-LRB-". */
const BRACKET_ESCAPE_RE = /-[LR][RSC]B-/i;
/**
 * Share of non-blank lines that must show a PTB habit. In a tokenised article nearly every sentence
 * line ends in " ." (the headline and dateline lines do not); written text has at most a stray " ,"
 * typo in one line of twenty, so one half leaves a wide margin either way.
 */
const MIN_MARKED_SHARE = 0.5;

/** Whether `lines` (one article, or a block of one) are pre-tokenised text. */
export function isPreTokenised(lines: readonly string[]): boolean {
  let nonBlank = 0;
  let marked = 0;
  for (const line of lines) {
    const text = line.trim();
    if (text === '') continue;
    nonBlank++;
    if (BRACKET_ESCAPE_RE.test(text)) return true;
    if (PTB_MARK_RE.test(text)) marked++;
  }
  return marked > 0 && marked >= nonBlank * MIN_MARKED_SHARE;
}

/** One line of PTB tokens as written text; leading and trailing spaces are dropped. */
export function detokeniseLine(line: string): string {
  const tokens = line
    .trim()
    .replace(/(?:^|(?<=\s))\.(?: \.){2}(?=\s|$)/g, '...')
    .split(/\s+/)
    .filter((t) => t !== '');
  let out = '';
  /** The previous token asked for no space after it (an opening bracket or quote). */
  let glue = true;
  /** Plain " tokens alternate between opening and closing within a line. */
  let plainQuoteOpen = false;
  let previous = '';
  for (const [i, raw] of tokens.entries()) {
    let token = BRACKETS[raw.toLowerCase()] ?? raw;
    let opens = ATTACH_RIGHT.has(token);
    let attachLeft = ATTACH_LEFT_RE.test(token);
    if (token === '``' || token === '`') {
      token = token === '``' ? '"' : "'";
      opens = true;
    } else if (token === "''") {
      token = '"';
      attachLeft = true;
    } else if (token === '"') {
      // A quote that ends the line closes one opened on an earlier line.
      if (plainQuoteOpen || (i === tokens.length - 1 && i > 0)) attachLeft = true;
      else opens = true;
      plainQuoteOpen = !plainQuoteOpen;
    }
    if (SPLIT_TAILS_RE.test(token) && SPLIT_WORDS_RE.test(previous)) attachLeft = true;
    // Some tokenisers split the possessive after its apostrophe: "Apple ' s".
    if (/^(?:s|re|ve|ll|d|m|t)$/i.test(token) && previous === "'") attachLeft = true;
    // PTB adds a full stop after a sentence-final abbreviation: "the U.S. ." is "the U.S.".
    if (token === '.' && /\p{L}\.$/u.test(out)) {
      previous = token;
      continue;
    }
    out += glue || attachLeft ? token : ` ${token}`;
    glue = opens;
    previous = token;
  }
  return out;
}

/** Every line of `text` detokenised; line breaks and blank lines are kept. */
export function detokenise(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? line : detokeniseLine(line)))
    .join('\n');
}
