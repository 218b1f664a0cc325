/**
 * Realistic synthetic events for benchmarks, end-to-end tests and demos, in the events.csv shape.
 * Rows come article by article like an extractor's output: each article has a publication (reference)
 * date and reports a few events around it. Publication dates bunch up around crises (a sudden onset,
 * then coverage that decays over days or weeks) on top of a steady background, which is how news
 * volume looks and what the renderer's clustering has to cope with.
 *
 * Pure and lazy: a generator yields one record at a time so a million rows never sit in memory.
 * The same options give the same rows on every machine and in every time zone.
 */
import { UNKNOWN_ACTOR_ID } from '../model/actor';
import type {
  DateBasis,
  DateQualifier,
  EventRecord,
  EventType,
  Factuality,
  Precision,
} from '../model/event-record';
import { EVENT_TYPE_INFO } from '../model/event-type-info';
import { createSeededRandom, type SeededRandom } from '../model/seeded-random';
import { syntheticActors, type SyntheticActor } from './synthetic-actors';

/** What to generate. */
export interface SyntheticEventOptions {
  /** Number of rows. */
  n: number;
  /** PRNG seed; defaults to 1. */
  seed?: number;
  /** Number of actor lanes; defaults to 20. */
  actors?: number;
  /** Length of the covered period in years; defaults to 10. */
  years?: number;
  /** First year of the period (January 1st, UTC); defaults to 2015. */
  startYear?: number;
  /** Share of rows whose actor is unknown (''), 0..1; defaults to 0.02. */
  unknownActorShare?: number;
}

/** Bumped whenever the same options start giving different rows, so cached files are not reused. */
export const SYNTHETIC_EVENTS_VERSION = 4;

const MS_PER_DAY = 86_400_000;
const DEFAULTS = { seed: 1, actors: 20, years: 10, startYear: 2015, unknownActorShare: 0.02 };

// Share of articles tied to a crisis rather than the background; about half in a typical wire feed.
const CRISIS_SHARE = 0.6;
// Crises per year of coverage; each one gets a heavy-tailed weight so a few dominate, like real news.
const CRISES_PER_YEAR = 5;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const ORDINALS = ['first', 'second', 'third', 'fourth'] as const;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const TOPICS = [
  'joint military drills',
  'new sanctions',
  'its nuclear programme',
  'border incidents',
  'arms shipments',
  'the stalled peace talks',
  'a prisoner exchange',
  'energy supplies',
  'shipping in the strait',
];
const DEAL_KINDS = ['defence', 'trade', 'grain export', 'prisoner exchange', 'energy', 'security'];
const QUOTES = [
  'We will respond firmly to any provocation.',
  'The door to dialogue remains open.',
  'This is a clear violation of international law.',
  'Our forces are ready for any situation.',
  'We call on all sides to show restraint.',
];
const QUANTITY_QUALIFIERS = ['at least', 'more than', 'about', 'up to'];
// Names that news writes with "the": "the United States fired", not "United States fired".
const TAKES_ARTICLE = /^(United |European |Houthis|Philippines|Netherlands|IAEA|African )/;
const UNKNOWN_SUBJECT = 'an unidentified armed group';

const PRECISION_WEIGHTS: ReadonlyArray<readonly [Precision, number]> = [
  ['day', 70],
  ['week', 3],
  ['month', 12],
  ['quarter', 4],
  ['half', 2],
  ['season', 1],
  ['year', 7],
  // "In the 2010s" is rare in news and one such row stretches a fitted view by years.
  ['decade', 0.3],
];
const FACTUALITY_WEIGHTS: ReadonlyArray<readonly [Factuality, number]> = [
  ['asserted', 80],
  ['planned', 10],
  ['possible', 6],
  ['negated', 4],
];

interface Crisis {
  centreDay: number;
  /** Mean of the exponential decay of coverage after onset, days. */
  spreadDays: number;
  actors: SyntheticActor[];
}

interface DatePick {
  start: number;
  end: number;
  value: string;
  text: string;
  basis: DateBasis;
  qualifier: DateQualifier;
}

interface Phrase {
  title: string;
  /** Lemma of the event's word ("fire", "sign"), the row's `predicate`. */
  predicate: string;
  /** Verb phrase in the past tense, for asserted events. */
  past: string;
  /** Verb phrase in the base form, for planned, possible and negated events. */
  base: string;
  quantity: number | null;
  unit: string;
  quantityQualifier: string;
  location: string;
}

interface CalendarDate {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  /** 0 = Sunday */
  weekday: number;
}

const dayOf = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / MS_PER_DAY;

function calendarOf(dayNumber: number): CalendarDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const isoDay = (dayNumber: number): string => {
  const c = calendarOf(dayNumber);
  return `${String(c.year).padStart(4, '0')}-${pad2(c.month)}-${pad2(c.day)}`;
};
const monthName = (month: number): string => MONTHS[month - 1] ?? '';
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const numberText = (n: number): string => NUMBER_WORDS[n] ?? n.toLocaleString('en-US');

function isoWeekOf(monday: number): string {
  const thursday = monday + 3;
  const year = calendarOf(thursday).year;
  const week = Math.floor((thursday - dayOf(year, 1, 1)) / 7) + 1;
  return `${year}-W${pad2(week)}`;
}

/** Picks a date of the given precision near the article's reference day, in the past unless `future`. */
function pickDate(rng: SeededRandom, refDay: number, precision: Precision, future: boolean): DatePick {
  const sign = future ? 1 : -1;
  const ref = calendarOf(refDay);
  switch (precision) {
    case 'day': {
      const offset = future
        ? rng.int(1, 45)
        : rng.weighted([0, 1, rng.int(2, 6), rng.int(7, 40)], [35, 30, 25, 10]);
      const day = refDay + sign * offset;
      const c = calendarOf(day);
      const value = isoDay(day);
      if (offset === 0 && rng.chance(0.4)) {
        return { start: day, end: day, value, text: '', basis: 'dateline', qualifier: '' };
      }
      if (rng.chance(0.6)) {
        let text: string;
        let qualifier: DateQualifier = '';
        if (offset === 0) text = 'today';
        else if (offset === 1) text = future ? 'tomorrow' : 'yesterday';
        else if (offset < 7) text = `${future ? 'next' : 'on'} ${WEEKDAYS[c.weekday] ?? ''}`;
        else if (future) text = `in ${offset} days`;
        else if (offset % 7 === 0) text = `${numberText(offset / 7)} weeks ago`;
        else {
          text = `about ${numberText(offset)} days ago`;
          qualifier = 'approx';
        }
        return { start: day, end: day, value, text, basis: 'relative', qualifier };
      }
      const text = rng.chance(0.5)
        ? `on ${monthName(c.month)} ${c.day}`
        : `on ${c.day} ${monthName(c.month)} ${c.year}`;
      return { start: day, end: day, value, text, basis: 'absolute', qualifier: '' };
    }
    case 'week': {
      const weeks = future ? rng.int(1, 2) : rng.int(0, 3);
      const monday = refDay - ((ref.weekday + 6) % 7) + sign * 7 * weeks;
      const c = calendarOf(monday);
      const relative = weeks <= 1;
      const text = relative
        ? weeks === 0
          ? 'this week'
          : future
            ? 'next week'
            : 'last week'
        : `the week of ${monthName(c.month)} ${c.day}`;
      return {
        start: monday,
        end: monday + 6,
        value: isoWeekOf(monday),
        text,
        basis: relative ? 'relative' : 'absolute',
        qualifier: '',
      };
    }
    case 'month': {
      const months = future ? rng.int(1, 6) : rng.int(0, 6);
      const index = ref.year * 12 + ref.month - 1 + sign * months;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      const first = dayOf(year, month, 1);
      const last = dayOf(year, month + 1, 1) - 1;
      const value = `${year}-${pad2(month)}`;
      const part = rng.weighted(['', 'early', 'mid', 'late'] as const, [85, 5, 5, 5]);
      if (part !== '') {
        const start = part === 'early' ? first : part === 'mid' ? first + 10 : first + 20;
        const end = part === 'early' ? first + 9 : part === 'mid' ? first + 19 : last;
        return {
          start,
          end,
          value,
          text: `in ${part} ${monthName(month)}`,
          basis: 'absolute',
          qualifier: part,
        };
      }
      if (months <= 1 && rng.chance(0.5)) {
        const text = months === 0 ? 'this month' : future ? 'next month' : 'last month';
        return { start: first, end: last, value, text, basis: 'relative', qualifier: '' };
      }
      const text = year === ref.year ? `in ${monthName(month)}` : `in ${monthName(month)} ${year}`;
      return { start: first, end: last, value, text, basis: 'absolute', qualifier: '' };
    }
    case 'quarter': {
      const index = ref.year * 4 + Math.floor((ref.month - 1) / 3) + sign * rng.int(future ? 1 : 0, 2);
      const year = Math.floor(index / 4);
      const q = index % 4;
      return {
        start: dayOf(year, q * 3 + 1, 1),
        end: dayOf(year, q * 3 + 4, 1) - 1,
        value: `${year}-Q${q + 1}`,
        text: `in the ${ORDINALS[q] ?? ''} quarter of ${year}`,
        basis: 'absolute',
        qualifier: '',
      };
    }
    case 'half': {
      const index = ref.year * 2 + (ref.month > 6 ? 1 : 0) + sign * rng.int(future ? 1 : 0, 2);
      const year = Math.floor(index / 2);
      const h = index % 2;
      return {
        start: dayOf(year, h * 6 + 1, 1),
        end: dayOf(year, h * 6 + 7, 1) - 1,
        value: `${year}-H${h + 1}`,
        text: `in the ${h === 0 ? 'first' : 'second'} half of ${year}`,
        basis: 'absolute',
        qualifier: '',
      };
    }
    case 'season': {
      // Meteorological seasons, northern hemisphere; winter runs December to February.
      const seasons = [
        ['SP', 'spring', 3],
        ['SU', 'summer', 6],
        ['FA', 'autumn', 9],
        ['WI', 'winter', 12],
      ] as const;
      const [code, name, firstMonth] = rng.pick(seasons);
      const year = ref.year + (future ? 1 : -rng.int(0, 1));
      return {
        start: dayOf(year, firstMonth, 1),
        end: dayOf(year, firstMonth + 3, 1) - 1,
        value: `${year}-${code}`,
        text: `in the ${name} of ${year}`,
        basis: 'absolute',
        qualifier: '',
      };
    }
    case 'year': {
      const years = future ? rng.int(1, 2) : rng.int(0, 2);
      const year = ref.year + sign * years;
      const relative = years <= 1 && rng.chance(0.5);
      const text = relative ? (years === 0 ? 'this year' : future ? 'next year' : 'last year') : `in ${year}`;
      return {
        start: dayOf(year, 1, 1),
        end: dayOf(year + 1, 1, 1) - 1,
        value: String(year),
        text,
        basis: relative ? 'relative' : 'absolute',
        qualifier: '',
      };
    }
    case 'decade': {
      // Only the reference's own decade: "in the 2020s" said in 2024, never a decade ahead or long past.
      const decade = Math.floor(ref.year / 10) * 10;
      return {
        start: dayOf(decade, 1, 1),
        end: dayOf(decade + 10, 1, 1) - 1,
        value: `${decade / 10}X`,
        text: `in the ${decade}s`,
        basis: 'absolute',
        qualifier: '',
      };
    }
  }
}

/** How a sentence names an actor in running text. */
const nounPhrase = (label: string): string => (TAKES_ARTICLE.test(label) ? `the ${label}` : label);

function quantityPhrase(rng: SeededRandom, n: number): [text: string, qualifier: string] {
  // "about one missile" reads wrong; hedges go on counts of three or more.
  const qualifier = n >= 3 && rng.chance(0.15) ? rng.pick(QUANTITY_QUALIFIERS) : '';
  const text = numberText(n);
  return [qualifier ? `${qualifier} ${text}` : text, qualifier];
}

/**
 * Title and verb phrases for one event. `subject` is the title's name for the actor, `other` the
 * counterpart as running text names it ("the United States").
 */
function phraseFor(
  rng: SeededRandom,
  type: EventType,
  subject: string,
  other: string,
  place: string,
): Phrase {
  const none = { quantity: null, unit: '', quantityQualifier: '', location: place };
  const topic = rng.pick(TOPICS);
  const counted = (
    n: number,
    unit: string,
    predicate: string,
    build: (words: string) => [string, string, string],
  ): Phrase => {
    const [words, quantityQualifier] = quantityPhrase(rng, n);
    const [title, past, base] = build(words);
    return { title, predicate, past, base, quantity: n, unit, quantityQualifier, location: place };
  };
  switch (type) {
    case 'statement':
      return {
        ...none,
        predicate: 'warn',
        title: `${subject} warns ${other} over ${topic}`,
        past: `warned ${other} over ${topic}`,
        base: `warn ${other} over ${topic}`,
      };
    case 'meeting':
      return {
        ...none,
        predicate: 'talk',
        title: `${subject} and ${other} hold talks in ${place}`,
        past: `held talks with ${other} in ${place} on ${topic}`,
        base: `hold talks with ${other} in ${place} on ${topic}`,
      };
    case 'travel':
      return {
        ...none,
        predicate: 'send',
        title: `${subject} envoy visits ${place}`,
        past: `sent a senior envoy to ${place}`,
        base: `send a senior envoy to ${place}`,
      };
    case 'agreement': {
      const kind = rng.pick(DEAL_KINDS);
      return {
        ...none,
        predicate: 'sign',
        title: `${subject} and ${other} sign ${kind} deal`,
        past: `signed a ${kind} agreement with ${other}`,
        base: `sign a ${kind} agreement with ${other}`,
      };
    }
    case 'sanctions':
      return counted(rng.int(3, 120), 'entities', 'impose', (w) => [
        `${subject} sanctions ${w} ${other} entities`,
        `imposed sanctions on ${w} individuals and companies linked to ${other}`,
        `impose sanctions on ${w} individuals and companies linked to ${other}`,
      ]);
    case 'missile-test': {
      const n = rng.weighted([1, 2, 3, 4, 6, 8], [40, 25, 12, 10, 8, 5]);
      const missiles = n === 1 ? 'ballistic missile' : 'ballistic missiles';
      return counted(n, 'missiles', 'fire', (w) => [
        `${subject} fires ${w} ${missiles}`,
        `fired ${w} ${missiles} from near ${place}`,
        `fire ${w} ${missiles} from near ${place}`,
      ]);
    }
    case 'nuclear-test':
      return {
        ...none,
        predicate: 'test',
        title: `${subject} conducts nuclear test`,
        past: `conducted an underground nuclear test near ${place}`,
        base: `conduct an underground nuclear test near ${place}`,
      };
    case 'military-exercise':
      return counted(rng.int(10, 500) * 100, 'troops', 'drill', (w) => [
        `${subject} and ${other} begin joint drills`,
        `began joint drills with ${other} involving ${w} troops near ${place}`,
        `begin joint drills with ${other} involving ${w} troops near ${place}`,
      ]);
    case 'deployment':
      return counted(rng.int(2, 200) * 100, 'troops', 'deploy', (w) => [
        `${subject} deploys ${w} troops to ${place}`,
        `deployed ${w} troops to ${place}`,
        `deploy ${w} troops to ${place}`,
      ]);
    case 'attack':
      return counted(1 + Math.floor(rng.exponential(8)), 'people killed', 'attack', (w) => [
        `${capitalise(w)} killed in ${subject} attack in ${place}`,
        `carried out an attack in ${place} that killed ${w} people`,
        `carry out an attack in ${place} that killed ${w} people`,
      ]);
    case 'military-operation':
      return {
        ...none,
        predicate: 'launch',
        title: `${subject} launches operation near ${place}`,
        past: `launched a military operation near ${place}`,
        base: `launch a military operation near ${place}`,
      };
    case 'ceasefire':
      return {
        ...none,
        predicate: 'agree',
        title: `${subject} and ${other} agree ceasefire`,
        past: `agreed to a ceasefire with ${other}`,
        base: `agree to a ceasefire with ${other}`,
      };
    case 'other':
      return {
        ...none,
        predicate: 'announce',
        title: `${subject} announces new measures on ${topic}`,
        past: `announced new measures on ${topic}`,
        base: `announce new measures on ${topic}`,
      };
    default: {
      // The general-news types have no hand-written phrases: the registry's title verbs read well enough.
      const verb = EVENT_TYPE_INFO[type].titleVerb;
      return {
        ...none,
        predicate: verb.base.split(' ').find((w) => w !== 'be') ?? type,
        title: `${subject} ${verb.present}`,
        past: verb.past,
        base: verb.base,
      };
    }
  }
}

function verbPhrase(phrase: Phrase, factuality: Factuality): string {
  switch (factuality) {
    case 'asserted':
      return phrase.past;
    case 'planned':
      return `will ${phrase.base}`;
    case 'possible':
      return `could ${phrase.base}`;
    case 'negated':
      return `did not ${phrase.base}`;
  }
}

function slugOf(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** The actors a data set made with these options uses, most frequent lane first. */
export function syntheticActorsFor(options: SyntheticEventOptions): SyntheticActor[] {
  return syntheticActors(options.actors ?? DEFAULTS.actors);
}

/**
 * Yields `options.n` valid event records. Ids are unique within one call; rows come grouped by
 * article, not sorted by date, as an extractor writes them.
 */
export function* generateSyntheticEvents(options: SyntheticEventOptions): Generator<EventRecord> {
  const seed = options.seed ?? DEFAULTS.seed;
  const years = options.years ?? DEFAULTS.years;
  const startYear = options.startYear ?? DEFAULTS.startYear;
  const unknownShare = options.unknownActorShare ?? DEFAULTS.unknownActorShare;
  const rng = createSeededRandom(seed);
  const actors = syntheticActorsFor(options);
  if (actors.length === 0) throw new Error('synthetic events need at least one actor');
  // Zipf-like lane sizes with exponent 0.8: the busiest lane holds about 9x the 20th.
  const actorWeights = actors.map((_, i) => 1 / Math.pow(i + 1, 0.8));
  const firstDay = dayOf(startYear, 1, 1);
  const lastDay = dayOf(startYear + years, 1, 1) - 1;

  const crises: Crisis[] = [];
  const crisisWeights: number[] = [];
  for (let i = 0; i < Math.max(1, Math.round(years * CRISES_PER_YEAR)); i++) {
    const primary = rng.weighted(actors, actorWeights);
    const members = [primary];
    for (let k = rng.int(1, 3); k > 0 && members.length < actors.length; k--) {
      const other = rng.weighted(actors, actorWeights);
      if (!members.includes(other)) members.push(other);
    }
    crises.push({
      centreDay: rng.int(firstDay, lastDay),
      spreadDays: 2 + rng.exponential(12),
      actors: members,
    });
    // Pareto tail (alpha 1.2), capped so one crisis cannot swallow the whole data set.
    crisisWeights.push(Math.min(40, Math.pow(1 - rng.next(), -1 / 1.2)));
  }

  const precisions = PRECISION_WEIGHTS.map(([p]) => p);
  const precisionWeights = PRECISION_WEIGHTS.map(([, w]) => w);
  const factualities = FACTUALITY_WEIGHTS.map(([f]) => f);
  const factualityWeights = FACTUALITY_WEIGHTS.map(([, w]) => w);

  let emitted = 0;
  for (let article = 1; emitted < options.n; article++) {
    let refDay: number;
    let cast: SyntheticActor[];
    if (rng.chance(CRISIS_SHARE)) {
      const crisis = rng.weighted(crises, crisisWeights);
      refDay = crisis.centreDay + Math.floor(rng.exponential(crisis.spreadDays));
      cast = crisis.actors;
    } else {
      refDay = rng.int(firstDay, lastDay);
      cast = [rng.weighted(actors, actorWeights)];
    }
    refDay = Math.min(lastDay, Math.max(firstDay, refDay));
    const lead = cast[0] as SyntheticActor;
    const articleId = `a${String(article).padStart(7, '0')}`;
    const ref = calendarOf(refDay);
    const eventsInArticle = Math.min(12, 1 + Math.floor(rng.exponential(2)));
    let articleTitle = '';
    let articleUrl = '';
    let offset = 0;
    let sentenceIndex = rng.int(0, 2);

    for (let k = 0; k < eventsInArticle && emitted < options.n; k++) {
      const unknown = rng.chance(unknownShare);
      const actor = rng.chance(0.6)
        ? lead
        : rng.chance(0.5)
          ? rng.pick(cast)
          : rng.weighted(actors, actorWeights);
      const counterpart = rng.pick(cast.length > 1 ? cast : actors);
      const others = counterpart.id !== actor.id && rng.chance(0.5) ? [counterpart] : [];
      const titleSubject = unknown ? 'Unidentified armed group' : actor.label;
      const subject = unknown ? UNKNOWN_SUBJECT : nounPhrase(actor.label);
      const otherLabel = counterpart.id !== actor.id ? nounPhrase(counterpart.label) : 'its neighbours';
      const type: EventType = unknown
        ? rng.pick(['attack', 'military-operation'] as const)
        : rng.weighted(
            ['statement', 'meeting', 'travel', 'other', ...actor.capabilities],
            [30, 12, 6, 3, ...actor.capabilities.map(() => (cast.length > 1 ? 12 : 5))],
          );
      let factuality = rng.weighted(factualities, factualityWeights);
      let precision = rng.weighted(precisions, precisionWeights);
      let date = pickDate(rng, refDay, precision, factuality === 'planned');
      // Keep every row inside the covered period, so "10 years" means ten years on screen too: a span
      // that would stick out becomes the article's own dateline day (reported, so no longer planned).
      if (date.start < firstDay || date.end > lastDay) {
        precision = 'day';
        if (factuality === 'planned') factuality = 'asserted';
        const value = isoDay(refDay);
        date = { start: refDay, end: refDay, value, text: '', basis: 'dateline', qualifier: '' };
      }
      // An envoy travels to the counterpart; other events happen where the counterpart or the actor is.
      const placeOwner =
        type === 'travel' && counterpart.id !== actor.id ? counterpart : (others[0] ?? actor);
      const place = rng.pick(placeOwner.places);
      const phrase = phraseFor(rng, type, titleSubject, otherLabel, place);
      const speaker = !unknown && actor.person !== '' && rng.chance(0.25) ? actor.person : '';
      // A leader's own statement names the leader as its subject (and agent); other events cite the leader.
      const speakerActs = speaker !== '' && type === 'statement';
      const source = speakerActs
        ? 'state media reported'
        : speaker
          ? `${speaker} said`
          : rng.pick(['officials said', 'state media reported', 'the military said']);
      if (speakerActs) phrase.title = `${speaker}${phrase.title.slice(titleSubject.length)}`;
      const clause = `${speakerActs ? speaker : subject} ${verbPhrase(phrase, factuality)}`;
      const sentence =
        date.text === ''
          ? `${capitalise(clause)}, ${source}.`
          : rng.chance(0.5)
            ? `${capitalise(date.text)}, ${clause}, ${source}.`
            : `${capitalise(clause)} ${date.text}, ${source}.`;
      if (k === 0) {
        articleTitle = phrase.title;
        articleUrl = `https://news.example.com/${ref.year}/${pad2(ref.month)}/${pad2(ref.day)}/${slugOf(phrase.title)}-${article}`;
        offset = articleTitle.length + 2;
      }
      const charStart = offset;
      const charEnd = charStart + sentence.length;
      offset = charEnd + 1;
      const alsoReported = rng.chance(0.05) ? [`a${String(rng.int(1, article)).padStart(7, '0')}`] : [];

      yield {
        id: `${articleId}-${k + 1}`,
        start: isoDay(date.start),
        end: isoDay(date.end),
        precision,
        actor: unknown ? UNKNOWN_ACTOR_ID : actor.id,
        type,
        title: phrase.title,
        sentence,
        article_id: articleId,
        confidence: Math.round((precision === 'day' ? 0.7 : 0.5) * 100 + rng.next() * 29) / 100,
        method: 'synthetic',
        date_text: date.text,
        date_value: date.value,
        date_basis: date.basis,
        date_qualifier: date.qualifier,
        other_actors: others.map((o) => o.id),
        factuality,
        quantity: phrase.quantity,
        quantity_unit: phrase.unit,
        quantity_qualifier: phrase.quantityQualifier,
        location: phrase.location,
        people: speaker ? [speaker] : [],
        quote: speaker && type === 'statement' ? rng.pick(QUOTES) : '',
        article_title: articleTitle,
        article_url: articleUrl,
        ref_date: isoDay(refDay),
        sentence_index: sentenceIndex,
        char_start: charStart,
        char_end: charEnd,
        also_reported_in: alsoReported,
        predicate: phrase.predicate,
        agent: unknown ? '' : speakerActs ? speaker : actor.label,
      };
      emitted++;
      sentenceIndex += rng.int(1, 4);
    }
  }
}
