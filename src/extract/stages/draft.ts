/**
 * Stage: rows. Turns each selected predicate into a draft event: the record's fields from the
 * analysis (actor lane, agent, date, factuality, predicate) plus the sentence details (people, count,
 * place, quote) and the parts its title is built from after deduplication.
 */
import { betweenScores } from '../scores';
import type { EventRecord } from '../../model/event-record';
import { EVENT_TYPE_INFO } from '../../model/event-type-info';
import type { ActorMention } from '../actors';
import type { Anchor, ArticleAnalysis, Entity, Predicate, SentenceAnalysis, Token } from '../analysis';
import { clauseEndAt, clauseStartAt } from '../clauses';
import type { Trigger } from '../event-types';
import {
  captureObject,
  commonSubject,
  DANGLING_TIME_WORDS,
  drillArea,
  meetingName,
  partnersOf,
  verbObject,
} from '../headline-parts';
import { IRREGULAR_PLURALS, POSTPOSITIVE, TIME_NOUNS } from '../lexicon/entity-cues';
import { findLocation } from '../location';
import { findPeopleSpans, isSamePerson, mayBeFirmName, shortName } from '../people';
import { findQuantities } from '../quantities';
import { findQuote } from '../quote';
import { isPartyPosition } from '../party-position';
import {
  clipPhrase,
  infinitiveGist,
  quoteGistBefore,
  reportedClause,
  statementGist,
} from '../statement-gist';
import type { DraftEvent } from '../extract-article';
import { contrastClause, joinedClause } from './anchoring';
import { describesName } from './entities';
import {
  OBJECT_CONTROL_VERBS,
  PREVENTING_VERBS,
  PURPOSE_GOVERNORS,
  THAT_CLAUSE_VERBS,
  VERB_LIKE_COMPOUNDS,
} from '../lexicon/verb-classes';

/** Counted things that go with each event type, for counts outside the trigger's clause. */
const TYPE_UNITS_RE: Partial<Record<string, RegExp>> = {
  'missile-test': /(?:missiles?|rockets?|projectiles?|ICBMs?|launches)$/i,
  deployment: /(?:troops|soldiers|personnel|engineers|forces|builders|workers|warships|units)$/i,
  attack: /(?:missiles?|drones?|rockets?|shells|people|civilians|soldiers)$/i,
  layoffs: /(?:jobs|workers|employees|staff|positions|people)$/i,
  // "struck southern Peru, killing at least 37 people": the toll, not the magnitude.
  disaster: /(?:people|persons|dead|deaths|victims|residents|homes|houses|buildings)$/i,
};
/** "12 July 2025, North Korea, Wonsan: ..." names the place last before the colon. */
const CAPTION_PLACE_RE = /^[^:]{0,120}?,\s*([\p{Lu}][\p{L} '’-]{1,40}):/u;

/** The lane for an agent: its listed actor, else the actor a person speaks for, else its own name. */
export function laneOf(agent: Entity | null): string {
  if (!agent || agent.kind === 'place') return '';
  if (agent.actorId) return agent.actorId;
  // A person acts for their country or company; an organisation named by its owner ("Iran's
  // Foreign Ministry") for that owner.
  if (agent.affiliation) return agent.affiliation;
  return agent.name;
}

function confidenceOf(p: Predicate, anchor: Anchor, caption: boolean): number {
  let c = 0.5;
  if (p.agent) c += 0.15;
  if (p.type !== 'other') c += 0.1;
  if (anchor.span) c += 0.1;
  if (anchor.basis === 'publication') c -= 0.1;
  if (anchor.how.startsWith('continues')) c -= 0.15;
  if (caption) c -= 0.1;
  return Math.round(Math.min(0.95, Math.max(0.05, c)) * 100) / 100;
}

function triggerOf(s: SentenceAnalysis, p: Predicate): Trigger {
  if (p.trigger) return p.trigger;
  const head = s.tokens[p.head];
  return {
    type: p.type,
    start: head?.start ?? 0,
    end: head?.end ?? 0,
    text: head?.text ?? '',
    lemma: p.lemma,
  };
}

/**
 * A title's subject when no one is named: the head noun right before the verb ("A magnitude 7.4
 * earthquake struck" -> "Earthquake", "The jury deliberated" -> "Jury"); '' when the verb has none.
 */
function subjectNoun(s: SentenceAnalysis, p: Predicate): string {
  if (p.kind !== 'verb' || p.passive) return '';
  let i = p.first - 1;
  while (i >= 0 && (s.tokens[i]?.pos === 'ADV' || s.tokens[i]?.pos === 'AUX')) i--;
  // "Stock markets around the world have fallen": skip prepositional phrases back to the head.
  for (let hops = 0; hops < 3; hops++) {
    let k = i;
    while (k - 1 >= 0 && ['DET', 'ADJ', 'NOUN', 'NUM'].includes(s.tokens[k - 1]?.pos ?? '')) k--;
    if (s.tokens[k - 1]?.pos !== 'ADP' || s.tokens[k - 2]?.pos !== 'NOUN') break;
    i = k - 2;
  }
  const head = s.tokens[i];
  if (!head || head.pos !== 'NOUN' || !/^\p{Ll}/u.test(head.text)) return '';
  if (s.dates.some((d) => head.start >= d.start && head.end <= d.end)) return '';
  return head.text.charAt(0).toUpperCase() + head.text.slice(1);
}

/** Event types that tell of a thing changing rather than of someone acting. */
const OWNED_MEASURE_TYPES: ReadonlySet<string> = new Set(['other', 'market-move']);

/** Modifiers a noun phrase takes before its head: "Apple Computer's", "1991", "stock market". */
const MODIFIER_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Prepositions that open an event noun's own complement: "takeover of AIG", "lawsuit against Apple". */
const COMPLEMENT_RE = /^(?:of|for|against|on|with|between|over|into|to|by)$/;
const LEADING_ARTICLE_RE = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|another)$/;
/** Long enough for "Takeover of the American International Group", short enough for a label. */
const MAX_NOMINAL_CHARS = 64;

/**
 * An event noun with no doer, as its noun phrase reads in the text, with one complement: "Takeover
 * of the American International Group", "1991 agreement", "Apple Computer's purchase of NeXT".
 */
function nominalTitle(s: SentenceAnalysis, head: number, undergoer = ''): string {
  const { tokens } = s;
  const inDate = (t: Token | undefined): boolean =>
    t !== undefined && s.dates.some((d) => t.start >= d.start && t.end <= d.end);
  const isModifier = (t: Token | undefined): boolean =>
    t !== undefined &&
    (MODIFIER_POS.has(t.pos) || t.lower === "'s" || t.lower === '’s' || t.text === '-') &&
    !(t.pos === 'DET' && !LEADING_ARTICLE_RE.test(t.lower));
  let from = head;
  while (from - 1 >= 0 && isModifier(tokens[from - 1]) && head - from < 6) from--;
  while (from < head && LEADING_ARTICLE_RE.test(tokens[from]?.lower ?? '')) from++;
  // "on Monday's": a date's possessive is when, not what.
  while (from < head && (inDate(tokens[from]) || /^['’]s$/.test(tokens[from]?.lower ?? ''))) from++;
  let to = head;
  if (COMPLEMENT_RE.test(tokens[head + 1]?.lower ?? '')) {
    let j = head + 2;
    while (j < tokens.length && j - head <= 7 && isModifier(tokens[j]) && !inDate(tokens[j])) j++;
    // The complement ends on a noun or a name, not on "the" or an adjective cut short.
    while (j - 1 > head + 1 && !['NOUN', 'PROPN', 'NUM'].includes(tokens[j - 1]?.pos ?? '')) j--;
    if (j - 1 > head + 1) to = j - 1;
  }
  const first = tokens[from];
  const last = tokens[to];
  if (!first || !last) return '';
  // "his capture in Mazatlán": who underwent it, named, since the pronoun was left out.
  const of =
    undergoer && to === head && /^(?:his|her|their)$/.test(tokens[head - 1]?.lower ?? '')
      ? ` of ${undergoer}`
      : '';
  const text = clipPhrase(`${s.text.slice(first.start, last.end)}${of}`, MAX_NOMINAL_CHARS);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Parts of speech a written-out subject is made of: "the stock capital of Apple Inc". */
const SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'CCONJ']);
/** Prepositions inside a subject ("stock capital of Apple", "stocks in the Dow"), unlike "before". */
const SUBJECT_PREPOSITION_RE = /^(?:of|in|on|at|from|for|around|across|with|between|among|against)$/;
/** Long enough for a subject, a verb and its object; a label has little room. */
const MAX_CLAUSE_CHARS = 80;

/**
 * The noun phrase written right before the verb group starting at `first`, or [] when none: "the
 * stock capital of Apple Inc" [tripled]. A verb after ", " or "and" with no subject of its own takes
 * the one of the verb before it ("tripled in 2004, doubled in 2005").
 */
function writtenSubject(
  tokens: readonly Token[],
  first: number,
  inDate: (t: Token | undefined) => boolean,
  verbHeads: ReadonlySet<number>,
  depth = 0,
): Token[] {
  const isVerb = (j: number): boolean => tokens[j]?.pos === 'VERB' || verbHeads.has(j);
  let k = first - 1;
  while (
    k >= 0 &&
    (tokens[k]?.pos === 'ADV' ||
      tokens[k]?.pos === 'AUX' ||
      /^(?:either|neither|both)$/.test(tokens[k]?.lower ?? ''))
  )
    k--;
  // "a meeting of the ruling Civic Party that has been scheduled": a relative clause's subject is
  // the noun phrase before the pronoun.
  if (/^(?:that|which|who)$/.test(tokens[k]?.lower ?? '')) {
    k--;
    if (tokens[k]?.text === ',' || tokens[k]?.text === '(') k--;
  }
  const joiner = tokens[k];
  if (joiner && (joiner.text === ',' || joiner.lower === 'and' || joiner.lower === 'or') && depth < 3) {
    let j = k - 1;
    while (j >= 0 && !isVerb(j) && !/^[;:"“”()]$/.test(tokens[j]?.text ?? '')) j--;
    if (!isVerb(j)) {
      // "Every stock in the Dow Jones, other than Wal-Mart, either lost": an aside between commas
      // stands between the subject and its verb.
      let c = k - 1;
      while (c > j && tokens[c]?.text !== ',') c--;
      return joiner.text === ',' && c > j && c > 0
        ? writtenSubject(tokens, c, inDate, verbHeads, depth + 1)
        : [];
    }
    while (j - 1 >= 0 && (tokens[j - 1]?.pos === 'AUX' || tokens[j - 1]?.pos === 'ADV')) j--;
    return writtenSubject(tokens, j, inDate, verbHeads, depth + 1);
  }
  let from = k + 1;
  while (
    from - 1 >= 0 &&
    first - from < 10 &&
    !inDate(tokens[from - 1]) &&
    (SUBJECT_POS.has(tokens[from - 1]?.pos ?? '') ||
      SUBJECT_PREPOSITION_RE.test(tokens[from - 1]?.lower ?? '') ||
      /^['’]$/.test(tokens[from - 1]?.text ?? '') ||
      // "the ruling party", "the proposed merger": a participle between an article and a noun.
      (tokens[from - 1]?.pos === 'VERB' && tokens[from - 2]?.pos === 'DET' && from <= k) ||
      // "Macintosh-curious" (written "Macintosh - curious" in tokenised text), not the dash that
      // closes an aside right before the verb ("the PowerBook - are said").
      (tokens[from - 1]?.text === '-' &&
        from <= k &&
        ['ADJ', 'NOUN'].includes(tokens[from]?.pos ?? '') &&
        ['PROPN', 'NOUN', 'ADJ'].includes(tokens[from - 2]?.pos ?? '')))
  )
    from--;
  // "In chatrooms and on bulletin boards": a phrase that opens with a preposition is no subject.
  while (from <= k && (tokens[from]?.pos === 'ADP' || tokens[from]?.pos === 'CCONJ')) from++;
  const words = tokens.slice(from, k + 1);
  const nouns = words.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  // "the last quarter, which ended December 30": a stretch of time ending or starting is no news.
  const last = nouns[nouns.length - 1];
  return last && !TIME_NOUNS.has(last.lower) ? words : [];
}

/**
 * The event in the sentence's own words, for a subject that names no entity: the noun phrase right
 * before the verb group and the verb group with what follows it up to the clause's end, without its
 * dates ("Stock capital of Apple Inc tripled", "Markets reopen"). '' when no noun phrase stands
 * there (a pronoun, a relative "which", a participle after a comma): those words cannot stand alone.
 */
function clauseTitle(s: SentenceAnalysis, p: Predicate, trigger: Trigger): string {
  const { text, tokens } = s;
  const inDate = (t: Token | undefined): boolean =>
    t !== undefined && s.dates.some((d) => t.start >= d.start && t.end <= d.end);
  const verbHeads = new Set(s.predicates.filter((q) => q.kind === 'verb').map((q) => q.head));
  const subjectWords = writtenSubject(tokens, p.first, inDate, verbHeads);
  if (subjectWords.length === 0) return '';
  let end = clauseEndAt(text, trigger.end);
  const comma = text.indexOf(',', trigger.end);
  if (comma >= 0 && comma < end) end = comma;
  const words = [...subjectWords];
  for (let i = p.first; i < tokens.length && (tokens[i]?.end ?? Infinity) <= end; i++) {
    const t = tokens[i];
    // "(which was presented on Wednesday) - Apple Inc.": an aside ends with its bracket or dash.
    const spacedDash =
      t !== undefined &&
      /^[-–—]+$/.test(t.text) &&
      tokens[i - 1]?.end !== t.start &&
      tokens[i + 1]?.start !== t.end;
    if (t?.text === ')' || spacedDash) break;
    // "doubled in 2005 and increased by 16 percent": the next verb of the list is another event.
    if (t?.pos === 'CCONJ' && i > p.head && tokens[i + 1]?.pos === 'VERB') break;
    // "in 2004", "on Tuesday": a date and the preposition that opens it go.
    if (!t || inDate(t) || (t.pos === 'ADP' && inDate(tokens[i + 1]))) continue;
    words.push(t);
  }
  let out = '';
  let last: Token | undefined;
  for (const t of words) {
    out += (last && last.end === t.start) || t.text === ',' ? t.text : `${out ? ' ' : ''}${t.text}`;
    last = t;
  }
  out = out.replace(/^(?:the|a|an)\s+/i, '').replace(/[\s,.;:]+$/, '');
  const clipped = clipPhrase(out, MAX_CLAUSE_CHARS);
  return clipped.charAt(0).toUpperCase() + clipped.slice(1);
}

/**
 * Bodies and offices a country or company owns that act on their own: its courts, juries, regulators
 * and police, and the people in its offices ("Britain's prime minister resigned" is not "United Kingdom
 * resigns").
 */
const OWNED_INDEPENDENT_HEADS =
  /\b(?:court|judges?|jury|tribunal|regulators?|police|prosecutors?|minister|president|premier|chancellor|leader|executive|ceo|chief|chairman|chairwoman|chair|founder|coach|manager|captain|governor|mayor|spokes(?:man|woman|person)|ambassador|envoy|king|queen|monarch)$/;

/**
 * "The Houthis say", "the Taliban have agreed": a plural name, as the verb after it agrees in the
 * text. Only a name that ends in "s" as written, so a list ("MSC, Maersk and CMA CGM have") stays
 * with its first name's number.
 */
function writtenPlural(s: SentenceAnalysis, p: Predicate): boolean {
  if (!p.agent || p.agent.kind === 'person' || p.agentBasis !== 'subject' || !/s$/.test(p.agent.text))
    return false;
  const first = s.tokens[p.first];
  const head = s.tokens[p.head];
  if (!first || !head) return false;
  if (p.first < p.head) return /^(?:are|were|have)$/.test(first.lower);
  return p.tense === 'present' && head.lower === head.lemma && head.lemma !== 'be';
}

/** A phrase whose head noun is plural: "stock markets", "markets worldwide" (a word after the head). */
function isPluralPhrase(phrase: string): boolean {
  const words = phrase.split(' ');
  // "number of people", "the price of shares": the noun before "of" is the head, except for a share
  // of a group ("62 percent of voters", "half of the staff"), which agrees with the group. Not a name
  // with "of" in it ("Bank of America shares"): the word after "of" is lower case.
  const of = words.indexOf('of');
  const head = of > 0 && /^\p{Ll}/u.test(words[of + 1] ?? '') ? (words[of - 1] ?? '').toLowerCase() : '';
  if (head && !GROUP_SHARE_HEADS.has(head)) words.length = of;
  while (words.length > 1 && POSTPOSITIVE.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  const last = (words[words.length - 1] ?? '').toLowerCase();
  // "crisis", "virus", "status", "series", "news": singular nouns that end in one "s".
  return (
    (/[^s]s$/.test(last) && !/(?:sis|us|ics|ies|news)$/.test(last)) ||
    IRREGULAR_PLURALS.has(last) ||
    /[^e]ies$/.test(last)
  );
}

/** Heads of "X of Y" that agree with Y: "62 percent of voters support", "most of the staff are". */
const GROUP_SHARE_HEADS: ReadonlySet<string> = new Set(
  'percent majority minority half third quarter rest most all some many dozens hundreds thousands millions'.split(
    ' ',
  ),
);

/**
 * A described doer as a title's subject: at most its last three words, without a leading figure
 * ("40 million waterfront contract" -> "Waterfront contract", "federal jury" -> "Federal jury").
 */
function describedTitleSubject(description: string): string {
  const words = description.split(' ');
  while (
    words.length > 1 &&
    /^(?:[\d$€£.,%]+|million|billion|thousand|hundred)$/.test(words[0] ?? '') &&
    !/^(?:percent|per)$/.test(words[1] ?? '')
  )
    words.shift();
  let from = words.length <= 4 ? 0 : words.length - 3;
  // "Dow Jones Industrial Average market": a name is kept whole, never cut to "Industrial Average".
  const capital = (w: string | undefined): boolean => /^\p{Lu}/u.test(w ?? '');
  while (from > 0 && capital(words[from]) && capital(words[from - 1])) from--;
  const kept = words.slice(from).join(' ');
  return kept.charAt(0).toUpperCase() + kept.slice(1);
}

/**
 * What a passive with no doer happened to, as an entity to file it under: its subject, unless that is
 * a place, a possessor inside the subject ("the company's revenue growth was explained"), or an "it"
 * or "they" standing for something that is not a person ("It is slated for release" is no country's).
 */
function passivePatient(s: SentenceAnalysis, p: Predicate): Entity | null {
  const e = p.patient;
  if (!e || e.kind === 'place') return null;
  if (possessed(s, p, e)) return e;
  if (e.source === 'anaphor' && e.kind !== 'person') return null;
  const after = s.tokens.find((t) => t.start >= e.end);
  if (after && (after.lower === "'s" || after.lower === '’s')) return null;
  // "a conference of the Workers' Party that was scheduled", "the iPhone 2.0 update that was released":
  // after a relative pronoun, only a name that ends right before it is what was scheduled.
  let k = p.first - 1;
  while (k >= 0 && s.tokens[k]?.pos === 'ADV') k--;
  const relative = s.tokens[k];
  if (relative && /^(?:that|which|who)$/.test(relative.lower)) {
    // "the iPhone (which was presented on Wednesday)": a comma or a bracket before the pronoun.
    const before = /^[,(]$/.test(s.tokens[k - 1]?.text ?? '') ? s.tokens[k - 2] : s.tokens[k - 1];
    if (!before || before.end !== e.end) return null;
    // ... and that is no complement of a noun before it ("a conference of the ruling Workers' Party").
    let b = s.tokens.findIndex((t) => t.start >= e.start) - 1;
    while (
      b >= 0 &&
      (['DET', 'ADJ', 'VERB', 'NOUN', 'PROPN', 'NUM'].includes(s.tokens[b]?.pos ?? '') ||
        /^['’]$/.test(s.tokens[b]?.text ?? ''))
    )
      b--;
    if (s.tokens[b]?.pos === 'ADP') return null;
  }
  return e;
}

/** What a passive's subject names, as the object of its active title: a name, else the head phrase. */
function passiveObjectOf(s: SentenceAnalysis, p: Predicate, label: (id: string) => string): string {
  // "unemployment numbers released Thursday by ...": a bare participle describes the noun right before it.
  const before = s.tokens[p.first - 1];
  if (!p.finite && before?.pos === 'NOUN') {
    let k = p.first - 1;
    while (k > p.first - 3 && (s.tokens[k - 1]?.pos === 'NOUN' || s.tokens[k - 1]?.pos === 'ADJ')) k--;
    // "a survey of employers released by": the survey was released, not the employers.
    const head = s.tokens[k - 2];
    if (s.tokens[k - 1]?.lower === 'of' && head?.pos === 'NOUN') return head.text.toLowerCase();
    return s.text.slice(s.tokens[k]?.start ?? before.start, before.end).toLowerCase();
  }
  const e = p.patient;
  if (e) return e.actorId ? label(e.actorId) : e.name;
  const described = passiveTitleSubject(p.patientSubject ?? '');
  return described ? described.charAt(0).toLowerCase() + described.slice(1) : '';
}

/** A passive title's verb and object; a particle the verb took ("sworn in") leaves the object. */
function passiveParts(s: SentenceAnalysis, p: Predicate): { participle: string; object: string } {
  const participle = participleOf(s, p);
  const particle = / (\S+)$/.exec(participle)?.[1];
  let object = objectPhrase(s, p);
  if (particle && (object === particle || object.startsWith(`${particle} `)))
    object = object.slice(particle.length).trim();
  return { participle, object };
}

/** The passive verb as written, with its particle ("sworn in", "laid off"), which objectPhrase skips. */
function participleOf(s: SentenceAnalysis, p: Predicate): string {
  const head = s.tokens[p.head]?.text ?? p.lemma;
  const particle = / (\S+)$/.exec(p.trigger?.lemma ?? p.lemma)?.[1];
  const next = s.tokens[p.head + 1];
  if (particle && next?.lower === particle) return `${head} ${particle}`;
  // "sworn in on Aug. 15", "laid off last week": a particle with no noun phrase of its own after it.
  const after = s.tokens[p.head + 2];
  const inDate = (t: Token | undefined): boolean =>
    t !== undefined && s.dates.some((d) => t.start >= d.start && t.end <= d.end);
  // Not "released in [2007]": a preposition that opens a date is the date's.
  const free = !after || (!inDate(after) && (after.pos === 'ADP' || after.pos === 'PUNCT'));
  return next && !inDate(next) && PARTICLES_RE.test(next.lower) && free ? `${head} ${next.lower}` : head;
}

const PARTICLES_RE = /^(?:in|off|out|up|down|away|back|over)$/;

/**
 * "Her son was born", "Its shares were suspended": what the passive happened to belongs to whom the
 * possessive pronoun points at. The owned words (at most three, nouns and adjectives), or ''.
 */
function possessed(s: SentenceAnalysis, p: Predicate, e: Entity): string {
  // "its plants were idled", "Toyota's plants were closed": a possessive pronoun or a name's "'s".
  const named = e.source !== 'anaphor' && /^['’]s$/.test(s.tokens.find((t) => t.start >= e.end)?.lower ?? '');
  if (!named && (e.source !== 'anaphor' || !/^(?:his|her|its|their)$/i.test(e.text))) return '';
  const at = s.tokens.findIndex((t) => t.start >= e.end) + (named ? 1 : 0);
  const words = at >= 0 ? s.tokens.slice(at, p.first) : [];
  while (
    words.length > 0 &&
    (words[words.length - 1]?.pos === 'ADV' || words[words.length - 1]?.pos === 'AUX')
  )
    words.pop();
  if (words.length === 0 || words.length > 3 || words.some((t) => t.pos !== 'NOUN' && t.pos !== 'ADJ'))
    return '';
  return words.map((t) => t.text).join(' ');
}

const PRONOUN_RE = /^(?:it|its|they|them|their|this|that|these|those|he|she|his|her|we|i)$/i;

/**
 * "The store was renamed": a description pointing back, as written, when it is the whole subject
 * (not "The company's revenue growth was explained"); '' for a pronoun.
 */
function describedAnaphor(s: SentenceAnalysis, p: Predicate, e: Entity): string {
  const written = s.text.slice(e.start, e.end);
  if (PRONOUN_RE.test(written)) return '';
  let k = p.first - 1;
  while (k >= 0 && (s.tokens[k]?.pos === 'AUX' || s.tokens[k]?.pos === 'ADV')) k--;
  if (s.tokens[k]?.end !== e.end) return '';
  return passiveTitleSubject(written.toLowerCase());
}

/** Words that end a passive subject's head phrase ("losses of between three and seven percent"). */
const PREPOSITIONS_RE = /^(?:of|for|in|on|at|from|with|between|by|to|about|over|under|among|than)$/;
/** Words that open a new noun phrase inside a run ("by the following day this theory"). */
const DETERMINERS_RE = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|another)$/;

/**
 * A passive subject described in words, as a title's subject: its head phrase only ("Losses" of
 * "losses of between three and seven percent", "Theory" of "following day this theory").
 */
export function passiveTitleSubject(description: string): string {
  // "At least 27 people [were killed]": a count of people is who it happened to.
  const counted =
    /^(?:at least |more than |about |nearly |some |over )?[\d,]+ (?:people|persons|civilians|soldiers|children|passengers|workers|migrants|residents|others)$/i;
  if (counted.test(description)) return description.charAt(0).toUpperCase() + description.slice(1);
  // "three and seven percent [were recorded]": an amount is no subject; the head noun was before it.
  // "the 167-year-old lender" is no amount: an age is part of the description.
  if (/\d|\b(?:percent|per cent|points?|and|or)\b/.test(description.replace(/\b\d+-year-old\b/g, 'aged')))
    return '';
  let words = description.split(' ').filter(Boolean);
  const cut = words.findIndex((w, i) => i > 0 && PREPOSITIONS_RE.test(w));
  if (cut > 0) words = words.slice(0, cut);
  let from = words.length > 1 && DETERMINERS_RE.test(words[0] ?? '') ? 1 : 0;
  words.forEach((w, i) => {
    if (i > 0 && i < words.length - 1 && DETERMINERS_RE.test(w)) from = i + 1;
  });
  return describedTitleSubject(words.slice(from).join(' '));
}

/** The words right after the head, as the title's object: "unveiled its latest addition to the iPod line". */
/** -ing forms that work as prepositions ("submitted starting November"), never a gerund object. */
const PREPOSITION_LIKE_ING: ReadonlySet<string> = new Set([
  'beginning',
  'starting',
  'including',
  'following',
  'according',
  'concerning',
  'regarding',
  'excluding',
  'pending',
  'barring',
  'during',
]);

function objectPhrase(s: SentenceAnalysis, p: Predicate): string {
  const verb = p.trigger?.lemma ?? p.lemma;
  let from = p.head + 1;
  // "agreed to buy Calloway Software": the object is the complement's, after "to buy".
  if (/ to \S+$/.test(verb) && s.tokens[from]?.lower === 'to' && s.tokens[from + 1]?.pos === 'VERB')
    from += 2;
  // "was up almost 5%": the copula stands for "rise", so its direction word is said by the verb.
  if (s.tokens[p.head]?.pos === 'AUX' && /^(?:up|down)$/.test(s.tokens[from]?.lower ?? '')) from++;
  const words: Token[] = [];
  // Words, not the hyphens, possessives and symbols inside them ("60-day", "Musk's", "$44" are one).
  const count = (): number =>
    words.filter((w) => w.text !== '-' && w.pos !== 'PART' && w.pos !== 'SYM' && w.pos !== 'PUNCT').length;
  // "a two-year low", "presidential run-off": words joined by a hyphen are one word.
  const hyphenBefore = (i: number): boolean =>
    s.tokens[i - 1]?.text === '-' && s.tokens[i - 1]?.end === s.tokens[i]?.start;
  const hyphenAfter = (i: number): boolean =>
    s.tokens[i + 1]?.text === '-' && s.tokens[i + 1]?.start === s.tokens[i]?.end;
  // "blocked the administration from cutting grants": what was prevented is part of the preventing.
  const preventedFrom = (i: number): boolean =>
    s.tokens[i]?.lower === 'from' &&
    PREVENTING_VERBS.has(p.lemma) &&
    /ing$/.test(s.tokens[i + 1]?.lower ?? '');
  const laterSpan = (i: number): boolean => {
    const unitAt = TIME_SPAN_UNIT_RE.test(s.tokens[i]?.lower ?? '') ? i : i + 1;
    return (
      TIME_SPAN_UNIT_RE.test(s.tokens[unitAt]?.lower ?? '') &&
      (unitAt === i ||
        s.tokens[i]?.pos === 'NUM' ||
        /^(?:a|an|few|several|two|three)$/.test(s.tokens[i]?.lower ?? '')) &&
      (/^(?:later|earlier|ago|afterwards)$/.test(s.tokens[unitAt + 1]?.lower ?? '') ||
        // "opened the scoring two minutes after half-time": a span before "after" or "before" a time
        // says when too; not "deliberated for two days before convicting", which says how long.
        (/^(?:after|before|into)$/.test(s.tokens[unitAt + 1]?.lower ?? '') &&
          s.tokens[unitAt + 2]?.pos !== 'VERB' &&
          s.tokens[i - 1]?.lower !== 'for'))
    );
  };
  /** Where a linked phrase starts ("of ...", "as ..."): cut short by the limit, it goes. */
  let linkAt = -1;
  let j = from;
  for (; j < s.tokens.length && count() < 6; j++) {
    const t = s.tokens[j];
    // "Johnson & Johnson": a name's own punctuation and conjunctions are part of it.
    // "thrashed Inter Milan 5-0": a name's first word the tagger read as a verb opens the name.
    const inName =
      t !== undefined &&
      s.entities.some(
        (e) =>
          (t.start > e.start && t.end < e.end) ||
          (t.start === e.start && t.end < e.end && /^\p{Lu}/u.test(t.text)),
      );
    if (!t) break;
    // "buy "Call of Duty" maker Activision", "released "Frozen"": a quoted name is one word of the object.
    if (/^["“]$/.test(t.text)) {
      let close = j + 1;
      while (close < s.tokens.length && close - j <= 8 && !/^["”]$/.test(s.tokens[close]?.text ?? ''))
        close++;
      if (close - j > 1 && close - j <= 8 && /^["”]$/.test(s.tokens[close]?.text ?? '')) {
        for (let k = j; k <= close; k++) {
          const q = s.tokens[k];
          if (q) words.push(q);
        }
        j = close;
        continue;
      }
    }
    // "beat Alcaraz 6-3, 6-4": the comma of a list of set scores keeps the list in the object.
    const setScores = t.text === ',' && betweenScores(s.tokens[j - 1]?.text, s.tokens[j + 1]?.text);
    const ends =
      (t.pos === 'PUNCT' &&
        !AMOUNT_SIGNS.has(t.text) &&
        !setScores &&
        !(hyphenAfter(j - 1) && hyphenBefore(j + 1))) ||
      // "backed joining the European Union": a gerund right after the verb is its object.
      (t.pos === 'VERB' &&
        !(j === from && p.kind === 'verb' && /ing$/.test(t.lower) && !PREPOSITION_LIKE_ING.has(t.lower)) &&
        !(preventedFrom(j - 1) && words.length > 0)) ||
      t.pos === 'AUX' ||
      // "broke that record when the market closed": a clause of time ends the object.
      /^(?:when|whenever|where|whereas|while)$/.test(t.lower) ||
      // "affirmed that ruling": "that" before a noun is its determiner.
      (t.pos === 'SCONJ' && !(words.length === 0 && t.lower === 'that' && s.tokens[j + 1]?.pos === 'NOUN')) ||
      t.pos === 'CCONJ';
    // "fired tear gas": a compound noun whose first word the tagger read as a verb.
    const compound = VERB_LIKE_COMPOUNDS.has(`${t.lower} ${s.tokens[j + 1]?.lower ?? ''}`);
    // "the assisted dying law", "a newly built plant": participles between an article and a noun.
    const modifier =
      t.pos === 'VERB' &&
      /(?:ed|ing)$/.test(t.lower) &&
      (s.tokens[j - 1]?.pos === 'DET' ||
        (words.length > 0 && words[words.length - 1]?.pos === 'VERB') ||
        (['ADV', 'ADJ'].includes(s.tokens[j - 1]?.pos ?? '') && s.tokens[j - 2]?.pos === 'DET')) &&
      ['NOUN', 'PROPN', 'VERB', 'ADJ'].includes(s.tokens[j + 1]?.pos ?? '');
    const hyphened = t.pos === 'VERB' && hyphenAfter(j) && words.length > 0;
    if (ends && !inName && !compound && !modifier && !hyphened) break;
    const date = s.dates.find((d) => t.start < d.end && d.start < t.end);
    // "reported first-quarter revenue", "its 2023 profit": a period that names which figure stays.
    const after = date ? s.tokens.find((x) => x.start >= date.end) : undefined;
    const figure =
      date !== undefined &&
      after?.pos === 'NOUN' &&
      after.start - date.end <= 1 &&
      /quarter|half|year|annual|\d{4}/i.test(s.text.slice(date.start, date.end));
    // "won Sunday's presidential run-off": a possessive date before the object is left out of it.
    if (date && words.length === 0 && (after?.lower === "'s" || after?.lower === '’s')) {
      j = s.tokens.indexOf(after);
      continue;
    }
    if (date && !figure) break;
    // "lost 15.5% after the auto firm announced ...": a preposition that opens a clause of its own.
    // "exploded minutes later", "resigned two days later": a span before "later" or "ago" says when.
    if (laterSpan(j)) break;
    // "died after a ferry capsized": right after the verb too; what follows is another event, no object.
    if (CLAUSE_PREPOSITIONS.has(t.lower) && (words.length > 0 || s.tokens[j + 2]?.pos !== 'PUNCT')) break;
    // "resigned on Sunday": a preposition before a date opens no object; "laid off": the particle is in the verb.
    if (
      words.length === 0 &&
      t.pos === 'ADP' &&
      s.dates.some((d) => (s.tokens[j + 1]?.start ?? -1) >= d.start && (s.tokens[j + 1]?.end ?? -1) <= d.end)
    )
      break;
    if (words.length === 0 && (p.trigger?.lemma ?? p.lemma).endsWith(` ${t.lower}`)) continue;
    if (
      words.length === 0 &&
      (t.pos === 'DET' || t.lower === 'its' || t.lower === 'their' || t.lower === 'that')
    )
      continue;
    // "cut its own rates": without the possessive, "own" says nothing.
    if (words.length === 0 && t.lower === 'own' && /^(?:its|their)$/.test(s.tokens[j - 1]?.lower ?? ''))
      continue;
    // "a 60-day state of emergency": "of" joins a short phrase; other prepositions end the object.
    if (
      words.length > 0 &&
      t.pos === 'ADP' &&
      count() >= 2 &&
      (t.lower !== 'of' || count() >= 5) &&
      !hyphenBefore(j) &&
      // "blocked the administration from cutting grants": what was prevented is part of the preventing.
      !preventedFrom(j)
    )
      break;
    if (t.lower === 'of' || (t.lower === 'as' && words.length >= 2)) linkAt = words.length;
    words.push(t);
  }
  // "the takeover of the American [International Group]", "named assistant coach Karen Doyle as interim
  // [coach]": a phrase after "of" or "as" cut short by the limit goes, rather than end the title mid-phrase.
  const next = s.tokens[j];
  const cutShort =
    count() >= 6 &&
    next !== undefined &&
    (['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.pos) || (next.pos === 'VERB' && /ing$/.test(next.lower)));
  if (linkAt > 0 && cutShort) words.length = linkAt;
  // "strikes southern Peru early [on Saturday]": words left dangling before a removed date go too.
  // "the much-[anticipated]": a hyphen left at the end goes, and the half word before it with it.
  const lastJoined = (): boolean => hyphenBefore(s.tokens.indexOf(words[words.length - 1] as Token));
  while (
    words.length > 0 &&
    ((TRAILING_POS.has(words[words.length - 1]?.pos ?? '') && !lastJoined()) ||
      words[words.length - 1]?.text === '-' ||
      DANGLING_TIME_WORDS.has(words[words.length - 1]?.lower ?? ''))
  ) {
    if (words.pop()?.text === '-') words.pop();
  }
  const first = words[0];
  const last = words[words.length - 1];
  // The sentence's own spacing: "$38 a share", "24%", "the club's board".
  return first && last ? s.text.slice(first.start, last.end) : '';
}

/** Units of a span of time: "minutes later", "two days ago". */
const TIME_SPAN_UNIT_RE = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;

/** Prepositions that open a clause or a reason rather than complete an object. */
const CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'until',
  'because',
  'amid',
  'amidst',
  'despite',
  'following',
  'while',
]);

/** Words that open an adverbial clause at the start of a sentence. */
const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set([
  'when',
  'whenever',
  'after',
  'before',
  'while',
  'if',
  'unless',
  'because',
  'although',
  'though',
  'since',
  'once',
  'until',
  'as',
]);

/** Signs that belong to an amount inside an object: "$38", "24%". */
const AMOUNT_SIGNS: ReadonlySet<string> = new Set(['$', '%', '€', '£', '¥']);
/** Parts of speech that cannot end a title's object. */
const TRAILING_POS: ReadonlySet<string> = new Set(['ADP', 'ADV', 'DET', 'PART', 'CCONJ', 'PRON']);

/**
 * "Russia would require a halt to arms supplies, Kremlin spokesman Dmitry Peskov said": when the
 * speaker and the verb of saying close the sentence, what was said is the clause before them.
 */
function reportedBefore(s: SentenceAnalysis, p: Predicate): string {
  // A quotation before the speaker is handled by statementGist, which keeps its words as a quote.
  if (!p.reporting || !p.agent || /^\s*["“]/.test(s.text)) return '';
  // "Chile said ..., and Japan pledged $2 million": the clause before ", and" is another event, and so
  // is the one before ", while" ("Roberts wrote the opinion, while Sotomayor wrote the dissent").
  if (joinedClause(s, p) || contrastClause(s, p)) return '';
  // "Struggling to catch up, Intel said on Thursday it would cut ...": what the verb is followed by was said.
  for (let k = p.head + 1; k < s.tokens.length; k++) {
    const t = s.tokens[k];
    if (!t || /^[,.;:!?]$/.test(t.text)) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') return '';
  }
  const speakerStart = Math.min(p.agent.start, s.tokens[p.head]?.start ?? 0);
  const comma = s.text.lastIndexOf(',', speakerStart);
  if (comma < 20) return '';
  // "When Apple's chief first showed the phone, he praised its design": a clause opened by "when",
  // "after" or "if" says when or why, not what was said.
  // A closing quotation mark before the speaker makes it a quotation all the same ("If that ice starts
  // to crack, we'll be wary,” he said").
  if (ADVERBIAL_OPENERS.has(s.tokens[0]?.lower ?? '') && !/[”"]/.test(s.text.slice(0, speakerStart)))
    return '';
  const said = reportedClause(
    s.text
      .slice(0, comma)
      .trim()
      .replace(/^["“']+|["”']+$/g, ''),
  );
  return said.split(/\s+/).length >= 4 ? said : '';
}

/**
 * "Spain's Supreme Court on Monday ruled that the former head ... must stand trial": a verb whose
 * object is a that-clause is titled with that clause, as a statement is with what was said.
 */
function thatClauseObject(
  s: SentenceAnalysis,
  p: Predicate,
  trigger: Trigger,
  dates: readonly { start: number; end: number }[],
): string {
  // Not "data released Wednesday that ...": a participle describing a noun has no clause object.
  if (p.kind !== 'verb' || !p.finite || !THAT_CLAUSE_VERBS.has(p.lemma)) return '';
  let j = p.head + 1;
  const inDate = (k: number): boolean => {
    const t = s.tokens[k];
    return t !== undefined && dates.some((d) => t.start >= d.start && t.end <= d.end);
  };
  while (j < s.tokens.length && (s.tokens[j]?.pos === 'ADV' || inDate(j) || s.tokens[j]?.pos === 'ADP')) j++;
  // "broke that record": "that" before a noun is a determiner.
  if (s.tokens[j]?.lower !== 'that' || s.tokens[j + 1]?.pos === 'NOUN') return '';
  return statementGist(s.text, trigger, dates);
}

/** "sued to block it", "moved to stop the merger": what the act was for, as the title's object. */
function purposeObject(
  s: SentenceAnalysis,
  p: Predicate,
  dates: readonly { start: number; end: number }[],
): string {
  const head = s.tokens[p.head];
  if (p.kind !== 'verb' || !head || !PURPOSE_GOVERNORS.has(p.lemma)) return '';
  if (s.tokens[p.head + 1]?.lower !== 'to' || s.tokens[p.head + 2]?.pos !== 'VERB') return '';
  const gist = infinitiveGist(s.text, head.end, dates);
  return gist ? `to ${gist}` : '';
}

/**
 * "ordered the football association to suspend all matches": after a verb whose object does what
 * follows "to", the object with what it was told to do. `object` as objectPhrase read it.
 */
function controlledObject(
  s: SentenceAnalysis,
  p: Predicate,
  object: string,
  dates: readonly { start: number; end: number }[],
): string {
  const head = s.tokens[p.head];
  if (!object || !head || p.kind !== 'verb' || !OBJECT_CONTROL_VERBS.has(p.lemma)) return object;
  const at = s.text.indexOf(object, head.end);
  if (at < 0 || at - head.end > 24) return object;
  const end = at + object.length;
  if (!/^\s+to\s+\p{Ll}/u.test(s.text.slice(end))) return object;
  const gist = infinitiveGist(s.text, end, dates);
  return gist ? `${object} to ${gist}` : object;
}

/** "agreed on Monday to pay $500 million": what was agreed, when a verb follows "to". */
function agreedInfinitive(
  s: SentenceAnalysis,
  p: Predicate,
  dates: readonly { start: number; end: number }[],
): string {
  // "agreed on Wednesday at the climate summit in Dubai to transition away ...": a date and places may stand between.
  let to = -1;
  for (let k = p.head + 1; k < s.tokens.length && k - p.head <= 16; k++) {
    const t = s.tokens[k];
    if (!t || /^[,;:.]$/.test(t.text) || t.pos === 'VERB' || t.pos === 'AUX') break;
    if (t.lower === 'to' && s.tokens[k + 1]?.pos === 'VERB') {
      to = k;
      break;
    }
  }
  if (to < 0) return '';
  const before = s.tokens[to - 1];
  return before ? infinitiveGist(s.text, before.end, dates) : '';
}

function gistOf(
  s: SentenceAnalysis,
  p: Predicate,
  trigger: Trigger,
  dates: readonly { start: number; end: number }[],
): string {
  const after = s.text.slice(trigger.end);
  // "“There's not that panic,” said Paul Nolte, the director ...": the speaker comes after the verb.
  // Only the speaker's title may stand between ("said Uralsib analyst Chris Weafer").
  const between = p.agent && p.agent.start >= trigger.end ? s.text.slice(trigger.end, p.agent.start) : null;
  const inverted = between !== null && between.length <= 40 && !/[,;:"“”]|\bthat\b/.test(between);
  if (inverted) {
    const quoted = quoteGistBefore(s.text, trigger.start, dates);
    if (quoted) return quoted;
  }
  const before = /\bthat\b|[“"]/.test(after) ? '' : reportedBefore(s, p);
  return before || statementGist(s.text, trigger, dates);
}

/**
 * How the row's lane, date and type were decided, in a few words for the detail panel: "rules;
 * agent: subject; date: lead at publication; type: verb 'resign'". explain.ts gives the full story.
 */
function howDecided(p: Predicate, anchor: Anchor): string {
  const agent = p.agent ? p.agentBasis || 'found' : 'none found';
  const type = p.trigger
    ? `phrase "${p.trigger.text}"`
    : p.type === 'other'
      ? `verb "${p.lemma}" not in the lexicon`
      : `${p.kind} "${p.lemma}"`;
  return `rules; agent: ${agent}; date: ${anchor.how}; type: ${type}`;
}

export function buildDraft(doc: ArticleAnalysis, s: SentenceAnalysis, p: Predicate): DraftEvent | null {
  const anchor = p.time;
  if (!anchor) return null;
  const { matcher } = doc;
  const text = s.text;
  const trigger = triggerOf(s, p);
  // A disaster has no doer; it happens to the place it struck ("The quake struck southern Peru").
  // A passive with no doer named ("Jobs was fired", "iPhone 4 will be released") happened to its
  // subject: the row goes on that lane.
  const undone = p.kind === 'verb' && p.passive && !p.agent;
  const patient = undone ? passivePatient(s, p) : null;
  const owned = patient ? possessed(s, p, patient) : '';
  const actor =
    laneOf(p.agent) ||
    laneOf(patient) ||
    (p.type === 'disaster' && p.patient?.actorId ? p.patient.actorId : '');
  const label = (id: string): string => matcher.label(id);
  const mentions: ActorMention[] = s.mentions;
  const spans = findPeopleSpans(text, mentions);
  for (const e of s.entities) {
    if (e.kind !== 'person' || e.source !== 'discovered') continue;
    if (spans.some((x) => x.start < e.end && e.start < x.end)) continue;
    spans.push({ name: e.name, start: e.start, end: e.end, role: '', observer: false });
  }
  spans.sort((a, b) => a.start - b.start);
  const people: string[] = [];
  for (const x of spans) if (!people.some((y) => isSamePerson(y, x.name))) people.push(x.name);
  const dateSpans = s.dates.map((d) => ({ start: d.start, end: d.end }));
  // "..., and Japan pledged $2 million": a clause joined by ", and" starts at the conjunction, so the
  // counts of the clause before are not its own.
  const joined = joinedClause(s, p);
  const joiner = joined ? s.tokens[joined.joiner] : undefined;
  const clauseStart = Math.max(clauseStartAt(text, trigger.start), joiner?.start ?? 0);
  const clauseEnd = clauseEndAt(text, trigger.end);
  const quantities = findQuantities(text, dateSpans);
  const inClause = quantities.filter((q) => q.start >= clauseStart && q.start < clauseEnd);
  const unitRe = TYPE_UNITS_RE[p.type];
  const quantity =
    inClause.find((q) => q.start >= trigger.start) ??
    (unitRe ? quantities.find((q) => q.start >= trigger.start && unitRe.test(q.unit)) : undefined) ??
    inClause[0] ??
    null;
  const location =
    findLocation(text, doc.places) || (s.isCaption ? (CAPTION_PLACE_RE.exec(s.raw)?.[1]?.trim() ?? '') : '');
  // "Calloway shares jumped": the shares moved, not the company; the agent is said as written.
  const agentName = p.agent && p.agent.kind !== 'place' && p.agentBasis !== 'shares' ? p.agent.name : '';
  const subjectFull = p.agent?.kind === 'person' ? p.agent.name : '';
  const others: string[] = [];
  for (const e of p.others) {
    // "European aircraft manufacturer Airbus": the demonym describes Airbus and takes no part.
    if (describesName(s.tokens, e)) continue;
    // A bare unknown word ("Wonsan") is more often a place than a party, unless it stands where a
    // party does after the trigger: "unveiled the iPhone 4", "sold Opel to Magna".
    // Not where a visit went, nor the subject of what a statement reports ("says Rio will be his
    // last"), though what it announces is ("announced a beta version of FaceTime").
    const at = s.tokens.findIndex((t) => t.start === e.start);
    const after = s.tokens.find((t) => t.start >= e.end);
    const unknownParty =
      p.type !== 'travel' &&
      !(p.type === 'statement' && (after?.pos === 'VERB' || after?.pos === 'AUX')) &&
      e.kind === 'unknown' &&
      e.actorId === '' &&
      e.source === 'discovered' &&
      e.start >= trigger.end &&
      isPartyPosition(s.tokens, at, p.kind === 'verb' ? p.head : -1);
    const lane =
      e.kind === 'place' || (e.kind === 'unknown' && e.actorId === '' && !unknownParty) ? '' : laneOf(e);
    if (lane && lane !== actor && !others.includes(lane)) others.push(lane);
  }
  const partners = partnersOf(text, trigger, clauseEnd, spans, mentions, {
    actorId: actor,
    person: subjectFull,
  });
  if (
    p.type === 'meeting' &&
    partners.people.length === 0 &&
    /\btheir\s+(?:[\w-]+\s+)?$/.test(text.slice(0, trigger.start))
  )
    partners.people = spans
      .filter((x) => !x.observer && !isSamePerson(x.name, subjectFull))
      .map((x) => x.name);
  // "Pixar was acquired by The Walt Disney Company": the doer is named, so the title is active and what
  // the passive's subject names is its object ("Walt Disney Company acquires Pixar").
  const passiveObject = p.kind === 'verb' && p.passive && p.agent ? passiveObjectOf(s, p, label) : '';
  const object = passiveObject
    ? passiveObject
    : p.type === 'meeting'
      ? meetingName(text, trigger, mentions)
      : trigger.lemma === 'capture' && p.type !== 'sports-result' && p.type !== 'election'
        ? captureObject(text, trigger) || objectPhrase(s, p)
        : p.type === 'military-exercise'
          ? drillArea(text, trigger)
          : p.type === 'statement'
            ? verbObject(text, trigger)
            : // "the resignation of X": the "of" phrase is the doer, already the subject.
              p.agentBasis === 'of-phrase'
              ? ''
              : purposeObject(s, p, dateSpans) ||
                controlledObject(s, p, objectPhrase(s, p), dateSpans) ||
                thatClauseObject(s, p, trigger, dateSpans);
  // "was forced out by the White House": the particle stays with the verb when the title turns active.
  const passiveParticle =
    passiveObject && !/ /.test(trigger.lemma) && PARTICLES_RE.test(s.tokens[p.head + 1]?.lower ?? '')
      ? s.tokens[p.head + 1]?.lower
      : undefined;
  const lemma =
    passiveParticle && s.tokens[p.head + 2]?.lower === 'by'
      ? `${trigger.lemma} ${passiveParticle}`
      : trigger.lemma === 'chair'
        ? (
            /^(chair|convene|host|preside over)/i.exec(
              trigger.text.replace(/^presid\w*/i, 'preside over'),
            )?.[1] ?? 'chair'
          ).toLowerCase()
        : p.kind === 'noun' && !p.trigger
          ? // "the trial", "his speech": a noun is titled with its type's verb ("stands trial").
            EVENT_TYPE_INFO[p.type].titleVerb.base
          : trigger.lemma;
  const record: EventRecord = {
    id: '',
    start: anchor.date.first,
    end: anchor.date.last,
    precision: anchor.date.precision,
    actor,
    type: p.type,
    title: '',
    sentence: s.raw,
    article_id: doc.articleId,
    confidence: confidenceOf(p, anchor, s.isCaption),
    method: howDecided(p, anchor),
    date_text: anchor.span ? anchor.date.text : '',
    date_value: anchor.date.value,
    date_basis: anchor.basis,
    date_qualifier: anchor.date.qualifier,
    other_actors: others,
    factuality: p.factuality,
    quantity: quantity?.value ?? null,
    quantity_unit: quantity?.unit ?? '',
    quantity_qualifier: quantity?.qualifier ?? '',
    location,
    people,
    quote: findQuote(text),
    article_title: doc.ref.title || doc.article.title,
    article_url: doc.ref.url,
    ref_date: doc.ref.date,
    sentence_index: s.index,
    char_start: s.start,
    char_end: s.end,
    also_reported_in: [],
    predicate: p.lemma,
    agent: agentName || p.subject,
  };
  const subjectOf = (): string => {
    // "Yoon said": a headline names a person as the sentence does when that is a short form.
    if (subjectFull && p.agent && !/\s/.test(p.agent.text) && subjectFull.split(/\s+/).includes(p.agent.text))
      return p.agent.text;
    if (subjectFull)
      return p.agent?.source === 'discovered' && !p.agent.affiliation && mayBeFirmName(subjectFull)
        ? subjectFull
        : shortName(subjectFull);
    // An organisation known by its owner ("Iran's Foreign Ministry") is titled by the owner.
    const name = (e: Entity): string =>
      e.actorId ? label(e.actorId) : e.kind !== 'person' && e.affiliation ? label(e.affiliation) : e.name;
    if (p.agent && p.coAgent && p.coAgent.name !== p.agent.name)
      return `${name(p.agent)} and ${name(p.coAgent)}`;
    // "Calloway shares jump 24%": on the company's lane, titled as the sentence says it.
    if (p.agent && p.agentBasis === 'shares' && p.subject) return describedTitleSubject(p.subject);
    // "Kenyan police fire tear gas", on Kenya's lane.
    if (p.agent && (p.agentBasis === 'demonym group' || p.agentBasis === 'staff') && p.subject)
      return describedTitleSubject(p.subject);
    // "North Korea's previous plenary lasted", "Britain's inflation rate fell": a change in what the
    // owner owns is told of that thing; an act ("China's military held drills") is the owner's.
    // "The UK's highest court has ruled": a court is not its country, and the title says which it is.
    if (
      p.agent &&
      p.agentBasis === 'owner' &&
      p.subject &&
      (OWNED_MEASURE_TYPES.has(p.type) || OWNED_INDEPENDENT_HEADS.test(p.subject))
    )
      return `${name(p.agent)}'s ${p.subject}`;
    if (p.agent) return name(p.agent);
    if (undone) {
      const owner = patient?.kind === 'person' ? shortName(patient.name) : patient ? name(patient) : '';
      if (owned) return `${owner}'s ${owned}`;
      if (patient) return owner;
      // "The store was renamed": a description that points back is titled as written, though only a
      // name or a person files the row under an entity.
      if (p.patient) return describedAnaphor(s, p, p.patient);
      return passiveTitleSubject(p.patientSubject ?? '');
    }
    return describedTitleSubject(p.subject) || commonSubject(text) || subjectNoun(s, p);
  };
  // The noun that names the event: the predicate's own, or the trigger's when a verb only frames it
  // ("were related to the takeover of AIG").
  const triggerToken = s.tokens.findIndex((t) => t.end === trigger.end);
  const eventNoun =
    p.kind === 'noun'
      ? p.head
      : s.tokens[triggerToken]?.pos === 'NOUN' && triggerToken !== p.head
        ? triggerToken
        : -1;
  // A passive subject that names no one ("today's activities were related to the takeover of AIG") says less
  // than the event's own noun phrase.
  const subject = undone && eventNoun >= 0 && eventNoun !== p.head && !patient ? '' : subjectOf();
  const passiveSubject = undone ? subject : '';
  return {
    record,
    title: {
      subjectFull,
      subject,
      plural: undone
        ? isPluralPhrase(patient ? owned : passiveSubject)
        : ((p.agentBasis === 'shares' ||
            p.agentBasis === 'demonym group' ||
            p.agentBasis === 'staff' ||
            (p.agentBasis === 'owner' && OWNED_MEASURE_TYPES.has(p.type))) &&
            isPluralPhrase(p.subject)) ||
          (p.coAgent !== undefined && p.coAgent !== null && !subjectFull) ||
          writtenPlural(s, p) ||
          (!p.agent &&
            isPluralPhrase(describedTitleSubject(p.subject) || subjectNoun(s, p)) &&
            (p.subject !== '' || !commonSubject(text))),
      lemma,
      triggerText: trigger.text,
      topic: p.type === 'statement' && p.object ? (s.tokens[p.object.head]?.text.toLowerCase() ?? '') : '',
      object,
      partnerPeople: partners.people,
      partnerActors: partners.actors,
      gist:
        p.type === 'statement'
          ? passiveObject || gistOf(s, p, trigger, dateSpans)
          : p.type === 'agreement' && p.lemma === 'agree'
            ? agreedInfinitive(s, p, dateSpans)
            : '',
      ...(undone && passiveSubject ? { passive: passiveParts(s, p) } : {}),
      ...(subject
        ? {}
        : {
            nominal:
              eventNoun >= 0
                ? nominalTitle(s, eventNoun, p.patient?.kind === 'person' ? shortName(p.patient.name) : '')
                : clauseTitle(s, p, trigger),
          }),
    },
    triggerStart: trigger.start,
  };
}
