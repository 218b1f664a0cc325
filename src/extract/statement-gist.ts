/**
 * What a statement says, for its title, read from the sentence around the reporting verb:
 * - the reported clause: "told reporters on Monday that Moscow had not received any formal proposal"
 *   -> "Moscow had not received any formal proposal";
 * - the object and complement of urge, warn, accuse: "urged both sides on Monday to halt the
 *   fighting" -> "both sides to halt the fighting";
 * - the quote a sentence opens with, when the verb after it has no clause of its own ("“If ..., they
 *   would face ...,” Choe told AP") -> its main clause.
 * Only words of the sentence, in their order: dates (already in the row), a leading "that" and the
 * hearer ("reporters") are left out, the phrase ends at the first clause boundary, and double quotes
 * become single ones as in headlines. '' when nothing usable follows the verb, so the title falls back.
 */

/** A span of the sentence, UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Up to eight words before "that": the hearer, a place or an occasion ("in a National Day speech"). */
const THAT_CLAUSE_RE = /^(?:\s+[^\s,;:“”"]+){0,8}?\s+that\s+/u;
/** Adverbs between the verb and what was said: "said afterwards that", "also warned". */
const LEADING_ADVERB_RE =
  /^\s+(?:also|again|later|afterwards|afterward|earlier|separately|publicly|repeatedly|previously|recently|officially|privately|then|now|as saying|in a statement|in a speech|on social media)\b/iu;
/** "according to" names a source; what follows it is not what was said. */
const SOURCE_TRIGGER_RE = /^according to$/i;
/** "told", "tells": the word after is the hearer, so only a that-clause or a quote says anything. */
const HEARER_TRIGGER_RE = /^(?:told|tells|tell)$/i;
/** A preposition left in front of a removed date: "urged both sides on [Monday] to ...". */
const DATE_PREPOSITION_RE = /\b(?:on|in|at|during|by|from|until|since|over|for|early|late)\s*$/iu;
/**
 * Where the reported clause ends: punctuation, a second reported clause, or a clause hung on the end
 * ("..., saying", "according to", "while ..."). Quotes are handled before this runs. A full stop
 * inside a split sentence belongs to an abbreviation ("a U.S. bridging proposal"), so it is no end.
 */
const CLAUSE_END_RE =
  /[,:](?!\d)|[;—–()!?]|\s(?:and that|but|while|whereas|although|though|because|as|saying|according to|which|including|adding|amid|after)\s/iu;
/** Subordinators that open a quote's first clause: the main clause follows the first comma. */
const SUBORDINATE_OPENING_RE =
  /^(?:if|should|when|whenever|unless|although|though|while|as|because|once|until|before|after|since|even if|even though)\b/iu;
/** Words a headline phrase must not end on: "the agenda for an" is cut back to "the agenda". */
const DANGLING_WORD_RE =
  /^(?:the|a|an|and|or|but|of|to|for|in|on|at|by|with|from|into|over|about|against|its|their|his|her|our|that|which|who|was|were|is|are|had|has|have|would|will|could|should|be|been|being|not|as|than|so)$/iu;
/** Words before which a long phrase may be cut: prepositions, conjunctions and relative words. */
const CUT_BEFORE_RE =
  /^(?:of|to|for|in|on|at|with|from|by|into|over|about|against|around|near|after|before|and|or|but|that|which|who|while|as|including|amid|during|since|under|through)$/iu;
/** A gist of one word says nothing a fallback title would not. */
const MIN_GIST_WORDS = 2;

/** `text` with the given spans (and a preposition right before each) replaced by spaces. */
function blankDates(text: string, dates: readonly Span[]): string {
  let out = text;
  for (const d of dates) {
    const before = DATE_PREPOSITION_RE.exec(out.slice(Math.max(0, d.start - 12), d.start));
    const start = before ? d.start - before[0].length : d.start;
    out = out.slice(0, start) + ' '.repeat(d.end - start) + out.slice(d.end);
  }
  return out;
}

/** Spaces collapsed, an unmatched double quote dropped, double quotes made single, no dangling end. */
function tidy(phrase: string): string {
  // Removed dates leave gaps, also before punctuation: "around the island [on Monday]."
  let text = phrase
    .replace(/\s+/g, ' ')
    .replace(/ (?=[,;:.!?])/g, '')
    .trim();
  if ((text.match(/["“”]/g) ?? []).length % 2 === 1) text = text.replace(/["“”](?=[^"“”]*$)/, '');
  const words = text.replace(/["“”]/g, "'").split(' ');
  while (words.length > 0) {
    const last = trimWordEnd(words[words.length - 1] ?? '');
    if (last !== '' && !DANGLING_WORD_RE.test(last)) {
      words[words.length - 1] = last;
      break;
    }
    words.pop();
  }
  return words.join(' ');
}

/** Trailing punctuation off a word; a final full stop too, but not an abbreviation's ("U.S."). */
function trimWordEnd(word: string): string {
  let out = word;
  for (;;) {
    const next = out.replace(/[,;:!?—–-]+$/u, '').replace(/(?<=[\p{Ll}\p{N}'’)])\.$/u, '');
    if (next === out) return out;
    out = next;
  }
}

/** The text from `from` up to the first clause boundary; a quoted stretch counts as one word. */
function clauseFrom(text: string, from: number): string {
  let i = from;
  for (;;) {
    const rest = text.slice(i);
    const stop = CLAUSE_END_RE.exec(rest);
    const stopAt = stop ? stop.index : rest.length;
    const open = rest.search(/[“"]/);
    if (open < 0 || open >= stopAt) return text.slice(from, i + stopAt);
    const close = rest.slice(open + 1).search(/[”"]/);
    if (close < 0) return text.slice(from, i + open);
    i += open + close + 2;
  }
}

/**
 * The main clause of a quote, in quotation marks: after the first comma when the quote opens with a
 * subordinate clause ("Should the US ..., they would be faced with ...").
 */
function quoteGist(quote: string): string {
  const inner = quote.trim();
  const comma = SUBORDINATE_OPENING_RE.test(inner) ? inner.indexOf(',') : -1;
  const clause = tidy(clauseFrom(inner, comma + 1));
  return clause === '' ? '' : `'${clause}'`;
}

/** The quote that ends before `position`, with only a short attribution between ("..., Choe told"). */
function quoteBefore(text: string, position: number): string {
  const m = /[“"]([^“”"]{8,})[”"][\s,]*([^“”"]{0,160})$/u.exec(text.slice(0, position));
  return m?.[1] ?? '';
}

/**
 * The gist of the statement whose trigger (verb or "statement" noun) sits at `trigger` in `sentence`;
 * `dates` are the sentence's event dates. See the file comment.
 */
export function statementGist(sentence: string, trigger: Span, dates: readonly Span[]): string {
  const text = blankDates(sentence, dates);
  const verb = sentence.slice(trigger.start, trigger.end);
  const words = (phrase: string): number => phrase.split(/\s+/).filter(Boolean).length;
  const accept = (phrase: string): string => {
    const gist = tidy(phrase);
    return words(gist) >= MIN_GIST_WORDS ? gist : '';
  };
  if (SOURCE_TRIGGER_RE.test(verb)) {
    const quoted = quoteBefore(text, trigger.start);
    return quoted ? accept(quoteGist(quoted)) : '';
  }
  let from = trigger.end;
  for (let adverb = LEADING_ADVERB_RE.exec(text.slice(from)); adverb;) {
    from += adverb[0].length;
    adverb = LEADING_ADVERB_RE.exec(text.slice(from));
  }
  const after = text.slice(from);
  const that = THAT_CLAUSE_RE.exec(after);
  if (that) return accept(clauseFrom(text, from + that[0].length));
  const colonQuote = /^\s*[:,]?\s*[“"]([^“”"]+)[”"]/u.exec(after);
  if (colonQuote?.[1]) return accept(quoteGist(colonQuote[1]));
  // "said it detected ...", "urged both sides to ...": the clause right after the verb, unless the
  // verb only names a hearer ("told AP in Pyongyang") or the sentence opened with what was said.
  const direct = clauseFrom(text, from);
  const hearerOnly = HEARER_TRIGGER_RE.test(verb);
  if (hearerOnly || words(tidy(direct)) < MIN_GIST_WORDS) {
    const quoted = quoteBefore(text, trigger.start);
    if (quoted) return accept(quoteGist(quoted));
  }
  if (hearerOnly) return '';
  if (/^\s*(?:saying|that)\s/iu.test(direct)) return accept(direct.replace(/^\s*(?:saying|that)\s/iu, ''));
  return accept(direct);
}

/**
 * What was agreed to, when an infinitive follows the verb at `from` (a date blanked between): "agreed on
 * Monday to pay $500 million" gives "pay $500 million". '' for "agreed to a truce", whose object types it.
 */
export function infinitiveGist(sentence: string, from: number, dates: readonly Span[]): string {
  const text = blankDates(sentence, dates);
  const to = /^\s*to\s+/.exec(text.slice(from));
  if (!to) return '';
  const clause = tidy(clauseFrom(text, from + to[0].length));
  return clause.split(' ').length >= MIN_GIST_WORDS ? clause : '';
}

/**
 * What a quotation before `position` said, for "“...,” said Paul Nolte": the speaker follows the verb,
 * so the words after it are no gist. '' when no quotation ends shortly before.
 */
export function quoteGistBefore(sentence: string, position: number, dates: readonly Span[]): string {
  const quoted = quoteBefore(blankDates(sentence, dates), position);
  if (!quoted) return '';
  const gist = tidy(quoteGist(quoted));
  return gist.split(/\s+/).filter(Boolean).length >= MIN_GIST_WORDS ? gist : '';
}

/**
 * `phrase` cut to at most `maxChars` characters before a preposition or conjunction, so the title ends
 * on a whole phrase ("met to discuss the agenda" rather than "met to discuss the agenda for an"); a
 * phrase with no such place is cut at a word and marked with an ellipsis.
 */
export function clipPhrase(phrase: string, maxChars: number): string {
  if (phrase.length <= maxChars) return phrase;
  // A quotation cut short keeps its marks: 'we will not accept any ceasefire…'
  const quoted = phrase.startsWith("'") && phrase.endsWith("'");
  const room = quoted ? maxChars - 2 : maxChars - 1;
  const words = phrase.split(' ');
  let length = 0;
  let lastCut = -1;
  let fits = 0;
  for (let i = 0; i < words.length; i++) {
    const next = length + (i > 0 ? 1 : 0) + (words[i] ?? '').length;
    if (next > room) break;
    length = next;
    fits = i + 1;
    if (i + 1 < words.length && CUT_BEFORE_RE.test(words[i + 1] ?? '')) lastCut = i + 1;
  }
  const close = quoted ? "'" : '';
  // A cut that keeps less than half the room wastes the title; an ellipsis reads better then.
  if (lastCut > 0 && words.slice(0, lastCut).join(' ').length >= room / 2)
    return `${tidy(words.slice(0, lastCut).join(' '))}${quoted ? '…' : ''}${close}`;
  return `${tidy(words.slice(0, Math.max(1, fits)).join(' '))}…${close}`;
}
