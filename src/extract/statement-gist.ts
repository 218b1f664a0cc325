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
  /[,:](?!\d)|[;—–()!?]|\s(?:and that|but(?<!\ball\sbut)|while|when|whereas|although|though|because|as(?<!(?:\w\wed|known|seen|such|same|well)\sas)|saying|according to|which|including|adding|amid|after)\s/iu;
/** Subordinators that open a quote's first clause: the main clause follows the first comma. */
const SUBORDINATE_OPENING_RE =
  /^(?:if|should|when|whenever|unless|although|though|while|as|because|once|until|before|after|since|even if|even though)\b/iu;
/** Words a headline phrase must not end on: "the agenda for an" is cut back to "the agenda". */
const DANGLING_WORD_RE =
  /^(?:the|a|an|and|or|but|of|to|for|in|on|at|by|with|from|into|over|about|against|its|their|his|her|our|that|which|who|was|were|is|are|had|has|have|would|will|could|should|be|been|being|not|as|than|so)$/iu;
/** Words before which a long phrase may be cut: prepositions, conjunctions and relative words. */
const CUT_BEFORE_RE =
  /^(?:of|to|for|in|on|at|with|from|by|into|over|about|against|around|near|after|before|and|or|but|that|which|who|while|as|including|amid|during|since|under|through|when)$/iu;
/** A gist of one word says nothing a fallback title would not. */
const MIN_GIST_WORDS = 2;
/** Words a quotation without its own closing punctuation needs to count as said. */
const MIN_QUOTE_WORDS = 4;
/**
 * "said, according to those figures, ...", "added, however, that ...": a source or an adverb between
 * the verb and what was said.
 */
const LEADING_SOURCE_RE =
  /^\s+according to [^,;:“”"]{1,60},|^\s*,\s*(?:however|though|meanwhile|too|also|again|then)\s*,/iu;
/**
 * What follows a reporting verb when it only says where or when ("said in a news conference",
 * "spoke at the summit"): the quotation before the verb, if any, is what was said.
 */
const ADJUNCT_START_RE =
  /^\s*(?:in|at(?!\s+(?:least|most)\b)|during|following|via|through|from|with|outside|inside|ahead of)\s/iu;
/** "that" opening a relative clause on the object, not a reported clause: "the update that was released". */
const RELATIVE_THAT_RE =
  /^\s+(?:the|a|an|its|his|her|their|new)\s[^,;:“”"]*?\s+that\s+(?:was|were|is|are|has|have|had|will|would|can|could|may|might|should|must)\s/iu;
/** A capitalised word that only opened the sentence: "The change in policy will occur ..., Apple announced". */
const SENTENCE_OPENER_RE = /^(?:The|A|An|This|That|These|Those|There|It|Its|Their|Such)\b/u;

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
    // A date blanked at a quotation's edge leaves a space inside it: “[Today] Apple is going to ...”.
    .replace(/“ /g, '“')
    .replace(/ ”/g, '”')
    .replace(/(^|\s)"\s+/g, '$1"')
    .replace(/\s+"(?=$|[\s,.;:!?])/g, '"')
    .replace(/[,;:](?=["”]$)/u, '')
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

/**
 * A stretch set off by commas inside a clause, which the clause reads across: an apposition ("Tiger,
 * the code name for this release, includes"), a name ("the police chief, Ferli Hidayat, had been
 * removed"), an age ("Papermaster, 49, had left"), a relative clause ("the talks, which began in
 * May, had failed") or a role ("the EU, as a close ally, should be excluded"). Only when a lower-case
 * word other than a conjunction follows, so a list ("France, the UK, and Germany") or a clause hung on the end is no
 * apposition.
 */
const APPOSITION_RE =
  /^,\s+(?:(?:its|his|her|their|the|a|an)\s[^,;:()“”"]{1,70}?|\d{1,3}|(?:who|which)\s[^,;:()“”"]{1,90}?|as\s(?:a|an|the)\s[^,;:()“”"]{1,60}?|\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}),\s+(?!(?:and|or|but|while|saying|adding|according|which|who|as|after|before|including|although|though|because|when|where|if)\b)(?=\p{Ll})/u;
/** A comma inside a list of names ("The United States, the Republic of Korea and Japan are ..."). */
const LIST_COMMA_RE = /^,\s+(?:the\s)?\p{Lu}[^,;:()“”"]{0,60}?\s(?:and|or)\s(?:the\s)?\p{Lu}/u;
/** A parenthesis short enough to be an aside ("500 billion rubles (US$19.7 billion) would be"). */
const MAX_ASIDE_CHARS = 80;

/**
 * The text from `from` up to the first clause boundary. A quoted stretch counts as one word, and
 * ends the clause when it closes on its own comma or full stop (“priced it aggressively,” referring
 * to ...); an aside in parentheses and an apposition between commas are left out and read across.
 */
function clauseFrom(text: string, from: number): string {
  let i = from;
  let out = '';
  for (;;) {
    const rest = text.slice(i);
    const stop = CLAUSE_END_RE.exec(rest);
    const stopAt = stop ? stop.index : rest.length;
    const open = rest.search(/[“"]/);
    if (open >= 0 && open < stopAt) {
      const close = rest.slice(open + 1).search(/[”"]/);
      if (close < 0) return out + rest.slice(0, open);
      const end = open + close + 2;
      out += rest.slice(0, end);
      if (/[,.!?]$/u.test(rest.slice(open + 1, open + close + 1))) return out;
      i += end;
      continue;
    }
    if (stop?.[0] === '(') {
      const closeAt = rest.indexOf(')', stopAt);
      if (closeAt > stopAt && closeAt - stopAt <= MAX_ASIDE_CHARS) {
        out += rest.slice(0, stopAt);
        i += closeAt + 1;
        continue;
      }
    }
    if (stop?.[0] === ',' && LIST_COMMA_RE.test(rest.slice(stopAt))) {
      out += rest.slice(0, stopAt + 1);
      i += stopAt + 1;
      continue;
    }
    if (stop?.[0] === ',') {
      const apposition = APPOSITION_RE.exec(rest.slice(stopAt));
      if (apposition) {
        out += `${rest.slice(0, stopAt)} `;
        i += stopAt + apposition[0].length;
        continue;
      }
    }
    return out + rest.slice(0, stopAt);
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
  const quote = m?.[1] ?? '';
  // A term in quotes ("the so-called “death grip”, however, has not been ...") is no quotation: one
  // closes on its own punctuation or runs to a few words.
  return /[,.!?]\s*$/u.test(quote) || quote.trim().split(/\s+/).length >= MIN_QUOTE_WORDS ? quote : '';
}

/**
 * A stretch of the sentence as a title's reported clause: tidied, and with the capital of a word that
 * only opened the sentence lowered ("The change in policy will occur ..., Apple announced").
 */
export function reportedClause(phrase: string): string {
  const tidied = tidy(phrase);
  return SENTENCE_OPENER_RE.test(tidied) ? `${tidied.charAt(0).toLowerCase()}${tidied.slice(1)}` : tidied;
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
    const gist = reportedClause(phrase);
    return words(gist) >= MIN_GIST_WORDS ? gist : '';
  };
  if (SOURCE_TRIGGER_RE.test(verb)) {
    const quoted = quoteBefore(text, trigger.start);
    return quoted ? accept(quoteGist(quoted)) : '';
  }
  let from = trigger.end;
  for (
    let adverb = LEADING_ADVERB_RE.exec(text.slice(from)) ?? LEADING_SOURCE_RE.exec(text.slice(from));
    adverb;
  ) {
    from += adverb[0].length;
    adverb = LEADING_ADVERB_RE.exec(text.slice(from)) ?? LEADING_SOURCE_RE.exec(text.slice(from));
  }
  const after = text.slice(from);
  const that = RELATIVE_THAT_RE.test(after) ? null : THAT_CLAUSE_RE.exec(after);
  if (that) return accept(clauseFrom(text, from + that[0].length));
  const colonQuote = /^\s*[:,]?\s*[“"]([^“”"]+)[”"]/u.exec(after);
  if (colonQuote?.[1]) return accept(quoteGist(colonQuote[1]));
  // "said it detected ...", "urged both sides to ...": the clause right after the verb, unless the
  // verb only names a hearer ("told AP in Pyongyang") or the sentence opened with what was said.
  const direct = clauseFrom(text, from);
  const hearerOnly = HEARER_TRIGGER_RE.test(verb);
  const adjunctOnly = ADJUNCT_START_RE.test(direct);
  if (hearerOnly || adjunctOnly || words(tidy(direct)) < MIN_GIST_WORDS) {
    const quoted = quoteBefore(text, trigger.start);
    if (quoted) return accept(quoteGist(quoted));
  }
  if (hearerOnly) {
    // "told state regulators it had a problem": a clause without "that", opened by a pronoun.
    const clause = /^(?:\s+[^\s,;:“”"]+){1,5}?\s+(?=(?:it|they|he|she|we)\s+\p{Ll})/u.exec(after);
    return clause ? accept(clauseFrom(text, from + clause[0].length)) : '';
  }
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

/** Single quotation marks in `phrase`, not apostrophes: a mark with a letter on both sides is one. */
function quoteMarks(phrase: string): number {
  return (phrase.match(/(?<!\p{L})'|'(?!\p{L})/gu) ?? []).length;
}

/**
 * Words that take an infinitive: "may be preparing | to deploy", "plans | to sell". A cut between
 * them leaves the verb without its object.
 */
const TAKES_INFINITIVE_RE =
  /^(?:\p{L}+ing|be|been|able|ready|set|due|likely|unlikely|expected|going|about|want|wants|wanted|plan|plans|planned|need|needs|needed|agreed|refused|decided|tried|vowed|pledged|promised|threatened|sought|aims|aimed|hopes|hoped|intends|intended|continue|continues|continued|asked|urged|called|forced|allowed|used)$/iu;

/** Whether a long phrase may be cut between `word` and `next`. */
function isCutBefore(word: string, next: string): boolean {
  if (!CUT_BEFORE_RE.test(next)) return false;
  return !(next.toLowerCase() === 'to' && TAKES_INFINITIVE_RE.test(word));
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
    if (i + 1 < words.length && isCutBefore(words[i] ?? '', words[i + 1] ?? '')) lastCut = i + 1;
  }
  // A quotation opened inside the phrase and cut before its end is closed after the ellipsis.
  const closes = (kept: string): string => (quoted || quoteMarks(kept) % 2 === 1 ? "'" : '');
  const close = quoted ? "'" : '';
  // A cut that keeps less than half the room wastes the title; an ellipsis reads better then.
  if (lastCut > 0 && words.slice(0, lastCut).join(' ').length >= room / 2) {
    const kept = tidy(words.slice(0, lastCut).join(' '));
    const open = !quoted && quoteMarks(kept) % 2 === 1;
    return `${kept}${quoted || open ? '…' : ''}${quoted ? close : closes(kept)}`;
  }
  const kept = tidy(words.slice(0, Math.max(1, fits)).join(' '));
  return `${kept}…${quoted ? close : closes(kept)}`;
}
