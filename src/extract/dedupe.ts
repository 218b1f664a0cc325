/**
 * Merges reports of the same event: same type, same factuality, same primary actor, agreeing other
 * actors and overlapping
 * dates of comparable precision. The most confident row stays; the others add their article to
 * `also_reported_in` and fill the kept row's empty details (people, place, count, quote).
 *
 * "Comparable precision" keeps a vague "this year" row from swallowing a dated launch: either both
 * rows have the same precision, or both span a week or less.
 */
import { isNamedAgent, type EventRecord } from '../model/event-record';

/** Rows spanning at most this many days merge even at different precisions (a day inside its week). */
const SHORT_SPAN_DAYS = 7;

export interface DedupeItem {
  record: EventRecord;
}

function spanDays(r: EventRecord): number {
  return (Date.parse(`${r.end}T00:00:00Z`) - Date.parse(`${r.start}T00:00:00Z`)) / 86_400_000 + 1;
}

/** Other actors agree when either side names none or they share one: reports differ in who they mention. */
function othersAgree(a: EventRecord, b: EventRecord): boolean {
  if (a.other_actors.length === 0 || b.other_actors.length === 0) return true;
  return a.other_actors.some((x) => b.other_actors.includes(x));
}

/**
 * Different speakers or doers never merge: "Four people's Sunday statements" stay four rows. Names
 * agree when one is the other's surname ("Zelenskiy", "Volodymyr Zelenskiy").
 */
function agentsAgree(a: EventRecord, b: EventRecord): boolean {
  // A description ("the statement", "officials") may be anyone, so only two names can disagree.
  if (!isNamedAgent(a.agent) || !isNamedAgent(b.agent) || a.agent === b.agent) return true;
  return a.agent.endsWith(` ${b.agent}`) || b.agent.endsWith(` ${a.agent}`);
}

/** Two places named for one event must be the same place: an arrival in Jordan is no visit to Israel. */
function placesAgree(a: EventRecord, b: EventRecord): boolean {
  return a.location === '' || b.location === '' || a.location === b.location;
}

/** Same event apart from the lane: type, factuality, verb, agent, place and dates. */
function isSameHappening(a: EventRecord, b: EventRecord): boolean {
  if (a.type !== b.type || a.factuality !== b.factuality) return false;
  if (!agentsAgree(a, b) || !placesAgree(a, b)) return false;
  // Untyped rows say what happened only through their verb: "joined" and "sued" are not one event.
  if (a.type === 'other' && a.predicate !== b.predicate) return false;
  if (a.start > b.end || b.start > a.end) return false;
  return a.precision === b.precision || (spanDays(a) <= SHORT_SPAN_DAYS && spanDays(b) <= SHORT_SPAN_DAYS);
}

/**
 * Two rows whose doer nobody named ("Stock markets fell", "the FTSE dropped") are one event only when
 * something else ties them: a person or another actor both name, or the same verb in the same sentence.
 */
function anonymousTwins(a: EventRecord, b: EventRecord): boolean {
  if (a.actor !== '' || b.actor !== '') return true;
  return (
    a.people.some((p) => b.people.includes(p)) ||
    a.other_actors.some((x) => b.other_actors.includes(x)) ||
    (a.predicate === b.predicate && a.sentence === b.sentence)
  );
}

/** Content words of a title, lower case: what two statements' titles are compared by. */
function titleWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3),
  );
}

/**
 * Two statements of one speaker on one day are one only when they say the same: the same sentence
 * (copies of one report), or titles that share most of their words. One article's speaker says
 * several things ("said hackers may have obtained ...", "said it would offer free monitoring").
 */
function sameSaying(a: EventRecord, b: EventRecord): boolean {
  if (a.sentence === b.sentence) return true;
  if (a.article_id === b.article_id) return false;
  const x = titleWords(a.title);
  const y = titleWords(b.title);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared >= Math.min(x.size, y.size) * 0.6;
}

export function isSameEvent(a: EventRecord, b: EventRecord): boolean {
  if (a.type === 'statement' && b.type === 'statement' && !sameSaying(a, b)) return false;
  return a.actor === b.actor && othersAgree(a, b) && anonymousTwins(a, b) && isSameHappening(a, b);
}

/**
 * A copy whose actor went unread ("the treaty was signed on Monday") joins a row with a known actor
 * only when the two share more than the date: a named person, another actor, or the same verb on the
 * same day at the same precision.
 */
function isUnattributedCopy(known: EventRecord, unknown: EventRecord): boolean {
  if (!isSameHappening(known, unknown)) return false;
  const sharedPeople = unknown.people.some((p) => known.people.includes(p));
  const sharedOthers = unknown.other_actors.some((x) => known.other_actors.includes(x));
  // An unnamed speaker is not a named one: statements join only through a person both name.
  if (known.type === 'statement') return sharedPeople;
  // "Stock markets around the world fell" is not the Nasdaq's fall: a described doer is someone.
  if (unknown.agent !== '' && unknown.agent !== known.agent) return false;
  // Within one article, two sentences with the same verb on one day are more often two doers
  // ("the Dow finished at ..., the S&P 500 finished at ...") than one event told twice.
  const sameDay =
    known.article_id !== unknown.article_id &&
    known.start === unknown.start &&
    known.end === unknown.end &&
    known.predicate !== '' &&
    known.predicate === unknown.predicate;
  return sharedPeople || sharedOthers || sameDay;
}

function absorb(kept: EventRecord, other: EventRecord): void {
  if (other.article_id !== kept.article_id && !kept.also_reported_in.includes(other.article_id)) {
    kept.also_reported_in.push(other.article_id);
  }
  for (const a of other.also_reported_in) {
    if (a !== kept.article_id && !kept.also_reported_in.includes(a)) kept.also_reported_in.push(a);
  }
  for (const p of other.people) {
    if (kept.people.some((k) => k === p || k.endsWith(` ${p}`))) continue;
    const shorter = kept.people.findIndex((k) => p.endsWith(` ${k}`));
    if (shorter >= 0) kept.people[shorter] = p;
    else kept.people.push(p);
  }
  if (kept.location === '') kept.location = other.location;
  if (kept.quantity === null && other.quantity !== null) {
    kept.quantity = other.quantity;
    kept.quantity_unit = other.quantity_unit;
    kept.quantity_qualifier = other.quantity_qualifier;
  }
  if (kept.quote === '') kept.quote = other.quote;
}

/** Up to this many kept rows a group is scanned in order; beyond, it is indexed by date. */
const SCAN_MAX_ROWS = 64;
/** Spans longer than this many days are indexed by month, not by day. */
const DAY_INDEXED_MAX_DAYS = SHORT_SPAN_DAYS;
/** A long span is looked up among day-indexed rows only up to this length (a year and a bit). */
const LONG_LOOKUP_MAX_DAYS = 400;

function isoDays(first: string, last: string, max: number): string[] {
  if (first === last) return [first];
  const out: string[] = [];
  let t = Date.parse(`${first}T00:00:00Z`);
  const end = Date.parse(`${last}T00:00:00Z`);
  while (t <= end && out.length < max) {
    out.push(new Date(t).toISOString().slice(0, 10));
    t += 86_400_000;
  }
  return out;
}

function isoMonths(first: string, last: string): string[] {
  if (first.slice(0, 7) === last.slice(0, 7)) return [first.slice(0, 7)];
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const endKey = last.slice(0, 7);
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= endKey || out.length > 1200) return out;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
}

/**
 * The kept rows of one group, found by the days or months they cover, so a row is compared only with
 * rows whose dates can overlap its own: merging stays near-linear at a corpus's 10^5 rows, where one
 * list per (type, actor) made it quadratic. `find` returns the earliest-added match, as a scan would.
 */
class DateIndex<T extends DedupeItem> {
  /** Rows in the order added; scanned directly while there are few (one article's rows). */
  private readonly items: T[] = [];
  private buckets: Map<string, T[]> | null = null;
  private readonly rank = new Map<T, number>();

  add(item: T): void {
    this.rank.set(item, this.items.length);
    this.items.push(item);
    if (this.buckets) this.index(this.buckets, item);
    else if (this.items.length > SCAN_MAX_ROWS) {
      const buckets = new Map<string, T[]>();
      for (const x of this.items) this.index(buckets, x);
      this.buckets = buckets;
    }
  }

  private index(buckets: Map<string, T[]>, item: T): void {
    for (const key of this.keys(item.record, false)) {
      const list = buckets.get(key);
      if (list) list.push(item);
      else buckets.set(key, [item]);
    }
  }

  find(record: EventRecord, test: (kept: EventRecord) => boolean): T | undefined {
    if (!this.buckets) return this.items.find((x) => test(x.record));
    let best: T | undefined;
    let bestRank = Infinity;
    const seen = new Set<T>();
    for (const key of this.keys(record, true)) {
      for (const item of this.buckets.get(key) ?? []) {
        if (seen.has(item)) continue;
        seen.add(item);
        const r = this.rank.get(item) ?? Infinity;
        if (r < bestRank && test(item.record)) {
          best = item;
          bestRank = r;
        }
      }
    }
    return best;
  }

  /** Day keys for short rows, month keys for long ones; a lookup also reaches the other kind. */
  private keys(r: EventRecord, lookup: boolean): string[] {
    const days = spanDays(r);
    const months = isoMonths(r.start, r.end).map((m) => `m${m}`);
    if (days <= DAY_INDEXED_MAX_DAYS) {
      const own = isoDays(r.start, r.end, DAY_INDEXED_MAX_DAYS).map((d) => `d${d}`);
      return lookup ? [...own, ...months] : own;
    }
    if (!lookup || days > LONG_LOOKUP_MAX_DAYS) return months;
    return [...months, ...isoDays(r.start, r.end, LONG_LOOKUP_MAX_DAYS).map((d) => `d${d}`)];
  }
}

/**
 * Merges duplicates in place order; returns the kept items (first-seen order) and how many merged.
 * Items are compared within (type, actor) groups and only with rows whose dates can overlap.
 */
export function dedupeEvents<T extends DedupeItem>(items: readonly T[]): { kept: T[]; merged: number } {
  const groups = new Map<string, DateIndex<T>>();
  const kept: T[] = [];
  let merged = 0;
  const order = [...items].sort((a, b) => b.record.confidence - a.record.confidence);
  const keptSet = new Set<T>();
  for (const item of order) {
    const key = `${item.record.type}\u0000${item.record.actor}`;
    let group = groups.get(key);
    if (!group) {
      group = new DateIndex<T>();
      groups.set(key, group);
    }
    const match = group.find(item.record, (g) => isSameEvent(g, item.record));
    if (match) {
      absorb(match.record, item.record);
      merged++;
      continue;
    }
    group.add(item);
    keptSet.add(item);
  }
  // Rows with no actor last: each may be a copy of a row whose actor another report named.
  const byType = new Map<string, DateIndex<T>>();
  for (const item of keptSet)
    if (item.record.actor !== '') {
      let index = byType.get(item.record.type);
      if (!index) {
        index = new DateIndex<T>();
        byType.set(item.record.type, index);
      }
      index.add(item);
    }
  for (const item of [...keptSet]) {
    if (item.record.actor !== '') continue;
    const match = byType.get(item.record.type)?.find(item.record, (k) => isUnattributedCopy(k, item.record));
    if (!match) continue;
    absorb(match.record, item.record);
    keptSet.delete(item);
    merged++;
  }
  for (const item of items) if (keptSet.has(item)) kept.push(item);
  return { kept, merged };
}
