/**
 * Stage: event type. Typed phrases first (event-types.ts: "fired 8 ballistic missiles", "declared a
 * ceasefire"), since they need the object to be sure; then verb-plus-object pairs ("cut jobs", "step
 * down"); then the verb or noun alone (lexicon/predicate-types.ts, lexicon/event-nouns.ts). A
 * predicate none of them knows stays 'other' and keeps its lemma.
 */
import { EVENT_TYPES, type EventType } from '../../model/event-record';
import { blankPredicate, isAttributiveParticiple } from './predicates';
import type { ArticleAnalysis, Predicate, SentenceAnalysis, Token } from '../analysis';
import { findTriggers } from '../event-types';
import { EVENT_NOUNS, MILESTONE_NOUNS } from '../lexicon/event-nouns';
import {
  COURT_DECISION_VERBS,
  COURT_WORDS,
  LABOUR_CUES,
  MATCH_CUES,
  MILITARY_STRIKE_CUES,
  HARMFUL_WEATHER,
  NATURAL_CAUSES,
  SPACEFLIGHT_CUES,
  VIOLENCE_CUES,
} from '../lexicon/context-cues';
import { VERB_OBJECT_TYPES, VERB_TYPES } from '../lexicon/predicate-types';
import { SCORE_RE } from '../scores';
import {
  EVALUATIVE_VERBS,
  HALTING_VERBS,
  PERFORMATIVE_VERBS,
  PHASE_VERBS,
  RELATING_VERBS,
} from '../lexicon/verb-classes';

/** Kinds of event one agrees to, so that "agreed to a ceasefire" is the ceasefire. */
const AGREED_TYPES: ReadonlySet<string> = new Set(['ceasefire']);
/** Verb types too general to keep against a typed object: "extended sanctions" is about sanctions. */
const SUPPORT_TYPES: ReadonlySet<string> = new Set(['policy', 'other', 'agreement']);
/** Prepositions that introduce a verb's object: "agreed to a truce", "voted for sanctions". */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'on', 'for']);

/** Particles and adverbs that complete a verb's meaning. */
const PARTICLES: ReadonlySet<string> = new Set(['public', 'off', 'down', 'up', 'out']);

/** Words after the verb searched for its particle or object ("laid off", "cut 300 jobs"). */
const OBJECT_WINDOW_TOKENS = 5;

/** Tokens of an amount ("$", "14", "billion") the object window may look past, at most. */
const AMOUNT_ALLOWANCE = 4;

function isAmountToken(t: { pos: string; lower: string }): boolean {
  return (
    t.pos === 'NUM' ||
    t.lower === '$' ||
    t.lower === '€' ||
    t.lower === '£' ||
    /^(?:million|billion|trillion)$/.test(t.lower)
  );
}

/**
 * Whether the article's headline and first sentence tell of a disaster and of no violence: "Camp Fire
 * fully contained ... the deadliest wildfire". Its undoered dead ("At least 85 people were killed")
 * are then the disaster's. Worked out once per article.
 */
const disasterStories = new WeakMap<ArticleAnalysis, boolean>();
function isDisasterStory(doc: ArticleAnalysis | undefined): boolean {
  if (!doc) return false;
  const known = disasterStories.get(doc);
  if (known !== undefined) return known;
  const lead = [doc.article.title, doc.sentences[0]?.text ?? ''].join(' ').toLowerCase();
  const words = lead.split(/[^\p{L}]+/u);
  const disaster = words.some(
    (w) => EVENT_NOUNS[w] === 'disaster' || NATURAL_CAUSES.has(w) || w === 'wildfire',
  );
  const verdict = disaster && !words.some((w) => VIOLENCE_CUES.has(w));
  disasterStories.set(doc, verdict);
  return verdict;
}

export function eventTypeStage(s: SentenceAnalysis, doc?: ArticleAnalysis): void {
  const disasterStory = isDisasterStory(doc);
  const triggers = findTriggers(s.text);
  for (const trigger of triggers) {
    const inside = s.predicates.filter((p) => {
      const t = s.tokens[p.head];
      return t !== undefined && t.start >= trigger.start && t.end <= trigger.end;
    });
    const p = inside.find((x) => x.kind === 'verb') ?? inside[0];
    if (p) {
      if (!p.trigger) {
        p.trigger = trigger;
        p.type = trigger.type;
      }
      continue;
    }
    // A typed noun phrase the lexicon of single nouns lacks ("missile launches"): a predicate of its own.
    let last = -1;
    s.tokens.forEach((t, i) => {
      if (t.start >= trigger.start && t.end <= trigger.end) last = i;
    });
    const head = s.tokens[last];
    if (!head) continue;
    // "the recently announced iPhone 4": a participle that describes a noun is no event of its own.
    if (isAttributiveParticiple(s.tokens, last)) continue;
    // "a seat in Congress", "passed by Congress": the legislature, not a party congress.
    if (head.text === 'Congress' && s.tokens[last - 1]?.pos === 'ADP') continue;
    const created = blankPredicate(last, last, 'noun', head.lemma);
    created.type = trigger.type;
    created.trigger = trigger;
    s.predicates.push(created);
  }
  s.predicates.sort((a, b) => a.head - b.head);
  for (const p of s.predicates) {
    if (p.trigger && !isBareVerbTrigger(s, p)) continue;
    if (p.kind === 'noun') {
      p.type = EVENT_NOUNS[p.lemma] ?? MILESTONE_NOUNS[p.lemma] ?? 'other';
      // "weapons demonstrations", "a military demonstration": a display of arms, not a protest.
      const modifier = s.tokens[p.head - 1]?.lower ?? '';
      if (p.type === 'protest' && /^demonstrations?$/.test(s.tokens[p.head]?.lower ?? ''))
        p.type = ARMS_DISPLAY_MODIFIERS[modifier] ?? p.type;
      continue;
    }
    const next = s.tokens.slice(p.head + 1, p.head + 1 + OBJECT_WINDOW_TOKENS).map((t) => t.lower);
    // "rejected a $14 billion bailout bill": an amount inside the object does not use up the window.
    next.push(
      ...s.tokens
        .slice(p.head + 1, p.head + 1 + OBJECT_WINDOW_TOKENS + AMOUNT_ALLOWANCE)
        .filter((t) => !isAmountToken(t))
        .slice(0, OBJECT_WINDOW_TOKENS)
        .map((t) => t.lower),
    );
    // "another special event to be held on October 12": a passive's object is its subject.
    if (p.passive) {
      let from = p.first;
      while (from > 0 && p.first - from < 6 && !/^[,;:]$/.test(s.tokens[from - 1]?.text ?? '')) from--;
      next.push(...s.tokens.slice(from, p.first).map((t) => t.lower));
    }
    const pair = VERB_OBJECT_TYPES.find(([lemma, re]) => lemma === p.lemma && next.some((w) => re.test(w)));
    // "declared her the winner": a phrase of the verb alone yields only to the verb with its object.
    if (p.trigger && !pair) continue;
    p.type = pair?.[2] ?? VERB_TYPES[p.lemma] ?? 'other';
    if (p.trigger) p.trigger = null;
    // "made public", "stepped down", "laid off": the particle belongs in the title's verb.
    // Not for market moves: "fell down 2%" is said "falls 2%".
    const particle =
      pair && p.type !== 'market-move' ? next.find((w) => PARTICLES.has(w) && pair[1].test(w)) : undefined;
    const head = s.tokens[p.head];
    if (particle && head)
      p.trigger = {
        type: p.type,
        start: head.start,
        end: head.end,
        text: head.text,
        lemma: `${p.lemma} ${particle}`,
      };
  }
  for (const p of s.predicates) retypeStrike(s, p);
  // "won a landslide victory in Thursday's general election": a win in an election named just after.
  for (const p of s.predicates)
    if (
      p.lemma === 'win' &&
      p.type === 'sports-result' &&
      s.predicates.some(
        (q) => q.kind === 'noun' && q.type === 'election' && q.head > p.head && q.head - p.head <= 10,
      )
    )
      p.type = 'election';
  foldObjects(s);
  for (const p of s.predicates) retypeByContext(s, p, disasterStory);
  for (const p of s.predicates) typeAgreedComplement(s, p);
}

/** What a demonstration of arms is, by the word before it. */
const ARMS_DISPLAY_MODIFIERS: Readonly<Record<string, EventType>> = {
  weapons: 'missile-test',
  weapon: 'missile-test',
  missile: 'missile-test',
  military: 'military-exercise',
  firepower: 'military-exercise',
};

/**
 * "a 148-day strike by the writers' union", "Mbappé struck twice in 97 seconds": a strike is an attack
 * only where no union or match is spoken of. Before objects fold, so "voted to end a strike" is no attack.
 */
function retypeStrike(s: SentenceAnalysis, p: Predicate): void {
  if (p.type !== 'attack' || !/^(?:strike|struck|striking|strikes)$/.test(s.tokens[p.head]?.lower ?? ''))
    return;
  const words = s.tokens.map((t) => t.lower);
  if (words.some((w) => MILITARY_STRIKE_CUES.has(w))) return;
  if (words.some((w) => LABOUR_CUES.has(w) || /^\d+-day$/.test(w))) {
    p.type = 'protest';
    p.trigger = null;
  } else if (p.kind === 'verb' && words.some((w) => MATCH_CUES.has(w))) {
    p.type = 'sports-result';
    p.trigger = null;
  }
}

/** "flood", "Floods" (a plural the tagger took for a name, so with no lemma): a disaster noun. */
function namesDisaster(t: Token): boolean {
  return (
    EVENT_NOUNS[t.lower] === 'disaster' ||
    EVENT_NOUNS[t.lower.replace(/s$/, '')] === 'disaster' ||
    // "Torrential rain dumped a year's worth of water": weather that does harm is the disaster.
    HARMFUL_WEATHER.has(t.lower)
  );
}

/**
 * The head of a verb's subject: the first noun of its clause before it, "a quake near the city of Izmit",
 * "A federal judge in Boston". "Floods" opening a sentence counts, though the tagger reads it as a name.
 */
function subjectHead(s: SentenceAnalysis, p: Predicate): Token | undefined {
  let k = p.first - 1;
  while (k >= 0 && p.first - k <= 10) {
    const t = s.tokens[k];
    if (!t || ['VERB', 'AUX', 'CCONJ', 'PRON', 'SCONJ'].includes(t.pos) || /^[,;:]$/.test(t.text)) break;
    k--;
  }
  const inDate = (t: Token): boolean => s.dates.some((d) => t.start >= d.start && t.end <= d.end);
  return s.tokens
    .slice(k + 1, p.first)
    .find(
      (t, i) =>
        !inDate(t) &&
        (t.pos === 'NOUN' ||
          (i === 0 && k + 1 === 0 && t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+s$/u.test(t.text))),
    );
}

/** Index in EVENT_TYPES of the first general-news type; the ones before have fixed title phrasing. */
const FIRST_GENERAL_TYPE = EVENT_TYPES.indexOf('election');

/** Verbs that buy or merge with what they take: "bought Calloway Software" is an acquisition. */
const ACQUIRING_VERBS: ReadonlySet<string> = new Set(['buy', 'purchase', 'take', 'acquire', 'absorb']);

/**
 * "agreed to buy Calloway Software", "voted to approve the merger": agreeing or deciding to do a
 * typed thing is that thing, planned; the title keeps "agree to ...".
 */
function typeAgreedComplement(s: SentenceAnalysis, p: Predicate): void {
  if (p.kind !== 'verb') return;
  const next = s.predicates.find((q) => q.kind === 'verb' && q.head > p.head && q.head - p.head <= 3);
  if (!next || s.tokens[next.head - 1]?.lower !== 'to') return;
  // "buy" + a company is a takeover, not a purchase of goods.
  if (ACQUIRING_VERBS.has(next.lemma)) {
    const object = s.entities.find(
      (e) => e.start > (s.tokens[next.head]?.end ?? 0) && e.start - (s.tokens[next.head]?.end ?? 0) < 40,
    );
    if (object && (object.kind === 'organisation' || object.kind === 'unknown')) next.type = 'acquisition';
  }
  if ((p.lemma !== 'agree' && p.lemma !== 'decide' && p.lemma !== 'vote') || next.type === 'other') return;
  if (p.type !== 'agreement' && p.type !== 'policy' && p.type !== 'other') return;
  // The original conflict types title themselves ("deploys forces"); agreeing to one stays an agreement.
  if (EVENT_TYPES.indexOf(next.type) < FIRST_GENERAL_TYPE) return;
  p.type = next.type;
  const head = s.tokens[p.head];
  if (head)
    p.trigger = {
      type: next.type,
      start: head.start,
      end: head.end,
      text: head.text,
      lemma: `${p.lemma} to ${next.lemma}`,
    };
}

/** A trigger phrase that is only the verb itself ("declared"), with nothing of its object. */
function isBareVerbTrigger(s: SentenceAnalysis, p: Predicate): boolean {
  const head = s.tokens[p.head];
  return (
    p.kind === 'verb' &&
    p.trigger !== null &&
    head !== undefined &&
    p.trigger.start === head.start &&
    p.trigger.end === head.end
  );
}

/**
 * Types that the words around a predicate overrule: a quake or a storm that "struck" or "killed" is a
 * disaster, not an attack; a strike one goes "on" is a labour protest, not a military one.
 */
function retypeByContext(s: SentenceAnalysis, p: Predicate, disasterStory = false): void {
  // "SpaceX launched its Starship rocket", "a rocket carrying two astronauts": a launch to space, no weapon.
  if (p.type === 'missile-test' && s.tokens.some((t) => SPACEFLIGHT_CUES.has(t.lower))) {
    p.type = 'other';
    p.trigger = null;
    return;
  }
  // "declared a 60-day state of emergency", "imposed a curfew": emergency powers are a policy, not words.
  if (p.kind === 'verb' && EMERGENCY_VERBS.has(p.lemma)) {
    const object = s.tokens
      .slice(p.head + 1, p.head + 9)
      .map((t) => t.lower)
      .join(' ');
    if (
      /\b(?:state of (?:emergency|siege|alarm)|martial law|curfew|lockdown|emergency rule)\b/.test(object)
    ) {
      p.type = 'policy';
      // The title says the verb itself ("declares"), not a statement phrase's.
      p.trigger = null;
      return;
    }
  }
  // "thrashed Inter Milan 5-0", "edged the Heat 102-98": any verb followed by a score tells a match result.
  if (p.kind === 'verb' && p.type === 'other' && !p.passive) {
    const after = s.tokens.slice(p.head + 1, p.head + 7);
    const score = after.findIndex((t) => SCORE_RE.test(t.text));
    if (score >= 0 && !after.slice(0, score).some((t) => t.pos === 'ADP' || /^[,;:]$/.test(t.text))) {
      p.type = 'sports-result';
      return;
    }
  }
  // "A second referendum was narrowly defeated", "the bill won a majority": a vote on a proposal is
  // an election or a policy decision, not a match.
  if (p.kind === 'verb' && p.type === 'sports-result') {
    const around = s.tokens.slice(Math.max(0, p.first - 10), p.head + 6).map((t) => t.lower);
    if (around.some((w) => BALLOT_PROPOSALS.has(w))) {
      p.type = 'election';
      return;
    }
    if (around.some((w) => LEGISLATIVE_PROPOSALS.has(w))) {
      p.type = 'policy';
      return;
    }
  }
  // "About 65 percent of voters supported the act": what voters back is a vote.
  if (p.kind === 'verb' && VOTER_VERBS.has(p.lemma)) {
    const subject = s.tokens.slice(Math.max(0, p.first - 5), p.first).map((t) => t.lower);
    if (subject.some((w) => w === 'voters' || w === 'electorate')) {
      p.type = 'election';
      return;
    }
  }
  // "7,200 people were confirmed killed after a powerful earthquake struck": the dead of a disaster,
  // told with no doer.
  if (
    p.kind === 'verb' &&
    p.type === 'attack' &&
    p.passive &&
    /^(?:kill|wound|injure)$/.test(p.lemma) &&
    !s.tokens.slice(p.head + 1, p.head + 4).some((t) => t.lower === 'by') &&
    (s.tokens.some(
      (t) => t.pos === 'NOUN' && (EVENT_NOUNS[t.lower] === 'disaster' || NATURAL_CAUSES.has(t.lower)),
    ) ||
      (disasterStory && !s.tokens.some((t) => VIOLENCE_CUES.has(t.lower))))
  ) {
    p.type = 'disaster';
    p.trigger = null;
    return;
  }
  // "A quake near the city of Izmit killed 17,000 people", "the storm killed 12": deaths a disaster caused.
  if (p.kind === 'verb' && p.type === 'attack' && !p.passive && /^(?:kill|wound|injure)$/.test(p.lemma)) {
    const head = subjectHead(s, p);
    if (head && (namesDisaster(head) || NATURAL_CAUSES.has(head.lower))) {
      p.type = 'disaster';
      p.trigger = null;
      return;
    }
  }
  // "Wildfires burned 40,000 acres", "The storm battered the coast": what a disaster does is the disaster.
  if (p.kind === 'verb' && p.type === 'other' && !p.passive) {
    const head = subjectHead(s, p);
    if (head && namesDisaster(head)) {
      p.type = 'disaster';
      return;
    }
  }
  // "A Texas judge blocked the rule", "the court suspended the deployment": what a court decides is a ruling.
  if (
    p.kind === 'verb' &&
    (p.type === 'other' || p.type === 'policy') &&
    (HALTING_VERBS.has(p.lemma) || COURT_DECISION_VERBS.has(p.lemma)) &&
    (COURT_WORDS.has(s.tokens[p.first - 1]?.lower ?? '') || COURT_WORDS.has(subjectHead(s, p)?.lower ?? ''))
  ) {
    p.type = 'verdict';
    return;
  }
  // "Polls closed at 6 p.m.", "polls opened": the voting itself.
  if (
    p.kind === 'verb' &&
    (p.lemma === 'close' || p.lemma === 'open') &&
    s.tokens[p.first - 1]?.lower === 'polls'
  ) {
    p.type = 'election';
    return;
  }
  // "The suspension took place", "the attack happened": the event is the subject's.
  if (p.kind === 'verb' && HAPPEN_VERBS.has(p.lemma)) {
    // "the SCO meeting, which is set to take place": through a relative pronoun and a frame.
    const subject = [...s.predicates]
      .reverse()
      .find((q) => q.kind === 'noun' && q.head < p.first && p.first - q.head <= 8);
    const between = subject ? s.tokens.slice(subject.head + 1, p.first) : [];
    const relative = between[0]?.text === ',' && ['which', 'that'].includes(between[1]?.lower ?? '');
    const blocked = between.some(
      (t, k) => (t.pos === 'VERB' && !FRAME_WORDS.has(t.lower)) || (t.text === ',' && !(relative && k === 0)),
    );
    if (subject && !blocked) p.type = subject.type;
    return;
  }
  // "Pre-orders of the iPhone 4 began Tuesday", "The trial started on Monday": a process that
  // begins or ends with no object is the event its subject names.
  if (p.kind === 'verb' && PHASE_VERBS.has(p.lemma) && p.type === 'other') {
    const next = s.tokens[p.head + 1];
    if (next && ['DET', 'NOUN', 'PRON', 'VERB', 'PART'].includes(next.pos)) return;
    let k = p.first - 1;
    while (k >= 0 && s.tokens[k]?.pos !== 'NOUN' && s.tokens[k]?.pos !== 'PROPN' && p.first - k <= 6) k--;
    // The subject's head: the first noun of "Pre-orders of the recently announced iPhone 4".
    let j = 0;
    while (j < k && s.tokens[j]?.pos !== 'NOUN' && s.tokens[j]?.pos !== 'PROPN') j++;
    const head = s.tokens[j]?.lower ?? '';
    const type = EVENT_NOUNS[head] ?? EVENT_NOUNS[s.tokens[j]?.lemma ?? ''] ?? SALES_STARTS[head];
    if (type && !s.tokens.slice(j + 1, p.first).some((t) => t.pos === 'VERB' && !/ed$/.test(t.lower)))
      p.type = type;
    return;
  }
  // "has continued to hold all stock markets closed": keeping something shut is a closure.
  if (p.kind === 'verb' && (p.lemma === 'hold' || p.lemma === 'keep')) {
    const shut = s.tokens
      .slice(p.head + 1, p.head + 7)
      .find((t) => t.lower === 'closed' || t.lower === 'shut');
    if (shut) p.type = 'closure';
    return;
  }
  // "demonstrated iOS 5": with an object, demonstrating is showing, not protesting.
  if (p.kind === 'verb' && p.lemma === 'demonstrate' && p.type === 'protest') {
    const next = s.tokens[p.head + 1];
    if (next && (next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'NOUN' || next.pos === 'PRON'))
      p.type = 'other';
    return;
  }
  // "a four-day rally", "stocks rallied": in market news a rally is a market move, not a protest.
  if (p.lemma === 'rally' && s.tokens.some((t) => MARKET_CONTEXT.has(t.lower))) {
    p.type = 'market-move';
    return;
  }
  // "the Dow Jones Industrial Average market crashed", "stocks collapsed": a market that crashes moved.
  if (p.kind === 'verb' && (p.lemma === 'crash' || p.lemma === 'collapse')) {
    const subject = s.tokens.slice(Math.max(0, p.first - 4), p.first);
    if (subject.some((t) => MARKET_CONTEXT.has(t.lower))) p.type = 'market-move';
    return;
  }
  if (p.kind === 'noun' && p.lemma === 'strike') {
    const before = s.tokens[p.head - 1]?.lower ?? '';
    if (LABOUR_STRIKE_BEFORE.has(before)) p.type = 'protest';
    return;
  }
  const struck = p.type === 'other' && HIT_VERBS.has(p.lemma);
  if (p.kind !== 'verb' || (p.type !== 'attack' && p.type !== 'death' && !struck)) return;
  // "struck a ten-month high", "hit a record low": a level reached is a market move, not an attack.
  if (p.type === 'attack' || struck) {
    const object = s.tokens.slice(p.head + 1, p.head + 6);
    const reached = object.findIndex((t) => LEVEL_NOUNS.has(t.lower));
    const plain = object
      .slice(0, Math.max(0, reached))
      .every((t) => ['DET', 'ADJ', 'NUM', 'NOUN'].includes(t.pos) || t.text === '-');
    if (reached >= 0 && plain) {
      p.type = 'market-move';
      return;
    }
  }
  // The subject's head noun: the nearest noun before the verb group within its noun phrase, or
  // before a relative pronoun ("a quake that killed").
  const relative = ['that', 'which'].includes(s.tokens[p.first - 1]?.lower ?? '') ? 1 : 0;
  let reach = 5;
  for (let i = p.first - 1 - relative; i >= 0 && i >= p.first - reach - relative; i--) {
    const t = s.tokens[i];
    // "The region's last major earthquake, in 2001, killed": an aside between commas is skipped.
    if (t?.text === ',' && i === p.first - 1 - relative) {
      let j = i - 1;
      while (j >= 0 && j > i - 7 && s.tokens[j]?.text !== ',') j--;
      if (s.tokens[j]?.text === ',') {
        reach += i - j + 1;
        i = j;
        continue;
      }
    }
    if (
      !t ||
      (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'NUM' && t.pos !== 'PROPN' && t.pos !== 'DET')
    )
      break;
    if (t.pos === 'NOUN' && EVENT_NOUNS[t.lemma] === 'disaster') {
      p.type = 'disaster';
      return;
    }
    if (t.pos === 'NOUN' && DISASTER_AGENTS.has(t.lemma)) {
      p.type = 'disaster';
      return;
    }
  }
}

/** Verbs a quake or a storm does to a place, typed only by who does it: "The quake hit at 3:42 a.m.". */
const HIT_VERBS: ReadonlySet<string> = new Set([
  'hit',
  'strike',
  'rock',
  'jolt',
  'shake',
  'batter',
  'ravage',
  'lash',
  'pound',
  'sweep',
  'devastate',
]);

/** Verbs that put emergency powers in place, or take them away. */
const EMERGENCY_VERBS: ReadonlySet<string> = new Set(['declare', 'impose', 'lift', 'extend', 'end', 'order']);

/** What a price, an index or a rate reaches: "hit a record high", "struck a two-year low". */
const LEVEL_NOUNS: ReadonlySet<string> = new Set([
  'high',
  'low',
  'highs',
  'lows',
  'peak',
  'record',
  'bottom',
]);

/** Proposals put to the people: defeating one is an election result. */
const BALLOT_PROPOSALS: ReadonlySet<string> = new Set([
  'referendum',
  'plebiscite',
  'proposition',
  'initiative',
]);
/** Proposals put to a legislature: defeating one is a policy decision. */
const LEGISLATIVE_PROPOSALS: ReadonlySet<string> = new Set([
  'bill',
  'motion',
  'amendment',
  'resolution',
  'legislation',
  'budget',
]);
/** What voters do to a proposal or a candidate. */
const VOTER_VERBS: ReadonlySet<string> = new Set([
  'support',
  'back',
  'approve',
  'reject',
  'oppose',
  'choose',
  'elect',
]);

/** Sales that begin: a product reaching buyers. */
const SALES_STARTS: Readonly<Record<string, EventType>> = {
  'pre-orders': 'product-launch',
  preorders: 'product-launch',
  sales: 'product-launch',
  deliveries: 'product-launch',
  shipments: 'product-launch',
};

/** Verbs whose subject is the event: "the strike took place", "the quake happened". */
const HAPPEN_VERBS: ReadonlySet<string> = new Set(['take place', 'happen', 'occur']);

/** Words between a subject and its verb that frame it: "is set to", "is expected to". */
const FRAME_WORDS: ReadonlySet<string> = new Set(['set', 'due', 'expected', 'scheduled', 'going', 'likely']);

/** Words that put a sentence in market news. */
const MARKET_CONTEXT: ReadonlySet<string> = new Set([
  'stock',
  'stocks',
  'shares',
  'index',
  'indexes',
  'indices',
  'market',
  'markets',
  'dow',
  'nasdaq',
  'investors',
  'traders',
  'bonds',
  'prices',
]);

/** Words before "strike" that make it a labour strike: "went on strike", "a general strike". */
const LABOUR_STRIKE_BEFORE: ReadonlySet<string> = new Set([
  'on',
  'general',
  'labour',
  'labor',
  'rail',
  'hunger',
]);
/** Forces of nature that strike and kill without being an attack. */
const DISASTER_AGENTS: ReadonlySet<string> = new Set([
  'storm',
  'fire',
  'blaze',
  'landslide',
  'avalanche',
  'heatwave',
  'drought',
  'virus',
  'disease',
  'tornado',
  'lightning',
  'wave',
  'mudslide',
  'quake',
  'earthquake',
  'flood',
  'hurricane',
  'typhoon',
  'cyclone',
]);

/** Words allowed between a verb and its object noun: "declared a brief Easter ceasefire". */
const OBJECT_GAP_POS: ReadonlySet<string> = new Set([
  'DET',
  'ADJ',
  'NUM',
  'NOUN',
  'PROPN',
  'PART',
  'PRON',
  'SYM',
]);
/** How far the object noun may sit from its verb, in tokens; four modifiers at most. */
const MAX_OBJECT_GAP_TOKENS = 5;

/**
 * A verb and the typed event noun it governs ("declared a ceasefire", "launched a raid", "condemned
 * the sanctions") are one event, not two. A verb that performs or carries out the event takes its
 * type ("declared a ceasefire" is the ceasefire); a verb that judges it stays a statement about it
 * ("condemned the sanctions"), with the noun as its topic. Either way the noun is the verb's object,
 * so a date after the noun dates the verb.
 */
function foldObjects(s: SentenceAnalysis): void {
  // "agreed on Tuesday to a 30-day ceasefire": a date (with its preposition) and a compound's hyphen
  // stand between a verb and its object without counting.
  const skipped = (k: number): boolean => {
    const t = s.tokens[k];
    if (!t) return false;
    if (t.text === '-') return true;
    const inDate = (j: number): boolean => {
      const u = s.tokens[j];
      return u !== undefined && s.dates.some((d) => u.start >= d.start && u.end <= d.end);
    };
    return inDate(k) || (t.pos === 'ADP' && inDate(k + 1));
  };
  for (const p of s.predicates) {
    if (p.kind !== 'verb') continue;
    const gapOf = (q: Predicate): Token[] =>
      s.tokens.slice(p.head + 1, q.head).filter((_, k) => !skipped(p.head + 1 + k));
    const object = s.predicates.find(
      (q) =>
        q.kind === 'noun' &&
        q.head > p.head &&
        gapOf(q).length < MAX_OBJECT_GAP_TOKENS &&
        q.type !== 'other' &&
        q.type !== 'statement',
    );
    if (!object) continue;
    const gap = gapOf(object);
    // "agreed on Wednesday to a truce": the preposition a verb takes for its object is allowed.
    const preposition = gap.filter((t) => t.pos === 'ADP');
    if (
      gap.some((t) => !OBJECT_GAP_POS.has(t.pos) && t.pos !== 'ADP' && !PARTICLES.has(t.lower)) ||
      preposition.some((t) => !OBJECT_PREPOSITIONS.has(t.lower) && !PARTICLES.has(t.lower))
    )
      continue;
    p.object = object;
    if (EVALUATIVE_VERBS.has(p.lemma) || RELATING_VERBS.has(p.lemma)) continue;
    // Only general types are titled with the verb; the older ones would say the opposite ("deploys forces").
    const halting = HALTING_VERBS.has(p.lemma) || (p.lemma === 'call' && gap[0]?.lower === 'off');
    if (halting) {
      if (p.type === 'other') p.type = 'policy';
      continue;
    }
    if (!PERFORMATIVE_VERBS.has(p.lemma) && !SUPPORT_TYPES.has(p.type)) continue;
    const agreed = p.lemma === 'agree' || p.lemma === 'sign';
    if (agreed && !AGREED_TYPES.has(object.type) && object.type !== 'agreement') continue;
    p.type = object.type;
    const base = object.trigger ?? {
      type: object.type,
      start: s.tokens[object.head]?.start ?? 0,
      end: s.tokens[object.head]?.end ?? 0,
      text: s.tokens[object.head]?.text ?? '',
      lemma: object.lemma,
    };
    // "filed a lawsuit against Moderna": a general-news title says the verb and its object as
    // written ("files a lawsuit against Moderna"); only the older types have fixed title phrasing
    // built from the noun ("conducts missile test").
    const general = EVENT_TYPES.indexOf(object.type) >= FIRST_GENERAL_TYPE;
    // "announced the deal": an agreement made known is titled with its verb ("announces deal").
    const announced = object.type === 'agreement' && !agreed && !/^(?:reach|conclude|strike)$/.test(p.lemma);
    p.trigger = agreed
      ? { ...base, lemma: `agree to ${object.type === 'ceasefire' ? 'ceasefire' : object.lemma}` }
      : {
          ...base,
          start: s.tokens[p.head]?.start ?? base.start,
          ...(general || announced ? { lemma: p.lemma } : {}),
        };
  }
}
