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

export function isSameEvent(a: EventRecord, b: EventRecord): boolean {
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

/**
 * Merges duplicates in place order; returns the kept items (first-seen order) and how many merged.
 * Items are compared within (type, actor) groups, so the cost grows with group sizes, not n².
 */
export function dedupeEvents<T extends DedupeItem>(items: readonly T[]): { kept: T[]; merged: number } {
  const groups = new Map<string, T[]>();
  const kept: T[] = [];
  let merged = 0;
  const order = [...items].sort((a, b) => b.record.confidence - a.record.confidence);
  const keptSet = new Set<T>();
  for (const item of order) {
    const key = `${item.record.type}\u0000${item.record.actor}`;
    const group = groups.get(key) ?? [];
    const match = group.find((g) => isSameEvent(g.record, item.record));
    if (match) {
      absorb(match.record, item.record);
      merged++;
      continue;
    }
    group.push(item);
    groups.set(key, group);
    keptSet.add(item);
  }
  // Rows with no actor last: each may be a copy of a row whose actor another report named.
  const byType = new Map<string, T[]>();
  for (const item of keptSet)
    if (item.record.actor !== '') {
      const list = byType.get(item.record.type) ?? [];
      list.push(item);
      byType.set(item.record.type, list);
    }
  for (const item of [...keptSet]) {
    if (item.record.actor !== '') continue;
    const match = byType.get(item.record.type)?.find((k) => isUnattributedCopy(k.record, item.record));
    if (!match) continue;
    absorb(match.record, item.record);
    keptSet.delete(item);
    merged++;
  }
  for (const item of items) if (keptSet.has(item)) kept.push(item);
  return { kept, merged };
}
