/**
 * Stage: time anchoring. A date phrase dates the predicate it modifies, not every event in the
 * sentence:
 * - a date right before an event noun names it ("the 2010 raid");
 * - a date before the first verb ("On Friday, ...", "Apple today unveiled") dates that verb;
 * - otherwise the nearest event predicate before the date, as English puts time adverbials after
 *   their verb ("apologized on Friday to Erdogan for a raid in 2010": Friday -> apologized,
 *   2010 -> raid).
 * A predicate with no date of its own is dated at publication only when news style says it happened
 * then: the lead's main predicate, or a verb of saying in the present or present perfect ("BP has
 * said", "the ministry says"). A date is borrowed from the previous sentence only when this one
 * plainly continues the same event ("He also said ...") and is not itself future or hedged.
 */
import { betweenScores } from '../scores';
import type { Anchor, ArticleAnalysis, Predicate, SentenceAnalysis } from '../analysis';
import type { EventDate } from '../event-dates';
import { FIGURE_NOUNS, NEWS_SOURCES } from '../lexicon/entity-cues';
import {
  AGREEING_VERBS,
  CONTROL_VERBS,
  IMPLICATIVE_VERBS,
  NON_EVENT_VERBS,
  PARTICIPATION_VERBS,
  PREVENTING_VERBS,
  SCHEDULING_VERBS,
  PURPOSE_GOVERNORS,
} from '../lexicon/verb-classes';
import { clipToRemainder } from './remainder';
import { agreeWithPlan, agreeWithTense } from './tense-direction';

/** A time of day with no day of its own: "4:17 a.m.", "0117 GMT", "at noon". */
const CLOCK_ONLY_RE =
  /^\s*(?:at\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|\d{4}\s*(?:GMT|UTC)|noon|midnight)(?:\s*(?:GMT|UTC|local time|[A-Z]{2,4}))?\s*$/i;

/** Dates that point forward from the story's day, which a past verb cannot take. */
const FORWARD_DATE_RE = /\b(?:next|tomorrow|coming|upcoming|later|from now|within)\b/i;

/** Openings that carry the previous sentence's time forward. */
const CONTINUATION_RE =
  /^["“]?(?:(?:He|She|They|It) (?:also |later |then |further )?(?:said|added|told|noted|stressed|warned|urged)\b|(?:During|At|After) (?:the|that|this|his|her|their) (?:meeting|talks|visit|call|summit)|The (?:meeting|talks|visit|call|summit)\b|(?:Later|Afterwards|Also),)/u;

/**
 * Sentences at the top of a story whose undated past events are taken as news of the day. Measured
 * on the Wikinews dev corpus (npm run eval:events): see the README's evaluation section.
 */
const NEWS_TOP_SENTENCES = 6;

/** Determiners before a date that make it part of a noun phrase: "the 1991 settlement". */
const NAMING_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
]);

/** Nouns for a gathering where things are announced: their day is the day of what happened there. */
const OCCASION_NOUNS: ReadonlySet<string> = new Set([
  'event',
  'ceremony',
  'session',
  'briefing',
  'keynote',
  'presentation',
  'address',
  'broadcast',
  'interview',
]);

/** Words right before a date that opens a clause: ", in 1984 the Macintosh was released", "when 20 years ago". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ',',
  'and',
  'but',
  'when',
  'while',
  'as',
  'after',
  'before',
  'then',
  'starting',
  'beginning',
]);

/** Subordinators whose clause a date right after them belongs to. */
const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'while', 'as', 'after', 'before']);

/** Words between a date and the noun it names: "2010 raid", "2010 Gaza flotilla raid". */
const PREMODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'PUNCT']);

function isEventPredicate(p: Predicate): boolean {
  return p.kind === 'noun' || p.type !== 'other' || !NON_EVENT_VERBS.has(p.lemma);
}

function tokenIndexAt(s: SentenceAnalysis, offset: number): number {
  const i = s.tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? s.tokens.length : i;
}

/** The quotation (between its marks) that holds offset `at`, or null. */
export function quoteAround(text: string, at: number): { start: number; end: number } | null {
  const re = /[“"]([^“”"]*)[”"]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index < at && at < m.index + m[0].length) return { start: m.index, end: m.index + m[0].length };
    if (m.index > at) break;
  }
  return null;
}

/** The predicate a date phrase modifies, or null. */
export function predicateForDate(s: SentenceAnalysis, d: { start: number; end: number }): Predicate | null {
  const first = tokenIndexAt(s, d.start);
  const after = tokenIndexAt(s, d.end);
  // "at this year's conference": a possessive date belongs to the noun it owns, never to a verb.
  const owner = s.tokens[after];
  if (owner && (owner.lower === "'s" || owner.lower === '’s')) {
    const owned =
      s.predicates.find((p) => p.kind === 'noun' && p.head > after && p.head - after <= 5) ?? null;
    // "won Wednesday's national election": the verb whose object it is happened that day too.
    // Not "spoke at this year's conference": only a date right after the verb is its object's.
    const governor = s.predicates.find(
      (p) => p.kind === 'verb' && p.object === owned && p.head === first - 1,
    );
    return (owned && governor) ?? owned;
  }
  // A participle phrase that describes a noun ("economists polled by Reuters") takes only dates inside it.
  const events = s.predicates.filter((p) => isEventPredicate(p) && !(p.describes && p.head > first));
  // "“There is not the panic there was in November,” said Paul Nolte": a date inside a quotation dates
  // what was said inside it, never the saying outside.
  const quote = quoteAround(s.text, d.start);
  if (quote) {
    const inside = (p: Predicate): boolean => {
      const at = s.tokens[p.head]?.start ?? -1;
      return at > quote.start && at < quote.end;
    };
    return events.find((p) => inside(p) && p.head >= after) ?? [...events].reverse().find(inside) ?? null;
  }
  // "the 2010 raid": only modifiers between the date and an event noun.
  const noun = events.find((p) => p.kind === 'noun' && p.head >= after && p.head - after <= 3);
  if (noun && s.tokens.slice(after, noun.head).every((t) => PREMODIFIER_POS.has(t.pos) && t.text !== ',')) {
    const prev = s.tokens[first - 1];
    if (!prev || prev.pos !== 'ADP') return noun;
  }
  // "reported first-quarter revenue of $80.5 billion on Thursday": a period before a figure says
  // which figure; the report has its own day.
  const figure = s.tokens[after];
  if (figure && figure.start - d.end <= 1 && FIGURE_NOUNS.has(figure.lower)) return null;
  // "a breach of the 1991 settlement", "its 2007 results": a date between a determiner and a noun
  // names that thing; it dates no verb.
  const det = s.tokens[first - 1];
  const named = s.tokens[after];
  if (det && NAMING_DETERMINERS.has(det.lower) && named && (named.pos === 'NOUN' || named.pos === 'PROPN')) {
    // "In a Wednesday media event, Apple released": an occasion named by its day dates its clause.
    let k = after;
    while (s.tokens[k + 1]?.pos === 'NOUN') k++;
    if (!OCCASION_NOUNS.has(s.tokens[k]?.lower ?? '')) return null;
  }
  // "memories of October 1957, when the river flooded the city": a time followed by "when" is the
  // time of the clause "when" opens, not of the verb before it.
  // Only a date inside a noun phrase ("of October 1957", "since 1999"): "changed rates in May, when it
  // cut them" dates both.
  const when = after + 1;
  if (
    s.tokens[after]?.text === ',' &&
    s.tokens[when]?.lower === 'when' &&
    /^(?:of|since)$/.test(s.tokens[first - 1]?.lower ?? '') &&
    s.predicates.some((p) => p.kind === 'verb' && p.head < first)
  ) {
    const inWhen = events.find((p) => p.kind === 'verb' && p.head > when && p.head - when <= 12);
    if (inWhen) return inWhen;
  }
  const verbsBefore = s.predicates.filter((p) => p.kind === 'verb' && p.head < first);
  if (verbsBefore.length === 0) {
    // "The deal will close next year, Microsoft said": a date in the words before ", X said" belongs
    // to what was said, never to the saying.
    // Not an opening date: "At 0800 UTC, the Bank of Canada ... announced" dates the announcement.
    const next = events.find((p) => p.kind === 'verb' && p.head >= after);
    const closing =
      next !== undefined &&
      s.tokens.slice(next.head + 1).every((t) => t.pos === 'PUNCT' || t.pos === 'PROPN');
    if (
      first > 1 &&
      next?.reporting &&
      closing &&
      s.tokens.slice(after, next.head).some((t) => t.text === ',')
    )
      return null;
  }
  // "The resignation of Home Secretary Suella Braverman on Wednesday ... deepened the crisis": a date
  // right after a typed event noun and its "of" phrase dates that event, not the verb it is subject of.
  if (verbsBefore.length === 0) {
    const noun = [...events]
      .reverse()
      .find((p) => p.kind === 'noun' && p.type !== 'other' && p.head < first && first - p.head <= 8);
    const between = noun ? s.tokens.slice(noun.head + 1, first) : [];
    if (
      noun &&
      between[0]?.lower === 'of' &&
      between.every((t) => ['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'PART'].includes(t.pos))
    )
      return noun;
  }
  if (verbsBefore.length === 0)
    return (
      events.find((p) => p.kind === 'verb' && p.head >= after) ?? events.find((p) => p.head >= after) ?? null
    );
  const before = events.filter((p) => p.head < first);
  const nearest = before[before.length - 1] ?? null;
  // "Today marked a day in history, when 20 years ago, the market crashed", "and in 1984 the first
  // Macintosh was released": a date that opens a clause, with no event before it, dates the clause's
  // verb. Not a date after its verb ("was started ... in 1976, and launched ...").
  let k = first - 1;
  while (s.tokens[k]?.pos === 'ADP') k--;
  const opener = s.tokens[k]?.lower ?? '';
  const next = events.find((p) => p.kind === 'verb' && p.head >= after);
  if (!nearest) return k < 0 || CLAUSE_OPENERS.has(opener) ? (next ?? null) : null;
  // "The FTC sued to block it in December 2022": after a verb of acting, the infinitive is its purpose,
  // and the date is the act's.
  const purposeOf = (q: Predicate): Predicate => {
    if (q.kind !== 'verb' || q.finite || s.tokens[q.first]?.lower !== 'to') return q;
    const actor = before.find((v) => v.kind === 'verb' && v.head === q.first - 1 && v.finite);
    return actor && PURPOSE_GOVERNORS.has(actor.lemma) ? actor : q;
  };
  if (nearest && purposeOf(nearest) !== nearest) return purposeOf(nearest);
  // "agreed to buy Catalent in February": a past verb of agreeing takes the date; "will agree to
  // buy it next year" and "agreed to meet next week" leave it to the deed.
  const forward = FORWARD_DATE_RE.test(s.text.slice(d.start, d.end));
  const agreeingOf = (q: Predicate): Predicate => {
    if (forward || q.kind !== 'verb' || q.finite || s.tokens[q.first]?.lower !== 'to') return q;
    const agreeing = before.find(
      (v) =>
        v.kind === 'verb' &&
        v.finite &&
        v.tense === 'past' &&
        v.head === q.first - 1 &&
        AGREEING_VERBS.has(v.lemma),
    );
    return agreeing ?? q;
  };
  if (nearest && agreeingOf(nearest) !== nearest) return agreeingOf(nearest);
  // "stopped selling the drug on Monday", "began serving his sentence on Monday": a gerund right after
  // a verb is its object, and the verb takes the date.
  if (
    nearest &&
    nearest.kind === 'verb' &&
    !nearest.finite &&
    /ing$/.test(s.tokens[nearest.head]?.lower ?? '')
  ) {
    const governor = before.find((v) => v.kind === 'verb' && v.finite && v.head === nearest.first - 1);
    if (governor) return governor;
    // "blocked the administration from cutting grants on Monday": what was prevented has no day; the
    // preventing has.
    if (s.tokens[nearest.first - 1]?.lower === 'from') {
      const preventer = [...before]
        .reverse()
        .find(
          (v) => v.kind === 'verb' && v.finite && v.head < nearest.first && PREVENTING_VERBS.has(v.lemma),
        );
      const between = preventer ? s.tokens.slice(preventer.head + 1, nearest.first - 1) : [];
      if (preventer && between.length <= 6 && !between.some((t) => t.pos === 'VERB' || t.text === ','))
        return preventer;
    }
  }
  // "when 20 years ago, the market crashed": a date right after a subordinator is inside its clause.
  const ownClause =
    SUBORDINATORS.has(opener) || ((opener === 'and' || opener === 'but') && s.tokens[k - 1]?.text === ',');
  if (ownClause && next && next.head - after <= 10) {
    const between = s.tokens.slice(after, next.first);
    if (!between.some((t) => t.pos === 'VERB' || /^[;:()]$/.test(t.text))) return next;
  }
  // "announced that they have had profits in the current year": a date inside a that-clause belongs
  // to that clause's verb, even one that is no event, never to the verb of saying before it.
  if (nearest) {
    const inner = verbsBefore.filter((p) => p.head > nearest.head && p.subordinator === 'that');
    if (inner.length > 0 && !isEventPredicate(inner[inner.length - 1] as Predicate)) return null;
  }
  // "gained 0.77%, but after a large loss yesterday": a verbless phrase after a comma and a
  // conjunction is an aside about something else; its date dates no verb before it.
  if (nearest && nearest.kind === 'verb') {
    const between = s.tokens.slice(nearest.head + 1, first);
    const joint = between.findIndex((t, k) => t.text === ',' && between[k + 1]?.pos === 'CCONJ');
    if (joint >= 0 && !between.slice(joint).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  }
  if (nearest && nearest.kind === 'verb') {
    const between = s.tokens.slice(nearest.head + 1, first);
    // "fell 1 percent in extended trading after closing at a record high on Tuesday": a date after a
    // gerund of "after" or "before" dates that gerund, not the verb before it.
    if (
      between.some((t, k) => /^(?:after|before)$/.test(t.lower) && /ing$/.test(between[k + 1]?.lower ?? ''))
    )
      return null;
    // "will pay $38 a share, a 27% premium to Calloway's closing price on Monday": a date inside a
    // noun phrase set off by a comma after the verb's clause dates that phrase's noun, not the verb.
    const comma = between.map((t) => t.text).lastIndexOf(',');
    // "beat Alcaraz 6-3, 6-4 in the final on Sunday": a comma inside a list of set scores opens no aside.
    const setScores = comma > 0 && betweenScores(between[comma - 1]?.text, between[comma + 1]?.text);
    const aside = comma >= 0 && !setScores ? between.slice(comma + 1) : [];
    const opensNp = ['DET', 'NUM', 'ADJ', 'NOUN'].includes(aside[0]?.pos ?? '');
    const verbless = !aside.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ');
    if (aside.length >= 3 && opensNp && verbless) return null;
  }
  // "called a snap election for April 28", "set a hearing for June 10": the date is the scheduled
  // event's, not the scheduling's.
  if (nearest && nearest.kind === 'noun' && scheduledFor(s, nearest, first)) return nearest;
  // "condemned the sanctions on Thursday": a date after a verb's object dates the verb; not across a
  // comma ("gained 0.77%, but after a large loss yesterday").
  if (nearest && nearest.kind === 'noun') {
    const governor = before.find((p) => p.object === nearest);
    const apart = governor && s.tokens.slice(governor.head + 1, nearest.head).some((t) => t.text === ',');
    if (governor && !apart) return agreeingOf(purposeOf(governor));
  }
  // "Ford pulled out of the talks on Monday": the date is the leaving's, not the talks'.
  if (nearest && nearest.kind === 'noun') {
    const verb = [...before].reverse().find((p) => p.kind === 'verb');
    const between = verb ? s.tokens.slice(verb.head + 1, nearest.head) : [];
    if (
      verb &&
      PARTICIPATION_VERBS.has(verb.lemma) &&
      between.some((t) => t.pos === 'ADP') &&
      between.every((t) => ['ADP', 'DET', 'ADJ', 'PRON', 'PART'].includes(t.pos) && t.text !== ',')
    )
      return verb;
  }
  // "said in a National Day speech on Thursday", "met for talks on Monday": a noun that restates its
  // verb's event is that event, and the verb carries the date.
  if (nearest && nearest.kind === 'noun') {
    const last = [...before].reverse().find((p) => p.kind === 'verb');
    // "backed joining the EU in a referendum on Sunday": a gerund is the object of the verb before it.
    const gerund = last && !last.finite && /ing$/.test(s.tokens[last.head]?.lower ?? '');
    const governing = gerund
      ? [...before].reverse().find((p) => p.kind === 'verb' && p.finite && p.head === last.first - 1)
      : undefined;
    const verb = governing ?? last;
    const between = verb ? s.tokens.slice(verb.head + 1, nearest.head) : [];
    if (
      verb &&
      verb.type === nearest.type &&
      !between.some((t) => (t.pos === 'VERB' && !t.lower.endsWith('ing')) || t.text === ',')
    )
      return verb;
  }
  return nearest;
}

/**
 * Whether the date at token `first` follows "for" right after the event noun `noun`, which a verb of
 * scheduling took as its object: "called a snap election for April 28".
 */
export function scheduledFor(s: SentenceAnalysis, noun: Predicate, first: number): boolean {
  const forAt =
    s.tokens[first]?.lower === 'for' ? first : s.tokens[first - 1]?.lower === 'for' ? first - 1 : -1;
  if (forAt < 0 || forAt - noun.head !== 1) return false;
  return s.predicates.some(
    (p) =>
      p.kind === 'verb' &&
      p.head < noun.head &&
      noun.head - p.head <= 5 &&
      SCHEDULING_VERBS.has(p.lemma) &&
      !s.tokens.slice(p.head + 1, noun.head).some((t) => t.pos === 'VERB' || t.text === ','),
  );
}

/** The predicate the sentence is about: a verb of saying with its speaker, else the first main-clause verb. */
export function mainPredicate(s: SentenceAnalysis): Predicate | null {
  const verbs = s.predicates.filter((p) => p.kind === 'verb' && p.finite && !p.quoted && !p.describes);
  const saying = verbs.find((p) => p.reporting && p.subordinator === '' && p.agent !== null);
  if (saying) return saying;
  // "Apple is planning to sell films", "the government has continued to hold markets closed": a
  // control verb's infinitive is the event the sentence reports.
  const first = verbs.find((p) => p.subordinator === '');
  if (first && !isEventPredicate(first) && CONTROL_VERBS.has(first.lemma)) {
    const complement = s.predicates.find(
      (p) =>
        p.kind === 'verb' &&
        p.head > first.head &&
        p.head - first.head <= 3 &&
        s.tokens.slice(first.head + 1, p.head).some((t) => t.lower === 'to') &&
        isEventPredicate(p),
    );
    if (complement) {
      complement.main = true;
      // The infinitive has no tense of its own; the sentence's is the control verb's.
      complement.tense = first.tense;
      complement.perfect = first.perfect;
      // "is planning to sell": the frame made the infinitive look future, but what the sentence
      // reports is the plan; factuality still reads "planning" and calls the sale planned.
      complement.modal = first.modal;
      return complement;
    }
  }
  const main = verbs.find((p) => p.subordinator === '' && isEventPredicate(p)) ?? null;
  if (main) main.main = true;
  return main;
}

/**
 * "His lawyer, Daniel Okafor, said ...", "Japan pledged ...": a named person, company or state
 * quoted later in a story spoke to the reporter about the story, so the saying is dated at
 * publication (approximately) even with no date of its own. A described speaker ("prosecutors", "a person familiar with the
 * matter") is only attribution and dates nothing.
 */
function isNamedSpeaker(s: SentenceAnalysis, p: Predicate): boolean {
  const agent = p.agent;
  if (!agent || agent.kind === 'place' || agent.kind === 'unknown') return false;
  // "Russian news agencies said", "South Korean defense officials said": a name that only modifies
  // the noun after it leaves the speaker undescribed.
  const at = s.tokens.findIndex((t) => t.start >= agent.end);
  return s.tokens[at]?.pos !== 'NOUN' || at === p.head;
}

/** Conjunctions that join two main clauses after a comma: "..., and Japan pledged $2 million". */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but']);
/** Longest subject between the conjunction and its verb: "and the European Union's executive arm". */
const JOINED_SUBJECT_MAX_TOKENS = 6;

/**
 * The token index of the "and" after a comma that opens the main clause `p` heads, with its own
 * subject between ("..., and Japan pledged"); -1 when there is none.
 */
export function joinerIndex(s: SentenceAnalysis, p: Predicate): number {
  if (p.kind !== 'verb' || !p.finite || p.quoted || p.subordinator !== '') return -1;
  let k = p.first - 1;
  const stop = p.first - 1 - JOINED_SUBJECT_MAX_TOKENS;
  while (k > stop && k > 1 && !CLAUSE_JOINERS.has(s.tokens[k]?.lower ?? '')) k--;
  if (k <= stop || k <= 1 || s.tokens[k - 1]?.text !== ',') return -1;
  const subject = s.tokens.slice(k + 1, p.first);
  const named = subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');
  if (!named || subject.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',')) return -1;
  return k;
}

/** Subordinators of a clause that tells a second, simultaneous event: "X fell 3%, while Y rose 2%". */
const CONTRAST_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'whereas']);

/**
 * The main clause's verb when `p` heads a "while" clause with a subject of its own ("The Nasdaq lost 4%,
 * while the S&P 500 plunged 4.25%"): a second event at the same time, not background to the first.
 * Not "while visiting Paris" (no subject) nor "while he was driving" (an ongoing scene).
 */
export function contrastClause(s: SentenceAnalysis, p: Predicate): Predicate | null {
  if (
    p.kind !== 'verb' ||
    !p.finite ||
    p.quoted ||
    p.progressive ||
    !CONTRAST_SUBORDINATORS.has(p.subordinator)
  )
    return null;
  if (!isEventPredicate(p) || p.modal !== '' || p.negated || p.tense === 'future') return null;
  let k = p.first - 1;
  while (k > 0 && s.tokens[k]?.lower !== p.subordinator) k--;
  const subject = s.tokens.slice(k + 1, p.first);
  if (!subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  if (subject.some((t) => t.pos === 'VERB' || t.text === ',')) return null;
  return (
    s.predicates.find(
      (q) =>
        q !== p && q.kind === 'verb' && q.finite && !q.quoted && q.subordinator === '' && q.tense === p.tense,
    ) ?? null
  );
}

/**
 * The dated predicate of the clause before ", and" when `p` heads a main clause of its own after it
 * ("Chile said on Sunday it would send rescuers, and Japan pledged $2 million"), with the token index of
 * the conjunction: the second clause tells what else happened at that time. null when `p` is not such a
 * clause's verb.
 */
export function joinedClause(
  s: SentenceAnalysis,
  p: Predicate,
): { clause: Predicate; joiner: number } | null {
  const k = joinerIndex(s, p);
  if (k < 0) return null;
  const before = s.predicates.filter(
    (q) => q.kind === 'verb' && q.finite && !q.quoted && q.head < k && q.time?.span,
  );
  const clause = before[before.length - 1];
  return clause ? { clause, joiner: k } : null;
}

/**
 * "Northwind plans to cut about 1,200 jobs ..., Chief Executive Dana Whitlock told analysts": when the
 * speaker closes the sentence, the typed event before the comma is the news, and it is as old as its
 * telling. It takes the saying's date and speaks for the sentence.
 */
function reportedBeforeSpeaker(s: SentenceAnalysis, saying: Predicate | null): void {
  // "..., officials said on Tuesday": a speaker described, not named, tells the news as well.
  if (!saying?.reporting || !saying.time || saying.subordinator !== '') return;
  if (!saying.agent && saying.subject === '') return;
  // "..., The Associated Press said": a news outlet is a source, not a speaker.
  if (saying.agent && NEWS_SOURCES.has(saying.agent.text.toLowerCase().replace(/^the /, ''))) return;
  const speakerAt = saying.agent ? Math.min(saying.first, tokenIndexAt(s, saying.agent.start)) : saying.first;
  let comma = speakerAt - 1;
  while (comma >= 0 && s.tokens[comma]?.text !== ',') comma--;
  if (comma < 0) return;
  const reported = s.predicates.find(
    (q) =>
      q.kind === 'verb' &&
      q.head < comma &&
      !q.time &&
      !q.quoted &&
      q.subordinator === '' &&
      q.type !== 'statement' &&
      // Not "Addressing a conference in Wyoming, the bank chief said": an opening participle sets the scene.
      (q.finite || s.tokens[q.first]?.lower === 'to') &&
      // "Surgeons have transplanted a pig kidney ..., the hospital announced": an untyped event
      // too, when it is a finite past happening with a subject of its own.
      (q.type !== 'other' ||
        (q.finite &&
          isEventPredicate(q) &&
          (q.tense === 'past' || q.perfect || q.progressive) &&
          q.modal === '' &&
          !q.negated &&
          (q.agent !== null || q.subject !== '') &&
          !inWithPhrase(s, q))) &&
      isMainClauseVerb(s, q),
  );
  if (!reported) return;
  reported.time = { ...saying.time, how: `reported by "${s.tokens[saying.head]?.text ?? ''}"`, span: null };
  reported.main = true;
}

/** "With nearly all ballots counted, ...": a participle in a "with" phrase sets the scene. */
export function inWithPhrase(s: SentenceAnalysis, q: Predicate): boolean {
  let k = q.first - 1;
  while (k >= 0 && s.tokens[k]?.text !== ',') k--;
  return /^(?:with|without)$/.test(s.tokens[k + 1]?.lower ?? '');
}

/** A finite main-clause verb, or the infinitive of one ("plans to cut"); not a verb in an "as" clause. */
function isMainClauseVerb(s: SentenceAnalysis, q: Predicate): boolean {
  if (q.finite) return true;
  const governor = [...s.predicates].reverse().find((v) => v.kind === 'verb' && v.head < q.head);
  // The tagger may leave the governing verb a noun ("Northwind plans to cut"): then no subordinator
  // may come before the infinitive.
  if (!governor) return !s.tokens.slice(0, q.head).some((t) => t.pos === 'SCONJ');
  return governor.finite && governor.subordinator === '' && !governor.quoted;
}

/** Sentences after a dated scene that an undated past event is still read as part of. */
const SCENE_REACH_SENTENCES = 2;

/**
 * "Eastbrook named Karen Doyle as interim coach": a typed event (not a saying, not a bare verb) done
 * by a named person, company or state, told in the simple past with no date, is news of the story's
 * day even below the top of the story. Background is told with its date ("in 2019") or the perfect.
 */
function isNamedTypedEvent(s: SentenceAnalysis, p: Predicate): boolean {
  const agent = p.agent;
  return (
    p.kind === 'verb' &&
    !isAttributive(s, p) &&
    // "when it claimed it detonated a bomb": a verb after another finite verb may be its complement.
    !s.predicates.some((q) => q.kind === 'verb' && q.finite && q.head < p.head) &&
    p.type !== 'other' &&
    p.type !== 'statement' &&
    agent !== null &&
    agent.kind !== 'place' &&
    agent.kind !== 'unknown' &&
    p.subordinator === ''
  );
}

/** "its widely expected nuclear test": a participle after a determiner describes a noun; it is no verb. */
function isAttributive(s: SentenceAnalysis, p: Predicate): boolean {
  let k = p.first - 1;
  while (s.tokens[k]?.pos === 'ADV') k--;
  const before = s.tokens[k];
  return before !== undefined && (before.pos === 'DET' || NAMING_DETERMINERS.has(before.lower));
}

/** Days before publication within which a lead's day is still the story's day. */
const STORY_DAY_WINDOW_DAYS = 7;

function isRecent(day: string, ref: string): boolean {
  const gap = (Date.parse(`${ref}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000;
  return gap >= 0 && gap <= STORY_DAY_WINDOW_DAYS;
}

function publication(doc: ArticleAnalysis, how: string): Anchor {
  const day = doc.ref.date;
  const date: EventDate = {
    start: 0,
    end: 0,
    text: '',
    value: day,
    first: day,
    last: day,
    precision: 'day',
    qualifier: 'approx',
    relative: true,
  };
  return { date, basis: 'publication', how, span: null };
}

/**
 * "were allowed to return to work on Wednesday", "managed to reach the summit on Sunday": after a past
 * verb that makes its complement happen, the infinitive is past too.
 */
function implicativePast(s: SentenceAnalysis, p: Predicate): boolean {
  if (p.kind !== 'verb' || s.tokens[p.first]?.lower !== 'to') return false;
  const governor = [...s.predicates].reverse().find((q) => q.kind === 'verb' && q.head < p.first);
  return (
    governor !== undefined &&
    governor.finite &&
    governor.tense === 'past' &&
    p.first - governor.head <= 2 &&
    IMPLICATIVE_VERBS.has(governor.lemma)
  );
}

export function anchoringStage(doc: ArticleAnalysis): void {
  let previous: { sentence: number; anchor: Anchor } | null = null;
  let bodyIndex = -1;
  let story = null as Anchor | null;
  let scene = null as { sentence: number; anchor: Anchor } | null;
  for (const s of doc.sentences) {
    if (!s.isCaption) bodyIndex++;
    // "struck at 4:17 a.m. (0117 GMT) on Monday": a clock time says when in a day another date names.
    const days = s.dates.filter((d) => !CLOCK_ONLY_RE.test(d.text));
    for (const d of s.dates) {
      if (days.length > 0 && CLOCK_ONLY_RE.test(d.text)) continue;
      const p = predicateForDate(s, d);
      if (!p) continue;
      // A date right before its noun often only names it ("a brief Easter ceasefire last month"):
      // it yields to a date that follows the noun.
      const headStart = s.tokens[p.head]?.start ?? 0;
      const names = (x: { start: number }): boolean => x.start < headStart && p.kind === 'noun';
      const distance = Math.abs(headStart - d.start) + (names(d) ? 1000 : 0);
      const current = p.time?.span
        ? Math.abs(headStart - p.time.span.start) + (names(p.time.span) ? 1000 : 0)
        : Infinity;
      if (distance >= current) continue;
      const scheduled = p.kind === 'noun' && scheduledFor(s, p, tokenIndexAt(s, d.start));
      p.time = {
        // An event noun's own extent is not its clause's tense ("declared a pause this week" may
        // run past the report), so only verbs are clipped to what has happened.
        date:
          p.kind === 'verb'
            ? clipToRemainder(
                p.finite
                  ? agreeWithTense(d, p.tense, doc.ref.date)
                  : implicativePast(s, p)
                    ? agreeWithTense(d, 'past', doc.ref.date)
                    : d,
                s.text,
                p.tense,
                p.perfect,
                doc.ref.date,
              )
            : scheduled
              ? agreeWithPlan(d, doc.ref.date)
              : d,
        basis: d.basis ?? (d.relative ? 'relative' : 'absolute'),
        how: 'own date',
        span: { start: d.start, end: d.end },
      };
      // Who scheduled an election or a hearing is not who holds or wins it.
      if (scheduled && p.agent) {
        p.agent = null;
        p.agentBasis = '';
      }
    }
    // "Three people were killed and dozens injured on Tuesday": a date after two verbs joined by
    // "and" dates both.
    for (const p of s.predicates) {
      if (p.time || p.kind !== 'verb') continue;
      const q = s.predicates.find((x) => x.kind === 'verb' && x.head > p.head);
      if (!q?.time?.span || q.time.span.start < (s.tokens[q.head]?.end ?? 0)) continue;
      const between = s.tokens.slice(p.head + 1, q.first);
      const joined =
        between.filter((t) => t.lower === 'and').length === 1 &&
        between.length <= 5 &&
        !between.some((t) => t.text === ',' || t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'SCONJ');
      if (joined) p.time = { ...q.time, how: `shares the date of "${s.tokens[q.head]?.text ?? ''}"` };
    }
    // "poses with his counterparts during their talks" (date on the pose): an untyped verb shares its
    // date with a typed event noun later in its clause, which says better what happened.
    for (const p of s.predicates) {
      if (!p.time?.span || p.kind !== 'verb' || p.type !== 'other') continue;
      // "pulled out of the election": leaving an event is not the event.
      if (PARTICIPATION_VERBS.has(p.lemma)) continue;
      const next = s.predicates.find((q) => q.head > p.head && q.kind === 'verb');
      const noun = s.predicates.find(
        (q) =>
          q.kind === 'noun' &&
          q.type !== 'other' &&
          !q.time &&
          q.head > p.head &&
          (!next || q.head < next.head),
      );
      if (!noun || s.tokens.slice(p.head, noun.head).some((t) => t.text === ';' || t.pos === 'SCONJ'))
        continue;
      noun.time = { ...p.time, how: `shares the date of "${s.tokens[p.head]?.text ?? ''}"` };
      if (!noun.agent && p.agent) {
        noun.agent = p.agent;
        noun.agentBasis = `agent of "${s.tokens[p.head]?.text ?? ''}"`;
      }
    }
    // "declared a brief Easter ceasefire last month": once the verb has its date, a date that only
    // names its object ("Easter") dates nothing.
    for (const p of s.predicates) {
      const object = p.object;
      if (!p.time?.span || !object?.time?.span) continue;
      if (object.time.span.end <= (s.tokens[object.head]?.start ?? 0)) object.time = null;
    }
    for (const p of s.predicates) {
      const first = p.time ? null : (joinedClause(s, p)?.clause ?? null);
      const hedged = p.modal !== '' || p.tense === 'future' || p.negated;
      // "Trenitalia said it had opened an investigation, and prosecutors have launched an inquiry": a
      // present perfect reports a past event as news, like the past tense it is joined to.
      const sameTime =
        p.tense === first?.tense ||
        (first?.tense === 'past' && p.tense === 'present' && p.perfect) ||
        (p.tense === 'past' && first?.tense === 'present' && first.perfect);
      if (first?.time && !hedged && sameTime)
        p.time = {
          ...first.time,
          how: `shares the date of "${s.tokens[first.head]?.text ?? ''}"`,
          span: null,
        };
    }
    // "More than 7,200 people were confirmed killed ..., officials said on Tuesday": a dated saying at
    // the end of the sentence dates the news before it, ahead of any convention.
    reportedBeforeSpeaker(
      s,
      s.predicates.find(
        (p) =>
          p.kind === 'verb' && p.reporting && p.subordinator === '' && p.time?.span && !p.agent && p.subject,
      ) ?? null,
    );
    const main = mainPredicate(s);
    if (main && !main.time && !main.quoted) {
      const hedged = main.modal !== '' || main.tense === 'future' || main.negated;
      if (s.isLead && !hedged && main.tense !== 'none') main.time = publication(doc, 'lead at publication');
      // "Microsoft will buy Activision Blizzard for $68.7 billion": a plan a lead announces is news of
      // the day it was announced; the row stays planned.
      else if (
        s.isLead &&
        !main.negated &&
        (main.tense === 'future' || main.modal === 'will') &&
        main.type !== 'other'
      )
        main.time = publication(doc, 'plan announced in the lead, at publication');
      else if (
        previous &&
        previous.sentence === s.index - 1 &&
        CONTINUATION_RE.test(s.raw) &&
        !hedged &&
        main.tense === 'past'
      )
        main.time = { ...previous.anchor, how: `continues sentence ${previous.sentence + 1}`, span: null };
      else if (
        !hedged &&
        bodyIndex < NEWS_TOP_SENTENCES &&
        (main.tense === 'past' || (main.tense === 'present' && main.perfect)) &&
        isEventPredicate(main)
      )
        main.time =
          main.tense === 'past' &&
          !main.reporting &&
          main.type !== 'statement' &&
          scene &&
          scene.sentence >= s.index - SCENE_REACH_SENTENCES
            ? { ...scene.anchor, how: `continues the scene of sentence ${scene.sentence + 1}`, span: null }
            : main.tense === 'past' && story
              ? { ...story, how: 'undated report near the top, on the day of the lead', span: null }
              : publication(doc, 'undated report near the top, at publication');
      else if (!hedged && main.tense === 'past' && !main.perfect && isNamedTypedEvent(s, main))
        // "Real Madrid beat Liverpool ... on Saturday. Vinicius Junior scored the only goal": further
        // down the story too, the event right after a dated scene is part of it.
        main.time =
          scene && scene.sentence >= s.index - SCENE_REACH_SENTENCES && main.type !== 'statement'
            ? { ...scene.anchor, how: `continues the scene of sentence ${scene.sentence + 1}`, span: null }
            : story
              ? { ...story, how: 'undated event by a named doer, on the day of the lead', span: null }
              : publication(doc, 'undated event by a named doer, at publication');
    }
    reportedBeforeSpeaker(s, main);
    // "Trenitalia said it had opened an investigation, and prosecutors have launched an inquiry": a
    // second main clause after ", and" happened when the first did, dated by convention too.
    if (main?.time && !main.time.span) {
      for (const p of s.predicates) {
        if (p.time || p === main || p.modal !== '' || p.negated || p.tense === 'future') continue;
        if (!(p.tense === 'past' || (p.tense === 'present' && p.perfect)) || !isEventPredicate(p)) continue;
        const k = joinerIndex(s, p);
        if (k > main.head) p.time = { ...main.time, how: `joined to "${s.tokens[main.head]?.text ?? ''}"` };
      }
    }
    for (const p of s.predicates) {
      if (p.time) continue;
      const other = contrastClause(s, p);
      if (other?.time)
        p.time = { ...other.time, how: `at the time of "${s.tokens[other.head]?.text ?? ''}"`, span: null };
    }
    for (const p of s.predicates) {
      if (p.time || p.kind !== 'verb' || !p.reporting || p.quoted || p.subordinator !== '') continue;
      if (p.modal !== '' || p.negated) continue;
      if (p.tense === 'present')
        p.time = publication(
          doc,
          p.perfect ? 'present perfect report at publication' : 'present report at publication',
        );
      else if (p.tense === 'past' && isNamedSpeaker(s, p))
        p.time = publication(doc, 'undated saying by a named speaker, at publication');
    }
    const dated = s.predicates.find((p) => p === main && p.time) ?? s.predicates.find((p) => p.time?.span);
    if (dated?.time) previous = { sentence: s.index, anchor: dated.time };
    // "Harbour City won the cup on Saturday ... Mensah scored the winner": a past day before the story's
    // own day, named by a main clause, sets the scene the next undated sentences narrate.
    const ownDay = main?.time?.span && main.time.date.precision === 'day' ? main.time : null;
    if (ownDay && story && ownDay.date.first < story.date.first && isRecent(ownDay.date.first, doc.ref.date))
      scene = { sentence: s.index, anchor: { ...ownDay, date: { ...ownDay.date, qualifier: 'approx' } } };
    else if (ownDay) scene = null;
    // The story's day: the lead's own date when it names a recent day ("Apple announced on
    // Tuesday"). Undated past events at the top of the story happened then, not on the day of print.
    if (
      s.isLead &&
      main?.time?.span &&
      main.time.date.precision === 'day' &&
      isRecent(main.time.date.first, doc.ref.date)
    )
      story = { ...main.time, date: { ...main.time.date, qualifier: 'approx' } };
  }
}
