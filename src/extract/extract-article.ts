/**
 * Events from one cleaned article: sentences, their dates, triggers, actors and details. Each date
 * in a sentence is attached to one trigger, so "declared a ceasefire last month and another pause
 * this week" gives two events. A sentence without a date borrows the previous sentence's date only
 * when it plainly continues it ("He also said ..."); otherwise it is skipped and counted.
 */
import type { EventRecord, Factuality } from '../model/event-record';
import type { Timex } from '../model/timex';
import type { ActorMatcher, ActorMention } from './actors';
import { eventDates, type EventDate } from './event-dates';
import { primaryMention, subjectPerson } from './agent';
import { createCoreference } from './coreference';
import { findTriggers, relateTriggers, typeRank, type Trigger } from './event-types';
import {
  captureObject,
  commonSubject,
  drillArea,
  meetingName,
  partnersOf,
  verbObject,
} from './headline-parts';
import { clauseEndAt, clauseStartAt } from './clauses';
import { factualityAt, isDemanded } from './factuality';
import { findLocation } from './location';
import { findPeopleSpans, isSamePerson, shortName, type PersonSpan } from './people';
import { findQuantities, type Quantity } from './quantities';
import { findQuote } from './quote';
import type { ReferenceDate } from './reference-date';
import { wireDateline } from './reference-date';
import { splitSentences, type Sentence } from './sentences';
import { statementGist, type Span } from './statement-gist';
import type { SplitArticle } from './split-articles';
import type { TitleParts } from './title';

export type SkipReason = 'no trigger' | 'no date' | 'too long';

/**
 * Longer "sentences" are run-on scraped text with no full stops (news sentences stay under about 1,000
 * characters). Each date in a sentence re-reads the whole sentence, so one 5 MB line with 70,000 dates
 * took hours; skipping such spans keeps extraction linear and says so in the report.
 */
export const MAX_SENTENCE_CHARS = 3_000;

/** An event before ids, deduplication and titles: the record plus what the title needs. */
export interface DraftEvent {
  record: EventRecord;
  title: Omit<
    TitleParts,
    'others' | 'people' | 'location' | 'quantity' | 'quantityUnit' | 'factuality' | 'type' | 'partners'
  > & {
    /** The subject's full name when the subject is a person, so the title does not name them twice. */
    subjectFull: string;
    /** Full names of people taking part with the subject. */
    partnerPeople: string[];
    /** Actor ids taking part with the subject. */
    partnerActors: string[];
  };
  /** Trigger position in the sentence, to keep several events of one sentence apart. */
  triggerStart: number;
}

export interface ArticleExtraction {
  events: DraftEvent[];
  sentences: number;
  skipped: Partial<Record<SkipReason, number>>;
}

export interface ArticleContext {
  articleId: string;
  article: SplitArticle;
  ref: ReferenceDate;
  timexes: readonly Timex[];
  matcher: ActorMatcher;
  places: ReadonlySet<string>;
}

/** Openings that carry the previous sentence's subject and time forward. */
const CONTINUATION_RE =
  /^(?:["“]?(?:He|She|They|It)\b|(?:During|At|After) (?:the|that|this|his|her|their) (?:meeting|talks|visit|call|summit|launch|test|drills?|exercises?)|The (?:meeting|talks|visit|call|summit|launch|launches|test|statement|strike|attack|drills?|exercises?)\b|(?:Later|Afterwards|Also|Earlier),)/u;
/** "12 July 2025, North Korea, Wonsan: " opens a caption; its place names are not the actors. */
const CAPTION_DATELINE_RE = /^[^:]{0,120}?\d{4},[^:]{0,80}:\s*/u;
/** Nouns that can name what a statement was about: "urged ... on ceasefire". */
const TOPIC_NOUN_RE =
  /(?:ceasefire|cease-fire|truce|pause|sanctions|drills|exercises|tests?|summit|talks|agreement|deal|treaty|pact|accord|operation|offensive|strikes?|attacks?|invasion|deployment)$/i;
/** A trigger more than about twenty words before a date rarely owns it ("After a meeting in Seoul, ... this year"). */
const MAX_TRIGGER_GAP_CHARS = 120;
/** "since 2019" and "the first in five years" bound a period; they do not date an event. */
const NOT_EVENT_DATE_BEFORE_RE =
  /\b(?:since|until|till|by|before|in the past|over the past|for the first time since)\s*$/i;
/** Counted things that go with each event type, for counts outside the trigger's clause. */
const TYPE_UNITS_RE: Partial<Record<string, RegExp>> = {
  'missile-test': /(?:missiles?|rockets?|projectiles?|ICBMs?|launches)$/i,
  deployment: /(?:troops|soldiers|personnel|engineers|forces|builders|workers|warships|units)$/i,
  attack: /(?:missiles?|drones?|rockets?|shells|people|civilians|soldiers)$/i,
};
/** A count after "after"/"before" belongs to another event: "deploy troops, after sending 10,000 soldiers". */
const SUBORDINATE_RE = /\b(?:after|before|since|while|when)\b/i;
const PRONOUN_START_RE = /^["“]?(?:They)\b/u;
/** A date in the first words, set off by a comma: "In May, ...", "On Friday, ...". */
const INITIAL_DATE_GAP_RE = /^\s*(?:[\p{L}]+\s+){0,2}$/u;
const SEGMENT_BREAK_RE = /;|,\s+(?:and|but|while|whereas)\s+|\s+(?:while|whereas)\s+/g;
const QUOTE_SPAN_RE = /[“"][^“”"]*[”"]|[“"][^“”"]*$/g;

/**
 * How sure we are, 0..1. Starts at 0.5 and moves by evidence; the steps are coarse on purpose, since
 * they only rank rows for review, not claim a probability.
 */
function confidenceOf(
  known: boolean,
  date: EventDate,
  borrowed: boolean,
  caption: boolean,
  weak: boolean,
): number {
  let c = 0.5;
  if (known) c += 0.2;
  if (date.precision === 'day' || date.precision === 'week' || date.precision === 'month') c += 0.1;
  if (!date.relative) c += 0.05;
  if (borrowed) c -= 0.2;
  if (caption) c -= 0.1;
  if (weak) c -= 0.15;
  return Math.round(Math.min(0.95, Math.max(0.05, c)) * 100) / 100;
}

function spansOf(re: RegExp, text: string): [number, number][] {
  const spans: [number, number][] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    spans.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return spans;
}

/** "He may also use the meeting ...": the pronoun is the previous event's subject. */
function inheritSubject(event: DraftEvent, from: DraftEvent): void {
  const actor = from.record.actor;
  if (actor === '' || event.record.actor === actor) return;
  const others = event.record.other_actors.filter((a) => a !== actor);
  if (event.record.actor !== '') others.unshift(event.record.actor);
  event.record.actor = actor;
  event.record.other_actors = others;
  event.title.subject = from.title.subject;
  event.title.subjectFull = from.title.subjectFull;
}

function distance(t: { start: number; end: number }, d: { start: number; end: number }): number {
  return Math.max(0, d.start - t.end, t.start - d.end);
}

function segmentOf(breaks: readonly [number, number][], position: number): number {
  let segment = 0;
  for (const [start] of breaks) if (start < position) segment++;
  return segment;
}

interface TriggerInfo extends Trigger {
  /** The trigger as found, the key for its topic in relateTriggers' map. */
  source: Trigger;
  weak: boolean;
  factuality: Factuality;
}

/** "a brief Easter ceasefire": a date right before the noun, with no preposition, is part of its name. */
function isNameModifier(
  sentence: string,
  date: { start: number; end: number },
  triggerStart: number,
): boolean {
  return (
    /^\s+(?:[\p{L}-]+\s+)?$/u.test(sentence.slice(date.end, triggerStart)) &&
    !/\b(?:on|in|at|by|since|during|from|until)\s+(?:the\s+)?$/i.test(sentence.slice(0, date.start))
  );
}

/** Subordinators that open a clause with its own time: "came days after Lai said ... on Thursday". */
const SUBORDINATOR_RE = /\b(?:after|before|when|since|until|once)\s/gi;

/** Picks the trigger a date belongs to; see the file comment. */
function triggerForDate(
  sentence: string,
  date: { start: number; end: number },
  triggers: readonly TriggerInfo[],
  breaks: readonly [number, number][],
): TriggerInfo | null {
  const segment = segmentOf(breaks, date.start);
  const strong = triggers.filter((t) => !t.weak);
  const pool = strong.length > 0 ? strong : triggers;
  const inSegment = pool.filter((t) => segmentOf(breaks, t.start) === segment);
  const nearest = (list: readonly TriggerInfo[]): TriggerInfo | null =>
    list.reduce<TriggerInfo | null>((best, t) => {
      const d = Math.min(Math.abs(t.start - date.end), Math.abs(date.start - t.end));
      const bd = best ? Math.min(Math.abs(best.start - date.end), Math.abs(date.start - best.end)) : Infinity;
      return d < bd ? t : best;
    }, null);
  const sentenceInitial =
    INITIAL_DATE_GAP_RE.test(sentence.slice(0, date.start)) && /^\s*,/.test(sentence.slice(date.end));
  if (sentenceInitial) {
    const after = nearest(inSegment.filter((t) => t.start >= date.end));
    if (after) return after;
  }
  // A date inside a subordinate clause belongs to that clause's verb, not to the main clause's noun.
  let subordinator = -1;
  SUBORDINATOR_RE.lastIndex = 0;
  for (let m = SUBORDINATOR_RE.exec(sentence); m && m.index < date.start; m = SUBORDINATOR_RE.exec(sentence))
    subordinator = m.index;
  if (subordinator >= 0 && pool.some((t) => t.end <= subordinator)) {
    const inSub = pool.filter((t) => t.start > subordinator && t.end <= date.start);
    const pick = inSub.reduce<TriggerInfo | null>(
      (b, t) => (!b || typeRank(t.type) < typeRank(b.type) ? t : b),
      null,
    );
    if (pick && date.start - pick.end <= MAX_TRIGGER_GAP_CHARS) return pick;
  }
  const clauseStart = clauseStartAt(sentence, date.start);
  const clauseEnd = clauseEndAt(sentence, date.end - 1);
  const inClause = pool.filter((t) => t.start >= clauseStart && t.end <= clauseEnd);
  const best = (list: readonly TriggerInfo[]): TriggerInfo | null => {
    const before = list.filter((t) => t.end <= date.start && date.start - t.end <= MAX_TRIGGER_GAP_CHARS);
    if (before.length === 0) return null;
    return before.reduce((b, t) =>
      typeRank(t.type) < typeRank(b.type) || (typeRank(t.type) === typeRank(b.type) && t.start > b.start)
        ? t
        : b,
    );
  };
  return best(inClause) ?? nearest(inClause) ?? best(inSegment) ?? nearest(inSegment) ?? nearest(pool);
}

/**
 * The article's mentions inside `sentence`, with offsets into the sentence, minus those in its first
 * `skip` characters (a dateline, whose place names are not actors). `all` is in text order.
 */
function sentenceMentions(all: readonly ActorMention[], sentence: Sentence, skip: number): ActorMention[] {
  const out: ActorMention[] = [];
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((all[mid]?.start ?? Infinity) < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < all.length; i++) {
    const m = all[i];
    if (!m || m.start >= sentence.end) break;
    const start = m.start - sentence.start;
    if (m.end > sentence.end || start < skip) continue;
    out.push({ ...m, start, end: m.end - sentence.start });
  }
  return out;
}

function blankOut(text: string, spans: readonly [number, number][]): string {
  let out = text;
  for (const [s, e] of spans) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  return out;
}

export function extractArticle(ctx: ArticleContext): ArticleExtraction {
  const { article, matcher } = ctx;
  const sentences = splitSentences(article.text);
  const dates = eventDates(article.text, ctx.timexes);
  const events: DraftEvent[] = [];
  const skipped: Partial<Record<SkipReason, number>> = {};
  const skip = (reason: SkipReason): void => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  let previous: { index: number; date: EventDate; event: DraftEvent } | null = null;
  let dateCursor = 0;
  // One scan of the article for names; each sentence takes its share (sentenceMentions).
  const mentionsInText = matcher.find(article.text);
  // Every sentence feeds coreference, dated or not: "He" may point back past an undated one.
  const coreference = createCoreference(matcher.actors);

  for (const sentence of sentences) {
    if (sentence.text.length > MAX_SENTENCE_CHARS) {
      skip('too long');
      continue;
    }
    while (dateCursor < dates.length && (dates[dateCursor]?.start ?? 0) < sentence.start) dateCursor++;
    const own: EventDate[] = [];
    for (let i = dateCursor; i < dates.length && (dates[i]?.start ?? Infinity) < sentence.end; i++) {
      const d = dates[i];
      if (
        d &&
        d.end <= sentence.end &&
        !NOT_EVENT_DATE_BEFORE_RE.test(article.text.slice(Math.max(sentence.start, d.start - 40), d.start))
      )
        own.push(d);
    }
    const isCaption = sentence.start < article.bodyStart;
    const dateline =
      sentence.start === article.bodyStart
        ? wireDateline(sentence.text).length
        : isCaption
          ? (CAPTION_DATELINE_RE.exec(sentence.text)?.[0].length ?? 0)
          : 0;
    const text = dateline > 0 ? blankOut(sentence.text, [[0, dateline]]) : sentence.text;
    const local = own.map((d) => ({ ...d, start: d.start - sentence.start, end: d.end - sentence.start }));
    const named = sentenceMentions(mentionsInText, sentence, dateline);
    const resolved = coreference.resolve(text, named);
    const mentions = resolved.length > 0 ? [...named, ...resolved].sort((a, b) => a.start - b.start) : named;
    coreference.observe(text, mentions);

    // A dateline's own date dates the sentence only when the sentence names no other date.
    const inDateline = (i: number): boolean => (local[i]?.start ?? 0) < dateline;
    const hasOwnDate = own.some((_, i) => !inDateline(i));
    let assigned: { date: EventDate; local: { start: number; end: number }; borrowed: boolean }[] =
      own.flatMap((d, i) => {
        if (hasOwnDate && inDateline(i)) return [];
        const dated = inDateline(i) ? { ...d, basis: 'dateline' as const } : d;
        return [{ date: dated, local: local[i] ?? d, borrowed: false }];
      });
    if (
      assigned.length === 0 &&
      previous &&
      previous.index === sentence.index - 1 &&
      CONTINUATION_RE.test(sentence.text)
    ) {
      assigned = [
        {
          date: { ...previous.date, text: '' },
          local: { start: text.length, end: text.length },
          borrowed: true,
        },
      ];
    }

    // Trigger search is the costly part, so sentences without a date stop here.
    if (assigned.length === 0) {
      skip('no date');
      continue;
    }
    const { triggers, topics } = relateTriggers(text, findTriggers(text));
    if (triggers.length === 0) {
      skip('no trigger');
      continue;
    }
    const quotes = spansOf(QUOTE_SPAN_RE, text);
    const infos: TriggerInfo[] = triggers
      .filter((t) => !own.some((d) => t.start < d.end - sentence.start && d.start - sentence.start < t.end))
      .map((t) => {
        const quoted = quotes.some(([s, e]) => t.start >= s && t.end <= e) && t.type !== 'statement';
        return {
          ...t,
          source: t,
          weak: quoted || isDemanded(text, t.start),
          factuality: factualityAt(text, t.start),
        };
      });
    if (!infos.some((t) => !t.weak)) {
      skip('no trigger');
      continue;
    }
    const breaks = spansOf(SEGMENT_BREAK_RE, text);
    // When two dates pick the same trigger, the nearer one keeps it: "a phone call with Trump on March 18".
    // A date that only names the event ("a brief Easter ceasefire last month") yields to one that dates it.
    const chosen = new Map<TriggerInfo, (typeof assigned)[number]>();
    for (const a of assigned) {
      const trigger = triggerForDate(text, a.local, infos, breaks);
      if (!trigger) continue;
      const current = chosen.get(trigger);
      const d = distance(trigger, a.local);
      const cd = current ? distance(trigger, current.local) : Infinity;
      const namesIt = (x: { start: number; end: number }): boolean =>
        x.end <= trigger.start && isNameModifier(text, x, trigger.start);
      if (!current || d < cd || (d === cd && namesIt(current.local) && !namesIt(a.local)))
        chosen.set(trigger, a);
    }
    const facts = sentenceFacts(ctx, sentence, text, mentions, own, isCaption);
    for (const [trigger, a] of chosen) {
      const event = buildEvent(
        ctx,
        sentence,
        text,
        trigger,
        infos,
        mentions,
        a.date,
        a.borrowed,
        isCaption,
        facts,
        topics.get(trigger.source),
      );
      if (a.borrowed && previous && PRONOUN_START_RE.test(sentence.text))
        inheritSubject(event, previous.event);
      events.push(event);
      // Only a date that dated an event carries forward; "this year" in a side clause does not.
      previous = { index: sentence.index, date: a.date, event };
    }
  }
  return { events, sentences: sentences.length, skipped };
}

/** What a sentence says whatever event is read from it; computed on first use, shared by its events. */
interface SentenceFacts {
  /** The sentence's event dates, offsets into the sentence. */
  dates(): Span[];
  people(): PersonSpan[];
  quantities(): Quantity[];
  location(): string;
  quote(): string;
}

function sentenceFacts(
  ctx: ArticleContext,
  sentence: Sentence,
  text: string,
  mentions: readonly ActorMention[],
  own: readonly EventDate[],
  isCaption: boolean,
): SentenceFacts {
  let dates: Span[] | undefined;
  let people: PersonSpan[] | undefined;
  let quantities: Quantity[] | undefined;
  let location: string | undefined;
  let quote: string | undefined;
  const facts: SentenceFacts = {
    dates: () =>
      (dates ??= own.map((d) => ({ start: d.start - sentence.start, end: d.end - sentence.start }))),
    people: () => (people ??= findPeopleSpans(text, mentions)),
    quantities: () => (quantities ??= findQuantities(text, facts.dates())),
    location: () =>
      (location ??= findLocation(text, ctx.places) || (isCaption ? captionPlace(sentence.text) : '')),
    quote: () => (quote ??= findQuote(text)),
  };
  return facts;
}

function buildEvent(
  ctx: ArticleContext,
  sentence: Sentence,
  text: string,
  trigger: TriggerInfo,
  triggers: readonly TriggerInfo[],
  mentions: readonly ActorMention[],
  date: EventDate,
  borrowed: boolean,
  isCaption: boolean,
  facts: SentenceFacts,
  topicTrigger: Trigger | undefined,
): DraftEvent {
  const { matcher } = ctx;
  const primary = primaryMention(text, mentions, trigger);
  const actor = primary?.actorId ?? '';
  // "Russian Foreign Minister Sergei Lavrov met": the person, not the demonym, is the subject of the title.
  const person = subjectPerson(mentions, primary, trigger);
  // "Congo and M23 agreed": two actors joined by "and" before the verb are one plural subject.
  const partner = coordinated(text, mentions, primary, trigger);
  const clauseStart = Math.min(clauseStartAt(text, trigger.start), primary?.start ?? trigger.start);

  const clauseEnd = clauseEndAt(text, trigger.end);
  const others: string[] = [];
  for (const m of mentions) {
    if (m.start < clauseStart || m.start >= clauseEnd) continue;
    if (m.actorId !== actor && !others.includes(m.actorId)) others.push(m.actorId);
  }
  const spans = facts.people();
  const people = spans.map((p) => p.name);
  const quantities = facts.quantities();
  const inClause = quantities.filter((q) => q.start >= clauseStart && q.start < clauseEnd);
  const unitRe = TYPE_UNITS_RE[trigger.type];
  const quantity =
    inClause.find((q) => q.start >= trigger.start) ??
    inClause[0] ??
    (unitRe
      ? quantities.find(
          (q) =>
            q.start >= trigger.start &&
            unitRe.test(q.unit) &&
            !SUBORDINATE_RE.test(text.slice(trigger.end, q.start)),
        )
      : undefined) ??
    null;
  let factuality = trigger.factuality;
  if (factuality === 'asserted' && date.first > ctx.ref.date) factuality = 'planned';
  const location = facts.location();
  const topic =
    trigger.type === 'statement'
      ? (topicTrigger ??
        triggers.find((t) => t.type !== 'statement' && t.start > trigger.start && TOPIC_NOUN_RE.test(t.text)))
      : undefined;
  const subjectFull =
    person && !partner ? (people.find((p) => isSamePerson(p, person.text)) ?? person.text) : '';
  const partners = partnersOf(text, trigger, clauseEnd, spans, mentions, {
    actorId: actor,
    person: subjectFull,
  });
  // "their trilateral meeting": with no partner after a meeting noun, everyone named takes part.
  if (
    trigger.type === 'meeting' &&
    partners.people.length === 0 &&
    /\btheir\s+(?:[\w-]+\s+)?$/.test(text.slice(0, trigger.start))
  )
    partners.people = spans
      .filter((p) => !p.observer && !isSamePerson(p.name, subjectFull))
      .map((p) => p.name);
  const object =
    trigger.type === 'meeting'
      ? meetingName(text, trigger, mentions)
      : trigger.lemma === 'capture'
        ? captureObject(text, trigger)
        : trigger.type === 'military-exercise'
          ? drillArea(text, trigger)
          : trigger.type === 'statement'
            ? statementObject(text, trigger, mentions, matcher)
            : '';
  const lemma =
    trigger.lemma === 'chair'
      ? (
          /^(chair|convene|host|preside over)/i.exec(
            trigger.text.replace(/^presid\w*/i, 'preside over'),
          )?.[1] ?? 'chair'
        ).toLowerCase()
      : trigger.lemma;
  const dateText = borrowed || date.basis === 'dateline' ? '' : date.text;
  const record: EventRecord = {
    id: '',
    start: date.first,
    end: date.last,
    precision: date.precision,
    actor,
    type: trigger.type,
    title: '',
    sentence: sentence.text,
    article_id: ctx.articleId,
    confidence: confidenceOf(actor !== '', date, borrowed, isCaption, trigger.weak),
    method: 'rules',
    date_text: dateText,
    date_value: date.value,
    date_basis: date.basis ?? (borrowed || date.relative ? 'relative' : 'absolute'),
    date_qualifier: date.qualifier,
    other_actors: others,
    factuality,
    quantity: quantity?.value ?? null,
    quantity_unit: quantity?.unit ?? '',
    quantity_qualifier: quantity?.qualifier ?? '',
    location,
    people,
    quote: facts.quote(),
    article_title: ctx.ref.title || ctx.article.title,
    article_url: ctx.ref.url,
    ref_date: ctx.ref.date,
    sentence_index: sentence.index,
    char_start: sentence.start,
    char_end: sentence.end,
    also_reported_in: [],
  };
  return {
    record,
    title: {
      subjectFull,
      subject: subjectFull
        ? shortName(subjectFull)
        : partner
          ? `${matcher.label(actor)} and ${matcher.label(partner)}`
          : actor
            ? matcher.label(actor)
            : people[0]
              ? shortName(people[0])
              : commonSubject(text),
      plural: partner !== null && subjectFull === '',
      lemma,
      triggerText: trigger.text,
      topic: topic ? topic.text.toLowerCase() : '',
      object,
      partnerPeople: partners.people,
      partnerActors: partners.actors.filter((a) => a !== partner),
      gist: trigger.type === 'statement' ? statementGist(text, trigger, facts.dates()) : '',
    },
    triggerStart: trigger.start,
  };
}

/** "condemned the North’s missile tests" -> "North Korea's missile tests": a possessor becomes its actor. */
function statementObject(
  text: string,
  trigger: Trigger,
  mentions: readonly ActorMention[],
  matcher: ActorMatcher,
): string {
  const object = verbObject(text, trigger);
  const owner = /^([^’']+)[’']s\s+(.+)$/.exec(object);
  if (!owner) return object;
  const at = text.indexOf(`${owner[1] ?? ''}`, trigger.end);
  const m = mentions.find((x) => x.start <= at && at < x.end);
  return m ? `${matcher.label(m.actorId)}'s ${owner[2] ?? ''}` : (owner[2] ?? '');
}

/** The second actor of "X and Y <trigger>", or null. */
function coordinated(
  text: string,
  mentions: readonly ActorMention[],
  primary: ActorMention | null,
  trigger: Trigger,
): string | null {
  if (!primary || primary.kind === 'person') return null;
  const next = mentions.find((m) => m.start >= primary.end);
  if (!next || next.end > trigger.start || next.actorId === primary.actorId || next.kind === 'person')
    return null;
  return /^\s+and\s+(?:the\s+)?$/.test(text.slice(primary.end, next.start)) ? next.actorId : null;
}

/** "12 July 2025, North Korea, Wonsan: ..." names the place last before the colon. */
function captionPlace(caption: string): string {
  const m = /^[^:]{0,120}?,\s*([\p{Lu}][\p{L} '’-]{1,40}):/u.exec(caption);
  return m?.[1]?.trim() ?? '';
}
